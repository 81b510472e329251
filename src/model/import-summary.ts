// What an import reports at its end, as data; the words are in the catalogue (i18n).

export interface DraftSummary {
  source: string;
  target: string;
  title: string;
  version: string;
  sections: number;
  headings: number;
  items: number;
  notes: number;
  replaced: boolean;
  dryRun: boolean;
}

export interface DraftNoteText {
  rule: string;
  where: string;
  detail: string;
}

export interface FormSummary {
  source: string;
  who: string;
  draft: string;
  files: string[];
  imported: number;
  /** Rows left empty. */
  empty: number;
  already: number;
  unmatched: number;
  dryRun: boolean;
  replaced: boolean;
}

export interface TablesSummary {
  source: string;
  tables: number[];
  rows: number;
  files: { shown: string; who: string; count: number }[];
  imported: number;
  skipped: number;
  blank: number;
  already: number;
  unmatched: number;
  dryRun: boolean;
}

export interface DecisionImportSummary {
  source: string;
  target: string;
  rows: number;
  /** Decisions written (new, or changed with --sheet-wins). */
  written: number;
  unchanged: number;
  pending: number;
  conflicts: number;
  skipped: number;
  sheetWins: boolean;
  /** Decision files the old decisions were taken out of (--sheet-wins). */
  changedFiles: string[];
  dryRun: boolean;
  replaced: boolean;
}

/** `gopy import` of a CSV or Excel sheet of comments. */
export interface SheetSummary {
  shown: string;
  /** The sheet read, when the workbook has several (or --sheet named it). */
  sheet: string | null;
  headerRow: number;
  rows: number;
  /** `B "Họ tên" → name`, in column order. */
  columns: string[];
  /** Headed columns that are not read: `A "STT"`. */
  unread: string[];
  imported: number;
  target: string;
  files: { shown: string; who: string; count: number; rows: number[]; besides: string | null }[];
  unmatched: number;
  blank: number[];
  duplicates: number;
  already: number;
  notImported: number;
  dryRun: boolean;
}
