// gopy import <file.csv|file.xlsx>: comments typed in a spreadsheet (an
// online form's export, a table typed in Excel) become comment files, one
// per delegate, as NEW files in comments/ (or -o <dir>): nothing existing
// is changed, and the files are written all together or not at all. Every
// row is imported or reported (file:row:column) with the reason.

import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { visibleText } from '../model/text.js';
import { hasErrors, message, UsageError } from '../messages.js';
import type { Message } from '../messages.js';
import { decodeCsv, parseCsv } from '../load/csv.js';
import { fromTcvn3, looksTcvn3 } from '../load/tcvn3.js';
import { stemOf } from '../model/text.js';
import { words } from '../i18n/index.js';
import { errorCode, exists, relPath } from '../load/read-files.js';
import { loadCommentFiles } from '../load/workspace.js';
import { columnLetters, isZip, loadWorkbook, sheetRows, XlsxError } from '../load/xlsx.js';
import { isoDate, localDate } from '../model/dates.js';
import { columnMap, findHeaderRow, missingColumns, parseColumnChoice, planImport, sectionMatcher } from '../load/import-rows.js';
import type { ColumnChoice, ImportField, ImportRow } from '../load/import-rows.js';
import type { ExistingFile, ImportPlan } from '../model/import-plan.js';
import { renderImportedFile } from '../render/comment-file.js';
import { currentDraft } from './anchors.js';
import { schemaRef } from './editor-files.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { writeNewFiles } from './new-files.js';
import { guardOutput } from './output-guard.js';
import type { Draft } from '../model/types.js';
import type { Workbook } from 'exceljs';
import { IMPORT_KINDS } from './import-kinds.js';
import type { ImportKind } from './import-kinds.js';
import type { NewFile } from './new-files.js';

export interface ImportOptions extends CommandIO, WorkspaceFlags {
  file: string;
  /** `field=column` choices (--column), over the guessed ones. */
  columns?: readonly string[] | undefined;
  sheet?: string | undefined;
  /** 1-based row number of the header row (default: found). */
  headerRow?: string | undefined;
  output?: string | undefined;
  dryRun?: boolean | undefined;
  /** The delegate of rows that name none (a spreadsheet from one delegate or delegation). */
  delegate?: string | undefined;
  organization?: string | undefined;
  /** What the file holds, when it cannot tell by itself (--as). */
  as?: string | undefined;
  force?: boolean | undefined;
  /** A decision sheet that contradicts a decision already taken wins (the old one is taken out). */
  sheetWins?: boolean | undefined;
}

const MAX_BYTES = 50 * 1024 * 1024;

interface SheetRows {
  rows: ImportRow[];
  /** The sheet read, when the workbook has several or --sheet named it. */
  sheet: string | null;
  messages: Message[];
}

/** The bytes of a file to import: a file, not too large, readable; else one sentence (exit 2). */
export async function readBytes(abs: string, shown: string): Promise<Uint8Array> {
  try {
    const s = await stat(abs);
    if (!s.isFile()) throw new UsageError(words().importer.notFile(shown));
    if (s.size > MAX_BYTES) throw new UsageError(words().importer.tooLarge(shown, MAX_BYTES / 1024 / 1024));
    return await readFile(abs);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(words().importer.cannotRead(shown, errorCode(e)));
  }
}

/** A workbook's problems are the user's to fix (exit 2), said with the file's name. */
async function workbookOf(bytes: Uint8Array, shown: string): Promise<Workbook> {
  try {
    return await loadWorkbook(bytes);
  } catch (e) {
    if (e instanceof XlsxError) throw new UsageError(`${shown}: ${e.message}`);
    throw e;
  }
}

function workbookRows(wb: Workbook, shown: string, sheet: string | undefined): SheetRows {
  try {
    const s = sheetRows(wb, sheet);
    return unTcvn3({ rows: s.rows, sheet: s.names.length > 1 || sheet !== undefined ? s.name : null, messages: [] }, shown);
  } catch (e) {
    if (e instanceof XlsxError) throw new UsageError(`${shown}: ${e.message}`);
    throw e;
  }
}

