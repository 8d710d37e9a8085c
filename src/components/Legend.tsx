// What the chart's marks mean, drawn from the same definitions the chart paints with.
// The parts in .legend-detail explain further and are left out on phones, where every
// item must show without scrolling.
import type { Dataset } from '../core/model/types';
import { CHART_COLORS, IMPRECISE_LOOK, MARK_STYLES, STATUS_LOOK, typesOf, UNCERTAIN_LOOK } from '../render/markStyles';
import { TypeGlyph } from './TypeLabel';

/** The built-in types always (they explain the other marks too), then the types the dataset declares. */
export function Legend({ dataset }: { dataset: Pick<Dataset, 'types'> }) {
  return (
    <ul className="legend" aria-label="Legend" tabIndex={0}>
      {typesOf(dataset).map(({ id, style, declared }) => (
        <li key={id} title={declared?.description}>
          <TypeGlyph type={id} dataset={dataset} />
          {style.label}
          {declared && <span className="muted legend-detail"> ({declared.kind === 'interaction' ? 'across lanes' : 'one side'})</span>}
        </li>
      ))}
      <li>
        <TypeGlyph type="meeting" hollow />
        {STATUS_LOOK.planned.label}
        <span className="muted legend-detail"> ({STATUS_LOOK.planned.description})</span>
      </li>
      <li>
        <TypeGlyph type="statement" faded />
        <span>{UNCERTAIN_LOOK.label}</span>
      </li>
      <li>
        <svg className="glyph" width={26} height={14} viewBox="0 0 26 14" aria-hidden="true" focusable="false">
          <rect x={1} y={4} width={24} height={6} rx={2} fill={MARK_STYLES.statement.color} opacity={0.25} />
          <circle cx={13} cy={7} r={4} fill={MARK_STYLES.statement.color} />
        </svg>
        {IMPRECISE_LOOK.label}
      </li>
      <li>
        <svg className="glyph" width={18} height={18} viewBox="-9 -9 18 18" aria-hidden="true" focusable="false">
          <circle r={8} fill={CHART_COLORS.cluster} />
          <text y={3.5} textAnchor="middle" fontSize={10} fill={CHART_COLORS.clusterText} fontWeight={600}>
            3
          </text>
        </svg>
        Cluster of events<span className="legend-detail"> at one moment (click or zoom in to open)</span>
      </li>
      <li>
        <svg className="glyph" width={14} height={26} viewBox="0 0 14 26" aria-hidden="true" focusable="false">
          <line x1={7} y1={5} x2={7} y2={21} stroke={CHART_COLORS.connector} strokeWidth={1.5} />
          <path d="M7,1L11,5L7,9L3,5Z" fill={MARK_STYLES.call.color} />
          <path d="M7,17L11,21L7,25L3,21Z" fill={MARK_STYLES.call.color} />
        </svg>
        One {dataset.types.some((type) => type.kind === 'interaction') ? 'interaction' : 'call or meeting'} across lanes
      </li>
    </ul>
  );
}
