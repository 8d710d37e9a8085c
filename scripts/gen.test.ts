import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/core/data/index';
import type { DatasetFile } from '../src/core/model/types';
import { DEFAULT_GEN_OPTIONS, generateDataset, mulberry32, validateOptions } from './gen';
import type { GenOptions } from './gen';

function generateText(overrides: Partial<GenOptions> = {}): string {
  const chunks: string[] = [];
  generateDataset({ ...DEFAULT_GEN_OPTIONS, ...overrides }, (text) => chunks.push(text));
  return chunks.join('');
}

const text2k = generateText({ events: 2000 });
const file2k = JSON.parse(text2k) as DatasetFile;

describe('the synthetic data generator', () => {
  it('writes a 2,000-event file that the loader accepts with no errors and no warnings', async () => {
    const result = await loadDataset(text2k, { file: 'generated.json' });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.events.length).toBe(2000);
  });

  it('gives byte-identical output for the same arguments and different output for another seed', () => {
    expect(generateText({ events: 2000 })).toBe(text2k);
    expect(generateText({ events: 2000, seed: 2 })).not.toBe(text2k);
  });

  it('writes the requested numbers of events, actors and countries, twenty topics and some organisations', () => {
    expect(file2k.events).toHaveLength(2000);
    expect(file2k.actors).toHaveLength(DEFAULT_GEN_OPTIONS.actors);
    expect(file2k.countries).toHaveLength(DEFAULT_GEN_OPTIONS.countries);
    expect(file2k.topics).toHaveLength(20);
    expect(file2k.countries.filter((country) => country.kind === 'organization').length).toBeGreaterThan(0);
    for (const topic of file2k.topics) expect(topic.support).not.toBe(topic.oppose);
  });

  it('mixes statements, calls of two to four actors and meetings, some of them several days long', () => {
    const byType = (type: string) => file2k.events.filter((event) => event.type === type);
    expect(byType('statement').length).toBeGreaterThan(1000);
    const calls = byType('call');
    expect(calls.length).toBeGreaterThan(100);
    for (const call of calls) {
      expect(call.actors.length).toBeGreaterThanOrEqual(2);
      expect(call.actors.length).toBeLessThanOrEqual(4);
    }
    const meetings = byType('meeting');
    expect(meetings.some((meeting) => meeting.end !== undefined && meeting.end > meeting.date)).toBe(true);
    expect(file2k.events.some((event) => event.status === 'planned')).toBe(true);
  });

  it('writes dates at every precision, with offsets and EDTF qualifiers', () => {
    const dates = file2k.events.map((event) => event.date);
    const count = (pattern: RegExp) => dates.filter((date) => pattern.test(date)).length;
    const days = count(/^\d{4}-\d{2}-\d{2}$/);
    expect(days).toBeGreaterThan(dates.length / 2);
    expect(count(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/)).toBeGreaterThan(0);
    expect(count(/^\d{4}-\d{2}[~?%]?$/)).toBeGreaterThan(0);
    expect(count(/^\d{4}[~?%]?$/)).toBeGreaterThan(0);
    expect(count(/~$/)).toBeGreaterThan(0);
    expect(count(/\?$/)).toBeGreaterThan(0);
  });

  it('uses every actor, country, topic and source, and every event cites a source', () => {
    const usedActors = new Set(file2k.events.flatMap((event) => event.actors));
    const usedTopics = new Set(file2k.events.flatMap((event) => (event.positions ?? []).map((position) => position.topic)));
    const usedSources = new Set(file2k.events.flatMap((event) => event.sources ?? []));
    const usedCountries = new Set(file2k.actors.map((actor) => actor.country));
    expect(file2k.actors.filter((actor) => !usedActors.has(actor.id))).toEqual([]);
    expect(file2k.topics.filter((topic) => !usedTopics.has(topic.id))).toEqual([]);
    expect(file2k.sources.filter((source) => !usedSources.has(source.id))).toEqual([]);
    expect(file2k.countries.filter((country) => !usedCountries.has(country.id))).toEqual([]);
    expect(file2k.events.filter((event) => (event.sources ?? []).length === 0)).toEqual([]);
    for (const source of file2k.sources) expect(source.url).toMatch(/^https?:\/\//);
  });

  it('lets an actor’s stance on a topic shift over time', () => {
    const series = new Map<string, string[]>();
    for (const event of file2k.events) {
      for (const position of event.positions ?? []) {
        const key = `${position.actor} ${position.topic}`;
        series.set(key, [...(series.get(key) ?? []), position.stance]);
      }
    }
    const longSeries = [...series.values()].filter((stances) => stances.length >= 5);
    const shifting = longSeries.filter((stances) => new Set(stances).size > 1);
    expect(longSeries.length).toBeGreaterThan(10);
    expect(shifting.length).toBeGreaterThan(longSeries.length / 4);
  });

  it('clusters events in time rather than spreading them evenly', () => {
    const perMonth = new Map<string, number>();
    for (const event of file2k.events) perMonth.set(event.date.slice(0, 7), (perMonth.get(event.date.slice(0, 7)) ?? 0) + 1);
    const counts = [...perMonth.values()].sort((a, b) => b - a);
    const evenShare = 2000 / 120;
    expect(counts[0]).toBeGreaterThan(3 * evenShare);
  });

  it('refuses fewer events than actors, since some actors would go unused', () => {
    expect(validateOptions({ ...DEFAULT_GEN_OPTIONS, events: 100, actors: 200 })).toHaveLength(1);
    expect(() => generateText({ events: 100 })).toThrow(/at least --actors/);
    expect(validateOptions({ ...DEFAULT_GEN_OPTIONS, countries: 300 })).toHaveLength(1);
  });

  it('draws the same mulberry32 sequence from the same seed', () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    const draws = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => second())).toEqual(draws);
    for (const draw of draws) expect(draw >= 0 && draw < 1).toBe(true);
    expect(new Set(draws).size).toBe(5);
  });
});
