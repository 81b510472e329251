// The report as an Excel workbook, for people: the same rows as the CSV
// (which is for programs), but every cell a text cell, so "1.200" and
// "46-NQ/TW" stay as written in any locale and no cell is ever a formula;
// a bold header row kept in view, column widths, wrapped text, filters.

import ExcelJS from 'exceljs';
import type { Synthesis } from '../model/synthesis.js';
import { labels } from '../i18n/index.js';
import { reportTable } from './csv.js';
import { fixZipDates } from './docx.js';
import type { Column } from './csv.js';

const WIDTH: Partial<Record<Column, number>> = {
  no: 6,
  id: 22,
  sectionNumber: 10,
  sectionTitle: 30,
  anchor: 16,
  name: 22,
  title: 20,
  organization: 26,
  group: 16,
  kind: 16,
  kindCode: 10,
  text: 60,
  quote: 30,
  proposal: 30,
  decision: 16,
  decisionCode: 12,
  note: 50,
  origin: 30,
};

export async function renderXlsx(s: Synthesis): Promise<Uint8Array> {
  const { columns, rows } = reportTable(s);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gopy';
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(labels(s.lang).comments, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = columns.map((c) => ({ width: WIDTH[c] ?? 14, style: { numFmt: '@', alignment: { vertical: 'top', wrapText: true } } }));
  for (const r of rows) ws.addRow(r);
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // Same report, same bytes: the zip's own dates are fixed too.
  return fixZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), null);
}
