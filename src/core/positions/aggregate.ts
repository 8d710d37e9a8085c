// A country's stance from its actors' stances, without averaging disagreement away:
// counts per stance, and a verdict that is "split" whenever the actors who spoke differ
// (an actor who said different things on one day counts as a split on its own).
import type { Stance } from '../model/types';
import { STANCE_VALUE, STANCES } from '../model/types';
import type { StanceAt } from './series';

export type CountryVerdict =
  | { readonly kind: 'unknown' }
  /** Every actor with a known stance holds this one (some may still be unknown). */
  | { readonly kind: 'unanimous'; readonly stance: Stance }
  /**
   * Actors differ. `stances` lists each stance held, strongest support first;
   * `opposed` is true when some lean to support and others to oppose, not only
   * a difference of degree or neutrality.
   */
  | { readonly kind: 'split'; readonly stances: readonly Stance[]; readonly opposed: boolean };

export interface CountryAggregate {
  readonly counts: Readonly<Record<Stance, number>>;
  /** Actors whose latest day was itself mixed. */
  readonly mixed: number;
  readonly unknown: number;
  /** Actors with a known or mixed stance. */
  readonly spoke: number;
  readonly total: number;
  readonly verdict: CountryVerdict;
}

export function aggregateStances(states: readonly StanceAt[]): CountryAggregate {
  const counts: Record<Stance, number> = { support: 0, 'lean-support': 0, neutral: 0, 'lean-oppose': 0, oppose: 0 };
  const held = new Set<Stance>();
  let mixed = 0;
  let unknown = 0;
  for (const state of states) {
    if (state.kind === 'unknown') unknown++;
    else if (state.kind === 'known') {
      counts[state.stance]++;
      held.add(state.stance);
    } else {
      mixed++;
      for (const stance of state.stances) held.add(stance);
    }
  }
  const stances = STANCES.filter((s) => held.has(s));
  let verdict: CountryVerdict;
  if (stances.length === 0) verdict = { kind: 'unknown' };
  else if (stances.length === 1 && mixed === 0) verdict = { kind: 'unanimous', stance: stances[0]! };
  else {
    const values = stances.map((s) => STANCE_VALUE[s]);
    verdict = { kind: 'split', stances, opposed: values.some((v) => v > 0) && values.some((v) => v < 0) };
  }
  return { counts, mixed, unknown, spoke: states.length - unknown, total: states.length, verdict };
}