function csvRows(bytes: Uint8Array, shown: string): SheetRows {
  const W = words().importing.sheet;
  const { text, encoding } = decodeCsv(bytes);
  const messages: Message[] = [];
  if (encoding === 'windows-1258') messages.push(message({ file: shown, line: 0, column: 0 }, 'warning', 'encoding', W.windows1258));
  const csv = parseCsv(text);
  for (const p of csv.problems) messages.push(message({ file: shown, line: p.row, column: 0 }, 'warning', 'csv-quote', W.quoteNotClosed));
  return unTcvn3({ rows: csv.rows, sheet: null, messages }, shown);
}

/** Cells typed in TCVN3 (old .VnTime files) in Unicode, said once; cells already in Unicode stay as they are. */
function unTcvn3(read: SheetRows, shown: string): SheetRows {
  if (!looksTcvn3(read.rows.flatMap((r) => r.cells))) return read;
  const rows = read.rows.map((r) => ({ row: r.row, cells: r.cells.map(fromTcvn3) }));
  const warning = message({ file: shown, line: 0, column: 0 }, 'warning', 'encoding', words().importing.sheet.tcvn3);
  return { ...read, rows, messages: [...read.messages, warning] };
}

/** Stems of the YAML files in a folder (lower case), readable or not. */
async function stemsIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => /\.ya?ml$/iu.test(n)).map((n) => stemOf(n).toLowerCase());
  } catch {
    return [];
  }
}

/** What --as names: the kinds in English, or in Vietnamese as the Vietnamese help gives them. */
function kindOf(given: string | undefined): ImportKind | undefined {
  if (given === undefined) return undefined;
  const asked = { 'du-thao': 'draft', 'y-kien': 'comments', 'quyet-dinh': 'decisions' }[given.toLowerCase()] ?? given.toLowerCase();
  const kind = IMPORT_KINDS.find((k) => k === asked);
  if (kind === undefined) throw new UsageError(words().importing.sheet.badAs(given));
  return kind;
}

/** The header row and which column holds what: found or given (--header-row, --column), or a usage error saying what is missing. */
function columnsOf(
  read: SheetRows,
  shown: string,
  opts: ImportOptions,
  delegateGiven: boolean,
): { headerIndex: number; header: string[]; map: Map<ImportField, number> } {
  const choices: ColumnChoice[] = [];
  for (const c of opts.columns ?? []) {
    const parsed = parseColumnChoice(c);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    choices.push(parsed);
  }
  let headerIndex: number;
  if (opts.headerRow !== undefined) {
    const n = Number(opts.headerRow);
    headerIndex = read.rows.findIndex((r) => r.row === n);
    if (!Number.isInteger(n) || n < 1 || headerIndex < 0) throw new UsageError(words().importer.noHeaderRow(opts.headerRow, shown));
  } else {
    headerIndex = findHeaderRow(read.rows, choices, delegateGiven);
  }
  const firstFilled = read.rows.find((r) => r.cells.some((c) => c.trim() !== ''));
  if (!firstFilled) throw new UsageError(words().importer.noRows(shown));
  const header = read.rows[headerIndex]?.cells ?? firstFilled.cells;
  const { map, errors } = columnMap(header, choices);
  if (errors.length > 0) throw new UsageError(errors.join('; '));
  const missing = missingColumns(map, delegateGiven);
  if (headerIndex < 0 || missing.length > 0) {
    const cols = header.flatMap((h, i) => (h.trim() === '' ? [] : [`${columnLetters(i)} "${h.trim()}"`]));
    throw new UsageError(words().importing.sheet.cannotTell(shown, missing, read.rows[headerIndex]?.row ?? firstFilled.row, cols));
  }
  return { headerIndex, header, map };
}

