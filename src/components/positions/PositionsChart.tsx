// The positions chart for one topic: an SVG drawn from the pure layout. d3 supplies the
// time scale's ticks; React owns every node. Each mark is a focusable button whose name
// says actor, stance in the topic's words, date and event title.
import { currentDates, t } from '../../core/i18n/translate';
import { scaleUtc } from 'd3';
import { format } from 'date-fns';
import { utc } from '../../core/time/utc';
import type { KeyboardEvent } from 'react';
import type { Dataset, Stance, TopicRecord } from '../../core/model/types';
import type { PositionMark, PositionsLayout, PositionTrack } from '../../core/positions/layout';
import type { PositionsModel } from '../../core/positions/model';
import { groundingText, shiftWords, stanceOnTopic, stanceWord, truncateText } from '../../core/positions/wording';
import { formatDate, formatEventDate } from '../../core/time/format';
import { STANCE_COLOURS } from '../../render/positions/stanceStyles';
import { GlyphShape } from './StanceGlyph';

export const LABEL_WIDTH = 240;
const AXIS_HEIGHT = 28;
const RIGHT_PAD = 40;

/** The label column and right margin for a container width: narrower on phones, so the plot keeps most of the width. */
export function chartMargins(containerWidth: number): { labelWidth: number; rightPad: number } {
  return containerWidth < 700 ? { labelWidth: 112, rightPad: 16 } : { labelWidth: LABEL_WIDTH, rightPad: RIGHT_PAD };
}
/** Rough width of one character of the 11px label font, to decide what fits. */
const CHAR_PX = 6.2;
/** A label needs at least this much free space to the right of its mark. */
const MIN_LABEL_ROOM = 120;

interface Props {
  model: PositionsModel;
  topic: TopicRecord;
  layout: PositionsLayout;
  selectedId: string | null;
  onSelect(eventId: string | null): void;
  /** Width of the actor-label column and the margin right of the plot (chartMargins). */
  labelWidth?: number;
  rightPad?: number;
}

/** Tick labels at the coarsest precision that tells the ticks apart, in UTC. */
function tickPattern(ticks: readonly Date[]): string {
  const patterns = currentDates().patterns;
  if (ticks.every((tick) => tick.getUTCMonth() === 0 && tick.getUTCDate() === 1 && tick.getUTCHours() === 0)) return 'yyyy';
  if (ticks.every((tick) => tick.getUTCDate() === 1 && tick.getUTCHours() === 0)) return patterns.tickMonth;
  return patterns.short.day;
}

export function markEventIds(dataset: Dataset, model: PositionsModel, mark: PositionMark): string[] {
  return mark.rows.map((row) => dataset.events[model.table.event[row]!]!.id);
}

/** "Pete Hegseth: oppose (Ukraine should not join NATO), 12 Feb 2025, Hegseth: …; shifted from lean support to oppose" */
export function markName(model: PositionsModel, topic: TopicRecord, track: PositionTrack, mark: PositionMark): string {
  const event = model.dataset.events[model.table.event[mark.mainRow]!]!;
  const stance = stanceOnTopic(mark.stance, topic);
  const parts = [t('{actor}: {stance}', { actor: track.actor.name, stance })];
  const date = formatEventDate(event, 'short', currentDates());
  // The type in words: "statement", or a declared type's label ("assault").
  const type = model.dataset.typeById.get(event.typeId)?.label.toLowerCase() ?? event.typeId;
  if (mark.aggregated) {
    parts.push(t('{count, number} positions, latest {date}, {type} “{title}”', { count: mark.rows.length, date, type, title: event.title }));
  } else {
    parts.push(t('{date}, {type} “{title}”', { date, type, title: event.title }));
  }
  if (mark.shift) parts.push(shiftWords(mark.shift.from, mark.shift.to));
  if (mark.mixedDay) parts.push(t('disagreeing positions that day'));
  if (mark.faded) parts.push(t('in an event the filters leave out'));
  return parts.join(', ');
}

