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
import { stemOf } from '../model/text.js';
import { words } from '../i18n/index.js';
import { errorCode, exists, relPath } from '../load/read-files.js';
import { loadCommentFiles } from '../load/workspace.js';
import { readXlsx, XlsxError, columnLetters } from '../load/xlsx.js';
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
import { IMPORT_KINDS } from './import-kinds.js';
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

async function readRows(
  abs: string,
  shown: string,
  sheet: string | undefined,
): Promise<{ rows: ImportRow[]; sheet: string | null; messages: Message[] }> {
  let bytes: Uint8Array;
  try {
    const s = await stat(abs);
    if (!s.isFile()) throw new UsageError(words().importer.notFile(shown));
    if (s.size > MAX_BYTES) throw new UsageError(words().importer.tooLarge(shown, MAX_BYTES / 1024 / 1024));
    bytes = await readFile(abs);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(words().importer.cannotRead(shown, errorCode(e)));
  }
  const ext = path.extname(abs).toLowerCase();
  if (ext === '.xls' || ext === '.ods' || ext === '.numbers') {
    throw new UsageError(words().importer.badFormat(shown));
  }
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.xlsx' || ext === '.xlsm' || zipped) {
    try {
      const s = readXlsx(bytes, sheet);
      return { rows: s.rows, sheet: s.names.length > 1 || sheet !== undefined ? s.name : null, messages: [] };
    } catch (e) {
      if (e instanceof XlsxError) throw new UsageError(`${shown}: ${e.message}`);
      throw e;
    }
  }
  if (sheet !== undefined) throw new UsageError(words().importer.sheetForCsv);
  const { text, encoding } = decodeCsv(bytes);
  const messages: Message[] = [];
  if (encoding === 'windows-1258') {
    messages.push(
      message(
        { file: shown, line: 0, column: 0 },
        'warning',
        'encoding',
        'not UTF-8: read as Windows-1258 (Excel\'s "CSV" on Vietnamese Windows); check the accents, or save it as "CSV UTF-8"',
      ),
    );
  }
  const csv = parseCsv(text);
  for (const p of csv.problems) messages.push(message({ file: shown, line: p.row, column: 0 }, 'warning', 'csv-quote', p.message));
  return { rows: csv.rows, sheet: null, messages };
}

/** Stems of the YAML files in a folder (lower case), readable or not. */
async function stemsIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => /\.ya?ml$/iu.test(n)).map((n) => stemOf(n).toLowerCase());
  } catch {
    return [];
  }
}

export async function importSheet(opts: ImportOptions): Promise<CommandResult> {
  const root = path.resolve(opts.cwd);
  // The kinds in English, or in Vietnamese as the Vietnamese help gives them.
  const asked =
    { 'du-thao': 'draft', 'y-kien': 'comments', 'quyet-dinh': 'decisions' }[opts.as?.toLowerCase() ?? ''] ?? opts.as?.toLowerCase();
  const as = asked === undefined ? undefined : IMPORT_KINDS.find((k) => k === asked);
  if (opts.as !== undefined && as === undefined) throw new UsageError(`--as ${opts.as}: expected one of ${IMPORT_KINDS.join(', ')}`);
  if (/\.doc[xm]$/iu.test(opts.file)) {
    const { importWord } = await import('./import-word.js');
    return importWord({ ...opts, as });
  }
  if (as === 'draft') throw new UsageError('--as draft: a draft is imported from a Word file (.docx)');
  if (/\.xlsx$/iu.test(opts.file) && as !== 'comments') {
    const { readDecisionSheet, importDecisions } = await import('./import-decisions.js');
    const { readInput, langOf } = await import('./import-word.js');
    const abs = path.resolve(root, opts.file);
    const shown = relPath(root, abs);
    const sheet = await readDecisionSheet(await readInput(abs, shown));
    if (sheet) return importDecisions(opts, { root, abs, shown, lang: await langOf(root, opts) }, sheet);
    if (as === 'decisions')
      throw new UsageError(`${shown}: not a decision sheet made by gopy decisions (its hidden sheet "gopy" is missing)`);
  }
  const choices: ColumnChoice[] = [];
  for (const c of opts.columns ?? []) {
    const parsed = parseColumnChoice(c);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    choices.push(parsed);
  }
  const given = (s: string | undefined): string | null => (s !== undefined && s.trim() !== '' ? s.trim() : null);
  const fallbackName = given(opts.delegate) ?? given(opts.organization);
  const fallback = fallbackName === null ? undefined : { name: fallbackName, organization: given(opts.organization) };
  const abs = path.resolve(root, opts.file);
  const shown = relPath(root, abs);
  const read = await readRows(abs, shown, opts.sheet);
  const messages: Message[] = [...read.messages];

  const { draft, messages: draftMessages } = await currentDraft(opts);
  messages.push(...draftMessages);
  if (!draft || hasErrors(draftMessages)) return { messages };

  let headerIndex: number;
  if (opts.headerRow !== undefined) {
    const n = Number(opts.headerRow);
    headerIndex = read.rows.findIndex((r) => r.row === n);
    if (!Number.isInteger(n) || n < 1 || headerIndex < 0) throw new UsageError(words().importer.noHeaderRow(opts.headerRow, shown));
  } else {
    headerIndex = findHeaderRow(read.rows, choices, fallback !== undefined);
  }
  const firstFilled = read.rows.find((r) => r.cells.some((c) => c.trim() !== ''));
  if (!firstFilled) throw new UsageError(words().importer.noRows(shown));
  const header = read.rows[headerIndex]?.cells ?? firstFilled.cells;
  const { map, errors } = columnMap(header, choices);
  if (errors.length > 0) throw new UsageError(errors.join('; '));
  const missing = missingColumns(map, fallback !== undefined);
  if (headerIndex < 0 || missing.length > 0) {
    const cols = header
      .map((h, i) => `${columnLetters(i)} "${h.trim()}"`)
      .filter((x) => !x.endsWith('""'))
      .join(', ');
    throw new UsageError(
      `${shown}: cannot tell which column holds ${missing.length > 0 ? missing.join(' and ') : 'what'} (header row ${read.rows[headerIndex]?.row ?? firstFilled.row}: ${cols}); name them with --column, e.g. --column text="Ý kiến" --column name=B`,
    );
  }

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
      summary(plan, {
        shown,
        sheet: read.sheet,
        headerRow,
        header,
        map,
        files,
        dryRun: opts.dryRun === true,
        target: relPath(root, targetDir),
      }),
    ),
  );
  return { messages };
}

