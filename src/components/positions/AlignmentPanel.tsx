// Alignment at a date: the actors × topics matrix (country rows aggregate their actors)
// and, for the chosen topic, who was for, against, neutral, mixed or unknown.
import { currentDates, t } from '../../core/i18n/translate';
import { dataTextProps } from '../../core/i18n/dataText';
import { tNodes } from '../i18n';
import { format } from 'date-fns';
import { utc } from '../../core/time/utc';
import { useId, useMemo, useState } from 'react';
import { calendarInterval } from '../../core/view/dates';
import { alignmentCsv, matrixCsv } from '../../core/dataOut/alignmentCsv';
import { downloadText, fileNameFor } from '../dataOut';
import type { TopicRecord } from '../../core/model/types';
import type { CountryAggregate } from '../../core/positions/aggregate';
import type { AlignedActor } from '../../core/positions/alignment';
import { alignmentMatrix, alignmentOn } from '../../core/positions/alignment';
import type { PositionsModel } from '../../core/positions/model';
import type { StanceAt } from '../../core/positions/series';
import { utcDayOf } from '../../core/positions/table';
import { stanceAtWords, stanceWord, verdictWords } from '../../core/positions/wording';
import type { GlyphKind } from './StanceGlyph';
import { StanceGlyph } from './StanceGlyph';

interface Props {
  model: PositionsModel;
  topic: TopicRecord | null;
  /** The day shown until the user picks one: the end of the window or of the data. */
  defaultDay: number;
  /** The day the user picked (in the address as `at=`), or null for the default. */
  chosenDay: number | null;
  /** Picks a day (ms UTC at 00:00), or null to go back to the end of the window. */
  onDayChange(day: number | null): void;
  selectedId: string | null;
  onSelect(eventId: string): void;
  onTopicChange(topicId: string): void;
}

/**
 * The day a typed date names, in the app's own date forms: "2023", "2023-01" or
 * "2023-01-15", each meaning its first day; the long form the field shows ("1 January 2023")
 * reads back as itself. Null when the text is none of these.
 */
export function parseAlignmentDate(text: string): number | null {
  const trimmed = text.trim();
  const interval = calendarInterval(trimmed);
  if (interval) return interval.start;
  const long = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(trimmed);
  if (!long) return null;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === long[2]!.toLowerCase());
  if (month < 0) return null;
  const iso = `${long[3]}-${String(month + 1).padStart(2, '0')}-${long[1]!.padStart(2, '0')}`;
  return calendarInterval(iso)?.start ?? null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const isoDayText = (day: number) => format(day, 'yyyy-MM-dd', { in: utc });
const longDay = (day: number) => format(day, 'd MMMM yyyy', { in: utc, locale: currentDates().locale });

function glyphOf(state: StanceAt): GlyphKind {
  return state.kind === 'known' ? state.stance : state.kind === 'mixed' ? 'split' : 'unknown';
}

function aggregateGlyph(aggregate: CountryAggregate): GlyphKind {
  const { verdict } = aggregate;
  if (verdict.kind === 'unanimous') return verdict.stance;
  // One side in several strengths: the side's strongest glyph; the words give the range.
  if (verdict.kind === 'side') return verdict.stances[0]!;
  return verdict.kind === 'split' ? 'split' : 'unknown';
}

/** "2 oppose, 1 lean support, 1 unknown": the counts behind a country's verdict. */
function countsText(aggregate: CountryAggregate): string {
  const parts = (Object.entries(aggregate.counts) as [keyof CountryAggregate['counts'], number][])
    .filter(([, n]) => n > 0)
    .map(([stance, n]) => t('{count, number} {stance}', { count: n, stance: stanceWord(stance) }));
  if (aggregate.mixed) parts.push(t('{count, number} mixed', { count: aggregate.mixed }));
  if (aggregate.unknown) parts.push(t('{count, number} unknown', { count: aggregate.unknown }));
  return parts.join(', ');
}

