// gopy import <file.docx>: a Word file into the workspace. What it is is
// told by the file itself (or by --as): a form made by `gopy template
// --format docx` carries its own marks; a document whose table has a
// comment column is a table of comments; anything else is a draft, written
// as a new Markdown draft in drafts/. Nothing existing is overwritten
// without --force; every import ends with a summary of what was done.

import path from 'node:path';
import { hasErrors, message, UsageError } from '../messages.js';
import type { Message } from '../messages.js';
import { DocxError } from '../load/ooxml.js';
import { parseDraft } from '../load/parse-draft.js';
import { splitLabel } from '../model/label.js';
import { exists, relPath } from '../load/read-files.js';
import { loadSettings } from '../load/workspace.js';
import { slugify } from '../model/text.js';
import type { Lang } from '../model/types.js';
import { words } from '../i18n/index.js';
import type { CommandResult, WorkspaceFlags } from './io.js';
import { writeNewFiles } from './new-files.js';

import type { ImportKind } from './import-kinds.js';
import { currentDraft } from './anchors.js';
import { readBytes, writeImported } from './import.js';
import type { ImportOptions } from './import.js';
import { FORM_COLUMNS, FORM_PROPS } from '../model/form.js';
import { columnMap, findHeaderRow, guessColumns, IMPORT_FIELDS, parseColumnChoice, sectionMatcher } from '../load/import-rows.js';
import type { ColumnChoice, ImportField, ImportRow, SectionMatch } from '../load/import-rows.js';
import { headerKey } from '../model/text.js';
import type { WordTable, WordTables } from '../load/docx-tables.js';
import { findDraft, listDrafts, readDraft } from '../load/workspace.js';
import type { Draft } from '../model/types.js';
import { GENERAL } from '../model/types.js';
import { foldSpace } from '../model/text.js';

export interface ImportWordOptions extends ImportOptions {
  as?: ImportKind | undefined;
}

export async function langOf(root: string, opts: WorkspaceFlags): Promise<Lang> {
  if (opts.lang) return opts.lang;
  return (await loadSettings(root)).settings.lang ?? 'vi';
}

export async function importWord(opts: ImportWordOptions): Promise<CommandResult> {
  const root = path.resolve(opts.cwd);
  const abs = path.resolve(root, opts.file);
  const shown = relPath(root, abs);
  const bytes = await readBytes(abs, shown);
  const lang = await langOf(root, opts);
  const src = { root, abs, shown, bytes, lang };
  try {
    if (opts.as === 'draft') return await importDraft(opts, src);
    if (opts.as === 'decisions') throw new UsageError(words().tell.word.decisionsFromWord);
    const { readWordTables } = await import('../load/docx-tables.js');
    const doc = readWordTables(bytes);
    if (doc.custom.get(FORM_PROPS.form) === '1') return await importForm(opts, src, doc);
    const found = commentTables(doc, opts);
    if (found.length > 0) return await importTables(opts, src, doc, found);
    if (opts.as === 'comments') throw new UsageError(words().tell.word.noTable(shown));
    return await importDraft(opts, src);
  } catch (e) {
    if (e instanceof DocxError) throw new UsageError(`${shown}: ${e.message}`);
    throw e;
  }
}

interface Source {
  root: string;
  abs: string;
  shown: string;
  bytes: Uint8Array;
  lang: Lang;
}

