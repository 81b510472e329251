// The secretariat's decision sheet (XLSX): one row per comment of the
// report, in the report's order and numbering, with the decision as a
// drop-down of the Vietnamese labels and the note beside it, pre-filled
// with the decisions already taken; a "group" column lets rows be decided
// together. Everything is a text cell, so "1.500" stays as typed. What
// import needs is kept out of the way: the comment ids in a hidden column,
// and a hidden sheet that marks the workbook as a gopy decision sheet.

import ExcelJS from 'exceljs';
import type { SynthComment, Synthesis } from '../model/synthesis.js';
import { DECISIONS } from '../model/types.js';
import { words } from '../i18n/index.js';

/** The hidden sheet's name and its first cell: how import knows the workbook. */
export const SHEET_MARK = { sheet: 'gopy', value: 'gopy-decisions@1' } as const;

/** Column keys in order; the ids column is hidden. */
export const SHEET_COLUMNS = ['no', 'section', 'delegate', 'comment', 'decision', 'note', 'group', 'id'] as const;

const WIDTHS = [6, 12, 28, 60, 18, 50, 10, 24];

/** Lines a text takes in a column of `width` characters, wrapped at spaces. */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 1.1) / Math.max(1, width - 1))), 0);
}

function delegateOf(c: SynthComment): string {
  const d = c.delegate;
  return [d.name, d.title, d.organization !== d.name ? d.organization : null].filter((x): x is string => !!x).join(', ');
}

export async function renderDecisionSheet(s: Synthesis): Promise<Uint8Array> {
  const W = words(s.lang).decisionSheet;
  const L = words(s.lang).report;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gopy';
  // Fixed dates: the same report gives the same file.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(W.sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = SHEET_COLUMNS.map((key, i) => ({ header: W.columns[key], key, width: WIDTHS[i] ?? 12, style: { numFmt: '@' } }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });

  const choices = [...DECISIONS.map((d) => L.decisions[d]), L.decisions.pending];
  const rows = [
    ...s.sections.flatMap((sec) => sec.comments.map((c) => ({ c, code: sec.code || L.generalTitle }))),
    ...s.unplaced.map((c) => ({ c, code: c.anchor })),
  ];
  for (const { c, code } of rows) {
    const text = c.proposal ? `${c.text}\n${L.proposal}: ${c.proposal}` : c.text;
    const row = ws.addRow({
      no: String(c.no),
      section: code,
      delegate: delegateOf(c),
      comment: text,
      decision: c.decision ? L.decisions[c.decision] : '',
      note: c.note ?? '',
      group: '',
      id: c.id,
    });
    row.alignment = { vertical: 'top', wrapText: true };
    // Spreadsheets do not grow a row to its wrapped text when they open a file: the height is set from the longest cell.
    row.height = 15 * Math.max(...SHEET_COLUMNS.map((key, i) => wrappedLines(row.getCell(key).text, WIDTHS[i] ?? 12)));
    row.getCell('decision').dataValidation = {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: W.columns.decision,
      error: W.pickOne,
      formulae: [`"${choices.join(',')}"`],
    };
  }
  ws.getColumn('id').hidden = true;
  ws.autoFilter = { from: 'A1', to: { row: 1, column: SHEET_COLUMNS.length - 1 } };

  const mark = wb.addWorksheet(SHEET_MARK.sheet, { state: 'hidden' });
  mark.getCell('A1').value = SHEET_MARK.value;
  mark.getCell('A2').value = s.draft.file;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
