// CSV as spreadsheets and online forms write it, read with csv-parse: a
// byte order mark, CRLF or LF or CR line ends (even mixed), quoted fields
// with "" for a quote and line breaks inside, and `,`, `;` (Excel in a
// Vietnamese or European locale) or tab between fields, guessed from the
// first line or named by Excel's `sep=;` line. What csv-parse does not do
// stays here: the bytes' encoding and the delimiter's guess.

import { parse } from 'csv-parse/sync';
import { utf16Of } from './read-files.js';
import { looksTcvn3 } from './tcvn3.js';

export interface CsvRow {
  /** 1-based record number: the row number a spreadsheet shows. */
  row: number;
  cells: string[];
}

export interface CsvResult {
  rows: CsvRow[];
  delimiter: string;
  /** Problems that did not stop the reading: the row of a quote never closed. */
  problems: { row: number; problem: 'quote-not-closed' }[];
}

const CANDIDATES = [',', ';', '\t', '|'];

/** The delimiter of the first record: the candidate that occurs most often outside quotes (ties: comma). */
export function guessDelimiter(text: string): string {
  const counts = new Map(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const n = counts.get(c) ?? 0;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/** Records as csv-parse reads them, forgiving what people type by hand (a stray quote, rows of any length). */
function records(text: string, delimiter: string): string[][] {
  return parse(text, {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
}

export function parseCsv(source: string, delimiter?: string): CsvResult {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let firstRow = 1;
  const sep = /^sep=(.)\r?\n?/u.exec(text);
  let delim = delimiter;
  if (sep) {
    delim ??= sep[1];
    text = text.slice(sep[0].length);
    firstRow = 2;
  }
  delim ??= guessDelimiter(text);

  const problems: CsvResult['problems'] = [];
  let cells: string[][];
  try {
    cells = records(text, delim);
  } catch (e) {
    if ((e as { code?: string }).code !== 'CSV_QUOTE_NOT_CLOSED') throw e;
    // A quote opened and never closed runs to the end of the file: read that rest into the cell, as a
    // spreadsheet does, and say so, rather than lose the rows.
    cells = records(`${text}"`, delim);
    problems.push({ row: firstRow + cells.length - 1, problem: 'quote-not-closed' });
  }
  return { rows: cells.map((c, i) => ({ row: firstRow + i, cells: c })), delimiter: delim, problems };
}

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

/**
 * Decode CSV bytes: UTF-16 by its byte order mark or by its zero bytes (Excel's
 * "Unicode text"), UTF-8 with or without BOM, else Windows-1258 (Excel's "CSV"
 * on Vietnamese Windows) or, for text typed in TCVN3, Windows-1252: its bytes
 * are then the signs TCVN3 reads as letters (µ for à), mapped by tcvn3.ts.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const utf16 = utf16Of(bytes);
  if (utf16 === 'LE') return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (utf16 === 'BE') return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const western = new TextDecoder('windows-1252').decode(bytes);
    if (looksTcvn3([western])) return { text: western, encoding: 'windows-1252' };
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}
