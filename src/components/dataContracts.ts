// What the application tells its components about the data: the loading state, opening
// files from the computer and the editor's hold on the data. The app (useDataset) makes
// these; the components only read them, so the types live here, below both.
import type { ForeignData } from '../core/data/origin';
import type { Dataset, Problem } from '../core/model/types';
import type { ColumnMapping } from '../core/convert/columnMapping';
import type { TableSample } from '../core/convert/mappedTable';

export type DataState =
  | { phase: 'loading'; file: string; loadedBytes: number; totalBytes: number | null }
  | { phase: 'failed'; file: string; message: string }
  | { phase: 'invalid'; file: string; problems: Problem[] }
  | {
      phase: 'ready';
      file: string;
      dataset: Dataset;
      warnings: Problem[];
      /** Why the latest reload was not applied (errors in the edited file, or a failed fetch). */
      reloadProblems: Problem[];
      reloadFailure: string | null;
      /** The other site the data came from, or null when it is this site's (or the reader's own file): shown in the header, embeds and exports. */
      foreign: ForeignData | null;
      /** The data is on screen while the loader's last checks still run: its warnings, or its refusal, are still to come. */
      checking?: boolean;
    };

/** Opening a file from the computer (picker or drag-and-drop), beside the data state. */
export interface FileOpening {
  /** The name of the file being read, while it is read. */
  busy: string | null;
  /** Why the last file could not be opened: a sentence, or the loader's problems. */
  failure: { file: string; message: string | null; problems: Problem[] } | null;
  /** The name of the file on screen when it came from the computer: no link can carry it and live reload does not follow it. */
  openedFromComputer: string | null;
}

/** Where the data on screen came from, for the editor (src/components/editor/): re-read to edit, written back on Save. */
export type DataOrigin = { kind: 'address'; url: string; file: string } | { kind: 'computer'; file: File };

/** The editor's hold on the data: where it came from, and how to show an edited, valid version in its place. */
export interface DataEditing {
  origin: DataOrigin | null;
  replaceDataset: (dataset: Dataset, warnings: Problem[]) => void;
}

/** What the page needs to open files from the computer: the state, and the two actions. */
export interface FileOpener {
  opening: FileOpening;
  /** Opens the one file given (the picker's or the dropped one); several at once are refused with a message. */
  openFiles: (files: ArrayLike<File>) => void;
  dismissOpenFailure: () => void;
}

/** A table of no known format, offered to the column-mapping dialog (ColumnMappingDialog.tsx). */
export interface MappingOffer {
  file: string;
  /** The start of the table and its likely delimiter. */
  table: TableSample;
  /** Reads the whole table again through the mapping chosen. */
  apply: (mapping: ColumnMapping) => void;
  /** Whether the dialog is showing; once closed, a button opens it again. */
  open: boolean;
  /** Closes the dialog; the message that the file was not opened stays. */
  dismiss: () => void;
  reopen: () => void;
}