export async function importSheet(opts: ImportOptions): Promise<CommandResult> {
  const root = path.resolve(opts.cwd);
  const as = kindOf(opts.as);
  const W = words().importing.sheet;
  if (/\.doc[xm]$/iu.test(opts.file)) {
    const { importWord } = await import('./import-word.js');
    return importWord({ ...opts, as });
  }
  if (as === 'draft') throw new UsageError(W.draftNeedsWord);
  const abs = path.resolve(root, opts.file);
  const shown = relPath(root, abs);
  const bytes = await readBytes(abs, shown);
  const ext = path.extname(abs).toLowerCase();
  if (ext === '.xls' || ext === '.ods' || ext === '.numbers') throw new UsageError(words().importer.badFormat(shown));
  let read: SheetRows;
  if (ext === '.xlsx' || ext === '.xlsm' || isZip(bytes)) {
    // One workbook, loaded once: a decision sheet made by gopy decisions, else a sheet of comments.
    const wb = await workbookOf(bytes, shown);
    if (ext === '.xlsx' && as !== 'comments') {
      const { readDecisionSheet, importDecisions } = await import('./import-decisions.js');
      const decisions = readDecisionSheet(wb);
      if (decisions) {
        const { langOf } = await import('./import-word.js');
        return importDecisions(opts, { root, abs, shown, lang: await langOf(root, opts) }, decisions);
      }
      if (as === 'decisions') throw new UsageError(W.notDecisionSheet(shown));
    }
    read = workbookRows(wb, shown, opts.sheet);
  } else {
    if (opts.sheet !== undefined) throw new UsageError(words().importer.sheetForCsv);
    read = csvRows(bytes, shown);
  }
  const given = (s: string | undefined): string | null => (s !== undefined && s.trim() !== '' ? s.trim() : null);
  const fallbackName = given(opts.delegate) ?? given(opts.organization);
  const fallback = fallbackName === null ? undefined : { name: fallbackName, organization: given(opts.organization) };
  const { headerIndex, header, map } = columnsOf(read, shown, opts, fallback !== undefined);
  const messages: Message[] = [...read.messages];
  const { draft, messages: draftMessages } = await currentDraft(opts);
  messages.push(...draftMessages);
  if (!draft || hasErrors(draftMessages)) return { messages };

  const done = await writeImported(opts, {
    shown,
    source: path.basename(abs),
    sheet: read.sheet,
    rows: read.rows,
    headerIndex,
    map,
    fallback,
    draft,
    draftStem: draft.stem,
  });
  messages.push(...done.messages);
  const { plan, files, targetDir } = done;
  const headerRow = read.rows[headerIndex]?.row ?? 0;
  opts.stdout.write(
    visibleText(
      summary(
        plan,
        { shown, sheet: read.sheet, headerRow, header, map },
        { files, dryRun: opts.dryRun === true, target: relPath(root, targetDir) },
      ),
    ),
  );
  return { messages };
}

function summary(
  plan: ImportPlan,
  s: { shown: string; sheet: string | null; headerRow: number; header: string[]; map: ReadonlyMap<ImportField, number> },
  out: { files: NewFile[]; dryRun: boolean; target: string },
): string {
  const c = plan.counts;
  const read = new Set(s.map.values());
  const named = (i: number): string => `${columnLetters(i)} "${(s.header[i] ?? '').trim()}"`;
  return words().importing.sheet.summary({
    shown: s.shown,
    sheet: s.sheet,
    headerRow: s.headerRow,
    rows: c.rows,
    columns: [...s.map.entries()].sort((a, b) => a[1] - b[1]).map(([f, i]) => `${named(i)} → ${f}`),
    unread: s.header.flatMap((h, i) => (h.trim() !== '' && !read.has(i) ? [named(i)] : [])),
    imported: c.imported,
    target: out.target,
    files: plan.files.map((f) => ({
      shown: out.files.find((x) => x.shown.endsWith(`/${f.stem}.yaml`) || x.shown === `${f.stem}.yaml`)?.shown ?? f.stem,
      who: f.delegate.name,
      count: f.comments.length,
      rows: f.comments.map((x) => x.row),
      besides: f.besides,
    })),
    unmatched: c.unmatched,
    blank: c.blank,
    duplicates: c.duplicates,
    already: c.already,
    notImported: c.notImported,
    dryRun: out.dryRun,
  });
}

