// What gopy import makes of a spreadsheet: the comment files it plans to
// write and what became of every row. Planned by load/import-rows.ts,
// written by render/comment-file.ts.

import type { CommentKind, Delegate } from './types.js';

export interface RowReport {
  row: number;
  /** 1-based column of the cell concerned; 0 for the row as a whole. */
  column: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

export interface PlannedComment {
  row: number;
  key: string;
  kind: CommentKind | null;
  text: string;
  quote: string | null;
  proposal: string | null;
  id: string | null;
}

export interface PlannedFile {
  stem: string;
  delegate: Delegate;
  date: string | null;
  comments: PlannedComment[];
  /** An existing file of the same delegate, when the new one had to take another name. */
  besides: string | null;
}

export interface ExistingFile {
  file: string;
  stem: string;
  delegate: Delegate;
  comments: { key: string; text: string; proposal: string | null }[];
}

export interface ImportPlan {
  files: PlannedFile[];
  reports: RowReport[];
  counts: {
    /** Rows below the header row. */
    rows: number;
    imported: number;
    blank: number[];
    /** Rows that repeat an earlier row. */
    duplicates: number;
    /** Rows whose comment is already in an existing comment file. */
    already: number;
    notImported: number;
    unmatched: number;
    /** Rows with something in them above the header row (a title). */
    aboveHeader: number[];
  };
}
