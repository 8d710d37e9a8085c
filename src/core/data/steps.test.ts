import { describe, expect, it } from 'vitest';
import { checkRules, checkRulesInSteps } from './rules';
import { checkTextLengths, checkTextLengthsInSteps } from './longText';
import { MAX_TEXT_LENGTH } from './limits';
import { runAtOnce, runGivingWay } from './steps';
import type { Steps } from './steps';

/** A file of `count` events, the last one naming an actor no list has and holding a text too long. */
function largeFile(count: number) {
  const events = Array.from({ length: count }, (_, k) => ({ id: `e${k}`, type: 'statement', title: `Event ${k}`, date: '2025-02-12', actors: ['a'], sources: ['s'] }));
  events[count - 1]!.actors = ['nobody'];
  events[count - 1]!.title = 'x'.repeat(MAX_TEXT_LENGTH + 1);
  return { version: 1, title: 'Large', sources: [{ id: 's', title: 'S' }], countries: [], actors: [{ id: 'a', name: 'A' }], topics: [], events };
}

/** How many times the steps gave way, and what they ended with. */
async function stepped<T>(steps: Steps<T>): Promise<{ pauses: number; result: T }> {
  let pauses = 0;
  const result = await runGivingWay(steps, async () => void pauses++);
  return { pauses, result };
}

describe('the last checks in steps', () => {
  it('find what the checks run at once find, giving way every few thousand events', async () => {
    const file = largeFile(25_000);
    const rules = await stepped(checkRulesInSteps(file));
    expect(rules.pauses).toBeGreaterThanOrEqual(2);
    expect(rules.result).toEqual(checkRules(file));
    expect(rules.result.drafts.some((draft) => draft.rule === 'unresolved-reference' && draft.path.join('.') === 'events.24999.actors.0')).toBe(true);

    const lengths = await stepped(checkTextLengthsInSteps(file, undefined));
    expect(lengths.pauses).toBeGreaterThanOrEqual(2);
    expect(lengths.result).toEqual(checkTextLengths(file, undefined));
    expect(lengths.result.map((draft) => draft.path.join('.'))).toContain('events.24999.title');
  });

  it('run at once without giving way', () => {
    const file = largeFile(10);
    expect(runAtOnce(checkRulesInSteps(file))).toEqual(checkRules(file));
  });
});
