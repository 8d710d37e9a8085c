// Stances in words, for labels, accessible names and the shifts list.
import type { Stance, TopicRecord } from '../model/types';
import type { CountryVerdict } from './aggregate';
import type { StanceAt } from './series';

const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  support: 'support',
  'lean-support': 'lean support',
  neutral: 'neutral',
  'lean-oppose': 'lean oppose',
  oppose: 'oppose',
};

/** "lean support" */
export function stanceWord(stance: Stance): string {
  return STANCE_WORDS[stance];
}

/** The stance read against the topic's own wording: "oppose: Ukraine should not join NATO". */
export function stanceOnTopic(stance: Stance, topic: Pick<TopicRecord, 'support' | 'oppose'>): string {
  switch (stance) {
    case 'support':
    case 'lean-support':
      return `${stanceWord(stance)}: ${topic.support}`;
    case 'oppose':
    case 'lean-oppose':
      return `${stanceWord(stance)}: ${topic.oppose}`;
    case 'neutral':
      return 'neutral';
  }
}

/** "shifted from lean support to oppose" */
export function shiftWords(from: Stance, to: Stance): string {
  return `shifted from ${stanceWord(from)} to ${stanceWord(to)}`;
}

/** Short text for a matrix cell: "oppose", "mixed (support, oppose)", "unknown". */
export function stanceAtWords(state: StanceAt): string {
  switch (state.kind) {
    case 'unknown':
      return 'unknown';
    case 'known':
      return stanceWord(state.stance);
    case 'mixed':
      return `mixed (${state.stances.map(stanceWord).join(', ')})`;
  }
}

/** Short text for a country row: "support", "split (support, oppose)", "unknown". */
export function verdictWords(verdict: CountryVerdict): string {
  switch (verdict.kind) {
    case 'unknown':
      return 'unknown';
    case 'unanimous':
      return stanceWord(verdict.stance);
    case 'split':
      return `split (${verdict.stances.map(stanceWord).join(', ')})`;
  }
}
