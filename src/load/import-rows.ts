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

type RowDelegate = { name: string; organization: string | null; title: string | null; group: string | null };

/**
 * What becomes of the rows, one after the other: each step of a row (its
 * text, its delegate, whether it is new) is a method, and whatever is not
 * imported is reported with its row and column.
 */
class RowPlanner {
  readonly reports: RowReport[] = [];
  readonly counts: ImportPlan['counts'] = {
    rows: 0,
    imported: 0,
    blank: [],
    duplicates: 0,
    already: 0,
    notImported: 0,
    unmatched: 0,
    aboveHeader: [],
  };
  private readonly W = words().importing.rows;
  /** Comment keys seen: the row that brought each, or -1 for a comment already in a file. */
  private readonly seen = new Map<string, number>();
  private readonly existingFileOf = new Map<string, string>();
  private readonly groups = new Map<string, PlannedFile>();
  /** The last row that named its delegate: rows below that name none are theirs. */
  private previous: (RowDelegate & { row: number }) | null = null;

  constructor(private readonly input: PlanInput) {
    for (const r of input.rows.slice(0, Math.max(0, input.headerIndex)))
      if (r.cells.some((c) => c.trim() !== '')) this.counts.aboveHeader.push(r.row);
    for (const f of input.existing) {
      const dk = delegateKey(f.delegate.name, f.delegate.organization);
      for (const c of f.comments) {
        const ck = commentKey(dk, c.key, c.text, c.proposal);
        if (!this.seen.has(ck)) this.seen.set(ck, -1);
        this.existingFileOf.set(ck, f.file);
      }
    }
  }

  report(row: number, field: ImportField | null, severity: RowReport['severity'], rule: string, message: string): void {
    this.reports.push({ row, column: field ? (this.input.columns.get(field) ?? -1) + 1 : 0, severity, rule, message });
  }

  private has(field: ImportField): boolean {
    return this.input.columns.has(field);
  }

  row(r: ImportRow, first: boolean): void {
    this.counts.rows++;
    const get = (f: ImportField): string => {
      const c = this.input.columns.get(f);
      return c === undefined ? '' : clean(r.cells[c]);
    };
    if (r.cells.every((c) => c.trim() === '')) {
      this.counts.blank.push(r.row);
      return;
    }
    if (first && isNumberingRow(r.cells)) {
      this.report(r.row, null, 'info', 'numbering-row', this.W.numberingRow);
      return;
    }
    const said = this.textOf(r.row, get);
    if (!said) return;
    const delegate = this.delegateOf(r.row, get);
    if (!delegate) return;
    let { text } = said;
    const { proposal, kindCell } = said;
    if (text === '' && proposal !== null) {
      text = proposal;
      this.report(r.row, 'text', 'info', 'proposal-as-text', this.W.proposalAsText);
    }
    let kind = parseKind(kindCell);
    if (kindCell !== '' && kind === null)
      this.report(r.row, 'kind', 'warning', 'unknown-kind', this.W.unknownKind(oneLine(kindCell), COMMENT_KINDS));
    if (kind === null && kindCell === '' && proposal !== null) kind = 'amend';
    const sectionCell = get('section');
    const m = this.input.match(sectionCell);
    const dk = delegateKey(delegate.name, delegate.organization);
    if (this.repeated(r.row, commentKey(dk, m.anchor, text, proposal))) return;
    if (m.how === 'unmatched') {
      this.counts.unmatched++;
      this.report(r.row, 'section', 'warning', 'unknown-section', this.W.unknownSection(oneLine(sectionCell), m.candidates, m.anchor));
    }
    const file = this.fileOf(dk, delegate);
    const date = dateCell(get('date'));
    if (date !== null && (file.date === null || date > file.date)) file.date = date;
    const id = oneLine(get('id')) || null;
    file.comments.push({ row: r.row, key: m.anchor, kind, text, quote: get('quote') || null, proposal, id });
    this.counts.imported++;
  }

  /** The row's text, proposal and kind; null (reported) when it has no comment. */
  private textOf(row: number, get: (f: ImportField) => string): { text: string; proposal: string | null; kindCell: string } | null {
    let text = get('text');
    const proposal = get('proposal') || null;
    const kindCell = get('kind');
    const somebody = get('name') !== '' || get('organization') !== '' || get('section') !== '';
    if (text === '' && proposal === null && kindCell !== '' && somebody) {
      text = oneLine(kindCell);
      this.report(row, 'text', 'info', 'kind-as-text', this.W.kindAsText(text));
    }
    if (text === '' && proposal === null) {
      this.report(row, this.has('text') ? 'text' : null, 'warning', 'no-text', this.W.noText);
      this.counts.notImported++;
      return null;
    }
    return { text, proposal, kindCell };
  }

