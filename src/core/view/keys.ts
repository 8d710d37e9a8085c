// The timeline's keys and wheel, defined once as data: the chart reads them to act, the
// plot's accessible description and the README's keyboard and mouse tables are checked against them.
import { t } from '../i18n/translate';
import type { AxisDirection } from './types';

export type ChartCommand =
  | { kind: 'zoom'; factor: number }
  | { kind: 'pan'; fraction: number }
  | { kind: 'fit' }
  /** Move focus along the lane: ±1 one event, ±Infinity to the first or last. */
  | { kind: 'step'; by: number }
  /** Move focus to the nearest event in the lane above (-1) or below (1). */
  | { kind: 'lane'; by: 1 | -1 }
  | { kind: 'open' }
  | { kind: 'close' };

export interface KeyBinding<C = ChartCommand> {
  /** KeyboardEvent.key values. */
  keys: readonly string[];
  /** Shift must be held (true), must not be (false), or either (undefined). */
  shift?: boolean;
  command: C;
  /** What the README's table and help text say the keys do. */
  description: string;
}

export const CHART_KEYS: readonly KeyBinding[] = [
  { keys: ['ArrowLeft'], shift: false, command: { kind: 'step', by: -1 }, description: 'previous event in the lane' },
  { keys: ['ArrowRight'], shift: false, command: { kind: 'step', by: 1 }, description: 'next event in the lane' },
  { keys: ['Home'], command: { kind: 'step', by: -Infinity }, description: 'first event in the lane' },
  { keys: ['End'], command: { kind: 'step', by: Infinity }, description: 'last event in the lane' },
  { keys: ['ArrowUp'], command: { kind: 'lane', by: -1 }, description: 'nearest event in the lane above' },
  { keys: ['ArrowDown'], command: { kind: 'lane', by: 1 }, description: 'nearest event in the lane below' },
  { keys: ['Enter'], command: { kind: 'open' }, description: 'open the focused event' },
  { keys: ['Escape'], command: { kind: 'close' }, description: 'close the details' },
  { keys: ['+', '='], command: { kind: 'zoom', factor: 2 }, description: 'zoom in' },
  { keys: ['-', '_'], command: { kind: 'zoom', factor: 0.5 }, description: 'zoom out' },
  { keys: ['0'], command: { kind: 'fit' }, description: 'fit all events' },
  { keys: ['ArrowLeft'], shift: true, command: { kind: 'pan', fraction: -0.25 }, description: 'pan a quarter towards the past' },
  { keys: ['ArrowRight'], shift: true, command: { kind: 'pan', fraction: 0.25 }, description: 'pan a quarter towards the future' },
  { keys: ['PageUp'], command: { kind: 'pan', fraction: -0.8 }, description: 'pan a screen towards the past' },
  { keys: ['PageDown'], command: { kind: 'pan', fraction: 0.8 }, description: 'pan a screen towards the future' },
];

/**
 * The overview brush's keys: the brush is a slider over all events whose value is the
 * window. Moving and resizing it are the chart's own pan and zoom (through the store);
 * `edge` moves the window to the start or end of the overview.
 */
export type BrushCommand = Extract<ChartCommand, { kind: 'zoom' | 'pan' | 'fit' }> | { kind: 'edge'; to: -1 | 1 };

