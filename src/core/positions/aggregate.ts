// A country's stance from its actors' stances, without averaging disagreement away:
// counts per stance, and a verdict. A country is "split" only when its actors stand on
// different sides (for, neutral, against); different strengths on one side are that side
// with its range ("against: oppose to lean oppose"), not a split.
import type { Stance } from '../model/types';
import { STANCE_VALUE, STANCES } from '../model/types';
import type { StanceAt } from './series';

/** The three sides a stance can be on. */
export type StanceSide = 'for' | 'neutral' | 'against';

export function sideOf(stance: Stance): StanceSide {
  const value = STANCE_VALUE[stance];
  return value > 0 ? 'for' : value < 0 ? 'against' : 'neutral';
}

export type CountryVerdict =
  | { readonly kind: 'unknown' }
  /** Every actor with a known stance holds this one (some may still be unknown). */
  | { readonly kind: 'unanimous'; readonly stance: Stance }
  /**
   * Every stance held is on one side, in different strengths. `stances` lists them,
   * strongest first (support before lean support, oppose before lean oppose).
   */
  | { readonly kind: 'side'; readonly side: Exclude<StanceSide, 'neutral'>; readonly stances: readonly Stance[] }
  /**
   * Actors stand on different sides. `stances` lists each stance held, strongest
   * support first; `opposed` is true when some are for and others against (not only
   * one side against neutral).
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
  const sides = new Set(stances.map(sideOf));
  let verdict: CountryVerdict;
  if (stances.length === 0) verdict = { kind: 'unknown' };
  else if (stances.length === 1) verdict = { kind: 'unanimous', stance: stances[0]! };
  else if (sides.size === 1) {
    const side = sideOf(stances[0]!) as Exclude<StanceSide, 'neutral'>;
    // Strongest first on either side: support, lean support / oppose, lean oppose.
    verdict = { kind: 'side', side, stances: side === 'for' ? stances : [...stances].reverse() };
  } else verdict = { kind: 'split', stances, opposed: sides.has('for') && sides.has('against') };
  return { counts, mixed, unknown, spoke: states.length - unknown, total: states.length, verdict };
}