  /** The row's delegate: its own, --delegate's, or the one of the row above; null (reported) when none. */
  private delegateOf(row: number, get: (f: ImportField) => string): RowDelegate | null {
    let d: RowDelegate = {
      name: oneLine(get('name')),
      organization: oneLine(get('organization')) || null,
      title: oneLine(get('title')) || null,
      group: oneLine(get('group')) || null,
    };
    const fallback = this.input.fallback;
    const delegateColumn = this.has('name') || this.has('organization');
    if (d.name === '' && d.organization === null && (!this.previous || !delegateColumn) && fallback)
      d = { ...d, name: fallback.name, organization: fallback.organization };
    const field = this.has('name') ? 'name' : 'organization';
    if (d.name === '' && d.organization === null) {
      if (!this.previous) {
        this.report(row, field, 'warning', 'no-delegate', this.W.noDelegate);
        this.counts.notImported++;
        return null;
      }
      const { row: above, ...delegate } = this.previous;
      d = delegate;
      this.report(row, field, 'info', 'delegate-from-above', this.W.delegateFromAbove(above, d.name));
    } else {
      this.previous = { ...d, name: d.name || d.organization || '', row };
    }
    return d.name === '' ? { ...d, name: d.organization ?? '' } : d;
  }

  /** Whether the comment was seen before (in an earlier row or a comment file): then it is counted and reported. */
  private repeated(row: number, key: string): boolean {
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, row);
      return false;
    }
    if (first === -1) this.counts.already++;
    else this.counts.duplicates++;
    const why = first === -1 ? this.W.alreadyIn(this.existingFileOf.get(key) ?? null) : this.W.repeats(first);
    this.report(row, null, 'warning', 'duplicate-row', why);
    return true;
  }

  private fileOf(dk: string, d: RowDelegate): PlannedFile {
    let file = this.groups.get(dk);
    if (!file) {
      file = {
        stem: '',
        delegate: { name: d.name, title: d.title, organization: d.organization, group: d.group },
        date: null,
        comments: [],
        besides: null,
      };
      this.groups.set(dk, file);
    }
    file.delegate.title ??= d.title;
    file.delegate.group ??= d.group;
    return file;
  }

  /** The planned files, in order of their first row, each with a free name and its comment ids checked. */
  files(): PlannedFile[] {
    const taken = new Set([...this.input.taken].map((s) => s.toLowerCase()));
    const existingByDelegate = new Map(this.input.existing.map((f) => [delegateKey(f.delegate.name, f.delegate.organization), f.file]));
    const files = [...this.groups.values()];
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
          this.report(c.row, 'id', 'warning', 'bad-id', this.W.badId(c.id, ids.has(c.id)));
          c.id = null;
          continue;
        }
        ids.add(c.id);
      }
    }
    return files;
  }
}

export function planImport(input: PlanInput): ImportPlan {
  const columns = quoteAsSection(input.columns, input.rows.slice(input.headerIndex + 1), input.match);
  const planner = new RowPlanner(columns === input.columns ? input : { ...input, columns });
  for (const [i, r] of input.rows.slice(input.headerIndex + 1).entries()) planner.row(r, i === 0);
  const files = planner.files();
  const reports = [...planner.reports].sort((a, b) => a.row - b.row || a.column - b.column);
  return { files, reports, counts: planner.counts };
}

/**
 * "Nội dung dự thảo" may head the column that says which part of the draft
 * a row is about ("Mục II.2") rather than the words it quotes. With no
 * section column, a quote column whose filled cells mostly cite sections (by number, anchor or "toàn văn") is
 * read as the section column.
 */
export function quoteAsSection(
  columns: ReadonlyMap<ImportField, number>,
  rows: readonly ImportRow[],
  match: (cell: string) => SectionMatch,
): ReadonlyMap<ImportField, number> {
  const at = columns.get('quote');
  if (columns.has('section') || at === undefined) return columns;
  const cells = rows.map((r) => foldSpace(r.cells[at] ?? '')).filter((c) => c !== '');
  // Titles do not count: quoted words often repeat a title's words.
  const named = cells.filter((c) => ['anchor', 'number', 'general'].includes(match(c).how)).length;
  if (cells.length === 0 || named * 2 <= cells.length) return columns;
  const out = new Map(columns);
  out.delete('quote');
  out.set('section', at);
  return out;
}