export const BRUSH_KEYS: readonly KeyBinding<BrushCommand>[] = [
  { keys: ['ArrowLeft', 'ArrowDown'], shift: false, command: { kind: 'pan', fraction: -0.25 }, description: 'move the window a quarter of its width towards the past' },
  { keys: ['ArrowRight', 'ArrowUp'], shift: false, command: { kind: 'pan', fraction: 0.25 }, description: 'move the window a quarter of its width towards the future' },
  { keys: ['PageUp'], command: { kind: 'pan', fraction: -1 }, description: 'move the window its whole width towards the past' },
  { keys: ['PageDown'], command: { kind: 'pan', fraction: 1 }, description: 'move the window its whole width towards the future' },
  { keys: ['Home'], command: { kind: 'edge', to: -1 }, description: 'move the window to the start of the overview' },
  { keys: ['End'], command: { kind: 'edge', to: 1 }, description: 'move the window to the end of the overview' },
  { keys: ['ArrowLeft', 'ArrowDown'], shift: true, command: { kind: 'zoom', factor: 1.25 }, description: 'narrow the window a little' },
  { keys: ['ArrowRight', 'ArrowUp'], shift: true, command: { kind: 'zoom', factor: 0.8 }, description: 'widen the window a little' },
  { keys: ['+', '='], command: { kind: 'zoom', factor: 2 }, description: 'narrow the window to half (zoom in)' },
  { keys: ['-', '_'], command: { kind: 'zoom', factor: 0.5 }, description: 'widen the window to double (zoom out)' },
  { keys: ['0'], command: { kind: 'fit' }, description: 'widen the window to all events' },
];

function findCommand<C>(key: string, shift: boolean, bindings: readonly KeyBinding<C>[]): C | null {
  for (const binding of bindings) {
    if (!binding.keys.includes(key)) continue;
    if (binding.shift !== undefined && binding.shift !== shift) continue;
    return binding.command;
  }
  return null;
}

/**
 * The bindings are written for time running left to right: with it running right to left
 * (`axis=rtl`), the left arrow goes towards the future, as the screen shows it.
 */
function alongAxis(key: string, direction: AxisDirection): string {
  if (direction === 'ltr') return key;
  return key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
}

/** The command a key press means in the chart, or null. */
export function commandForKey(key: string, shift: boolean, direction: AxisDirection = 'ltr'): ChartCommand | null {
  return findCommand(alongAxis(key, direction), shift, CHART_KEYS);
}

/** The command a key press means on the overview brush, or null. */
export function brushCommandForKey(key: string, shift: boolean, direction: AxisDirection = 'ltr'): BrushCommand | null {
  return findCommand(alongAxis(key, direction), shift, BRUSH_KEYS);
}

/** How a key is written for people: "←", "Shift + →", "Page Up". */
export function keyLabel(binding: KeyBinding<unknown>): string {
  const names: Record<string, string> = {
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    Escape: 'Esc',
  };
  const keys = binding.keys.map((key) => names[key] ?? key).join(' or ');
  return binding.shift ? `Shift + ${keys}` : keys;
}

/**
 * What a wheel event over the chart does. The plain wheel scrolls (the lanes, then the
 * page), so a chart in a long page or a report never traps the reader; zooming asks for
 * Ctrl or ⌘, as embedded maps do. A pinch on a touchpad arrives as a wheel event with Ctrl.
 */
export type WheelAction = 'zoom' | 'pan' | 'scroll';

export interface WheelBinding {
  /** How a person does it, as the README's table says it. */
  gesture: string;
  action: WheelAction;
  description: string;
}

export const CHART_WHEEL: readonly WheelBinding[] = [
  { gesture: 'Ctrl + wheel (⌘ + wheel on a Mac), or pinch', action: 'zoom', description: 'zoom around the pointer' },
  { gesture: 'Shift + wheel, or sideways scroll', action: 'pan', description: 'pan' },
  { gesture: 'wheel', action: 'scroll', description: 'scroll the lanes, then the page (a hint says how to zoom)' },
];

export interface WheelInput {
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  deltaX: number;
  deltaY: number;
}

/** The action a wheel event means over the chart; see CHART_WHEEL. */
export function wheelAction(event: WheelInput): WheelAction {
  if (event.ctrlKey || event.metaKey) return 'zoom';
  if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) return 'pan';
  return 'scroll';
}

/** The hint a plain wheel shows: how to zoom instead. */
export function zoomHint(mac: boolean): string {
  return t('Use {key} + scroll to zoom', { key: mac ? '⌘' : 'Ctrl' });
}