async function importDraft(opts: ImportWordOptions, src: Source): Promise<CommandResult> {
  const W = words(src.lang).importing.draft;
  const { convertDocxDraft } = await import('../load/docx-draft.js');
  const stem = slugify(path.basename(src.abs, path.extname(src.abs))) || 'du-thao';
  let target = path.resolve(src.root, opts.output ?? 'drafts');
  if ((await exists(target)) === 'dir' || opts.output === undefined || /[/\\]$/u.test(opts.output))
    target = path.join(target, `${stem}.md`);
  else if (!/\.(md|markdown)$/iu.test(target)) target = `${target}.md`;
  const targetShown = relPath(src.root, target);
  const there = await exists(target);
  if (there === 'dir') throw new UsageError(words().tell.word.mdIsFolder(targetShown));
  if (there === 'file' && !opts.force && !opts.dryRun) throw new UsageError(words().tell.word.mdExists(targetShown));

  const converted = await convertDocxDraft(src.bytes, path.basename(target, path.extname(target)));
  // The header and signature blocks are left out on purpose (they belong to gopy.yaml): said, not counted as losses.
  const isInfo = (n: { rule: string }): boolean => n.rule === 'header-block' || n.rule === 'signature-block';
  const messages: Message[] = converted.notes.map((n) =>
    message({ file: src.shown, line: 0, column: 0 }, isInfo(n) ? 'info' : 'warning', `docx-${n.rule}`, W.note(n)),
  );
  // What was written must read back as a draft without errors; anything else is gopy's fault, said plainly.
  const check = parseDraft(converted.markdown, targetShown);
  messages.push(...check.messages);
  if (hasErrors(check.messages)) return { messages };
  if (!opts.dryRun) await writeNewFiles([{ abs: target, shown: targetShown, data: converted.markdown, replace: there === 'file' }]);
  opts.stdout.write(
    W.summary({
      source: src.shown,
      target: targetShown,
      title: converted.title,
      version: converted.version,
      sections: check.draft.sections.length,
      headings: converted.headings,
      items: converted.items,
      notes: converted.notes.filter((n) => !isInfo(n)).length,
      replaced: there === 'file',
      dryRun: opts.dryRun === true,
    }),
  );
  return { messages };
}

// ---- comments: a filled form, or ordinary tables ----

type Field = ImportField;

/** The delegate named in the document's own lines ("Họ và tên: …", "Đơn vị: …"), or by the flags. */
function delegateLines(lines: readonly string[][]): { name: string | null; title: string | null; organization: string | null } {
  const out: { name: string | null; title: string | null; organization: string | null } = { name: null, title: null, organization: null };
  for (const cells of lines) {
    const [label = '', value = ''] = cells;
    const field = guessColumns([label.replace(/[:：]\s*$/u, '')])
      .keys()
      .next().value;
    const v = foldSpace(value);
    if (v === '' || (field !== 'name' && field !== 'title' && field !== 'organization')) continue;
    out[field] ??= v;
  }
  return out;
}

function givenDelegate(opts: ImportWordOptions): {
  name: string | null;
  organization: string | null;
} {
  const g = (s: string | undefined): string | null => (s !== undefined && s.trim() !== '' ? s.trim() : null);
  return { name: g(opts.delegate), organization: g(opts.organization) };
}

async function draftNamed(
  opts: ImportWordOptions,
  root: string,
  stem: string | undefined,
): Promise<{ draft: Draft | null; messages: Message[] }> {
  if (stem && opts.draft === undefined) {
    const { drafts, messages } = await listDrafts(root);
    const info = findDraft(drafts, stem);
    if (info) {
      const read = await readDraft(info);
      return { draft: read.draft, messages: [...messages, ...read.messages] };
    }
  }
  const { draft, messages } = await currentDraft(opts);
  return { draft, messages };
}

