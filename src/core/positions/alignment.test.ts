import { describe, expect, it } from 'vitest';
import { aggregateStances } from './aggregate';
import { alignmentMatrix, alignmentOn } from './alignment';
import { buildPositionsModel } from './model';
import { makeDataset, NATO_TOPIC } from './testing';
import { stanceAtWords, verdictWords } from './wording';

const UTC = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const TARIFFS = { id: 'tariffs', label: 'Steel tariffs', support: 'Impose tariffs', oppose: 'No tariffs' };

const dataset = makeDataset({
  countries: [
    { id: 'US', name: 'United States' },
    { id: 'FR', name: 'France' },
  ],
  actors: [
    { id: 'barrot', name: 'Jean-Noël Barrot', country: 'FR' },
    { id: 'hegseth', name: 'Pete Hegseth', country: 'US' },
    { id: 'trump', name: 'Donald Trump', country: 'US' },
    { id: 'rubio', name: 'Marco Rubio', country: 'US' },
    { id: 'allies', name: 'Other allies' },
  ],
  topics: [NATO_TOPIC, TARIFFS],
  events: [
    { id: 'rubio-2023', date: '2023-06', positions: [{ actor: 'rubio', topic: 'ukraine-nato', stance: 'lean-support' }] },
    { id: 'hegseth', date: '2025-02-12', positions: [{ actor: 'hegseth', topic: 'ukraine-nato', stance: 'oppose' }] },
    { id: 'trump', date: '2025-02-12', positions: [{ actor: 'trump', topic: 'ukraine-nato', stance: 'oppose' }] },
    { id: 'barrot', date: '2025-02-12', positions: [{ actor: 'barrot', topic: 'ukraine-nato', stance: 'support' }] },
    { id: 'trump-tariffs', date: '2025-03-01', positions: [{ actor: 'trump', topic: 'tariffs', stance: 'support' }] },
    { id: 'allies', date: '2025-03-02', positions: [{ actor: 'allies', topic: 'tariffs', stance: 'neutral' }] },
    { id: 'rubio-2025', date: '2025-03-05', positions: [{ actor: 'rubio', topic: 'ukraine-nato', stance: 'oppose' }] },
  ],
});
const model = buildPositionsModel(dataset);
const names = (list: readonly { actor: { id: string } }[]) => list.map((e) => e.actor.id);

describe('the alignment on a topic at a date', () => {
  it('answers who was for and who against on 12 February 2025', () => {
    const alignment = alignmentOn(model, 'ukraine-nato', UTC(2025, 2, 12));
    expect(names(alignment.for)).toEqual(['barrot', 'rubio']);
    expect(names(alignment.against)).toEqual(['hegseth', 'trump']);
    expect(names(alignment.neutral)).toEqual([]);
    expect(names(alignment.unknown)).toEqual(['allies']);
  });

  it('moves an actor across when a later position replaces the earlier one', () => {
    const alignment = alignmentOn(model, 'ukraine-nato', UTC(2025, 3, 5));
    expect(names(alignment.for)).toEqual(['barrot']);
    expect(names(alignment.against)).toEqual(['hegseth', 'trump', 'rubio']);
  });

  it('lists a neutral actor as neutral and a silent actor as unknown', () => {
    const alignment = alignmentOn(model, 'tariffs', UTC(2025, 3, 3));
    expect(names(alignment.neutral)).toEqual(['allies']);
    expect(names(alignment.for)).toEqual(['trump']);
    expect(names(alignment.unknown)).toEqual(['hegseth', 'rubio', 'barrot']);
  });

  it('is all unknown before anyone spoke', () => {
    const alignment = alignmentOn(model, 'ukraine-nato', UTC(2000, 1, 1));
    expect(alignment.unknown).toHaveLength(5);
  });
});

