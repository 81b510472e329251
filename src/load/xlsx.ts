// The cells of one sheet of an Excel workbook (.xlsx), as text: shared and
// inline strings, numbers as stored, dates (by their number format) as
// YYYY-MM-DD, booleans as TRUE/FALSE. A merged range gives its value to
// every cell it covers, so a delegate's name merged down several rows is on
// each row. Pure: bytes in, rows out; only the parts needed are unzipped.

import { strFromU8, unzipSync } from 'fflate';

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  cells: string[];
}

export interface Sheet {
  name: string;
  /** Every sheet's name, in workbook order. */
  names: string[];
  rows: SheetRow[];
}

/** A workbook that cannot be read; the message says why, for the user. */
export class XlsxError extends Error {
  override name = 'XlsxError';
}

const MAX_PART_BYTES = 200 * 1024 * 1024;

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) out.set(m[1] ?? '', decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** Attribute by local name (`r:id` and `id` in any prefix). */
function attr(a: Map<string, string>, local: string): string | undefined {
  if (a.has(local)) return a.get(local);
  for (const [k, v] of a) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/gu, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_). */
function decodeOoxml(s: string): string {
  return s.replace(/_x([0-9a-fA-F]{4})_/gu, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of a string item: every <t> run, leaving out phonetic runs. */
function runText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/gu, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/gu)) out += m[1] ?? '';
  return decodeOoxml(decodeXml(out)).replace(/\r\n?/gu, '\n');
}

/** Column index (0-based) of a cell reference such as "AB12". */
export function columnIndex(ref: string): number {
  const letters = /^[A-Za-z]+/u.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Column letters of a 0-based index: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function rowOf(ref: string): number {
  return Number(/\d+$/u.exec(ref)?.[0] ?? '0');
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Whether a number format shows a date (d, m, y outside quotes and brackets). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '').replace(/general/giu, '');
  return /[dy]/iu.test(bare) || (/m/iu.test(bare) && !/[hs]/iu.test(bare));
}

/** Serial day number → YYYY-MM-DD (1900 system, with Excel's leap-year bug; or 1904). */
export function serialToDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const base = Date.UTC(1899, 11, 30);
  const t = new Date(base + (days < 60 && !date1904 ? days + 1 : days) * 86_400_000);
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

function numberText(v: string): string {
  const t = v.trim();
  if (/^-?\d+\.\d{15,}(?:E[+-]?\d+)?$/iu.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n)) return String(Number(n.toPrecision(15)));
  }
  return t;
}

export function readXlsx(bytes: Uint8Array, wanted?: string): Sheet {
  let files: Record<string, Uint8Array>;
  const want = (name: string): boolean =>
    name === 'xl/workbook.xml' ||
    name === 'xl/_rels/workbook.xml.rels' ||
    name === 'xl/sharedStrings.xml' ||
    name === 'xl/styles.xml' ||
    name.startsWith('xl/worksheets/');
  try {
    files = unzipSync(bytes, { filter: (f) => want(f.name) && f.originalSize <= MAX_PART_BYTES });
  } catch {
    throw new XlsxError('not an Excel workbook (.xlsx): perhaps an old .xls file; save it as .xlsx or as "CSV UTF-8"');
  }
  const text = (name: string): string | null => {
    const f = files[name];
    return f ? strFromU8(f) : null;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === null) throw new XlsxError('not an Excel workbook (.xlsx): no xl/workbook.xml inside');

  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)) {
    const a = attrs(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)) {
    const a = attrs(m[0]);
    const name = a.get('name') ?? `Sheet${sheets.length + 1}`;
    const id = attr(a, 'id');
    sheets.push({ name, path: (id && rels.get(id)) ?? `xl/worksheets/sheet${sheets.length + 1}.xml` });
  }
  if (sheets.length === 0) throw new XlsxError('the workbook has no sheets');
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*date1904\s*=\s*["'](?:1|true)["']/u.test(workbook);

  let chosen = sheets[0];
  if (wanted !== undefined) {
    const byName = sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    const byNumber = /^\d+$/u.test(wanted.trim()) ? sheets[Number(wanted.trim()) - 1] : undefined;
    chosen = byName ?? byNumber;
    if (!chosen) throw new XlsxError(`no sheet "${wanted}" in the workbook (sheets: ${sheets.map((s) => s.name).join(', ')})`);
  }
  const sheetXml = chosen ? text(chosen.path) : null;
  if (!chosen || sheetXml === null) throw new XlsxError(`the sheet "${chosen?.name ?? ''}" is missing from the workbook`);

  const shared: string[] = [];
  for (const m of (text('xl/sharedStrings.xml') ?? '').matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/gu))
    shared.push(runText(m[1] ?? ''));

  const dateStyles = new Set<number>();
  const styles = text('xl/styles.xml') ?? '';
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/gu)) {
    const a = attrs(m[0]);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/u.exec(styles)?.[1] ?? '';
  let xfIndex = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/gu)) {
    const id = Number(attrs(m[0]).get('numFmtId') ?? '0');
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) dateStyles.add(xfIndex);
    xfIndex++;
  }

  const grid = new Map<number, string[]>();
  let nextRow = 1;
  for (const rm of sheetXml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/gu)) {
    const ra = attrs(rm[1] ?? '');
    const r = Number(ra.get('r') ?? nextRow) || nextRow;
    nextRow = r + 1;
    const cells: string[] = [];
    let nextCol = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/gu)) {
      const ca = attrs(cm[1] ?? '');
      const ref = ca.get('r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const body = cm[2] ?? '';
      const type = ca.get('t') ?? 'n';
      const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/u.exec(body)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(v ?? '-1')] ?? '';
      else if (type === 'inlineStr') value = runText(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/u.exec(body)?.[1] ?? '');
      else if (type === 'b') value = v === undefined ? '' : v.trim() === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'str' || type === 'e') value = decodeOoxml(decodeXml(v ?? ''));
      else if (type === 'd')
        value = decodeXml(v ?? '')
          .trim()
          .replace(/T00:00:00(?:\.0+)?Z?$/u, '');
      else if (v !== undefined) {
        const raw = decodeXml(v);
        const n = Number(raw);
        value = dateStyles.has(Number(ca.get('s') ?? '0')) && Number.isFinite(n) ? serialToDate(n, date1904) : numberText(raw);
      }
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    grid.set(r, cells);
  }

  for (const mm of sheetXml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/gu)) {
    const ref = attrs(mm[0]).get('ref') ?? '';
    const [from, to] = ref.split(':');
    if (!from || !to) continue;
    const r1 = rowOf(from);
    const r2 = rowOf(to);
    const c1 = columnIndex(from);
    const c2 = columnIndex(to);
    if (r2 - r1 > 100_000 || c2 - c1 > 1000) continue;
    const value = grid.get(r1)?.[c1] ?? '';
    if (value === '') continue;
    for (let r = r1; r <= r2; r++) {
      const cells = grid.get(r) ?? [];
      for (let c = c1; c <= c2; c++) {
        while (cells.length < c) cells.push('');
        if ((cells[c] ?? '') === '') cells[c] = value;
      }
      grid.set(r, cells);
    }
  }

  const rows = [...grid.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells }));
  return { name: chosen.name, names: sheets.map((s) => s.name), rows };
}