async function importForm(opts: ImportWordOptions, src: Source, doc: WordTables): Promise<CommandResult> {
  const W = words(src.lang).importing.comments;
  const messages: Message[] = [];
  const formDraft = doc.custom.get(FORM_PROPS.draft) || undefined;
  const { draft, messages: dm } = await draftNamed(opts, src.root, formDraft);
  messages.push(...dm);
  if (!draft || hasErrors(dm)) return { messages };
  if (formDraft && draft.stem !== formDraft && opts.draft === undefined)
    messages.push(
      message({ file: src.shown, line: 0, column: 0 }, 'warning', 'form-draft', words().tell.word.formDraft(formDraft, draft.file)),
    );
  const anchors = (doc.custom.get(FORM_PROPS.anchors) ?? '').split(' ').filter((a) => a !== '');

  // The comment table is the one with the rows' bookmarks; the delegate's lines stand in a table of two columns above it.
  const marked = (t: WordTable): boolean => t.rows.some((r) => r.bookmarks.some((b) => b.startsWith(FORM_PROPS.bookmark)));
  const table = doc.tables.find(marked) ?? doc.tables.find((t) => formColumns(t.rows[0]?.cells ?? []).text >= 0);
  if (!table) throw new UsageError(words().tell.word.noFormTable(src.shown));
  const who = delegateLines(doc.tables.filter((t) => t !== table).flatMap((t) => t.rows.map((r) => r.cells)));
  const flags = givenDelegate(opts);
  let name = flags.name ?? who.name;
  let organization = flags.organization ?? who.organization;
  const fileStem = doc.custom.get(FORM_PROPS.file) || null;
  if (name === null && organization === null && fileStem) {
    const settings = await loadSettings(src.root);
    const e = settings.settings.delegates.find((d) => d.file !== null && path.basename(d.file).replace(/\.ya?ml$/iu, '') === fileStem);
    if (e) {
      name = e.name;
      organization = e.organization;
    }
  }
  if (name === null && organization === null) throw new UsageError(words().tell.word.noWho(src.shown));

  const cols = formColumns(table.rows[0]?.cells ?? []);
  const match = sectionMatcher(draft);
  const rows: ImportRow[] = [{ row: table.rows[0]?.row ?? 0, cells: ['section', 'text', 'proposal'] }];
  for (const r of table.rows.slice(1)) {
    const mark = r.bookmarks.find((b) => b.startsWith(FORM_PROPS.bookmark));
    const anchor = mark === undefined ? undefined : anchors[Number(mark.slice(FORM_PROPS.bookmark.length))];
    const cell = (i: number): string => (i >= 0 ? (r.cells[i] ?? '') : '');
    // Without its bookmark (a form saved by another program) a row is known by its citation, else its title.
    const section = anchor !== undefined ? `{#${anchor}}` : unmarkedSection(match, cell(cols.section), cell(cols.title));
    rows.push({ row: r.row, cells: [section, cell(cols.text), cell(cols.proposal)] });
  }
  const map = new Map<Field, number>([
    ['section', 0],
    ['text', 1],
    ['proposal', 2],
  ]);
  const fallback = { name: name ?? organization ?? '', organization };
  const done = await writeImported(opts, {
    shown: src.shown,
    source: path.basename(src.abs),
    sheet: null,
    rows,
    headerIndex: 0,
    map,
    fallback,
    draft,
    draftStem: formDraft ?? draft.stem,
    stem: fileStem,
    title: who.title,
    force: opts.force,
  });
  messages.push(...done.messages);
  opts.stdout.write(
    W.form({
      source: src.shown,
      who: fallback.name,
      draft: formDraft ?? draft.stem,
      files: done.files.map((f) => f.shown),
      imported: done.plan.counts.imported,
      empty: done.plan.counts.notImported,
      already: done.plan.counts.already + done.plan.counts.duplicates,
      unmatched: done.plan.counts.unmatched,
      dryRun: opts.dryRun === true,
      replaced: done.files.some((f) => f.replace === true),
    }),
  );
  // An empty form is not an error: the delegate had nothing to say; the summary says so.
  return { messages: messages.filter((m) => m.rule !== 'no-text' && m.rule !== 'nothing-imported') };
}

/** Where the form's columns are, by their headers in either language (a delegate may have deleted one), else by place. */
function formColumns(header: readonly string[]): { section: number; title: number; text: number; proposal: number } {
  const keys = header.map((h) => headerKey(h));
  const at = (i: number): number => {
    const words = [FORM_COLUMNS.vi[i], FORM_COLUMNS.en[i]].map((w) => headerKey(w ?? ''));
    return keys.findIndex((k) => words.includes(k));
  };
  return { section: at(0), title: at(1), text: at(3), proposal: at(4) };
}

const COMMENT_WORDS = /\b(y kien|gop y|comment|comments|feedback|de xuat|de nghi)\b/u;

