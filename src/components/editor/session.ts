// One editing session per data file: the text the editor started from, the edited file
// object, its problems as the loader sees them, undo, and Save. Edits are checked by the
// real loader on the edited text (debounced); only a valid result reaches the chart, so
// the chart always shows the last valid state while the form keeps what was typed.
import { loadDataset } from '../../core/data';
import { planTextEdits } from '../../core/edit';
import { mappingFileName } from '../../core/convert/columnMapping';
import { t } from '../../core/i18n/translate';
import { refusedForChangedFile, saveRefusalMessage } from '../../core/edit/saveRefusal';
import type { Dataset, DatasetFile, Problem } from '../../core/model/types';

/** Where the data on screen came from: re-read to start editing, and written back on Save. */
export type EditSource = { kind: 'address'; url: string; file: string } | { kind: 'computer'; file: File };

/** Hands a valid edited dataset (and its warnings) to the app, which shows it. */
export type ApplyEdited = (dataset: Dataset, warnings: Problem[]) => void;

/** `framed`: the page runs inside a frame, so it downloads rather than writes (see isFramed). */
type SaveTarget = { kind: 'disk'; path: string } | { kind: 'download'; name: string; framed?: boolean };

/**
 * True inside a frame. A page that frames the editor (even at 5% opacity) can steer real
 * clicks onto Save; the dev server forbids framing by other sites (frame-ancestors), and
 * this keeps a framed editor from writing to disk even where that header is not honoured.
 */
export function isFramed(view: { top: unknown; self: unknown } = window): boolean {
  try {
    return view.top !== view.self;
  } catch {
    return true;
  }
}

export interface Notice {
  kind: 'saved' | 'refused' | 'failed' | 'changed';
  message: string;
  problems: Problem[];
}

export interface SessionSnapshot {
  phase: 'opening' | 'ready' | 'failed';
  /** Why the file could not be opened for editing. */
  failure: string | null;
  fileName: string;
  edited: DatasetFile | null;
  /** The loader's problems with the edited data (errors keep it off the chart). */
  problems: Problem[];
  checking: boolean;
  /** The edited data differs from the text the session started from. */
  dirty: boolean;
  canUndo: boolean;
  saving: boolean;
  target: SaveTarget | null;
  notice: Notice | null;
}