/**
 * The stance a track enters the window with, from a position out of view before it: "since Sep
 * 2022" beside the line, and in full for the track's name. Null when the line starts in view.
 */
interface Entered {
  stance: Stance;
  short: string;
  full: string;
}

function enteredWords(model: PositionsModel, topic: TopicRecord, track: PositionTrack): Entered | null {
  if (!track.enteredWith) return null;
  const event = model.dataset.events[model.table.event[track.enteredWith.row]!]!;
  // The position counts from the event's date; an end date would read as "since Sep 2022 – 12 Feb 2025".
  const date = formatDate(event.date, 'short', currentDates());
  return {
    stance: track.enteredWith.stance,
    short: t('since {date}', { date }),
    full: t('{stance} since {date} (“{title}”)', { stance: stanceOnTopic(track.enteredWith.stance, topic), date, title: event.title }),
  };
}

/** The name of a track for assistive technology: the actor, how many positions are in view, and the stance carried in. */
function trackName(topic: TopicRecord, track: PositionTrack, entered: Entered | null): string {
  const actor = track.actor.role ? t('{name}, {role}', { name: track.actor.name, role: track.actor.role }) : track.actor.name;
  const name = t('{actor}: {count, plural, =0 {no position} one {# position} other {# positions}} on {topic} in view', { actor, count: track.marks.length, topic: topic.label });
  return entered ? `${name}; ${entered.full}` : name;
}

/** "since Sep 2022" above the start of a line that enters from before the window, where the first mark in view leaves room. */
function EnteredLabel({ entered, track, width }: { entered: Entered | null; track: PositionTrack; width: number }) {
  const firstX = track.marks[0]?.x ?? width;
  if (!entered || entered.short.length * CHAR_PX + 24 > firstX) return null;
  return (
    <text className="positions-entered-label" x={4} y={track.stanceY[entered.stance] - 5} aria-hidden="true">
      {entered.short}
      <title>{entered.full}</title>
    </text>
  );
}