function rowsText(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const shown = rows.length > 12 ? `${rows.slice(0, 12).join(', ')}, …` : rows.join(', ');
  return `rows ${shown}`;
}

function summary(
  plan: ImportPlan,
  s: {
    shown: string;
    sheet: string | null;
    headerRow: number;
    header: string[];
    map: ReadonlyMap<ImportField, number>;
    files: NewFile[];
    dryRun: boolean;
    target: string;
  },
): string {
  const out: string[] = [];
  const c = plan.counts;
  out.push(`${s.shown}${s.sheet ? ` (sheet "${s.sheet}")` : ''}: header on row ${s.headerRow}, ${c.rows} row(s) below it`);
  const used = [...s.map.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([f, i]) => `${columnLetters(i)} "${(s.header[i] ?? '').trim()}" → ${f}`);
  out.push(`  columns: ${used.join(', ')}`);
  const unread = s.header.map((h, i) => ({ h: h.trim(), i })).filter((x) => x.h !== '' && ![...s.map.values()].includes(x.i));
  if (unread.length > 0) out.push(`  not read: ${unread.map((x) => `${columnLetters(x.i)} "${x.h}"`).join(', ')}`);
  const verb = s.dryRun ? 'would be imported' : 'imported';
  out.push(`  ${c.imported} comment(s) ${verb} into ${s.files.length} new file(s) in ${s.target}/`);
  for (const f of plan.files) {
    const file = s.files.find((x) => x.shown.endsWith(`/${f.stem}.yaml`) || x.shown === `${f.stem}.yaml`);
    out.push(
      `    ${file?.shown ?? f.stem}  ${f.delegate.name}: ${f.comments.length} comment(s), ${rowsText(f.comments.map((x) => x.row))}${f.besides ? ` (besides ${f.besides}, kept as it is)` : ''}`,
    );
  }
  if (c.unmatched > 0) out.push(`  ${c.unmatched} comment(s) on a section not in the draft: kept as written, listed apart in the report`);
  if (c.blank.length > 0) out.push(`  ${c.blank.length} blank row(s) skipped (${rowsText(c.blank)})`);
  if (c.duplicates > 0) out.push(`  ${c.duplicates} repeated row(s) imported once`);
  if (c.already > 0) out.push(`  ${c.already} row(s) already in the comment files: not imported again`);
  if (c.notImported > 0) out.push(`  ${c.notImported} row(s) not imported: see the messages (${s.shown}:row)`);
  if (s.dryRun) out.push('  dry run: nothing was written');
  else if (s.files.length > 0) out.push('  next: gopy check, then gopy status');
  return `${out.join('\n')}\n`;
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
        `${rowsText(plan.counts.aboveHeader)} above the header row (row ${headerRow}): not read`,
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
    messages.push(
      message(
        { file: shown, line: 0, column: 0 },
        'error',
        'nothing-imported',
        'no row could be imported (see the messages above): nothing was written',
      ),
    );
  }
  if (!opts.dryRun && files.length > 0) {
    await guardOutput(opts, targetDir, { folder: true, comments: true, shown: relPath(root, targetDir) });
    await writeNewFiles(files);
  }
  return { plan, files, targetDir, messages };
}
