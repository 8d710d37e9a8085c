import { describe, expect, it } from 'vitest';
import { computeLanes, everyEventLanes, lanesOfEvent, NO_TOPIC_LANE_ID, OTHER_GROUP_ID, warmLanes } from './lanes';
import { makeLayoutDataset, sampleSpec } from './testing';

const dataset = makeLayoutDataset(sampleSpec());
const laneIdsOf = (eventId: string, model: ReturnType<typeof computeLanes>) =>
  [...lanesOfEvent(model, dataset.eventById.get(eventId)!.index)].map((l) => model.lanes[l]!.id);

describe('computeLanes by country then actor', () => {
  const model = computeLanes(dataset, 'country-actor', []);

  it('orders groups as the file lists countries, with actors without a country in a last "No country" group', () => {
    expect(model.groups.map((g) => g.id)).toEqual(['US', 'RU', 'NATO', OTHER_GROUP_ID]);
    expect(model.groups.map((g) => g.kind)).toEqual(['country', 'country', 'organization', 'other']);
    expect(model.groups.at(-1)!.label).toBe('No country');
  });

  it('gives one lane per actor inside its group, in file order', () => {
    expect(model.lanes.map((l) => l.id)).toEqual(['trump', 'hegseth', 'putin', 'rutte', 'allies']);
    expect(model.groups[0]!.laneIndices).toEqual([0, 1]);
  });

  it('labels lanes "Actor name (Country)" for assistive technology', () => {
    expect(model.lanes[0]!.accessibleLabel).toBe('Donald Trump (United States)');
    expect(model.lanes[4]!.accessibleLabel).toBe('Other Western allies');
  });

  it('puts a call in the lane of every participant', () => {
    expect(laneIdsOf('trump-putin-call', model)).toEqual(['trump', 'putin']);
    expect(laneIdsOf('summit', model)).toEqual(['trump', 'hegseth', 'rutte']);
  });
});

describe('computeLanes with a collapsed group', () => {
  const model = computeLanes(dataset, 'country-actor', new Set(['US']));

  it('merges the group into one lane', () => {
    expect(model.lanes.map((l) => l.id)).toEqual(['group:US', 'putin', 'rutte', 'allies']);
    expect(model.groups[0]).toMatchObject({ id: 'US', collapsed: true, laneIndices: [0], actorCount: 2 });
  });

  it('draws an event of two actors of the collapsed group once in the merged lane', () => {
    expect(laneIdsOf('summit', model)).toEqual(['group:US', 'rutte']);
  });
});

describe('computeLanes by actor', () => {
  it('gives one lane per actor and no groups, in the same stable order', () => {
    const model = computeLanes(dataset, 'actor', ['US']);
    expect(model.groups).toEqual([]);
    expect(model.lanes.map((l) => l.id)).toEqual(['trump', 'hegseth', 'putin', 'rutte', 'allies']);
  });
});

describe('computeLanes by topic', () => {
  const model = computeLanes(dataset, 'topic', []);

  it('gives one lane per topic in file order and a last "No topic" lane', () => {
    expect(model.lanes.map((l) => l.id)).toEqual(['nato', 'ceasefire', NO_TOPIC_LANE_ID]);
  });

  it('puts an event in each topic lane it takes positions on', () => {
    expect(laneIdsOf('trump-putin-call', model)).toEqual(['nato', 'ceasefire']);
  });

  it('puts events without positions in the "No topic" lane', () => {
    expect(laneIdsOf('summit', model)).toEqual([NO_TOPIC_LANE_ID]);
  });
});

describe('computeLanes with included events', () => {
  it('leaves out lanes that would stay empty and places excluded events nowhere', () => {
    const included = [dataset.eventById.get('trump-putin-call')!.index];
    const model = computeLanes(dataset, 'country-actor', [], included);
    expect(model.lanes.map((l) => l.id)).toEqual(['trump', 'putin']);
    expect(model.groups.map((g) => g.id)).toEqual(['US', 'RU']);
    expect(laneIdsOf('summit', model)).toEqual([]);
  });

  it('with every event included, gives a lane to each actor with an event, as one event at a time would', () => {
    const quiet = makeLayoutDataset({ ...sampleSpec(), actors: [...sampleSpec().actors!, { id: 'silent', name: 'Never speaks', country: 'US' }] });
    const all = quiet.events.map((event) => event.index);
    const everyone = computeLanes(quiet, 'country-actor', [], all).lanes.map((lane) => lane.id);
    expect(everyone).not.toContain('silent');
    // The same lanes as the union of each event's own.
    const one = new Set(all.flatMap((index) => computeLanes(quiet, 'country-actor', [], [index]).lanes.map((lane) => lane.id)));
    expect(new Set(everyone)).toEqual(one);
    expect(computeLanes(quiet, 'country-actor', []).lanes.map((lane) => lane.id)).toContain('silent');
  });

  it('with every event included, gives a lane to each topic with a position, and "No topic" only if an event has none, as one event at a time would', () => {
    const spec = sampleSpec();
    const withIdleTopic = { ...spec, topics: [...spec.topics!, { id: 'idle', label: 'Never taken', support: 'yes', oppose: 'no' }] };
    for (const events of [spec.events, spec.events.map((event) => ({ ...event, topics: event.topics ?? ['ceasefire'] }))]) {
      const quiet = makeLayoutDataset({ ...withIdleTopic, events });
      const all = quiet.events.map((event) => event.index);
      const everyTopic = computeLanes(quiet, 'topic', [], all).lanes.map((lane) => lane.id);
      expect(everyTopic).not.toContain('idle');
      const one = new Set(all.flatMap((index) => computeLanes(quiet, 'topic', [], [index]).lanes.map((lane) => lane.id)));
      expect(new Set(everyTopic)).toEqual(one);
    }
  });

  it('drops the "No topic" lane when every included event states a position', () => {
    const included = [dataset.eventById.get('hegseth-remarks')!.index];
    expect(computeLanes(dataset, 'topic', [], included).lanes.map((l) => l.id)).toEqual(['nato']);
  });
});

