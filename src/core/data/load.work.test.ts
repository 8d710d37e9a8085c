// The loader's work grows in proportion to its input, checked by counting, never by timing:
// the places where work could grow faster than the file (comparing each unresolved id with
// every known id; scanning an object's members for each problem inside it; re-reading the
// text for positions) are counted through their inputs, and a file k times larger may cost
// at most about k times as much. Sizes start above the 50 ids that get "did you mean"
// suggestions (rules.ts), past which the suggestion work stops growing with the square.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ObjectNode } from '@humanwhocodes/momoa';

const work = { comparisons: 0, memberReads: 0, charactersReparsed: 0 };

vi.mock('./suggest', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./suggest')>();
  return {
    ...actual,
    closestId(wanted: string, candidates: Iterable<string>) {
      const list = [...candidates];
      work.comparisons += list.length;
      return actual.closestId(wanted, list);
    },
  };
});

vi.mock('@humanwhocodes/momoa', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@humanwhocodes/momoa')>();
  /** Every read of an object's members by index is one step of a member scan. */
  function countMemberReads(root: unknown): void {
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const node = stack.pop() as { type?: string; body?: unknown; members?: ObjectNode['members']; elements?: { value: unknown }[] } | null;
      if (!node || typeof node !== 'object') continue;
      if (node.type === 'Document') stack.push(node.body);
      if (node.type === 'Array') for (const element of node.elements ?? []) stack.push(element.value);
      if (node.type === 'Object' && node.members) {
        for (const member of node.members) stack.push(member.value);
        node.members = new Proxy(node.members, {
          get(target, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key)) work.memberReads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
      }
    }
  }
  return {
    ...actual,
    parse(text: string, options?: Parameters<typeof actual.parse>[1]) {
      work.charactersReparsed += text.length;
      const document = actual.parse(text, options);
      countMemberReads(document);
      return document;
    },
  };
});

const { loadDataset } = await import('./index');

type Mistake = 'unresolved-actor' | 'unresolved-topic' | 'unknown-field' | 'unknown-fields-in-one-event' | 'invalid-date' | 'duplicate-id' | 'wrong-type';
const MISTAKES: Mistake[] = ['unresolved-actor', 'unresolved-topic', 'unknown-field', 'unknown-fields-in-one-event', 'invalid-date', 'duplicate-id', 'wrong-type'];

/** A file of `size` events, actors and topics, each event carrying the chosen mistakes. */
function fileWith(size: number, mistakes: readonly Mistake[]): string {
  const id = (prefix: string, index: number) => `${prefix}-${String(index).padStart(6, '0')}`;
  const events = Array.from({ length: size }, (_, index): Record<string, unknown> => {
    const event: Record<string, unknown> = {
      id: mistakes.includes('duplicate-id') ? 'same' : id('event', index),
      type: 'statement',
      date: mistakes.includes('invalid-date') ? '2024-02-30' : '2024-02-01',
      actors: [mistakes.includes('unresolved-actor') ? id('missing', index) : id('actor', index)],
      title: mistakes.includes('wrong-type') ? 7 : 'A title',
      sources: ['s'],
      positions: [{ actor: id('actor', index), topic: mistakes.includes('unresolved-topic') ? id('no-topic', index) : id('topic', index), stance: 'support' }],
    };
    if (mistakes.includes('unknown-field')) event[`extra${index}`] = 1;
    return event;
  });
  if (mistakes.includes('unknown-fields-in-one-event')) for (let index = 0; index < size; index++) events[0]![`field${index}`] = index;
  return JSON.stringify(
    {
      version: 1,
      title: 'Growth',
      sources: [{ id: 's', title: 'S' }],
      countries: [],
      actors: Array.from({ length: size }, (_, index) => ({ id: id('actor', index), name: `Actor ${index}` })),
      topics: Array.from({ length: size }, (_, index) => ({ id: id('topic', index), label: 'L', support: 'S', oppose: 'O' })),
      events,
    },
    null,
    1,
  );
}

async function workFor(text: string): Promise<typeof work> {
  work.comparisons = 0;
  work.memberReads = 0;
  work.charactersReparsed = 0;
  await loadDataset(text, { file: 'growth.json' });
  return { ...work };
}

describe('the loader works in time proportional to the file', () => {
  it('a file four times larger, with the same kinds of mistakes, costs at most about four times the counted work', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(MISTAKES, { minLength: 1 }), fc.integer({ min: 60, max: 120 }), async (mistakes, size) => {
        const small = fileWith(size, mistakes);
        const large = fileWith(size * 4, mistakes);
        const smallWork = await workFor(small);
        const largeWork = await workFor(large);
        // Each kind of work on its own, so that a quadratic part cannot hide behind a large linear one.
        // Linear work gives a ratio near 4; quadratic near 16.
        for (const kind of ['comparisons', 'memberReads', 'charactersReparsed'] as const) {
          expect(largeWork[kind], `${kind} for ${mistakes.join(', ')} at ${size} and ${size * 4} events`).toBeLessThanOrEqual(smallWork[kind] * 5 + 100);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('counts what it claims to count: an unresolved id is compared with every known id', async () => {
    await workFor(fileWith(30, ['unresolved-actor']));
    expect(work.comparisons).toBeGreaterThanOrEqual(30);
    expect(work.charactersReparsed).toBeGreaterThan(0);
    expect(work.memberReads).toBeGreaterThan(0);
  });
});