interface FoundTable {
  table: WordTable;
  headerIndex: number;
  map: Map<Field, number>;
}

/** Tables whose header row names a comment column (and the delegate, unless given): ordinary tables of comments. */
function commentTables(doc: WordTables, opts: ImportWordOptions): FoundTable[] {
  const choices: ColumnChoice[] = [];
  for (const c of opts.columns ?? []) {
    const parsed = parseColumnChoice(c);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    choices.push(parsed);
  }
  const flags = givenDelegate(opts);
  const lines = delegateLines(doc.paragraphs.map((p) => p.split(/[:：]/u)));
  const delegateGiven = flags.name !== null || flags.organization !== null || lines.name !== null || lines.organization !== null;
  const out: FoundTable[] = [];
  for (const table of doc.tables) {
    const headerIndex = findHeaderRow(table.rows, choices, delegateGiven);
    if (headerIndex < 0) continue;
    const header = table.rows[headerIndex]?.cells ?? [];
    const { map } = columnMap(header, choices);
    const textCol = map.get('text') ?? map.get('proposal');
    if (textCol === undefined) continue;
    if (opts.as !== 'comments' && choices.length === 0 && !COMMENT_WORDS.test(headerKey(header[textCol] ?? ''))) continue;
    out.push({ table, headerIndex, map });
  }
  return out;
}

async function importTables(opts: ImportWordOptions, src: Source, doc: WordTables, found: FoundTable[]): Promise<CommandResult> {
  const W = words(src.lang).importing.comments;
  const { draft, messages } = await currentDraft(opts);
  if (!draft || hasErrors(messages)) return { messages };
  const flags = givenDelegate(opts);
  const lines = delegateLines(doc.paragraphs.map((p) => p.split(/[:：]/u)));
  const name = flags.name ?? lines.name ?? flags.organization ?? lines.organization;
  const fallback = name === null ? undefined : { name, organization: flags.organization ?? lines.organization };
  // The tables are read as one sheet: the same fields in the same columns, rows numbered through the document.
  const rows: ImportRow[] = [{ row: 0, cells: [...IMPORT_FIELDS] }];
  for (const f of found) {
    for (const r of f.table.rows.slice(f.headerIndex + 1)) {
      rows.push({
        row: r.row,
        cells: IMPORT_FIELDS.map((field) => {
          const c = f.map.get(field);
          return c === undefined ? '' : (r.cells[c] ?? '');
        }),
      });
    }
  }
  const map = new Map<Field, number>(IMPORT_FIELDS.map((f, i) => [f, i]));
  for (const f of IMPORT_FIELDS) if (!found.some((t) => t.map.has(f))) map.delete(f);
  const done = await writeImported(opts, {
    shown: src.shown,
    source: path.basename(src.abs),
    sheet: null,
    rows,
    headerIndex: 0,
    map,
    fallback,
    draft,
    draftStem: draft.stem,
    title: lines.title,
  });
  messages.push(...done.messages);
  const c = done.plan.counts;
  opts.stdout.write(
    W.tables({
      source: src.shown,
      tables: found.map((f) => f.table.index),
      rows: c.rows,
      files: done.plan.files.map((f, i) => ({ shown: done.files[i]?.shown ?? f.stem, who: f.delegate.name, count: f.comments.length })),
      imported: c.imported,
      skipped: c.notImported,
      blank: c.blank.length,
      already: c.already + c.duplicates,
      unmatched: c.unmatched,
      dryRun: opts.dryRun === true,
    }),
  );
  return { messages };
}

/** The section of a form row without its bookmark: the citation cell if it names one, else the title; else both, as typed. */
function unmarkedSection(match: (cell: string) => SectionMatch, citation: string, title: string): string {
  for (const cell of [citation, title]) {
    const m = match(cell);
    if (foldSpace(cell) !== '' && m.how !== 'unmatched') return m.anchor === GENERAL ? GENERAL : `{#${m.anchor}}`;
  }
  return foldSpace(`${citation} ${splitLabel(foldSpace(title)).title}`);
}
