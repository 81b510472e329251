// From spreadsheet rows to comment files (gopy import), as pure functions:
// which column holds what (guessed from Vietnamese or English headers, or
// given), which draft section a "Mục" cell means (by anchor, by number such
// as "II.2", or by title), and what becomes of every row: imported, or
// reported with its number and the reason. Blank rows are counted, repeated
// rows imported once, and a section that matches nothing is kept as written
// (the contract keeps comments on unknown anchors).

import { citationIndex, normalizeCitation } from '../model/citation.js';
import { parseCalendarDate, isoDate } from '../model/dates.js';
import type { ExistingFile, ImportPlan, PlannedFile, RowReport } from '../model/import-plan.js';
import { numberTokens, splitNumbering } from '../model/label.js';
import { COMMENT_KINDS, GENERAL } from '../model/types.js';
import type { CommentKind, Draft, Section } from '../model/types.js';
import { closest, foldSpace, headerKey, nfc, slugify } from '../model/text.js';
import { words } from '../i18n/index.js';

export const IMPORT_FIELDS = [
  'name',
  'title',
  'organization',
  'group',
  'date',
  'section',
  'kind',
  'text',
  'quote',
  'proposal',
  'id',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header words for each field, folded to ASCII lower case (as headerKey makes them). */
const HEADER_WORDS: Record<ImportField, string[]> = {
  name: [
    'ho va ten',
    'ho ten',
    'ten dai bieu',
    'ho ten dai bieu',
    'ho va ten dai bieu',
    'dai bieu',
    'nguoi gop y',
    'ten nguoi gop y',
    'ho ten nguoi gop y',
    'dai bieu don vi',
    'ten',
    'full name',
    'name',
    'delegate',
    'delegate name',
    'your name',
  ],
  organization: [
    'don vi',
    'co quan',
    'co quan don vi',
    'ten don vi',
    'ten co quan',
    'don vi cong tac',
    'noi cong tac',
    'to chuc',
    'dia phuong',
    'organization',
    'organisation',
    'agency',
    'unit',
    'affiliation',
  ],
  title: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'title', 'position', 'job title', 'role'],
  group: ['nhom', 'nhom dai bieu', 'khoi', 'thanh phan', 'group', 'category'],
  date: ['ngay', 'ngay gop y', 'ngay thang', 'thoi gian', 'dau thoi gian', 'thoi diem', 'date', 'timestamp'],
  section: [
    'muc',
    'muc du thao',
    'muc gop y',
    'tieu muc',
    'phan',
    'chuong',
    'dieu',
    'khoan',
    'diem',
    'vi tri',
    'ma muc',
    'muc chuong',
    'chuong muc',
    'section',
    'anchor',
    'part',
    'clause',
    'article',
  ],
  kind: ['loai', 'loai y kien', 'loai gop y', 'phan loai', 'hinh thuc', 'tinh chat', 'kind', 'type'],
  text: [
    'noi dung gop y',
    'noi dung y kien',
    'y kien gop y',
    'y kien',
    'gop y',
    'noi dung',
    'y kien dong gop',
    'noi dung dong gop',
    'comment',
    'comments',
    'text',
    'feedback',
  ],
  quote: [
    'noi dung du thao',
    'trich dan',
    'trich du thao',
    'nguyen van',
    'nguyen van du thao',
    'cum tu',
    'van ban du thao',
    'noi dung can sua',
    'cau chu du thao',
    'quote',
    'draft text',
    'draft wording',
  ],
  proposal: [
    'de xuat sua',
    'de xuat',
    'de xuat sua doi',
    'de xuat chinh sua',
    'de nghi sua',
    'de nghi sua thanh',
    'sua thanh',
    'noi dung de xuat',
    'noi dung de nghi',
    'noi dung sua doi',
    'proposal',
    'proposed wording',
    'suggested wording',
    'suggestion',
  ],
  id: ['ma y kien', 'id', 'comment id'],
};