export function PositionsChart({ model, topic, layout, selectedId, onSelect, labelWidth = LABEL_WIDTH, rightPad = RIGHT_PAD }: Props) {
  // Characters that fit the label column: the actor's name, and the topic's wording beside the scale.
  const nameChars = Math.max(8, Math.floor((labelWidth - 20) / CHAR_PX));
  const scaleChars = Math.max(6, Math.floor((labelWidth - 16) / 5.6));
  const { dataset, table } = model;
  const x = scaleUtc().domain([new Date(layout.domain[0]), new Date(layout.domain[1])]).range([0, layout.width]);
  const ticks = x.ticks(Math.max(2, Math.floor(layout.width / 110)));
  const pattern = tickPattern(ticks);
  const totalWidth = labelWidth + layout.width + rightPad;
  const totalHeight = AXIS_HEIGHT + layout.height + 8;

  const activate = (mark: PositionMark) => onSelect(dataset.events[table.event[mark.mainRow]!]!.id);
  const onKey = (mark: PositionMark) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(mark);
    } else if (event.key === 'Escape') onSelect(null);
  };

  return (
    <svg
      className="positions-chart"
      width={totalWidth}
      height={totalHeight}
      role="group"
      aria-label={t('Positions on {topic}, one track per actor', { topic: topic.label })}
    >
      <rect className="positions-background" x={0} y={0} width={totalWidth} height={totalHeight} onClick={() => onSelect(null)} />
      <g className="positions-axis" transform={`translate(${labelWidth},${AXIS_HEIGHT})`} aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick.getTime()} transform={`translate(${x(tick)},0)`}>
            <line y1={-6} y2={layout.height} />
            <text y={-10} textAnchor="middle">
              {format(tick, pattern, { in: utc, locale: currentDates().locale })}
            </text>
          </g>
        ))}
      </g>
      <g transform={`translate(0,${AXIS_HEIGHT})`}>
        {layout.groups.map((group) => (
          <text key={`g-${group.id}`} className="positions-group-label" x={8} y={group.top + 18}>
            {group.label}
          </text>
        ))}
        {layout.tracks.map((track) => {
          const entered = enteredWords(model, topic, track);
          return (
            <g
              key={track.actor.id}
              className="positions-track"
              role="group"
              aria-label={trackName(topic, track, entered)}
            >
              <text className="positions-actor-label" x={16} y={track.stanceY.neutral + 4}>
                {truncateText(track.actor.name, Math.min(22, nameChars))}
                <title>{track.actor.name}</title>
              </text>
              <text className="positions-scale-label" x={labelWidth - 8} y={track.stanceY.support + 4} textAnchor="end" aria-hidden="true">
                ▲ {truncateText(topic.support, Math.min(36, scaleChars))}
              </text>
              <text className="positions-scale-label" x={labelWidth - 8} y={track.stanceY.oppose + 4} textAnchor="end" aria-hidden="true">
                ▼ {truncateText(topic.oppose, Math.min(36, scaleChars))}
              </text>
              <g transform={`translate(${labelWidth},0)`}>
                <rect className="positions-track-band" x={0} y={track.top + 4} width={layout.width} height={track.height - 8} />
                {[track.stanceY.support, track.stanceY['lean-support'], track.stanceY.neutral, track.stanceY['lean-oppose'], track.stanceY.oppose].map((sy, i) => (
                  <line key={i} className={i === 2 ? 'positions-gridline positions-gridline-neutral' : 'positions-gridline'} x1={0} x2={layout.width} y1={sy} y2={sy} />
                ))}
                {track.stepPath.length > 1 && (
                  <path className="positions-step-line" d={`M${track.stepPath.map(([px, py]) => `${px},${py}`).join('L')}`} />
                )}
                <EnteredLabel entered={entered} track={track} width={layout.width} />
                {track.marks.map((mark) => {
                  const selected = selectedId !== null && markEventIds(dataset, model, mark).includes(selectedId);
                  const event = dataset.events[table.event[mark.mainRow]!]!;
                  const grounding = mark.aggregated ? null : groundingText(event.record, table.item[mark.mainRow]!);
                  const room = mark.room - 14;
                  const label =
                    grounding && room >= MIN_LABEL_ROOM ? truncateText(grounding.isQuote ? `“${grounding.text}”` : grounding.text, Math.floor(room / CHAR_PX)) : '';
                  return (
                    <g key={mark.key}>
                    {/* The label sits beside the button, not inside it, so the button's name stays its own. */}
                    {label && (
                      <text className="positions-mark-label" x={mark.x + 12} y={mark.y - 8} aria-hidden="true">
                        {label}
                      </text>
                    )}
                    <g
                      className={`positions-mark${selected ? ' is-selected' : ''}${mark.shift ? ' is-shift' : ''}${mark.faded ? ' is-faded' : ''}`}
                      transform={`translate(${mark.x},${mark.y})`}
                      role="button"
                      tabIndex={0}
                      aria-label={markName(model, topic, track, mark)}
                      aria-pressed={selected}
                      data-event-id={event.id}
                      data-stance={mark.stance}
                      onClick={(e) => {
                        e.stopPropagation();
                        activate(mark);
                      }}
                      onKeyDown={onKey(mark)}
                    >
                      <title>{grounding ? `${stanceWord(mark.stance)} — ${grounding.text}` : `${stanceWord(mark.stance)} — ${event.title}`}</title>
                      {/* A larger transparent target: glyphs are small. */}
                      <circle className="positions-mark-target" r={10} />
                      {selected && <circle className="positions-mark-selection" r={11} />}
                      {mark.shift && <circle className="positions-mark-shift" r={9.5} stroke={STANCE_COLOURS[mark.stance]} />}
                      <GlyphShape kind={mark.stance} />
                      {mark.aggregated && (
                        <text className="positions-mark-count" x={8} y={-7}>
                          {mark.rows.length}
                        </text>
                      )}
                    </g>
                    </g>
                  );
                })}
              </g>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