describe('computeLanes keeps the model of every event', () => {
  const all = (dataset: ReturnType<typeof makeLayoutDataset>) => dataset.events.map((event) => event.index);

  it('gives the same model for the same grouping and collapsed groups, in any order, and a new one otherwise', () => {
    const dataset = makeLayoutDataset(sampleSpec());
    const model = computeLanes(dataset, 'country-actor', ['US', 'RU'], all(dataset));
    expect(computeLanes(dataset, 'country-actor', new Set(['RU', 'US']), all(dataset))).toBe(model);
    expect(computeLanes(dataset, 'country-actor', ['US'], all(dataset))).not.toBe(model);
    expect(computeLanes(dataset, 'actor', [], all(dataset))).not.toBe(computeLanes(dataset, 'country-actor', [], all(dataset)));
    // Without `included` every actor has a lane, with or without events: not the same model.
    expect(computeLanes(dataset, 'actor', [])).not.toBe(computeLanes(dataset, 'actor', [], all(dataset)));
  });

  it('makes a filtered model afresh each time, equal to the last', () => {
    const dataset = makeLayoutDataset(sampleSpec());
    const some = all(dataset).slice(1);
    const model = computeLanes(dataset, 'country-actor', [], some);
    const again = computeLanes(dataset, 'country-actor', [], some);
    expect(again).not.toBe(model);
    expect(again).toEqual(model);
  });

  it('is what warmLanes made ahead for the first view', () => {
    const dataset = makeLayoutDataset(sampleSpec());
    warmLanes(dataset, 'country-actor', ['US']);
    const warmed = computeLanes(dataset, 'country-actor', ['US'], all(dataset));
    expect(computeLanes(dataset, 'country-actor', ['US'], all(dataset))).toBe(warmed);
    expect(warmed).toEqual(computeLanes(makeLayoutDataset(sampleSpec()), 'country-actor', ['US'], all(dataset)));
  });

  it('is what everyEventLanes finds, or makes, for the view of every event', () => {
    const dataset = makeLayoutDataset(sampleSpec());
    // The model of every lane (no indices given) is another model: not taken for it.
    const everyLane = computeLanes(dataset, 'topic', []);
    const made = everyEventLanes(dataset, 'topic', []);
    expect(made).not.toBe(everyLane);
    expect(made).toEqual(computeLanes(makeLayoutDataset(sampleSpec()), 'topic', [], all(dataset)));
    expect(computeLanes(dataset, 'topic', [], all(dataset))).toBe(made);
    expect(everyEventLanes(dataset, 'topic', [])).toBe(made);
  });
});

describe("computeLanes places each event in its lanes' sorted set", () => {
  // Actors and topics in every order, repeated, of collapsed and open groups, and a topic the
  // file does not list: each event's lanes are the distinct lanes of its actors (or topics),
  // ascending, as a plain Set gives. Planned twice, as a topic plan reuses what the first made.
  const countries = ['A', 'B', 'C'].map((id) => ({ id, name: `Country ${id}` }));
  const actors = Array.from({ length: 9 }, (_, k) => ({ id: `a${k}`, name: `Actor ${k}`, ...(k < 8 ? { country: countries[k % 3]!.id } : {}) }));
  const topics = ['t0', 't1', 't2', 't3'].map((id) => ({ id, label: id, support: 'for', oppose: 'against' }));
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const events = Array.from({ length: 300 }, (_, k) => ({
    id: `e${k}`,
    date: `2024-0${1 + next(9)}-1${next(10)}`,
    type: 'meeting' as const,
    actors: Array.from({ length: 1 + next(5) }, () => actors[next(actors.length)]!.id),
    topics: Array.from({ length: next(4) }, () => topics[next(topics.length)]!.id),
  }));
  // t3 is taken positions on but not listed: it has no lane, and is no reason for "No topic".
  const dataset = makeLayoutDataset({ countries, actors, topics: topics.slice(0, 3), events });
  const included = dataset.events.map((event) => event.index).filter((index) => index % 4 !== 1);

  for (const [grouping, collapsed] of [['country-actor', []], ['country-actor', ['A', 'C']], ['actor', []], ['topic', []]] as const) {
    it(`by ${grouping}${collapsed.length ? `, ${collapsed.join(' and ')} collapsed` : ''}`, () => {
      computeLanes(dataset, grouping, collapsed, included.slice(1));
      const model = computeLanes(dataset, grouping, collapsed, included);
      const laneOfKey = (key: string) => {
        if (grouping === 'topic') return model.laneIndexById.get(key);
        const lane = model.laneIndexById.get(key);
        if (lane !== undefined) return lane;
        const country = actors.find((actor) => actor.id === key)?.country;
        return country && collapsed.includes(country as never) ? model.laneIndexById.get(`group:${country}`) : undefined;
      };
      for (const event of dataset.events) {
        const keys = grouping === 'topic' ? (event.topicIds.length > 0 ? event.topicIds : [NO_TOPIC_LANE_ID]) : event.actorIds;
        const expected = included.includes(event.index) ? [...new Set(keys.map(laneOfKey).filter((lane) => lane !== undefined))].sort((a, b) => a - b) : [];
        expect([...lanesOfEvent(model, event.index)], event.id).toEqual(expected);
      }
    });
  }
});
