// Stances in words, for labels, accessible names and the shifts list.
import { t } from '../i18n/translate';
import type { EventRecord, Stance, TopicRecord } from '../model/types';
import type { CountryVerdict } from './aggregate';
import type { StanceAt } from './series';


/** "lean support" */
export function stanceWord(stance: Stance): string {
  switch (stance) {
    case 'support':
      return t('support');
    case 'lean-support':
      return t('lean support');
    case 'neutral':
      return t('neutral');
    case 'lean-oppose':
      return t('lean oppose');
    case 'oppose':
      return t('oppose');
  }
}

/** The stance read against the topic's own wording: "oppose: Ukraine should not join NATO". */
export function stanceOnTopic(stance: Stance, topic: Pick<TopicRecord, 'support' | 'oppose'>): string {
  switch (stance) {
    case 'support':
    case 'lean-support':
      return t('{stance}: {wording}', { stance: stanceWord(stance), wording: topic.support });
    case 'oppose':
    case 'lean-oppose':
      return t('{stance}: {wording}', { stance: stanceWord(stance), wording: topic.oppose });
    case 'neutral':
      return t('neutral');
  }
}

/** "shifted from lean support to oppose" */
export function shiftWords(from: Stance, to: Stance): string {
  return t('shifted from {from} to {to}', { from: stanceWord(from), to: stanceWord(to) });
}

/** Short text for a matrix cell: "oppose", "mixed (support, oppose)", "unknown". */
export function stanceAtWords(state: StanceAt): string {
  switch (state.kind) {
    case 'unknown':
      return t('unknown');
    case 'known':
      return stanceWord(state.stance);
    case 'mixed':
      return t('mixed ({stances})', { stances: state.stances.map(stanceWord).join(', ') });
  }
}

/**
 * Short text for a country row: "support", "against: oppose to lean oppose" (one side,
 * strongest first), "split (support, oppose)" (different sides), "unknown".
 */
export function verdictWords(verdict: CountryVerdict): string {
  switch (verdict.kind) {
    case 'unknown':
      return t('unknown');
    case 'unanimous':
      return stanceWord(verdict.stance);
    case 'side':
      return t('{side, select, for {for} other {against}}: {strongest} to {weakest}', {
        side: verdict.side,
        strongest: stanceWord(verdict.stances[0]!),
        weakest: stanceWord(verdict.stances[verdict.stances.length - 1]!),
      });
    case 'split':
      return t('split ({stances})', { stances: verdict.stances.map(stanceWord).join(', ') });
  }
}

/**
 * The words that ground a position, for a label beside its mark: the position's own
 * summary, else the actor's first quote in the event, else the event's summary.
 */
export function groundingText(
  event: Pick<EventRecord, 'positions' | 'quotes' | 'summary'>,
  positionIndex: number,
): { text: string; isQuote: boolean } | null {
  const position = event.positions?.[positionIndex];
  if (position?.summary) return { text: position.summary, isQuote: false };
  const quote = position ? event.quotes?.find((q) => q.actor === position.actor) : undefined;
  if (quote) return { text: quote.text, isQuote: true };
  return event.summary ? { text: event.summary, isQuote: false } : null;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return '';
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
