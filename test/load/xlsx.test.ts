import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { columnLetters, loadWorkbook, sheetRows, XlsxError } from '../../src/load/xlsx.js';
import type { Sheet } from '../../src/load/xlsx.js';
import { makeXlsx } from '../helpers/xlsx.js';

const readXlsx = async (bytes: Uint8Array, wanted?: string): Promise<Sheet> => sheetRows(await loadWorkbook(bytes), wanted);
const cellsOf = async (bytes: Uint8Array): Promise<string[][]> => (await readXlsx(bytes)).rows.map((r) => r.cells);

async function written(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('reading a workbook written the way Excel writes it', () => {
  it('reads shared strings, inline strings, numbers, booleans and formulas as text', async () => {
    const book = makeXlsx([
      {
        name: 'Góp ý',
        rows: [
          ['Họ tên', 'Mục', 'Đề xuất', 'Ghi chú'],
          ['Lê Đức Dục', 'mt-02', 1500, { inline: 'A & <B>' }],
          [{ bool: true }, { formula: 'A1&"x"', value: 'Họ tênx' }, { raw: '0.10000000000000001' }, 'Dòng 1\r\nDòng 2'],
        ],
      },
    ]);
    const sheet = await readXlsx(book);
    expect(sheet.name).toBe('Góp ý');
    expect(sheet.rows).toEqual([
      { row: 1, cells: ['Họ tên', 'Mục', 'Đề xuất', 'Ghi chú'] },
      { row: 2, cells: ['Lê Đức Dục', 'mt-02', '1500', 'A & <B>'] },
      { row: 3, cells: ['TRUE', 'Họ tênx', '0.1', 'Dòng 1\nDòng 2'] },
    ]);
  });

  it("gives a merged range's value to every cell it covers", async () => {
    const book = makeXlsx([
      {
        name: 'Sheet1',
        rows: [
          ['BẢNG TỔNG HỢP Ý KIẾN', null, null],
          ['Họ tên', 'Mục', 'Ý kiến'],
          ['Lê Đức Dục', 'mt-01', 'Một'],
          [null, 'mt-02', 'Hai'],
          [null, 'mt-03', 'Ba'],
        ],
        merges: ['A1:C1', 'A3:A5'],
      },
    ]);
    const rows = await cellsOf(book);
    expect(rows[0]).toEqual(['BẢNG TỔNG HỢP Ý KIẾN', 'BẢNG TỔNG HỢP Ý KIẾN', 'BẢNG TỔNG HỢP Ý KIẾN']);
    expect(rows.slice(2).map((r) => r[0])).toEqual(['Lê Đức Dục', 'Lê Đức Dục', 'Lê Đức Dục']);
  });

  it('leaves a merged range of a whole column unmerged rather than build a million cells', async () => {
    const book = makeXlsx([
      {
        name: 'S',
        rows: [
          ['Họ tên', 'Ý kiến'],
          ['Lê Đức Dục', 'Một'],
          [null, 'Hai'],
        ],
        merges: ['A2:A1048576', 'B1:B1'],
      },
    ]);
    const started = Date.now();
    expect(await cellsOf(book)).toEqual([
      ['Họ tên', 'Ý kiến'],
      ['Lê Đức Dục', 'Một'],
      ['', 'Hai'],
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads dates by their number format, in both date systems, as Excel shows them', async () => {
    const cells = async (date1904: boolean): Promise<string[]> =>
      (await cellsOf(makeXlsx([{ name: 'S', rows: [[{ date: date1904 ? 43886 : 45348 }, 45348]] }], { date1904 })))[0] ?? [];
    expect(await cells(false)).toEqual(['2024-02-26', '45348']);
    expect(await cells(true)).toEqual(['2024-02-26', '45348']);
    // Excel's 1900 system counts a 29 February 1900 that never was: day 59 is 28 February, day 61 is 1 March.
    expect(await cellsOf(makeXlsx([{ name: 'S', rows: [[{ date: 1 }, { date: 59 }, { date: 61 }]] }]))).toEqual([
      ['1900-01-01', '1900-02-28', '1900-03-01'],
    ]);
  });

  it('keeps row numbers as Excel shows them, with gaps', async () => {
    const rows = (await readXlsx(makeXlsx([{ name: 'S', start: 4, rows: [['a'], [], ['b']] }]))).rows;
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [4, ['a']],
      [6, ['b']],
    ]);
  });

  it('chooses a sheet by name or number, and names the sheets it has', async () => {
    const book = makeXlsx([
      { name: 'Hướng dẫn', rows: [['Xem trang sau']] },
      { name: 'Ý kiến', rows: [['Họ tên']] },
    ]);
    expect((await readXlsx(book)).name).toBe('Hướng dẫn');
    expect((await readXlsx(book, 'ý kiến')).rows[0]?.cells).toEqual(['Họ tên']);
    expect((await readXlsx(book, '2')).names).toEqual(['Hướng dẫn', 'Ý kiến']);
    await expect(readXlsx(book, 'Khác')).rejects.toThrow(/không có trang tính "Khác"; bảng tính có: "Hướng dẫn", "Ý kiến"/u);
    await expect(readXlsx(book, '3')).rejects.toThrow(XlsxError);
  });

  it('reads workbooks whose XML uses a namespace prefix (the OpenXML SDK writes them so)', async () => {
    const book = makeXlsx([{ name: 'S', rows: [['Họ tên', 7]], merges: ['A2:B2'] }], { prefix: 'x' });
    expect(await cellsOf(book)).toEqual([['Họ tên', '7']]);
  });

  it('leaves out phonetic runs and joins rich text runs', async () => {
    const files = {
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/><c r="C1" t="s"><v>1</v></c></row></sheetData></worksheet>',
      ),
      'xl/sharedStrings.xml': strToU8(
        '<sst><si><r><t>Nội </t></r><r><rPr><b/></rPr><t>dung</t></r><rPh><t>x</t></rPh></si><si><t/></si></sst>',
      ),
    };
    expect((await readXlsx(zipSync(files))).rows).toEqual([{ row: 1, cells: ['Nội dung', '', ''] }]);
  });
});

