// The comments as a spreadsheet: one row per comment with every field of the
// JSON report, for Excel. UTF-8 with a byte order mark (so Excel reads
// Vietnamese), CRLF line ends, RFC 4180 quoting, and no cell that a
// spreadsheet could run as a formula.

import type { SynthComment, Synthesis } from '../model/synthesis.js';
import { labels } from '../i18n/index.js';
import type { Labels } from '../i18n/index.js';
import { originNote } from './frame.js';

export type Column = keyof Labels['columns'];

const COLUMNS: readonly Column[] = [
  'no',
  'id',
  'sectionNumber',
  'sectionTitle',
  'anchor',
  'name',
  'title',
  'organization',
  'group',
  'kind',
  'kindCode',
  'text',
  'quote',
  'proposal',
  'decision',
  'decisionCode',
  'note',
];

/** The report as a table: a header row, then one row per comment, every value as text. Shared by the CSV and the XLSX. */
export function reportTable(s: Synthesis): { columns: readonly Column[]; rows: string[][] } {
  const L = labels(s.lang);
  // Where a carried comment stood in its own draft: a column only when some comment was carried.
  const all = [...s.sections.flatMap((sec) => sec.comments), ...s.unplaced];
  const columns: readonly Column[] = all.some((c) => c.from) ? [...COLUMNS, 'origin'] : COLUMNS;
  const rows: string[][] = [columns.map((c) => L.columns[c])];
  const row = (c: SynthComment, number: string, title: string): string[] => {
    const v: Record<Column, string | null> = {
      no: String(c.no),
      id: c.id,
      sectionNumber: number,
      sectionTitle: title,
      anchor: c.anchor,
      name: c.delegate.name,
      title: c.delegate.title,
      organization: c.delegate.organization,
      group: c.delegate.group,
      kind: L.kinds[c.kind],
      kindCode: c.kind,
      text: c.text,
      quote: c.quote,
      proposal: c.proposal,
      decision: L.decisions[c.decision ?? 'pending'],
      decisionCode: c.decision,
      note: c.note,
      origin: originNote(c, L),
    };
    return columns.map((k) => v[k] ?? '');
  };
  // The section's full citation ("II.2.3"), which no two sections share; its own label alone ("2") does not say which.
  for (const sec of s.sections) for (const c of sec.comments) rows.push(row(c, sec.code, sec.title));
  for (const c of s.unplaced) rows.push(row(c, '', ''));
  return { columns, rows };
}

export function renderCsv(s: Synthesis): string {
  const { rows } = reportTable(s);
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Characters that make a spreadsheet read a cell as a formula (or hide one). */
const FORMULA_START = /^[=+\-@\t\r']/u;

/**
 * One RFC 4180 field. A cell that a spreadsheet could take for a formula
 * (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`; so does one that already
 * starts with `'`, so that removing one leading `'` always gives the text back.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}
