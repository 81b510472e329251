// CSV as spreadsheets and online forms write it (RFC 4180 and its usual
// variants): a byte order mark, CRLF or LF or CR line ends, quoted fields
// with "" for a quote and line breaks inside, and `,`, `;` (Excel in a
// Vietnamese or European locale) or tab between fields, guessed from the
// first line or named by Excel's `sep=;` line. Pure: text in, rows out.

export interface CsvRow {
  /** 1-based record number: the row number a spreadsheet shows. */
  row: number;
  cells: string[];
}

export interface CsvResult {
  rows: CsvRow[];
  delimiter: string;
  /** Problems that did not stop the reading (an unclosed quote). */
  problems: { row: number; message: string }[];
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

  const rows: CsvRow[] = [];
  const problems: CsvResult['problems'] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let row = firstRow;
  let quoteRow = 0;
  const endField = (): void => {
    cells.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = (): void => {
    endField();
    rows.push({ row, cells });
    cells = [];
    row++;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      quoteRow = row;
      i++;
      continue;
    }
    if (ch === delim) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // A stray quote inside an unquoted field, or text after a closing quote: kept as typed.
    field += ch;
    i++;
  }
  if (quoted) problems.push({ row: quoteRow, message: 'a quoted field is not closed: the rest of the file was read into it' });
  if (field !== '' || cells.length > 0 || wasQuoted) endRecord();
  return { rows, delimiter: delim, problems };
}

/** Decode CSV bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258 (Excel's "CSV" on Vietnamese Windows). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}