/** Headers that are known and not read (a running number). */
const SKIPPED_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'no', 'number', '#']);

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** How well a header names a field: exact words beat words inside a longer header; longer matches beat shorter. */
function headerScore(header: string, field: ImportField): number {
  const h = headerKey(header);
  if (h === '') return 0;
  let best = 0;
  for (const w of HEADER_WORDS[field]) {
    if (h === w) best = Math.max(best, 1000 + w.length);
    else if (containsWords(h, w)) best = Math.max(best, w.length);
  }
  return best;
}

/** The columns of the fields a header row names; each column and each field used once, best matches first. */
export function guessColumns(headers: readonly string[]): Map<ImportField, number> {
  const candidates: { field: ImportField; col: number; score: number }[] = [];
  headers.forEach((h, col) => {
    if (SKIPPED_HEADERS.has(headerKey(h))) return;
    for (const field of IMPORT_FIELDS) {
      const score = headerScore(h, field);
      if (score >= 2) candidates.push({ field, col, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const out = new Map<ImportField, number>();
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (out.has(c.field) || usedCols.has(c.col)) continue;
    out.set(c.field, c.col);
    usedCols.add(c.col);
  }
  return out;
}

export interface ColumnChoice {
  field: ImportField;
  /** A header as written (letter case and accents do not matter), a column letter (A, B, …) or a number from 1. */
  spec: string;
}

/** Parse `--column field=spec`. */
export function parseColumnChoice(text: string): ColumnChoice | string {
  const eq = text.indexOf('=');
  const W = words().importing.rows;
  if (eq <= 0) return W.columnSyntax(text);
  const field = text.slice(0, eq).trim().toLowerCase();
  const spec = text.slice(eq + 1).trim();
  if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
    return W.unknownField(field, closest(field, IMPORT_FIELDS), IMPORT_FIELDS);
  }
  if (spec === '') return W.noColumnGiven(field);
  return { field: field as ImportField, spec };
}

/** The column a choice names in a header row, or null. */
export function resolveColumn(spec: string, headers: readonly string[]): number | null {
  const key = headerKey(spec);
  const exact = headers.findIndex((h) => headerKey(h) === key && key !== '');
  if (exact >= 0) return exact;
  if (/^[A-Za-z]{1,3}$/u.test(spec.trim())) {
    let n = 0;
    for (const ch of spec.trim().toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  if (/^\d+$/u.test(spec.trim())) return Number(spec.trim()) - 1;
  const partial = headers.findIndex((h) => key !== '' && containsWords(headerKey(h), key));
  return partial >= 0 ? partial : null;
}

/** Guessed columns with the given choices put over them. */
export function columnMap(
  headers: readonly string[],
  choices: readonly ColumnChoice[],
): { map: Map<ImportField, number>; errors: string[] } {
  const map = guessColumns(headers);
  const errors: string[] = [];
  for (const c of choices) {
    const col = resolveColumn(c.spec, headers);
    if (col === null || col < 0) {
      const named = headers.map((h) => h.trim()).filter((h) => h !== '');
      errors.push(words().importing.rows.noSuchColumn(c.field, c.spec, named));
      continue;
    }
    for (const [f, i] of map) if (i === col && f !== c.field) map.delete(f);
    map.set(c.field, col);
  }
  return { map, errors };
}

/** Whether a column map is enough to import: some text, and who said it (unless the delegate is given for all rows). */
export function missingColumns(map: ReadonlyMap<ImportField, number>, delegateGiven = false): string[] {
  const missing: string[] = [];
  const W = words().importing.sheet;
  if (!map.has('text') && !map.has('proposal')) missing.push(W.missingText);
  if (!delegateGiven && !map.has('name') && !map.has('organization')) missing.push(W.missingDelegate);
  return missing;
}

/** The header row: the first of the first rows whose headers name enough fields. */
export function findHeaderRow(rows: readonly { cells: string[] }[], choices: readonly ColumnChoice[], delegateGiven = false): number {
  const limit = Math.min(rows.length, 30);
  for (let i = 0; i < limit; i++) {
    const cells = rows[i]?.cells ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const { map } = columnMap(cells, choices);
    const distinct = new Set([...map.values()]).size;
    if (distinct >= (delegateGiven ? 1 : 2) && missingColumns(map, delegateGiven).length === 0) return i;
  }
  return -1;
}

// ---- sections ----

export interface SectionMatch {
  /** The anchor to file the comment under: the section's, "general", or the cell as written. */
  anchor: string;
  how: 'anchor' | 'number' | 'title' | 'general' | 'empty' | 'unmatched';
  /** For an unmatched cell: the sections it could mean (ambiguous), or a close anchor. */
  candidates: string[];
}

const GENERAL_PHRASES = new Set([
  'general',
  'chung',
  'y kien chung',
  'gop y chung',
  'toan van',
  'toan van du thao',
  'ca du thao',
  'toan bo du thao',
  'du thao',
  'tong the',
  'chung ca du thao',
  'bo cuc',
  've bo cuc',
  'tong quat',
  'whole draft',
  'the draft as a whole',
  'overall',
]);
interface Indexed {
  section: Section;
  path: string[];
  titleSlug: string;
  fullSlug: string;
}

/** A matcher from section cells to the draft's anchors. */
export function sectionMatcher(draft: Draft | null): (cell: string) => SectionMatch {
  const sections = draft?.sections ?? [];
  const byAnchor = new Map<string, Section>();
  for (const s of sections) if (!byAnchor.has(s.anchor.toLowerCase())) byAnchor.set(s.anchor.toLowerCase(), s);
  const bySection = new Map(sections.map((s) => [s.anchor, s]));
  const indexed: Indexed[] = sections.map((s) => {
    const path: string[] = [];
    for (let p: Section | undefined = s; p && path.length < 40; p = p.parent === null ? undefined : bySection.get(p.parent))
      path.unshift(...numberTokens(p.number));
    return { section: s, path, titleSlug: slugify(s.title), fullSlug: slugify(`${s.label} ${s.title}`) };
  });
  const anchors = sections.map((s) => s.anchor);
  // The citation the report prints ("III.2.1", "khoản 2 Điều 3") names its section first.
  const citations = citationIndex(sections);
  const one = (list: Indexed[]): Section | null => (list.length === 1 ? (list[0]?.section ?? null) : null);
  const byNumber = (tokens: string[]): Indexed[] => {
    if (tokens.length === 0) return [];
    const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
    for (const t of [tokens, [...tokens].reverse()]) {
      const exact = indexed.filter((x) => same(x.path, t));
      if (exact.length > 0) return exact;
      const tail = indexed.filter((x) => x.path.length > t.length && same(x.path.slice(-t.length), t));
      if (tail.length > 0) return tail;
    }
    return [];
  };
  const byTitle = (text: string): Indexed[] => {
    const slug = slugify(text);
    if (slug === '') return [];
    const exact = indexed.filter((x) => x.titleSlug === slug || x.fullSlug === slug);
    if (exact.length > 0) return exact;
    if (slug.length < 10) return [];
    return indexed.filter((x) => x.titleSlug.startsWith(slug) || x.titleSlug.includes(slug));
  };

  return (raw: string): SectionMatch => {
    const cell = foldSpace(nfc(raw));
    if (cell === '') return { anchor: GENERAL, how: 'empty', candidates: [] };
    const marked = /\{#([^{}\s]+)\}/u.exec(cell)?.[1] ?? /^#([A-Za-z0-9][A-Za-z0-9._-]*)$/u.exec(cell)?.[1];
    const direct = (marked ?? cell).toLowerCase();
    if (direct === GENERAL) return { anchor: GENERAL, how: 'general', candidates: [] };
    const found = byAnchor.get(direct);
    if (found) return { anchor: found.anchor, how: 'anchor', candidates: [] };
    const cited = citations.get(normalizeCitation(cell));
    if (cited?.length === 1 && cited[0] !== undefined) return { anchor: cited[0], how: 'number', candidates: [] };
    if (GENERAL_PHRASES.has(headerKey(cell))) return { anchor: GENERAL, how: 'general', candidates: [] };

    const titled = byTitle(cell).filter((x) => x.titleSlug === slugify(cell) || x.fullSlug === slugify(cell));
    const byWholeTitle = one(titled);
    if (byWholeTitle) return { anchor: byWholeTitle.anchor, how: 'title', candidates: [] };

    const { tokens, rest } = splitNumbering(cell);
    if (tokens.length > 0) {
      const numbered = byNumber(tokens);
      if (rest !== '') {
        const titles = new Set(byTitle(rest));
        const both = one(numbered.filter((x) => titles.has(x)));
        if (both) return { anchor: both.anchor, how: 'number', candidates: [] };
      }
      const single = one(numbered);
      if (single) return { anchor: single.anchor, how: 'number', candidates: [] };
      if (numbered.length > 1) return { anchor: cell, how: 'unmatched', candidates: numbered.map((x) => x.section.anchor) };
    }
    const loose = byTitle(tokens.length > 0 && rest !== '' ? rest : cell);
    const byLooseTitle = one(loose);
    if (byLooseTitle) return { anchor: byLooseTitle.anchor, how: 'title', candidates: [] };
    if (loose.length > 1 || titled.length > 1)
      return { anchor: cell, how: 'unmatched', candidates: (titled.length > 1 ? titled : loose).map((x) => x.section.anchor) };
    const hint = closest(cell, anchors);
    return { anchor: cell, how: 'unmatched', candidates: hint ? [hint] : [] };
  };
}

// ---- kinds ----

const KIND_WORDS: Record<CommentKind, string[]> = {
  agree: ['agree', 'nhat tri', 'dong y', 'tan thanh', 'thong nhat', 'nhat tri voi du thao'],
  amend: ['amend', 'sua', 'sua doi', 'chinh sua', 'de nghi sua', 'de nghi sua doi', 'sua doi bo sung', 'thay the', 'dieu chinh'],
  add: ['add', 'bo sung', 'them', 'them moi', 'de nghi bo sung', 'de nghi them'],
  delete: ['delete', 'bo', 'xoa', 'bo di', 'luoc bo', 'loai bo', 'de nghi bo', 'de nghi luoc bo'],
  question: ['question', 'lam ro', 'de nghi lam ro', 'hoi', 'cau hoi', 'giai thich', 'de nghi giai thich'],
  other: ['other', 'khac', 'y kien khac'],
};

/** A kind from a cell such as "Đề nghị sửa đổi" or "amend"; null when it names none. */
export function parseKind(cell: string): CommentKind | null {
  const k = headerKey(cell);
  if (k === '') return null;
  let best: CommentKind | null = null;
  let bestScore = 0;
  for (const kind of COMMENT_KINDS) {
    for (const w of KIND_WORDS[kind]) {
      const score = k === w ? 1000 + w.length : containsWords(k, w) ? w.length : 0;
      if (score > bestScore) {
        best = kind;
        bestScore = score;
      }
    }
  }
  return best;
}

// ---- rows → files ----

export interface ImportRow {
  row: number;
  cells: string[];
}

export interface PlanInput {
  rows: readonly ImportRow[];
  /** Index in `rows` of the header row. */
  headerIndex: number;
  columns: ReadonlyMap<ImportField, number>;
  match: (cell: string) => SectionMatch;
  existing: readonly ExistingFile[];
  /** File stems already taken (lower case), in the target folder and in comments/. */
  taken: ReadonlySet<string>;
  /** The delegate of rows that name none, with none above them (--delegate). */
  fallback?: { name: string; organization: string | null } | undefined;
}

const clean = (s: string | undefined): string =>
  nfc((s ?? '').replace(/\r\n?/gu, '\n'))
    .replace(/[ \t]+\n/gu, '\n')
    .trim();
const oneLine = (s: string): string => foldSpace(s);

function delegateKey(name: string, organization: string | null): string {
  return `${slugify(name)}|${slugify(organization ?? '')}`;
}

function commentKey(delegate: string, key: string, text: string, proposal: string | null): string {
  return `${delegate}|${key.toLowerCase()}|${foldSpace(text).toLowerCase()}|${foldSpace(proposal ?? '').toLowerCase()}`;
}

/** A date cell as the comment file's `date:`: YYYY-MM-DD when it reads as one (a form's timestamp too), else as typed. */
export function dateCell(cell: string): string | null {
  const t = oneLine(cell);
  if (t === '') return null;
  const d = parseCalendarDate(t) ?? parseCalendarDate(t.split(/[\sT]/u)[0] ?? '');
  return d ? isoDate(d) : t;
}

function isNumberingRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => /^\(?\d{1,2}\)?$/u.test(c));
}

export function planImport(input: PlanInput): ImportPlan {
  const { columns } = input;
  const W = words().importing.rows;
  const reports: RowReport[] = [];
  const counts: ImportPlan['counts'] = {
    rows: 0,
    imported: 0,
    blank: [],
    duplicates: 0,
    already: 0,
    notImported: 0,
    unmatched: 0,
    aboveHeader: [],
  };
  const col = (f: ImportField): number => (columns.get(f) ?? -1) + 1;
  const report = (row: number, field: ImportField | null, severity: RowReport['severity'], rule: string, message: string): void => {
    reports.push({ row, column: field ? col(field) : 0, severity, rule, message });
  };
  for (const r of input.rows.slice(0, Math.max(0, input.headerIndex)))
    if (r.cells.some((c) => c.trim() !== '')) counts.aboveHeader.push(r.row);

  const seen = new Map<string, number>();
  for (const f of input.existing) {
    const dk = delegateKey(f.delegate.name, f.delegate.organization);
    for (const c of f.comments)
      if (!seen.has(commentKey(dk, c.key, c.text, c.proposal))) seen.set(commentKey(dk, c.key, c.text, c.proposal), -1);
  }
  const existingFileOf = new Map<string, string>();
  for (const f of input.existing)
    for (const c of f.comments)
      existingFileOf.set(commentKey(delegateKey(f.delegate.name, f.delegate.organization), c.key, c.text, c.proposal), f.file);

  const groups = new Map<string, PlannedFile>();
  const order: string[] = [];
  let previous: { name: string; organization: string | null; title: string | null; group: string | null; row: number } | null = null;
  const dataRows = input.rows.slice(input.headerIndex + 1);
  for (const [i, r] of dataRows.entries()) {
    counts.rows++;
    const get = (f: ImportField): string => {
      const c = columns.get(f);
      return c === undefined ? '' : clean(r.cells[c]);
    };
    if (r.cells.every((c) => c.trim() === '')) {
      counts.blank.push(r.row);
      continue;
    }
    if (i === 0 && isNumberingRow(r.cells)) {
      report(r.row, null, 'info', 'numbering-row', W.numberingRow);
      continue;
    }
    let text = get('text');
    const proposal = get('proposal') || null;
    const kindCell = get('kind');
    if (
      text === '' &&
      proposal === null &&
      kindCell !== '' &&
      (get('name') !== '' || get('organization') !== '' || get('section') !== '')
    ) {
      text = oneLine(kindCell);
      report(r.row, 'text', 'info', 'kind-as-text', W.kindAsText(text));
    }
    if (text === '' && proposal === null) {
      report(r.row, columns.has('text') ? 'text' : null, 'warning', 'no-text', W.noText);
      counts.notImported++;
      continue;
    }
    let name = oneLine(get('name'));
    let organization: string | null = oneLine(get('organization')) || null;
    let title: string | null = oneLine(get('title')) || null;
    let group: string | null = oneLine(get('group')) || null;
    if (name === '' && organization === null && (!previous || !(columns.has('name') || columns.has('organization'))) && input.fallback) {
      name = input.fallback.name;
      organization = input.fallback.organization;
    }
    if (name === '' && organization === null) {
      if (!previous) {
        report(r.row, columns.has('name') ? 'name' : 'organization', 'warning', 'no-delegate', W.noDelegate);
        counts.notImported++;
        continue;
      }
      ({ name, organization, title, group } = previous);
      report(r.row, columns.has('name') ? 'name' : 'organization', 'info', 'delegate-from-above', W.delegateFromAbove(previous.row, name));
    } else {
      previous = { name: name || organization || '', organization, title, group, row: r.row };
    }
    if (name === '') name = organization ?? '';
    if (text === '' && proposal !== null) {
      text = proposal;
      report(r.row, 'text', 'info', 'proposal-as-text', W.proposalAsText);
    }
    let kind = parseKind(kindCell);
    if (kindCell !== '' && kind === null) {
      report(r.row, 'kind', 'warning', 'unknown-kind', W.unknownKind(oneLine(kindCell), COMMENT_KINDS));
    }
    if (kind === null && kindCell === '' && proposal !== null) kind = 'amend';
    const sectionCell = get('section');
    const m = input.match(sectionCell);
    const dk = delegateKey(name, organization);
    const ck = commentKey(dk, m.anchor, text, proposal);
    const first = seen.get(ck);
    if (first !== undefined) {
      if (first === -1) counts.already++;
      else counts.duplicates++;
      const why = first === -1 ? W.alreadyIn(existingFileOf.get(ck) ?? null) : W.repeats(first);
      report(r.row, null, 'warning', 'duplicate-row', why);
      continue;
    }
    seen.set(ck, r.row);
    if (m.how === 'unmatched') {
      counts.unmatched++;
      report(r.row, 'section', 'warning', 'unknown-section', W.unknownSection(oneLine(sectionCell), m.candidates, m.anchor));
    }
    let file = groups.get(dk);
    if (!file) {
      file = { stem: '', delegate: { name, title, organization, group }, date: null, comments: [], besides: null };
      groups.set(dk, file);
      order.push(dk);
    }
    file.delegate.title ??= title;
    file.delegate.group ??= group;
    const date = dateCell(get('date'));
    if (date !== null && (file.date === null || date > file.date)) file.date = date;
    const id = oneLine(get('id')) || null;
    file.comments.push({ row: r.row, key: m.anchor, kind, text, quote: get('quote') || null, proposal, id });
    counts.imported++;
  }

  const taken = new Set([...input.taken].map((s) => s.toLowerCase()));
  const existingByDelegate = new Map(input.existing.map((f) => [delegateKey(f.delegate.name, f.delegate.organization), f.file]));
  const files = order.map((dk) => groups.get(dk)).filter((f): f is PlannedFile => f !== undefined);
  for (const f of files) {
    const base = slugify(f.delegate.name) || slugify(f.delegate.organization ?? '') || 'dai-bieu';
    let stem = base;
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    taken.add(stem.toLowerCase());
    f.stem = stem;
    f.besides = existingByDelegate.get(delegateKey(f.delegate.name, f.delegate.organization)) ?? null;
    const ids = new Set<string>();
    for (const c of f.comments) {
      if (c.id === null) continue;
      if (!/^[^\s/]+$/u.test(c.id) || ids.has(c.id)) {
        report(c.row, 'id', 'warning', 'bad-id', W.badId(c.id, ids.has(c.id)));
        c.id = null;
        continue;
      }
      ids.add(c.id);
    }
  }
  reports.sort((a, b) => a.row - b.row || a.column - b.column);
  return { files, reports, counts };
}
