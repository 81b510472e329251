// The report as an Excel workbook: text cells that keep "1.200" and
// "46-NQ/TW" as written, a header row, widths, wrapping and filters.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportTable } from '../../src/render/csv.js';
import { renderXlsx } from '../../src/render/xlsx.js';
import { BASIC, synthesisOf } from '../helpers/export.js';

describe('the report as XLSX', () => {
  it('holds the CSV rows as text cells, with header, widths, wrapping and filters', async () => {
    const s = await synthesisOf(BASIC);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(s)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const { rows } = reportTable(s);
    expect(ws.rowCount).toBe(rows.length);
    rows.forEach((r, i) => {
      const got = r.map((_, j) => ws.getRow(i + 1).getCell(j + 1));
      // A spreadsheet's line break is LF: a CR typed in a comment is not kept.
      expect(got.map((c) => c.text)).toEqual(r.map((v) => v.replace(/\r\n?/gu, '\n')));
      for (const c of got) if (c.text !== '') expect(c.type).toBe(ExcelJS.ValueType.String);
    });
    const figures = rows.flat().filter((v) => /1\.[25]00|46-NQ\/TW/u.test(v));
    expect(figures.length).toBeGreaterThan(0);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(12).width).toBe(60);
    expect(ws.getRow(2).getCell(12).alignment).toMatchObject({ wrapText: true });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