describe('reading a workbook written by exceljs (and LibreOffice, Google Sheets alike)', () => {
  it('reads rich text, dates, hyperlinks, formulas and merged cells as the text the user sees', async () => {
    const book = await written((wb) => {
      wb.addWorksheet('Hướng dẫn').addRow(['Điền ý kiến ở trang sau']);
      const ws = wb.addWorksheet('Ý kiến');
      ws.addRow(['Họ tên', 'Ngày', 'Ý kiến', 'Đề xuất', 'Tài liệu']);
      ws.addRow([
        'Lê Đức Dục',
        new Date(Date.UTC(2024, 1, 26)),
        { richText: [{ text: 'Đề nghị ' }, { text: 'bổ sung', font: { bold: true } }, { text: '\r\nchỉ tiêu' }] },
        { formula: '1200+300', result: 1500 },
        { text: 'Nghị quyết 46-NQ/TW', hyperlink: 'https://example.org/46' },
      ]);
      ws.getCell('B2').numFmt = 'dd/mm/yyyy';
      ws.addRow([null, null, 'Hai']);
      ws.mergeCells('A2:A3');
    });
    const wb = await loadWorkbook(book);
    expect(sheetRows(wb).rows[0]?.cells).toEqual(['Điền ý kiến ở trang sau']);
    const sheet = sheetRows(wb, 'Ý kiến');
    expect(sheet.names).toEqual(['Hướng dẫn', 'Ý kiến']);
    expect(sheet.rows).toEqual([
      { row: 1, cells: ['Họ tên', 'Ngày', 'Ý kiến', 'Đề xuất', 'Tài liệu'] },
      { row: 2, cells: ['Lê Đức Dục', '2024-02-26', 'Đề nghị bổ sung\nchỉ tiêu', '1500', 'Nghị quyết 46-NQ/TW'] },
      { row: 3, cells: ['Lê Đức Dục', '', 'Hai'] },
    ]);
  });

  it('keeps text cells as written: "1.500" and "46-NQ/TW" stay text', async () => {
    const book = await written((wb) => {
      wb.addWorksheet('S').addRow(['1.500', '46-NQ/TW', '0012', '', ' ']);
    });
    expect(await cellsOf(book)).toEqual([['1.500', '46-NQ/TW', '0012', '', ' ']]);
  });
});

describe('a file that is not a readable workbook', () => {
  it('says so in plain words, never with the library’s', async () => {
    await expect(loadWorkbook(strToU8('Họ tên,Mục\n'))).rejects.toThrow(/^không phải tệp Excel \(\.xlsx\): có thể là tệp \.xls cũ/u);
    const broken = (await written((wb) => wb.addWorksheet('S').addRow(['a']))).slice(0, 300);
    await expect(loadWorkbook(broken)).rejects.toThrow(/^tệp Excel \(\.xlsx\) bị hỏng, không đọc được; hãy mở bằng Excel/u);
    await expect(loadWorkbook(broken)).rejects.toBeInstanceOf(XlsxError);
    await expect(readXlsx(zipSync({ 'a.txt': strToU8('x') }))).rejects.toThrow(/^bảng tính không có trang tính nào/u);
  });

  it('says when the workbook has no sheets', () => {
    const wb = new ExcelJS.Workbook();
    expect(() => sheetRows(wb)).toThrow(/^bảng tính không có trang tính nào/u);
  });
});

describe('column letters', () => {
  it('are those Excel shows', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