describe('country aggregation', () => {
  it('calls a country split when its actors differ, rather than averaging them', () => {
    const matrix = alignmentMatrix(model, UTC(2025, 2, 12));
    const us = matrix.groups.find((g) => g.id === 'US')!;
    const nato = us.aggregates[0]!;
    expect(nato.verdict).toEqual({ kind: 'split', stances: ['lean-support', 'oppose'], opposed: true });
    expect(nato.counts.oppose).toBe(2);
    expect(nato.counts['lean-support']).toBe(1);
    expect(verdictWords(nato.verdict)).toBe('split (lean support, oppose)');
  });

  it('is unanimous when every actor who spoke agrees, and counts the silent ones', () => {
    const matrix = alignmentMatrix(model, UTC(2025, 3, 10));
    const us = matrix.groups.find((g) => g.id === 'US')!;
    expect(us.aggregates[0]!.verdict).toEqual({ kind: 'unanimous', stance: 'oppose' });
    expect(us.aggregates[1]!.verdict).toEqual({ kind: 'unanimous', stance: 'support' });
    expect(us.aggregates[1]!.unknown).toBe(2);
    expect(us.aggregates[1]!.spoke).toBe(1);
  });

  it('is unknown when no actor of the country spoke', () => {
    const matrix = alignmentMatrix(model, UTC(2025, 3, 10));
    const france = matrix.groups.find((g) => g.id === 'FR')!;
    expect(france.aggregates[1]!.verdict).toEqual({ kind: 'unknown' });
  });

  it('does not call different strengths on one side a split: it gives the side with its range', () => {
    const degree = aggregateStances([
      { kind: 'known', stance: 'support', step: null! },
      { kind: 'known', stance: 'lean-support', step: null! },
      { kind: 'unknown' },
    ]);
    expect(degree.verdict).toEqual({ kind: 'side', side: 'for', stances: ['support', 'lean-support'] });
    expect(verdictWords(degree.verdict)).toBe('for: support to lean support');
    expect(degree.unknown).toBe(1);
    const against = aggregateStances([
      { kind: 'known', stance: 'lean-oppose', step: null! },
      { kind: 'known', stance: 'oppose', step: null! },
    ]);
    expect(verdictWords(against.verdict)).toBe('against: oppose to lean oppose');
  });

  it('counts an actor with a mixed day across sides as a split', () => {
    const aggregate = aggregateStances([{ kind: 'mixed', stances: ['oppose', 'neutral'], step: null! }]);
    expect(aggregate.verdict).toEqual({ kind: 'split', stances: ['neutral', 'oppose'], opposed: false });
    expect(aggregate.mixed).toBe(1);
  });
});

describe('the alignment matrix', () => {
  const matrix = alignmentMatrix(model, UTC(2025, 3, 1));

  it('has one column per topic with positions and one row per actor, grouped by country in file order', () => {
    expect(matrix.topics.map((t) => t.id)).toEqual(['ukraine-nato', 'tariffs']);
    expect(matrix.groups.map((g) => g.id)).toEqual(['US', 'FR', '']);
    expect(matrix.groups[0]!.actors.map((r) => r.actor.id)).toEqual(['hegseth', 'trump', 'rubio']);
  });

  it('shows each actor’s latest stance, unknown where nothing is known', () => {
    const trump = matrix.groups[0]!.actors[1]!;
    expect(trump.cells.map(stanceAtWords)).toEqual(['oppose', 'support']);
    const barrot = matrix.groups[1]!.actors[0]!;
    expect(barrot.cells.map(stanceAtWords)).toEqual(['support', 'unknown']);
  });
});

describe('the words beside a mark', () => {
  it('prefer the position’s summary, then the actor’s quote, then the event’s summary', async () => {
    const { groundingText, truncateText } = await import('./wording');
    const event = {
      summary: 'Event summary.',
      quotes: [{ actor: 'ben', text: 'Ben said.' }, { actor: 'ana', text: 'Ana said.' }],
      positions: [
        { actor: 'ana', topic: 't', stance: 'support' as const, summary: 'Ana supports.' },
        { actor: 'ana', topic: 'u', stance: 'support' as const },
        { actor: 'cy', topic: 'u', stance: 'support' as const },
      ],
    };
    expect(groundingText(event, 0)).toEqual({ text: 'Ana supports.', isQuote: false });
    expect(groundingText(event, 1)).toEqual({ text: 'Ana said.', isQuote: true });
    expect(groundingText(event, 2)).toEqual({ text: 'Event summary.', isQuote: false });
    expect(truncateText('The United States does not believe', 20)).toBe('The United States…');
  });
});