export interface ImportedRows {
  /** The file as shown in messages. */
  shown: string;
  /** Its name, for the comment at the top of each new file. */
  source: string;
  sheet: string | null;
  rows: ImportRow[];
  headerIndex: number;
  map: Map<ImportField, number>;
  fallback?: { name: string; organization: string | null } | undefined;
  /** The draft the sections are looked up in, and the name written as `draft:`. */
  draft: Draft;
  draftStem: string;
  /** A form names its delegate's file: that name, when it is free (or --force). */
  stem?: string | null | undefined;
  /** The delegate's title, when the rows do not give it (a form's header). */
  title?: string | null | undefined;
  force?: boolean | undefined;
}

/**
 * Rows of comments (a sheet, a Word table, a filled form) planned into comment
 * files and written as new files in comments/ (or -o): every row imported or
 * reported; nothing existing changed (a form's own file only with --force).
 */
export async function writeImported(
  opts: ImportOptions,
  src: ImportedRows,
): Promise<{ plan: ImportPlan; files: NewFile[]; targetDir: string; messages: Message[] }> {
  const root = path.resolve(opts.cwd);
  const { shown, headerIndex, map, fallback, draft } = src;
  const messages: Message[] = [];
  const targetRel = opts.output ?? opts.comments ?? 'comments';
  const targetDir = path.resolve(root, targetRel);
  if ((await exists(targetDir)) === 'file') throw new UsageError(words().importer.outputIsFile(targetRel));
  const commentsDir = path.resolve(root, opts.comments ?? 'comments');
  const existing: ExistingFile[] = [];
  const taken = new Set<string>();
  for (const dir of new Set([targetDir, commentsDir])) {
    for (const s of await stemsIn(dir)) taken.add(s);
    if ((await exists(dir)) !== 'dir') continue;
    const loaded = await loadCommentFiles(root, relPath(root, dir));
    for (const f of loaded.files) {
      existing.push({
        file: f.file,
        stem: f.stem,
        delegate: f.delegate,
        comments: f.comments.map((c) => ({ key: c.key, text: c.text, proposal: c.proposal })),
      });
    }
  }

  const own = src.stem ? src.stem.toLowerCase() : null;
  // With --force a form replaces its delegate's file: that file is then neither taken nor a source of duplicates.
  const replacing = src.force === true && own !== null;
  if (replacing) taken.delete(own);
  const others = replacing ? existing.filter((f) => f.stem.toLowerCase() !== own) : existing;
  const plan = planImport({ rows: src.rows, headerIndex, columns: map, match: sectionMatcher(draft), existing: others, taken, fallback });
  if (src.stem && plan.files.length === 1 && plan.files[0] && !taken.has(src.stem.toLowerCase())) plan.files[0].stem = src.stem;
  if (src.title) for (const f of plan.files) f.delegate.title ??= src.title;
  const headerRow = src.rows[headerIndex]?.row ?? 0;
  if (plan.counts.aboveHeader.length > 0) {
    messages.push(
      message(
        { file: shown, line: plan.counts.aboveHeader[0] ?? 0, column: 0 },
        'info',
        'above-header',
        words().importing.sheet.aboveHeader(plan.counts.aboveHeader, headerRow),
      ),
    );
  }
  for (const r of plan.reports) messages.push(message({ file: shown, line: r.row, column: r.column }, r.severity, r.rule, r.message));

  const today = isoDate(localDate(opts.now ?? new Date()));
  const schema = await schemaRef(root, targetDir, 'comments.schema.json');
  const files: NewFile[] = plan.files.map((f) => {
    const fileAbs = path.join(targetDir, `${f.stem}.yaml`);
    return {
      abs: fileAbs,
      shown: relPath(root, fileAbs),
      data: renderImportedFile(f, { source: src.source, sheet: src.sheet, draft: src.draftStem, today, schemaPath: schema }),
      replace: replacing && f.stem.toLowerCase() === own,
    };
  });
  if (files.length === 0 && plan.counts.notImported > 0 && plan.counts.duplicates + plan.counts.already === 0) {
    messages.push(message({ file: shown, line: 0, column: 0 }, 'error', 'nothing-imported', words().importing.sheet.nothingImported));
  }
  if (!opts.dryRun && files.length > 0) {
    await guardOutput(opts, targetDir, { folder: true, comments: true, shown: relPath(root, targetDir) });
    await writeNewFiles(files);
  }
  return { plan, files, targetDir, messages };
}
