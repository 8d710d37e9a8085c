import { describe, expect, it } from 'vitest';
import { datasetFromRecords } from '../data/testing';
import { computeLanes } from '../layout/lanes';
import { sideOf, stanceTone, stanceToneOf, TONE_NO_POSITION, TONE_SPLIT } from './tones';

const dataset = datasetFromRecords({
  title: 'Tones',
  countries: [{ id: 'US', name: 'United States' }],
  actors: [
    { id: 'a', name: 'A', country: 'US' },
    { id: 'b', name: 'B', country: 'US' },
  ],
  topics: [{ id: 't', label: 'T', support: 'yes', oppose: 'no' }],
  events: [
    {
      id: 'meeting',
      type: 'meeting',
      date: '2025-02-12',
      actors: ['a', 'b'],
      title: 'A and B meet',
      positions: [
        { actor: 'a', topic: 't', stance: 'lean-support' },
        { actor: 'a', topic: 't', stance: 'support' },
        { actor: 'b', topic: 't', stance: 'oppose' },
      ],
    },
    { id: 'quiet', type: 'statement', date: '2025-02-13', actors: ['a'], title: 'A speaks of other things' },
  ],
});

describe('stanceToneOf', () => {
  const byActor = computeLanes(dataset, 'country-actor', [], [0, 1]);
  const merged = computeLanes(dataset, 'country-actor', ['US'], [0, 1]);
  const meeting = dataset.eventById.get('meeting')!;

  it('colours each lane by its own actor’s stance, the firmest of one side', () => {
    const laneOf = (id: string) => byActor.lanes[byActor.laneIndexById.get(id)!]!;
    expect(stanceToneOf(meeting, laneOf('a'), 't')).toBe(stanceTone('support'));
    expect(stanceToneOf(meeting, laneOf('b'), 't')).toBe(stanceTone('oppose'));
  });

  it('marks a merged lane split only when its actors stand on different sides', () => {
    expect(stanceToneOf(meeting, merged.lanes[0]!, 't')).toBe(TONE_SPLIT);
    expect(sideOf('lean-support')).toBe(sideOf('support'));
    expect(sideOf('neutral')).not.toBe(sideOf('oppose'));
  });

  it('greys an event with no position on the topic', () => {
    const lane = byActor.lanes[byActor.laneIndexById.get('a')!]!;
    expect(stanceToneOf(dataset.eventById.get('quiet')!, lane, 't')).toBe(TONE_NO_POSITION);
  });
});
