import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { columnIndex, columnLetters, decodeXml, isDateFormat, readXlsx, serialToDate, XlsxError } from '../../src/load/xlsx.js';
import { makeXlsx } from '../helpers/xlsx.js';

describe('readXlsx', () => {
  it('reads shared strings, inline strings, numbers, booleans and formulas as text', () => {
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
    const sheet = readXlsx(book);
    expect(sheet.name).toBe('Góp ý');
    expect(sheet.rows).toEqual([
      { row: 1, cells: ['Họ tên', 'Mục', 'Đề xuất', 'Ghi chú'] },
      { row: 2, cells: ['Lê Đức Dục', 'mt-02', '1500', 'A & <B>'] },
      { row: 3, cells: ['TRUE', 'Họ tênx', '0.1', 'Dòng 1\nDòng 2'] },
    ]);
  });

  it("gives a merged range's value to every cell it covers", () => {
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
    const rows = readXlsx(book).rows.map((r) => r.cells);
    expect(rows[0]).toEqual(['BẢNG TỔNG HỢP Ý KIẾN', 'BẢNG TỔNG HỢP Ý KIẾN', 'BẢNG TỔNG HỢP Ý KIẾN']);
    expect(rows.slice(2).map((r) => r[0])).toEqual(['Lê Đức Dục', 'Lê Đức Dục', 'Lê Đức Dục']);
  });

  it('reads dates by their number format, in both date systems', () => {
    const cells = (date1904: boolean): string[] =>
      readXlsx(makeXlsx([{ name: 'S', rows: [[{ date: date1904 ? 43886 : 45348 }, 45348]] }], { date1904 })).rows[0]?.cells ?? [];
    expect(cells(false)).toEqual(['2024-02-26', '45348']);
    expect(cells(true)).toEqual(['2024-02-26', '45348']);
    expect(serialToDate(59, false)).toBe('1900-02-28');
    expect(serialToDate(1, false)).toBe('1900-01-01');
    expect(serialToDate(61, false)).toBe('1900-03-01');
  });

  it('keeps row numbers as Excel shows them, with gaps', () => {
    const rows = readXlsx(makeXlsx([{ name: 'S', start: 4, rows: [['a'], [], ['b']] }])).rows;
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [4, ['a']],
      [5, []],
      [6, ['b']],
    ]);
  });

  it('chooses a sheet by name or number, and names the sheets it has', () => {
    const book = makeXlsx([
      { name: 'Hướng dẫn', rows: [['Xem trang sau']] },
      { name: 'Ý kiến', rows: [['Họ tên']] },
    ]);
    expect(readXlsx(book).name).toBe('Hướng dẫn');
    expect(readXlsx(book, 'ý kiến').rows[0]?.cells).toEqual(['Họ tên']);
    expect(readXlsx(book, '2').names).toEqual(['Hướng dẫn', 'Ý kiến']);
    expect(() => readXlsx(book, 'Khác')).toThrow(/no sheet "Khác".*Hướng dẫn, Ý kiến/u);
  });

  it('reads workbooks whose XML uses a namespace prefix', () => {
    const book = makeXlsx([{ name: 'S', rows: [['Họ tên', 7]] }], { prefix: 'x' });
    expect(readXlsx(book).rows[0]?.cells).toEqual(['Họ tên', '7']);
  });

  it('leaves out phonetic runs and joins rich text runs', () => {
    const files = {
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row><c t="s"><v>0</v></c><c/><c t="s"><v>1</v></c></row></sheetData></worksheet>',
      ),
      'xl/sharedStrings.xml': strToU8('<sst><si><r><t>Nội </t></r><r><rPr><b/></rPr><t>dung</t></r><rPh><t>x</t></rPh></si><si/></sst>'),
    };
    expect(readXlsx(zipSync(files)).rows).toEqual([{ row: 1, cells: ['Nội dung', '', ''] }]);
  });

  it('says clearly when the file is not a workbook', () => {
    expect(() => readXlsx(strToU8('Họ tên,Mục\n'))).toThrow(XlsxError);
    expect(() => readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/no xl\/workbook.xml/u);
  });
});

describe('xlsx helpers', () => {
  it('converts column letters', () => {
    expect(['A1', 'Z9', 'AA10', 'AB2'].map(columnIndex)).toEqual([0, 25, 26, 27]);
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('tells date formats from number formats', () => {
    expect(['dd/mm/yyyy', 'd-mmm-yy', 'yyyy"năm"', '[$-42A]dd/mm/yyyy', 'mm/yyyy'].map(isDateFormat)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['0.00', '#,##0', 'General', '@', 'h:mm', '"dd"0', '0%'].map(isDateFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('decodes XML entities', () => {
    expect(decodeXml('&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#7871; &#x1EC7;')).toBe('<a> & "b" \'c\' ế ệ');
  });
});