export function AlignmentPanel({ model, topic, defaultDay, chosenDay, onDayChange, selectedId, onSelect, onTopicChange }: Props) {
  const setChosenDay = onDayChange;
  // The topic's words are the data's, isolated in the caption's sentence.
  const dataText = dataTextProps(model.dataset);
  const dateInputId = useId();
  const dateHelpId = useId();
  // What the user is typing; null while the field shows the committed day. Nothing is
  // applied per keystroke: a partial "2" must not become the year 2.
  const [draft, setDraft] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const day = chosenDay ?? utcDayOf(defaultDay);
  const commitDraft = () => {
    if (draft === null) return;
    const text = draft.trim();
    if (text === longDay(day)) {
      setDraft(null);
      setDateError(null);
      return;
    }
    const parsed = parseAlignmentDate(text);
    if (parsed === null) {
      setDateError(t('“{text}” is not a date: write a year (2023), a month (2023-01) or a day (2023-01-15).', { text }));
      return;
    }
    setDraft(null);
    setDateError(null);
    setChosenDay(parsed);
  };
  const matrix = useMemo(() => alignmentMatrix(model, day), [model, day]);
  const alignment = useMemo(() => (topic ? alignmentOn(model, topic.id, day) : null), [model, topic, day]);

  // Days on which some position was taken, for stepping the date from change to change.
  // Only the shown actors' days: stepping to a day when a hidden actor spoke would change nothing on screen.
  const positionDays = useMemo(() => {
    const shown = new Set(model.groups.flatMap((g) => g.actors.map((a) => a.id)));
    const days = new Set<number>();
    for (let row = 0; row < model.table.length; row++) {
      if (shown.has(model.table.actorIds[model.table.actor[row]!]!)) days.add(model.table.day[row]!);
    }
    return [...days].sort((a, b) => a - b);
  }, [model]);
  const previousDay = [...positionDays].reverse().find((d) => d < day);
  const nextDay = positionDays.find((d) => d > day);

  const eventOf = (state: StanceAt) =>
    state.kind === 'unknown' ? null : model.dataset.events[model.table.event[state.step.mainRow]!]!;

  const cell = (actorName: string, topicLabel: string, state: StanceAt) => {
    const event = eventOf(state);
    const content = (
      <>
        <StanceGlyph kind={glyphOf(state)} /> <span>{stanceAtWords(state)}</span>
      </>
    );
    if (!event) return content;
    return (
      <button
        type="button"
        className="alignment-cell-button"
        aria-pressed={event.id === selectedId}
        aria-label={t('{actor} on {topic}: {stance}, from “{title}”', { actor: actorName, topic: topicLabel, stance: stanceAtWords(state), title: event.title })}
        onClick={() => onSelect(event.id)}
      >
        {content}
      </button>
    );
  };

  const side = (title: string, entries: readonly AlignedActor[], className: string) => (
    <td className={className}>
      {entries.length === 0 ? (
        <span className="positions-empty">{t('none')}</span>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.actor.id}>
              <StanceGlyph kind={glyphOf(entry.state)} /> {entry.actor.name}
              {entry.state.kind !== 'unknown' && <span className="alignment-stance"> ({stanceAtWords(entry.state)})</span>}
              <span className="positions-visually-hidden">, {title}</span>
            </li>
          ))}
        </ul>
      )}
    </td>
  );

  return (
    <section className="alignment" aria-labelledby="alignment-heading">
      <h3 id="alignment-heading">{t('Alignment on {day}', { day: longDay(day) })}</h3>
      <div className="alignment-date-controls">
        <label htmlFor={dateInputId}>{t('Date')}</label>
        <input
          id={dateInputId}
          type="text"
          inputMode="numeric"
          className="alignment-date-input"
          value={draft ?? longDay(day)}
          aria-describedby={dateHelpId}
          aria-invalid={dateError !== null}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitDraft}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitDraft();
            } else if (e.key === 'Escape' && draft !== null) {
              // Escape drops the typing (and, handled here, does not also close the details).
              e.preventDefault();
              e.stopPropagation();
              setDraft(null);
              setDateError(null);
            }
          }}
        />
        <span id={dateHelpId} className="alignment-note" aria-live="polite">
          {dateError ?? t('Type 2023, 2023-01 or 2023-01-15, then Enter.')}
        </span>
        <button type="button" disabled={previousDay === undefined} onClick={() => previousDay !== undefined && setChosenDay(previousDay)}>
          ◀ {t('Previous position')}
        </button>
        <button type="button" disabled={nextDay === undefined} onClick={() => nextDay !== undefined && setChosenDay(nextDay)}>
          {t('Next position')} ▶
        </button>
        {chosenDay !== null && (
          <button
            type="button"
            onClick={() => {
              setDraft(null);
              setDateError(null);
              setChosenDay(null);
            }}
          >
            {t('End of window')}
          </button>
        )}
        <span className="alignment-note">{t('Latest known stance on that day; earlier positions carry forward.')}</span>
      </div>
      <div className="alignment-downloads">
        {topic && (
          <button
            type="button"
            onClick={() => downloadText(fileNameFor(model.dataset.title, `alignment-${topic.id}-${isoDayText(day)}.csv`), alignmentCsv(model, topic, day, isoDayText(day)))}
          >
            {t('Download this alignment (CSV)')}
          </button>
        )}
        <button type="button" onClick={() => downloadText(fileNameFor(model.dataset.title, `matrix-${isoDayText(day)}.csv`), matrixCsv(model, day, isoDayText(day)))}>
          {t('Download the matrix (CSV)')}
        </button>
      </div>

      {topic && alignment && (
        <table className="alignment-sides">
          <caption>
            {tNodes('{topic} on {day}: who was for ({support}) and who against ({oppose})', {
              topic: <bdi {...dataText}>{topic.label}</bdi>,
              day: longDay(day),
              support: <bdi {...dataText}>{topic.support}</bdi>,
              oppose: <bdi {...dataText}>{topic.oppose}</bdi>,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('For')}</th>
              <th scope="col">{t('Against')}</th>
              <th scope="col">{t('Neutral')}</th>
              {alignment.mixed.length > 0 && <th scope="col">{t('Mixed')}</th>}
              <th scope="col">{t('Unknown')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {side(t('for'), alignment.for, 'alignment-for')}
              {side(t('against'), alignment.against, 'alignment-against')}
              {side(t('neutral'), alignment.neutral, 'alignment-neutral')}
              {alignment.mixed.length > 0 && side(t('mixed'), alignment.mixed, 'alignment-mixed')}
              {side(t('unknown'), alignment.unknown, 'alignment-unknown')}
            </tr>
          </tbody>
        </table>
      )}

      <div className="alignment-matrix-scroll">
        <table className="alignment-matrix">
          <caption>{t('Each actor’s latest stance on each topic on {day}; country rows sum up their actors', { day: longDay(day) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Actor')}</th>
              {matrix.topics.map((column) => (
                <th key={column.id} scope="col" className={column.id === topic?.id ? 'is-current-topic' : undefined}>
                  <button type="button" className="alignment-topic-button" onClick={() => onTopicChange(column.id)} aria-pressed={column.id === topic?.id} title={`${column.support} / ${column.oppose}`}>
                    {column.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          {matrix.groups.map((group) => (
            <tbody key={group.id || '_none'}>
              <tr className="alignment-country-row">
                <th scope="rowgroup">{group.country?.name ?? t('No country')}</th>
                {group.aggregates.map((aggregate, column) => (
                  <td key={matrix.topics[column]!.id} className={matrix.topics[column]!.id === topic?.id ? 'is-current-topic' : undefined} title={countsText(aggregate)}>
                    <StanceGlyph kind={aggregateGlyph(aggregate)} /> <span>{verdictWords(aggregate.verdict)}</span>
                    {aggregate.verdict.kind !== 'unknown' && <span className="positions-visually-hidden"> ({countsText(aggregate)})</span>}
                  </td>
                ))}
              </tr>
              {group.actors.map((row) => (
                <tr key={row.actor.id}>
                  <th scope="row" className="alignment-actor">
                    {row.actor.name}
                  </th>
                  {row.cells.map((state, column) => (
                    <td key={matrix.topics[column]!.id} className={matrix.topics[column]!.id === topic?.id ? 'is-current-topic' : undefined}>
                      {cell(row.actor.name, matrix.topics[column]!.label, state)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
