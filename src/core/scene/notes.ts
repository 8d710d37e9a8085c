// Periods and annotations in the scene: bands behind the lanes a period concerns, rules
// across the lanes an annotation concerns, and their names in the strip above the plot,
// placed left to right and shortened to the room they have (never over one another).
import type { Lane } from '../layout/lanes';
import type { Dataset, TimeNote } from '../model/types';
import { noteConcerns } from '../data/timeNotes';
import { shortenToFit, type TextMeasure } from './labels';
import type { SceneLane, SceneNote } from './types';


/** The names' font size, px (the strip above the plot). */
export const NOTE_FONT_SIZE = 10;

/** An annotation whose date covers less than this is drawn as a rule, px. */
export const RULE_WIDTH_PX = 3;
const LABEL_GAP = 6;

function concerns(note: TimeNote, lane: Lane, dataset: Dataset): boolean {
  if (lane.kind === 'actor') {
    const country = dataset.actorById.get(lane.id)?.country;
    return noteConcerns(note, [lane.id], country ? [country] : []);
  }
  if (lane.kind === 'merged-group' && lane.groupId) return noteConcerns(note, [], [lane.groupId], (id) => dataset.actorById.get(id)?.country);
  // Topic lanes and the like belong to no one in particular: only notes about everyone.
  return noteConcerns(note, [], []);
}

/** The notes in a window, on the lanes in view. `lanes` are the model's lanes; `visible` the scene's. */
export function placeNotes(
  dataset: Dataset,
  lanes: readonly Lane[],
  visible: readonly SceneLane[],
  window: readonly [number, number],
  width: number,
  measure: TextMeasure,
): SceneNote[] {
  const [t0, t1] = window;
  const pxPerMs = width / (t1 - t0);
  const notes: SceneNote[] = [];
  const add = (kind: SceneNote['kind'], list: readonly TimeNote[] | undefined) => {
    list?.forEach((note, index) => {
      if (note.end <= t0 || note.start >= t1) return;
      let x0 = (note.start - t0) * pxPerMs;
      let x1 = (note.end - t0) * pxPerMs;
      if (kind === 'annotation' && x1 - x0 < RULE_WIDTH_PX) x0 = x1 = (x0 + x1) / 2;
      x0 = Math.max(0, x0);
      x1 = Math.min(width, x1);
      const bands: SceneNote['bands'] = [];
      for (const lane of visible) {
        if (!concerns(note, lanes[lane.index]!, dataset)) continue;
        const last = bands[bands.length - 1];
        if (last && Math.abs(last.top + last.height - lane.top) < 0.5) last.height += lane.height;
        else bands.push({ top: lane.top, height: lane.height });
      }
      notes.push({ kind, index, x0, x1, bands, label: note.label, labelX: x0 === x1 ? x0 + 3 : x0 + 2, labelWidth: 0 });
    });
  };
  add('period', dataset.periods);
  add('annotation', dataset.annotations);
  // Names left to right, each up to the next one's start (and a period's own end).
  notes.sort((a, b) => a.labelX - b.labelX);
  notes.forEach((note, k) => {
    const next = notes[k + 1]?.labelX ?? width;
    const room = Math.min(next - LABEL_GAP, note.kind === 'period' ? Math.max(note.x1, note.labelX + 40) : width) - note.labelX;
    const full = note.label;
    note.label = room > 0 ? shortenToFit(full, room, measure) : '';
    note.labelWidth = note.label ? Math.min(measure(note.label), room) : 0;
  });
  return notes;
}