export const SAVE_ENDPOINT = '/__stanceline/save';
/** Validation waits this long after the last keystroke. */
export const CHECK_DELAY_MS = 200;
const UNDO_LIMIT = 100;
/** Keystrokes in one field within this time are one step of undo. */
const UNDO_MERGE_MS = 1000;
const DATA_CHANGED_EVENT = 'stanceline:data-changed';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** UTF-8 text exactly as stored, byte-order mark included, so its hash matches the server's. */
function decodeExactly(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function fileNameOf(source: EditSource): string {
  return source.kind === 'computer' ? source.file.name : source.file;
}

function problem(file: string, message: string): Problem {
  return { severity: 'error', rule: 'edit', file, line: 0, column: 0, path: '', message };
}

export class EditSession {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private originalText = '';
  private baseHash = '';
  private original: DatasetFile | null = null;
  private undoStack: { file: DatasetFile; field: string | undefined; at: number }[] = [];
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checkTicket = 0;
  private lastValid: Dataset | null = null;
  private readonly sourceTexts = new Map<string, Promise<string | undefined>>();
  apply: ApplyEdited = () => {};

  constructor(readonly source: EditSource) {
    this.snapshot = {
      phase: 'opening',
      failure: null,
      fileName: fileNameOf(source),
      edited: null,
      problems: [],
      checking: false,
      dirty: false,
      canUndo: false,
      saving: false,
      target: null,
      notice: null,
    };
    void this.open();
    const hot = import.meta.hot;
    if (hot && source.kind === 'address') hot.on(DATA_CHANGED_EVENT, this.onDiskChange);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  private set(changes: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...changes };
    for (const listener of this.listeners) listener();
  }

  private async readText(): Promise<string> {
    if (this.source.kind === 'computer') return decodeExactly(await this.source.file.arrayBuffer());
    const response = await fetch(this.source.url, { cache: 'no-store' });
    if (!response.ok) throw new Error(t('the server answered {status}', { status: String(response.status) }));
    return decodeExactly(await response.arrayBuffer());
  }

  /** Reads the file as it is now and starts from it (again), dropping edits. */
  async open(): Promise<void> {
    const name = this.snapshot.fileName;
    this.set({ phase: 'opening', failure: null });
    let text: string;
    try {
      text = await this.readText();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.set({ phase: 'failed', failure: t('{file} could not be read for editing ({reason}). Your view is unchanged.', { file: name, reason }) });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      parsed = null;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || (parsed as { version?: unknown }).version !== 1) {
      this.set({
        phase: 'failed',
        // A table read through the column mapping converts only with that mapping, so both commands are named.
        failure: t('{file} is not a Stanceline JSON file as stored (it may be a spreadsheet, a TimelineJS3 file or a researchers’ event-data export that was imported), so it cannot be edited in place. Convert it first: npm run convert -- {file} --out data/converted.json. For a table you opened through the column mapping, save the mapping from its dialog and convert with it: npm run convert -- --mapping {mapping} {file} --out data/converted.json', { file: name, mapping: mappingFileName(name) }),
      });
      return;
    }
    this.originalText = text;
    this.original = parsed as DatasetFile;
    this.baseHash = typeof crypto !== 'undefined' && crypto.subtle ? await sha256Hex(text) : '';
    this.undoStack = [];
    this.set({ phase: 'ready', edited: this.original, problems: [], dirty: false, canUndo: false, notice: null, target: await this.findTarget() });
  }

  private async findTarget(): Promise<SaveTarget> {
    const source = this.source;
    if (source.kind === 'computer') return { kind: 'download', name: source.file.name };
    const url = new URL(source.url);
    const name = decodeURIComponent(url.pathname.split('/').pop() || 'data.json');
    const dataFolder = new URL('data/', document.baseURI);
    if (isFramed()) return { kind: 'download', name, framed: true };
    // Writing back needs the dev server (import.meta.hot), a file inside its data folder and a hash.
    if (!import.meta.hot || !crypto.subtle || url.origin !== dataFolder.origin || !url.pathname.startsWith(dataFolder.pathname)) return { kind: 'download', name };
    try {
      const probe = await fetch(SAVE_ENDPOINT, { cache: 'no-store' });
      if (!probe.ok) return { kind: 'download', name };
    } catch {
      return { kind: 'download', name };
    }
    return { kind: 'disk', path: decodeURIComponent(url.pathname.slice(dataFolder.pathname.length)) };
  }

  private onDiskChange = (data: { path?: unknown }): void => {
    if (this.source.kind !== 'address' || typeof data.path !== 'string' || this.snapshot.saving) return;
    if (new URL(`data/${data.path}`, document.baseURI).href !== this.source.url) return;
    void (async () => {
      let text: string;
      try {
        text = await this.readText();
      } catch {
        return;
      }
      if (text === this.originalText) return;
      // Untouched: simply follow the file. Edited: keep the edits and say that Save will be refused.
      if (!this.snapshot.dirty) await this.open();
      else
        this.set({
          notice: {
            kind: 'changed',
            message: t('{file} changed on disk since you opened it. Your edits are kept, but Save will be refused: discard them to edit the new version.', { file: this.snapshot.fileName }),
            problems: [],
          },
        });
    })();
  };

  /**
   * Applies an edit to the edited file. `field` names what changed, so typing in one field
   * is one step of undo; `immediate` checks at once (adding or deleting an event).
   */
  update(change: (file: DatasetFile) => DatasetFile, options: { field?: string; immediate?: boolean } = {}): void {
    const current = this.snapshot.edited;
    if (!current) return;
    let next: DatasetFile;
    try {
      next = change(current);
    } catch (error) {
      this.set({ notice: { kind: 'failed', message: error instanceof Error ? error.message : String(error), problems: [] } });
      return;
    }
    if (next === current) return;
    const now = Date.now();
    const last = this.undoStack.at(-1);
    if (!(options.field && last && last.field === options.field && now - last.at < UNDO_MERGE_MS)) {
      this.undoStack.push({ file: current, field: options.field, at: now });
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    } else {
      last.at = now;
    }
    this.set({ edited: next, dirty: next !== this.original, canUndo: true, checking: true, notice: this.snapshot.notice?.kind === 'changed' ? this.snapshot.notice : null });
    this.scheduleCheck(options.immediate ? 0 : CHECK_DELAY_MS);
  }

  undo(): void {
    const step = this.undoStack.pop();
    if (!step) return;
    this.set({ edited: step.file, dirty: step.file !== this.original, canUndo: this.undoStack.length > 0, checking: true, notice: null });
    this.scheduleCheck(0);
  }

  private scheduleCheck(delay: number): void {
    if (this.checkTimer !== undefined) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.check(), delay);
  }

  private readSourceText = (path: string): Promise<string | undefined> => {
    let cached = this.sourceTexts.get(path);
    if (!cached) {
      cached = (async () => {
        if (this.source.kind !== 'address') return undefined;
        try {
          const response = await fetch(new URL(path, this.source.url), { cache: 'no-store' });
          return response.ok ? await response.text() : undefined;
        } catch {
          return undefined;
        }
      })();
      this.sourceTexts.set(path, cached);
    }
    return cached;
  };

  /** The edited data as text: the original with the minimal edits. */
  private plannedText(edited: DatasetFile): string {
    return planTextEdits(this.originalText, edited).text;
  }

  /** Runs the loader on the edited text; a valid result goes to the chart. */
  async check(): Promise<{ text: string; problems: Problem[]; dataset?: Dataset }> {
    const ticket = ++this.checkTicket;
    const edited = this.snapshot.edited!;
    const name = this.snapshot.fileName;
    let text: string;
    try {
      text = this.plannedText(edited);
    } catch (error) {
      const problems = [problem(name, t('The edits could not be written as text ({reason}). Please report this; undo the last change.', { reason: error instanceof Error ? error.message : String(error) }))];
      if (ticket === this.checkTicket) this.set({ problems, checking: false });
      return { text: this.originalText, problems };
    }
    const result = await loadDataset(text, { file: name, readSourceText: this.readSourceText });
    if (ticket === this.checkTicket) {
      this.set({ problems: result.problems, checking: false });
      if (result.dataset && result.dataset !== this.lastValid) {
        this.lastValid = result.dataset;
        this.apply(result.dataset, result.problems.filter((found) => found.severity === 'warning'));
      }
    }
    return { text, problems: result.problems, ...(result.dataset ? { dataset: result.dataset } : {}) };
  }

  /** Writes the edits: to the file in the dev server, or as a download. Refusals keep the edits. */
  async save(): Promise<void> {
    const { edited, target, fileName } = this.snapshot;
    if (!edited || !target || this.snapshot.saving) return;
    if (this.checkTimer !== undefined) clearTimeout(this.checkTimer);
    this.set({ saving: true, notice: null });
    const { text, problems } = await this.check();
    const errors = problems.filter((found) => found.severity === 'error');
    if (errors.length > 0) {
      this.set({
        saving: false,
        notice: { kind: 'refused', message: t('{count, plural, one {Not saved: the edited data has an error, marked at its field. Fix it, or undo, and save again.} other {Not saved: the edited data has # errors, marked at the fields. Fix them, or undo, and save again.}}', { count: errors.length }), problems: errors },
      });
      return;
    }
    if (target.kind === 'download') {
      this.download(text, target.name);
      await this.rebase(text, edited, '');
      this.set({ saving: false, notice: { kind: 'saved', message: t('Downloaded {file} with your edits. Put it in place of the original file to keep them.', { file: target.name }), problems: [] } });
      return;
    }
    if (isFramed()) {
      this.set({ saving: false, notice: { kind: 'refused', message: t('Not saved: this page is inside a frame, where it never writes to disk. Open Stanceline in its own tab to save.'), problems: [] } });
      return;
    }
    let response: Response;
    try {
      response = await fetch(SAVE_ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Stanceline-Save': '1' },
        body: JSON.stringify({ path: target.path, baseHash: this.baseHash, text }),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.set({ saving: false, notice: { kind: 'failed', message: t('Not saved: the dev server could not be reached ({reason}). Your edits are kept; try again.', { reason }), problems: [] } });
      return;
    }
    let body: { message?: unknown; problems?: unknown; hash?: unknown; previous?: unknown; reason?: unknown } = {};
    try {
      body = (await response.json()) as typeof body;
    } catch {
      // A body that is not JSON still gets the status's sentence below.
    }
    if (!response.ok) {
      const message =
        saveRefusalMessage(body.reason) ??
        (typeof body.message === 'string' ? body.message : t('Not saved: the dev server answered {status}. Your edits are kept.', { status: String(response.status) }));
      const refusedProblems = Array.isArray(body.problems) ? (body.problems as Problem[]) : [];
      const kind = refusedForChangedFile(body.reason) ? 'changed' : response.status === 409 || response.status === 422 ? 'refused' : 'failed';
      this.set({ saving: false, notice: { kind, message, problems: refusedProblems } });
      return;
    }
    await this.rebase(text, edited, typeof body.hash === 'string' ? body.hash : '');
    const message =
      typeof body.previous === 'string'
        ? t('Saved to {path}. The previous version is kept as {previous}.', { path: `data/${target.path}`, previous: `data/${body.previous}` })
        : t('Saved to {path}.', { path: `data/${target.path}` });
    this.set({ saving: false, notice: { kind: 'saved', message, problems: [] } });
  }

  /** After a save, the saved text is what further edits start from. */
  private async rebase(text: string, edited: DatasetFile, hash: string): Promise<void> {
    this.originalText = text;
    this.original = edited;
    this.baseHash = hash || (crypto.subtle ? await sha256Hex(text) : '');
    this.set({ dirty: this.snapshot.edited !== edited });
  }

  private download(text: string, name: string): void {
    const href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = href;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file by then; the address is only freed.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  dispose(): void {
    if (this.checkTimer !== undefined) clearTimeout(this.checkTimer);
    import.meta.hot?.off?.(DATA_CHANGED_EVENT, this.onDiskChange);
  }
}

function sourceKey(source: EditSource): string {
  return source.kind === 'address' ? `address:${source.url}` : `computer:${source.file.name}:${source.file.lastModified}:${source.file.size}`;
}

let current: { key: string; session: EditSession } | null = null;

/** The session for the data on screen: the same one while the same file is shown, a new one for another file. */
export function sessionFor(source: EditSource): EditSession {
  const key = sourceKey(source);
  if (current?.key !== key) {
    current?.session.dispose();
    current = { key, session: new EditSession(source) };
  }
  return current.session;
}

/** The session already open for this source, if any (the details panel shows Save while one has edits). */
export function existingSession(source: EditSource): EditSession | null {
  return current?.key === sourceKey(source) ? current.session : null;
}
