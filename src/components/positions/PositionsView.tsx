// The positions screen: pick a topic, see each actor's stance on it over time (one
// track per actor, grouped by country), the shifts, and the alignment at a date.
// Shares the time window, filters (through `included`) and selection with the timeline.
import { t } from '../../core/i18n/translate';
import { dataTextProps } from '../../core/i18n/dataText';
import { tNodes } from '../i18n';
import type { RefObject } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../core/model/types';
import { STANCES } from '../../core/model/types';
import { layoutPositions, topicExtent } from '../../core/positions/layout';
import { buildPositionsModel } from '../../core/positions/model';
import { positionsScope } from '../../core/positions/scope';
import type { PositionsScope } from '../../core/positions/scope';
import { calendarInterval } from '../../core/view/dates';
import { format } from 'date-fns';
import { utc } from '../../core/time/utc';
import { stanceWord } from '../../core/positions/wording';
import type { TimeWindow, ViewState } from '../../core/view/types';
import { AlignmentPanel } from './AlignmentPanel';
import { chartMargins, PositionsChart } from './PositionsChart';
import { ShiftsList } from './ShiftsList';
import { StanceGlyph } from './StanceGlyph';
import '../../styles/positions.css';

export interface PositionsViewProps {
  dataset: Dataset;
  /** Indices into dataset.events that pass the filters, ascending. */
  included: readonly number[];
  view: ViewState;
  onSelect(eventId: string | null): void;
  onTopicChange(topicId: string | null): void;
  onWindowChange?(window: TimeWindow): void;
  /** Sets the alignment date (an ISO day, or null for the end of the window). */
  onAlignmentDateChange?(day: string | null): void;
  /** A shift row to focus once shown (see ShiftsList). */
  focusShiftId?: string | null;
  onShiftFocused?(): void;
}

const FALLBACK_WIDTH = 1100;
const MIN_PLOT_WIDTH = 180;

/** Tracks the content width of an element, so the time axis fills the space it has. */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** What the filters mean for the lines, on screen (the rule is in core/positions/scope.ts). */
function ScopeNote({ dataset, scope, shownIds, topicLabel }: { dataset: Dataset; scope: PositionsScope; shownIds: ReadonlySet<string>; topicLabel: string }) {
  const name = (id: string) => dataset.actorById.get(id)?.name ?? id;
  const silent = scope.chosenBy === 'actors' && scope.actorIds ? [...scope.actorIds].filter((id) => !shownIds.has(id)) : [];
  const who =
    scope.chosenBy === 'actors'
      ? t('Showing only the actors you chose.')
      : scope.chosenBy === 'countries'
        ? t('Showing the actors of the countries you chose.')
        : t('Showing every actor with a position on this topic.');
  // The data's words (the topic, the actors' names) are isolated in the sentence, each in its own direction.
  const dataText = dataTextProps(dataset);
  return (
    <p className="positions-scope-note" data-testid="positions-scope-note">
      {who} {tNodes('Each line is the actor’s whole record on {topic}, from every event in the file, so a stance is never cut short by a filter.', { topic: <bdi {...dataText}>{topicLabel}</bdi> })}
      {scope.emphasised && ` ${t('Positions in events that the other filters (or the search, when it shows only matches) leave out are drawn faded.')}`}
      {silent.length > 0 && <> {tNodes('No position on this topic from: {actors}.', { actors: <bdi {...dataText}>{silent.map(name).join(', ')}</bdi> })}</>}
    </p>
  );
}

