// A fast position finder for large files. momoa builds a full syntax tree, which costs about
// fifteen times JSON.parse (seconds on a 50 MB file); to point at a few paths we only need
// to walk the text once, tracking where each wanted path's key and value start. It reads
// text that JSON.parse has already accepted, so it checks no syntax. A property test keeps
// it in agreement with momoa on random documents.
import type { JsonPath, PathSegment, TextPosition } from './problems';

interface Trie {
  children: Map<PathSegment, Trie>;
  valueOffset: number;
  keyOffset: number;
}

interface Frame {
  trie: Trie | undefined;
  isArray: boolean;
  index: number;
  expectKey: boolean;
  key: string | undefined;
  keyOffset: number;
}

function newTrie(): Trie {
  return { children: new Map(), valueOffset: -1, keyOffset: -1 };
}

export interface ScannedPositions {
  locate(path: JsonPath, anchor?: 'value' | 'key'): TextPosition;
}

/** Finds the key and value offsets of every path in `paths` (and of their ancestors) in one pass. */
export function scanPositions(text: string, paths: readonly JsonPath[]): ScannedPositions {
  const root = newTrie();
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = newTrie()));
      node = child;
    }
  }

  const stack: Frame[] = [];
  let nextTrie: Trie | undefined = root;
  let nextKeyOffset = -1;
  const length = text.length;
  let i = 0;
  const startValue = (offset: number): void => {
    if (nextTrie) {
      // JSON.parse keeps the last of duplicate keys; so do we.
      nextTrie.valueOffset = offset;
      nextTrie.keyOffset = nextKeyOffset;
    }
  };
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
      i++;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      startValue(i);
      const isArray = code === 0x5b;
      const frame: Frame = { trie: nextTrie, isArray, index: 0, expectKey: !isArray, key: undefined, keyOffset: -1 };
      stack.push(frame);
      nextTrie = isArray ? frame.trie?.children.get(0) : undefined;
      nextKeyOffset = -1;
      i++;
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      stack.pop();
      nextTrie = undefined;
      i++;
    } else if (code === 0x2c /* , */) {
      const frame = stack[stack.length - 1];
      if (frame?.isArray) {
        frame.index++;
        nextTrie = frame.trie?.children.get(frame.index);
      } else if (frame) {
        frame.expectKey = true;
        nextTrie = undefined;
      }
      nextKeyOffset = -1;
      i++;
    } else if (code === 0x3a /* : */) {
      const frame = stack[stack.length - 1];
      nextTrie = frame?.key === undefined ? undefined : frame.trie?.children.get(frame.key);
      nextKeyOffset = frame?.keyOffset ?? -1;
      i++;
    } else if (code === 0x22 /* " */) {
      let end = i + 1;
      let escaped = false;
      for (;;) {
        const c = text.charCodeAt(end);
        if (c === 0x5c /* \ */) {
          escaped = true;
          end += 2;
        } else if (c === 0x22 || end >= length) {
          break;
        } else {
          end++;
        }
      }
      const frame = stack[stack.length - 1];
      if (frame && frame.expectKey) {
        frame.expectKey = false;
        frame.keyOffset = i;
        // Only spell out keys where a wanted path may continue.
        frame.key = frame.trie && frame.trie.children.size > 0
          ? (escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end))
          : undefined;
      } else {
        startValue(i);
      }
      i = end + 1;
    } else {
      // A number, true, false or null: runs to the next delimiter.
      startValue(i);
      i++;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
        i++;
      }
    }
  }

  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const toPosition = (offset: number): TextPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };

  return {
    locate(path, anchor = 'value') {
      // The deepest part of the path that exists; the key only when all of it does.
      let node = root;
      let complete = true;
      for (const segment of path) {
        const child = node.children.get(segment);
        if (!child || child.valueOffset < 0) {
          complete = false;
          break;
        }
        node = child;
      }
      const useKey = anchor === 'key' && complete && node.keyOffset >= 0;
      return toPosition(Math.max(useKey ? node.keyOffset : node.valueOffset, 0));
    },
  };
}
