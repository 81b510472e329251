// The cells of one sheet of an Excel workbook (.xlsx) as the text a user
// sees, read with exceljs: shared strings and rich text joined, numbers as
// stored, dates (by their number format) as YYYY-MM-DD, booleans as
// TRUE/FALSE, formulas by their last result. A merged range gives its value
// to every cell it covers, so a delegate's name merged down several rows is
// on each row. exceljs is loaded only when a workbook is read (start-up).

import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { words } from '../i18n/index.js';

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

/** A workbook that cannot be read; the message says why, for the user, in the run's language. */
export class XlsxError extends Error {
  override name = 'XlsxError';
}

/** Column letters of a 0-based index: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Whether the bytes are a zip archive, the container of every .xlsx. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** The workbook in the bytes; an XlsxError in plain words when it cannot be read. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const W = words().importing.sheet;
  if (!isZip(bytes)) throw new XlsxError(W.notXlsx);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(tidied(bytes) as unknown as ArrayBuffer);
  } catch {
    // exceljs says why in its own terms (a zip directory, a row number in its model): the user needs what to do.
    throw new XlsxError(W.damaged);
  }
  return wb;
}

const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** exceljs makes a cell for every cell a merged range covers: larger ranges are left unmerged. */
const MAX_MERGED_CELLS = 10_000;

/**
 * The workbook as exceljs can read it, changed only where it would fail:
 * some writers (the .NET OpenXML SDK) prefix SpreadsheetML's elements
 * (`<x:row>`), which exceljs does not read; and a merged range of a whole
 * column would make exceljs build a million cells (minutes), so a range
 * over MAX_MERGED_CELLS is dropped: its first cell keeps the value, and the
 * import takes a missing delegate from the row above anyway. Most
 * workbooks need neither, and are handed on as they came.
 */
function tidied(bytes: Uint8Array): Uint8Array {
  // The sheets hold the merged ranges; the workbook part tells whether the writer uses a prefix.
  const sheets = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name.startsWith('xl/worksheets/') });
  const prefixed = prefixOf(strFromU8(sheets['xl/workbook.xml'] ?? new Uint8Array())) !== undefined;
  const parts = prefixed ? unzipSync(bytes) : sheets;
  const changed = new Map<string, string>();
  for (const [name, data] of Object.entries(parts)) {
    if (!name.startsWith('xl/') || !name.endsWith('.xml')) continue;
    const xml = strFromU8(data);
    let out = xml;
    const prefix = prefixed ? prefixOf(xml) : undefined;
    if (prefix !== undefined) out = out.replace(new RegExp(`<(/?)${prefix}:`, 'gu'), '<$1');
    out = out.replace(/<mergeCell\b[^>]*\bref\s*=\s*["']([^"']*)["'][^>]*>(?:<\/mergeCell>)?/gu, (tag, ref: string) =>
      rangeSize(ref) > MAX_MERGED_CELLS ? '' : tag,
    );
    if (out !== xml) changed.set(name, out);
  }
  if (changed.size === 0) return bytes;
  const all = prefixed ? parts : unzipSync(bytes);
  for (const [name, xml] of changed) all[name] = strToU8(xml);
  return zipSync(all);
}

/** The prefix a part gives SpreadsheetML's namespace (`x` of xmlns:x="…"), if any. */
function prefixOf(xml: string): string | undefined {
  return new RegExp(`xmlns:(\\w+)\\s*=\\s*["']${SPREADSHEETML.replace(/[./]/gu, '\\$&')}["']`, 'u').exec(xml)?.[1];
}

/** Cells in a range such as "A3:C7" (1 for a single cell). */
function rangeSize(ref: string): number {
  const ends = ref.split(':').map((r) => /^\$?([A-Za-z]{1,3})\$?(\d+)$/u.exec(r.trim()));
  const [a, b] = [ends[0], ends[1] ?? ends[0]];
  if (!a || !b) return 0;
  const col = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return (Math.abs(Number(b[2]) - Number(a[2])) + 1) * (Math.abs(col(b[1] ?? '') - col(a[1] ?? '')) + 1);
}

/** One sheet's rows as text: the sheet named or numbered by `wanted` (any letter case), else the first. */
export function sheetRows(wb: Workbook, wanted?: string): Sheet {
  const W = words().importing.sheet;
  const sheets = wb.worksheets;
  if (sheets.length === 0) throw new XlsxError(W.noSheets);
  const names = sheets.map((s) => s.name);
  let chosen: Worksheet | undefined = sheets[0];
  if (wanted !== undefined) {
    const key = wanted.trim().toLowerCase();
    const byNumber = /^\d+$/u.test(key) ? sheets[Number(key) - 1] : undefined;
    chosen = sheets.find((s) => s.name.trim().toLowerCase() === key) ?? byNumber;
    if (!chosen) throw new XlsxError(W.noSuchSheet(wanted, names));
  }
  if (!chosen) throw new XlsxError(W.noSheets);
  // exceljs takes the date system from the workbook; Excel's 1900 leap-year bug is only ours to undo.
  const date1904 = (wb.properties as { date1904?: boolean } | undefined)?.date1904 === true;
  const rows: SheetRow[] = [];
  chosen.eachRow((row, number) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = cellText(cell, date1904);
    });
    // A row of merged cells whose first cell is empty has nothing in it either.
    if (cells.some((c) => c !== '')) rows.push({ row: number, cells });
  });
  return { name: chosen.name, names, rows };
}

function cellText(cell: Cell, date1904: boolean): string {
  return valueText(cell.value, date1904).replace(/\r\n?/gu, '\n');
}

function valueText(v: CellValue | undefined, date1904: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v, date1904);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  // A link's text is rich text when parts of it are formatted, whatever the types say.
  if ('hyperlink' in v) return valueText(v.text, date1904);
  if ('error' in v) return v.error;
  if ('formula' in v || 'sharedFormula' in v) return valueText(v.result, date1904);
  return '';
}

/** A number as Excel shows it in General format: at most 15 significant digits (0.1, not 0.10000000000000001). */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : String(n);
}

/**
 * A date cell as YYYY-MM-DD. Excel counts a 29 February 1900 that never was,
 * so its day numbers before March 1900 are one day behind the calendar
 * exceljs uses; the day the user sees is one later.
 */
function dateText(d: Date, date1904: boolean): string {
  const t = !date1904 && d.getTime() < Date.UTC(1900, 2, 1) ? new Date(d.getTime() + 86_400_000) : d;
  if (Number.isNaN(t.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
