// What the chart's marks mean, drawn from the same definitions the chart paints with.
// The parts in .legend-detail explain further and are left out on phones, where every
// item must show without scrolling.
import { tNodes } from './i18n';
import { t } from '../core/i18n/translate';
import { type Dataset, STANCES } from '../core/model/types';
import { stanceWord } from '../core/positions/wording';
import { STANCE_TONE_BASE, TONE_NO_POSITION } from '../core/scene/tones';
import { CHART_COLORS, IMPRECISE_LOOK, MARK_STYLES, markPath, SPLIT_TONE_HALVES, STATUS_LOOK, TONE_COLORS, typesOf, UNCERTAIN_LOOK } from '../render/markStyles';
import { TypeGlyph } from './TypeLabel';

/** A swatch of a tone's colour in a neutral shape (the shape keeps meaning the event's type). */
function ToneSwatch({ color, split = false }: { color: string; split?: boolean }) {
  return (
    <svg className="glyph" width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
      <path d={markPath('statement', 11)} fill={split ? SPLIT_TONE_HALVES[0] : color} />
      {split && <path d="M7,-7L7,7L-7,7Z" fill={SPLIT_TONE_HALVES[1]} clipPath="circle(5.5px at 50% 50%)" />}
    </svg>
  );
}

/** What the colours mean when marks are coloured by stance: the topic's own words for each side. */
function StanceItems({ dataset, topicId }: { dataset: Dataset; topicId: string }) {
  const topic = dataset.topicById.get(topicId);
  if (!topic) return null;
  return (
    <>
      <li className="legend-heading">
        {tNodes('Colour: stance on {topic}', { topic: <bdi>{topic.label}</bdi> })}
      </li>
      {STANCES.map((stance, k) => (
        <li key={stance} title={stance === 'neutral' ? undefined : stance.includes('support') ? topic.support : topic.oppose}>
          <ToneSwatch color={TONE_COLORS[STANCE_TONE_BASE + k]!} />
          {stanceWord(stance)}
        </li>
      ))}
      <li>
        <ToneSwatch color={TONE_COLORS[TONE_NO_POSITION]!} />
        {t('No position on it')}
      </li>
      <li>
        <ToneSwatch color="" split />
        {t('Split (for and against)')}
      </li>
      <li className="legend-heading">{t('Shape: type')}</li>
    </>
  );
}

/**
 * The built-in types always (they explain the other marks too), then the types the dataset declares.
 * `chart`: the timeline is shown, so its own marks are explained too (bars of imprecise dates,
 * the "+3" of clustered events, lines across lanes); the list draws none of them.
 */
export function Legend({ dataset, colorTopic = null, chart = true }: { dataset: Dataset; colorTopic?: string | null; chart?: boolean }) {
  return (
    <ul className="legend" aria-label={t('Legend')} tabIndex={0}>
      {colorTopic && <StanceItems dataset={dataset} topicId={colorTopic} />}
      {typesOf(dataset).map(({ id, style, declared }) => (
        <li key={id} title={declared?.description}>
          <TypeGlyph type={id} dataset={dataset} />
          {style.label}
          {declared && <span className="muted legend-detail"> ({declared.kind === 'interaction' ? t('across lanes') : t('one side')})</span>}
        </li>
      ))}
      <li>
        <TypeGlyph type="meeting" hollow />
        {STATUS_LOOK.planned.label}
      </li>
      <li>
        <TypeGlyph type="statement" faded />
        <span>{UNCERTAIN_LOOK.label}</span>
      </li>
      {chart && <ChartItems dataset={dataset} />}
    </ul>
  );
}

/** What only the timeline draws. */
function ChartItems({ dataset }: { dataset: Dataset }) {
  return (
    <>
      <li>
        <svg className="glyph" width={26} height={14} viewBox="0 0 26 14" aria-hidden="true" focusable="false">
          <rect x={1} y={4} width={24} height={6} rx={2} fill={MARK_STYLES.statement.color} opacity={0.25} />
          <circle cx={13} cy={7} r={4} fill={MARK_STYLES.statement.color} />
        </svg>
        {IMPRECISE_LOOK.label}
      </li>
      <li>
        <svg className="glyph" width={26} height={14} viewBox="0 0 26 14" aria-hidden="true" focusable="false">
          <rect x={0} y={1} width={26} height={12} rx={2} fill={CHART_COLORS.cluster} />
          <text x={13} y={10.5} textAnchor="middle" fontSize={10} fill={CHART_COLORS.clusterText} fontWeight={600}>
            +3
          </text>
        </svg>
        {t('More events here')}
        <span className="legend-detail"> ({t('click to zoom in')})</span>
      </li>
      <li>
        <svg className="glyph" width={14} height={26} viewBox="0 0 14 26" aria-hidden="true" focusable="false">
          <line x1={7} y1={5} x2={7} y2={21} stroke={CHART_COLORS.connector} strokeWidth={1.5} />
          <path d="M7,1L11,5L7,9L3,5Z" fill={MARK_STYLES.call.color} />
          <path d="M7,17L11,21L7,25L3,21Z" fill={MARK_STYLES.call.color} />
        </svg>
        {dataset.types.some((type) => type.kind === 'interaction') ? t('Interaction across lanes') : t('Call or meeting across lanes')}
      </li>
    </>
  );
}
