// Titles beside their marks, placed in screen space the way map renderers place names:
// candidates in priority order, each at the right of its mark, as wide as the room before
// the next thing in its way (a mark, a badge, a connector, a label already placed, the
// lane's edge or the plot's), shortened with an ellipsis when that room is short, and
// left out only when not even a few letters fit. A title that does not fit whole on the
// right goes on the left of its mark when it fits whole there or the room there is larger:
// zoomed out, the latest events sit at the plot's right edge, and they are the ones a
// reader most needs named. Labels never leave their lane, so the search for obstacles
// stays within one lane's marks. Labels placed in the last frame go first among equals, so
// panning and zooming do not make them flicker. With time running right to left the same
// holds mirrored: a title goes on its mark's left, towards later times, else on its right.
import type { Dataset, TimelineEvent } from '../model/types';
import { mirrorScene } from './mirror';
import { CLUSTER_BADGE, MARK_SIZE } from './metrics';
import type { Scene, SceneLabel, SceneMark } from './types';

/** Width of a string in CSS px at the label font: canvas measureText in a browser, a metrics table in Node. */
export type TextMeasure = (text: string) => number;

export const LABEL_FONT_SIZE = 11;
/** Line box of a label, px: one sub-row of marks (rowPitch) so labels in adjacent rows never touch. */
export const LABEL_HEIGHT = 11;
/** Gap between a mark's edge and its label, px. */
const LABEL_GAP = 3;
/** Where the title of a span whose mark lies left of the plot starts, px. */
const PINNED_LABEL_LEFT = 4;
/**
 * A title on the left of its mark keeps this much air after whatever is on its left (another
 * mark, a badge, a label), px, so that it does not read as that thing's title.
 */
const BEFORE_CLEARANCE = 12;
/** A label shorter than this is not worth showing, px (about four letters and the ellipsis). */
const MIN_LABEL_WIDTH = 30;
/** Above this many marks in view, only selected and matching events get labels. */
const MAX_LABELLED_MARKS = 1500;