export function PositionsView({ dataset, included, view, onSelect, onTopicChange, onWindowChange, onAlignmentDateChange, focusShiftId, onShiftFocused }: PositionsViewProps) {
  const scope = useMemo(() => positionsScope(dataset, view.filters, included), [dataset, view.filters, included]);
  // The whole file, not only the included events: a stance carries forward, so a filtered history would be a wrong one.
  const model = useMemo(() => buildPositionsModel(dataset, undefined, scope.actorIds), [dataset, scope]);
  const [localDay, setLocalDay] = useState<number | null>(null);
  const committedDay = view.alignDate ? (calendarInterval(view.alignDate)?.start ?? null) : onAlignmentDateChange ? null : localDay;
  const setAlignmentDay = (day: number | null) => {
    if (onAlignmentDateChange) onAlignmentDateChange(day === null ? null : format(day, 'yyyy-MM-dd', { in: utc }));
    else setLocalDay(day);
  };
  const [chartRef, containerWidth] = useWidth<HTMLDivElement>();
  const topicSelectId = useId();

  const positionsPerTopic = useMemo(() => {
    const counts = new Map<string, number>();
    const shown = new Set(model.groups.flatMap((g) => g.actors.map((a) => a.id)));
    for (let row = 0; row < model.table.length; row++) {
      if (!shown.has(model.table.actorIds[model.table.actor[row]!]!)) continue;
      const id = model.table.topicIds[model.table.topic[row]!]!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [model]);

  // The URL's topic when it names one; otherwise the first topic with positions, shown but not written back.
  const topicId = view.topic && dataset.topicById.has(view.topic) ? view.topic : (model.topicIds[0] ?? null);
  const topic = topicId ? (dataset.topicById.get(topicId) ?? null) : null;

  const margins = chartMargins(containerWidth);
  const plotWidth = Math.max(MIN_PLOT_WIDTH, containerWidth - margins.labelWidth - margins.rightPad - 8);
  const layout = useMemo(
    () => (topicId ? layoutPositions(model, topicId, { width: plotWidth, window: view.window, emphasised: scope.emphasised }) : null),
    [model, topicId, plotWidth, view.window, scope],
  );
  const defaultDay = view.window ? view.window[1] - 1 : Math.max(dataset.extent[1] - 1, dataset.extent[0]);

  return (
    <div className="positions-view">
      <div className="positions-toolbar">
        {/* A label beside the select, not around it: wrapped, the selected option would join the select's name. */}
        <label htmlFor={topicSelectId}>{t('Topic')}</label>
        <select id={topicSelectId} value={topicId ?? ''} onChange={(e) => onTopicChange(e.target.value || null)}>
            {topicId === null && <option value="">{t('No topic has positions')}</option>}
            {dataset.topics.map((option) => (
              <option key={option.id} value={option.id} disabled={!positionsPerTopic.has(option.id)}>
                {option.label} ({positionsPerTopic.get(option.id) ?? 0})
              </option>
            ))}
        </select>
        {onWindowChange && topicId && (
          <button type="button" onClick={() => onWindowChange(topicExtent(model, topicId))}>
            {t('Fit to this topic')}
          </button>
        )}
      </div>

      {topic && (
        <div className="positions-legend" aria-label={t('Legend')}>
          <p>
            <strong>
              <bdi {...dataTextProps(dataset)}>{topic.label}</bdi>.
            </strong>{' '}
            {tNodes('Support: {wording}.', { wording: <bdi {...dataTextProps(dataset)}>{topic.support}</bdi> })} {tNodes('Oppose: {wording}.', { wording: <bdi {...dataTextProps(dataset)}>{topic.oppose}</bdi> })}
          </p>
          <ul>
            {STANCES.map((stance) => (
              <li key={stance}>
                <StanceGlyph kind={stance} /> {stanceWord(stance)}
              </li>
            ))}
            <li>
              <svg className="stance-glyph" width={14} height={14} viewBox="-8 -8 16 16" aria-hidden="true">
                <circle r={6.5} fill="none" stroke="#333" strokeWidth={1.5} strokeDasharray="3 2" />
              </svg>{' '}
              {t('ring: change of stance')}
            </li>
            <li>
              <StanceGlyph kind="split" /> {t('split or mixed')}
            </li>
            <li>
              <StanceGlyph kind="unknown" /> {t('unknown')}
            </li>
          </ul>
        </div>
      )}

      {topic && (
        <ScopeNote dataset={dataset} scope={scope} shownIds={new Set(layout?.tracks.map((track) => track.actor.id) ?? [])} topicLabel={topic.label} />
      )}

      <div className="positions-chart-scroll" ref={chartRef}>
        {topic && layout ? (
          layout.tracks.length > 0 ? (
            <PositionsChart
              model={model}
              topic={topic}
              layout={layout}
              selectedId={view.selected}
              onSelect={onSelect}
              labelWidth={margins.labelWidth}
              rightPad={margins.rightPad}
            />
          ) : (
            <p className="positions-empty">{tNodes('No position on {topic} from the actors shown.', { topic: <bdi {...dataTextProps(dataset)}>{topic.label}</bdi> })}</p>
          )
        ) : (
          <p className="positions-empty">{t('The events shown hold no positions.')}</p>
        )}
        {layout?.aggregated && (
          <p className="positions-note">
            {t('{count, plural, one {# position} other {# positions}} in this window: nearby positions of one stance are drawn as one mark with their count. Zoom in to see each.', { count: layout.positionCount })}
          </p>
        )}
      </div>

      {topic && layout && (
        <ShiftsList
          model={model}
          topic={topic}
          shifts={layout.shifts}
          selectedId={view.selected}
          onSelect={onSelect}
          focusShiftId={focusShiftId}
          onShiftFocused={onShiftFocused}
        />
      )}

      <AlignmentPanel
        model={model}
        topic={topic}
        defaultDay={defaultDay}
        chosenDay={committedDay}
        onDayChange={setAlignmentDay}
        selectedId={view.selected}
        onSelect={onSelect}
        onTopicChange={onTopicChange}
      />
    </div>
  );
}