export interface LabelPriorities {
  selectedIndex: number;
  /** Search matches, and the current one. */
  matchIndices: ReadonlySet<number>;
  currentMatchIndex: number;
  /** `eventId@lane` of labels shown last frame: kept ahead of equals, against flicker. */
  previous?: ReadonlySet<string>;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const ELLIPSIS = '…';

/** Ranks: selected, then search matches, then events with quotes or positions, then calls and meetings, then the rest. */
function rank(event: TimelineEvent, priorities: LabelPriorities): number {
  if (event.index === priorities.selectedIndex) return 0;
  if (event.index === priorities.currentMatchIndex) return 1;
  if (priorities.matchIndices.has(event.index)) return 2;
  // Every position names a topic, so an event with positions has topics.
  if (event.quoteCount > 0 || event.topicIds.length > 0) return 3;
  if (event.type !== 'statement') return 4;
  return 5;
}

export const labelKey = (mark: Pick<SceneMark, 'eventId' | 'lane'>) => `${mark.eventId}@${mark.lane}`;

/** `text` whole when it fits, else cut with an ellipsis to `width` px; '' when too little of it would show. */
export function shortenToFit(text: string, width: number, measure: TextMeasure): string {
  if (measure(text) <= width) return text;
  if (width < MIN_LABEL_WIDTH) return '';
  // Code points, so a surrogate pair is never split; binary search on the prefix length.
  const chars = Array.from(text);
  let lo = 1;
  let hi = chars.length - 1;
  let best = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = `${chars.slice(0, mid).join('').trimEnd()}${ELLIPSIS}`;
    if (measure(candidate) <= width) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return Array.from(best).length >= 4 ? best : '';
}

/**
 * Places labels for the scene's marks; fills `scene.labels` and returns it. Pure: the
 * same scene, priorities and measure give the same labels.
 */
export function placeLabels(scene: Scene, dataset: Dataset, priorities: LabelPriorities, measure: TextMeasure): SceneLabel[] {
  if (scene.direction !== 'rtl') return placeAfterMarks(scene, dataset, priorities, measure);
  // Placed in the scene reflected back to left to right, then reflected with it: each title
  // ends up on the left of its mark, with the same room, obstacles and pinning at the start edge.
  mirrorScene(scene);
  try {
    placeAfterMarks(scene, dataset, priorities, measure);
  } finally {
    mirrorScene(scene);
  }
  return scene.labels;
}

/** Titles on the right of their marks, in a scene laid out left to right. */
function placeAfterMarks(scene: Scene, dataset: Dataset, priorities: LabelPriorities, measure: TextMeasure): SceneLabel[] {
  const labels: SceneLabel[] = [];
  const constrained = scene.marks.length > MAX_LABELLED_MARKS;
  // Marks and badges by lane: the obstacles a label of that lane can meet.
  const obstaclesByLane = new Map<number, Box[]>();
  const obstaclesOf = (lane: number) => {
    let list = obstaclesByLane.get(lane);
    if (!list) obstaclesByLane.set(lane, (list = []));
    return list;
  };
  // Marks keep a pixel of air on each side; vertically their own size, so a label fits
  // between the marks of the sub-rows above and below its own.
  const half = MARK_SIZE / 2;
  for (const mark of scene.marks) obstaclesOf(mark.lane).push({ x0: mark.x - half - 1, x1: mark.x + half + 1, y0: mark.y - half, y1: mark.y + half });
  for (const cluster of scene.clusters) {
    const left = cluster.x + CLUSTER_BADGE.left;
    obstaclesOf(cluster.lane).push({ x0: left, x1: left + CLUSTER_BADGE.width, y0: cluster.y - CLUSTER_BADGE.height / 2, y1: cluster.y + CLUSTER_BADGE.height / 2 });
  }
  const laneBox = new Map(scene.lanes.map((lane) => [lane.index, lane]));
  if (scene.connectorsShown) {
    // A connector's solid stretches join participants: a label never cuts one. Its dashed
    // stretches only pass lanes the event is not in; a label on its backing may cross them.
    for (const connector of scene.connectors) {
      for (const segment of connector.segments) {
        if (segment.crossing) continue;
        for (const lane of scene.lanes) {
          if (lane.top + lane.height <= segment.y0 || lane.top >= segment.y1) continue;
          obstaclesOf(lane.index).push({ x0: connector.x - 2, x1: connector.x + 2, y0: Math.max(lane.top, segment.y0), y1: Math.min(lane.top + lane.height, segment.y1) });
        }
      }
    }
  }

  const candidates = scene.marks
    .map((mark, markIndex) => {
      const event = dataset.events[mark.eventIndex]!;
      const kept = priorities.previous?.has(labelKey(mark)) ? 0 : 1;
      return { mark, markIndex, event, order: rank(event, priorities) * 2 + kept };
    })
    .filter((c) => !constrained || c.order < 6)
    .sort((a, b) => a.order - b.order || a.mark.x - b.mark.x || a.mark.y - b.mark.y);

  for (const { mark, markIndex, event } of candidates) {
    const lane = laneBox.get(mark.lane);
    if (!lane) continue;
    const y0 = Math.max(lane.top, mark.y - LABEL_HEIGHT / 2);
    const y1 = Math.min(lane.top + lane.height, y0 + LABEL_HEIGHT);
    if (y1 - y0 < LABEL_HEIGHT) continue;
    const obstacles = obstaclesOf(mark.lane);
    // A span that began before the window shows its bar but not its mark: its title goes at
    // the plot's left edge, over the bar's visible part (as vis-timeline keeps a range's text
    // in view), or a reader sees a bare line with no words.
    const bar = mark.bar >= 0 ? scene.bars[mark.bar] : undefined;
    const pinned = mark.x + MARK_SIZE / 2 + LABEL_GAP < PINNED_LABEL_LEFT && bar !== undefined && bar.x1 > PINNED_LABEL_LEFT;
    const after = pinned
      ? roomAfter(PINNED_LABEL_LEFT, Math.min(scene.width, bar.x1) - 2, y0, y1, obstacles, scene.width)
      : roomAfter(mark.x + MARK_SIZE / 2 + LABEL_GAP, scene.width - 2, y0, y1, obstacles, scene.width);
    // The left is looked at only when the title does not fit whole on the right (most do not need it).
    const before = () => (pinned || mark.x < 0 || mark.x > scene.width ? null : roomBefore(mark.x - MARK_SIZE / 2 - LABEL_GAP, y0, y1, obstacles));
    const side = chooseSide(event.title, after, before, measure);
    if (!side) continue;
    const { text, width, room, onLeft } = side;
    const x = onLeft ? room.x1 - width : room.x0;
    labels.push({ eventIndex: mark.eventIndex, eventId: mark.eventId, lane: mark.lane, mark: markIndex, text, full: text === event.title, x, y: y0, width, height: LABEL_HEIGHT });
    obstacles.push(onLeft ? { x0: x - LABEL_GAP, x1: room.x1, y0, y1 } : { x0: x, x1: x + width + LABEL_GAP, y0, y1 });
  }
  scene.labels = labels;
  return labels;
}

/** A stretch of a label's row free for a title, px. */
interface Room {
  x0: number;
  x1: number;
}

/**
 * The room on the right of a mark: from `x0` to the first obstacle of the row (or `limit`);
 * null when the start is off the plot or something sits on it.
 */
function roomAfter(x0: number, limit: number, y0: number, y1: number, obstacles: readonly Box[], plotWidth: number): Room | null {
  // A mark past either edge has no title (one starting left of the plot would be cut off).
  if (x0 < 0 || x0 >= plotWidth) return null;
  let x1 = limit;
  for (const box of obstacles) {
    if (box.y1 <= y0 || box.y0 >= y1 || box.x1 <= x0) continue;
    if (box.x0 <= x0) return null;
    x1 = Math.min(x1, box.x0 - LABEL_GAP);
  }
  return { x0, x1 };
}

/** The room on the left of a mark, ending at `x1`: back to the last obstacle of the row (with air after it) or the plot's edge; null when something sits on its end. */
function roomBefore(x1: number, y0: number, y1: number, obstacles: readonly Box[]): Room | null {
  let x0 = 2;
  for (const box of obstacles) {
    if (box.y1 <= y0 || box.y0 >= y1 || box.x0 >= x1) continue;
    if (box.x1 >= x1) return null;
    x0 = Math.max(x0, box.x1 + BEFORE_CLEARANCE);
  }
  return { x0, x1 };
}

/**
 * The side a title goes on: the right when it fits whole there, else the left when it fits
 * whole there, else the side with more room, where more of it shows (the right when they
 * have as much). The left is looked at only when the title does not fit whole on the right,
 * and only the chosen side's title is shortened: measuring is the costly part.
 */
function chooseSide(title: string, after: Room | null, roomOnLeft: () => Room | null, measure: TextMeasure): { text: string; width: number; room: Room; onLeft: boolean } | null {
  const roomOf = (room: Room | null) => (room ? room.x1 - room.x0 : 0);
  const full = measure(title);
  const afterRoom = roomOf(after);
  const before = after !== null && full <= afterRoom ? null : roomOnLeft();
  const beforeRoom = roomOf(before);
  const onLeft = before !== null && (full <= beforeRoom || beforeRoom > afterRoom);
  const room = onLeft ? before : after;
  if (!room || roomOf(room) <= 0) return null;
  const text = full <= roomOf(room) ? title : shortenToFit(title, roomOf(room), measure);
  return text ? { text, width: Math.min(text === title ? full : measure(text), roomOf(room)), room, onLeft } : null;
}

/**
 * Words wrapped into at most `maxLines` lines of `width` px; what does not fit is cut
 * from the last line with an ellipsis (lane names in pictures).
 */
export function wrapLines(text: string, width: number, measure: TextMeasure, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = lines.slice(maxLines - 1).join(' ');
  // A line still too wide (one long word, or the rest joined onto the last) is shortened.
  return kept.map((l) => (measure(l) <= width ? l : shortenToFit(l, width, measure) || `${Array.from(l)[0] ?? ''}${ELLIPSIS}`));
}
