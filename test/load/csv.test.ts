import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeCsv, guessDelimiter, parseCsv } from '../../src/load/csv.js';

const cells = (text: string, delimiter?: string): string[][] => parseCsv(text, delimiter).rows.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads plain rows with LF, CRLF or CR line ends', () => {
    expect(cells('a,b\nc,d\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(cells('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(cells('a,b\rc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('strips a byte order mark', () => {
    expect(cells('\ufeffHọ tên,Mục\n')).toEqual([['Họ tên', 'Mục']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const r = parseCsv('name,text\r\n"Lê, Đức","Đề nghị ""sửa""\r\nthành: 1.500"\r\nx,y\r\n');
    expect(r.rows.map((x) => x.cells)).toEqual([
      ['name', 'text'],
      ['Lê, Đức', 'Đề nghị "sửa"\r\nthành: 1.500'],
      ['x', 'y'],
    ]);
    expect(r.rows.map((x) => x.row)).toEqual([1, 2, 3]);
  });

  it('keeps empty fields and empty rows', () => {
    expect(cells('a,,c\n,,\n\nd\n')).toEqual([['a', '', 'c'], ['', '', ''], [''], ['d']]);
    expect(cells('"",b')).toEqual([['', 'b']]);
  });

  it('guesses ; and tab, as Excel writes them in a Vietnamese locale', () => {
    expect(parseCsv('Họ tên;Đơn vị;Ý kiến\nA;B, C;D\n').rows[1]?.cells).toEqual(['A', 'B, C', 'D']);
    expect(parseCsv('a\tb\n1\t2\n').delimiter).toBe('\t');
    expect(guessDelimiter('"a;b",c,d\n')).toBe(',');
    expect(guessDelimiter('one column\n')).toBe(',');
  });

  it('follows a "sep=" line and numbers rows after it as the spreadsheet does', () => {
    const r = parseCsv('sep=;\r\na;b\r\nc;d\r\n');
    expect(r.delimiter).toBe(';');
    expect(r.rows).toEqual([
      { row: 2, cells: ['a', 'b'] },
      { row: 3, cells: ['c', 'd'] },
    ]);
  });

  it('keeps stray quotes as typed and reports an unclosed quote', () => {
    expect(cells('a "b" c,d\n')).toEqual([['a "b" c', 'd']]);
    // Text after a closing quote: nothing is dropped, not even the quotes.
    expect(cells('"a"b,c\n')).toEqual([['"a"b', 'c']]);
    const r = parseCsv('x,y\n1,"open\n2,3\n');
    expect(r.problems).toEqual([{ row: 2, problem: 'quote-not-closed' }]);
    expect(r.rows).toEqual([
      { row: 1, cells: ['x', 'y'] },
      { row: 2, cells: ['1', 'open\n2,3\n'] },
    ]);
    expect(parseCsv('sep=;\na;"b').problems).toEqual([{ row: 2, problem: 'quote-not-closed' }]);
  });

  it('reads mixed line ends, and line breaks of any kind inside quoted cells', () => {
    expect(cells('a,b\r\nc,"d\re"\nf,g\rh,"i\r\nj"')).toEqual([
      ['a', 'b'],
      ['c', 'd\re'],
      ['f', 'g'],
      ['h', 'i\r\nj'],
    ]);
    expect(parseCsv('').rows).toEqual([]);
  });

  it('reads back any table written by the RFC 4180 rules', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ê', ',', ';', '"', '\n', '\r\n', ' ', 'Đ', '1') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';'), (rows, d) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/gu, '""')}"`).join(d)).join('\r\n');
        expect(cells(text, d)).toEqual(rows);
      }),
    );
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with or without a BOM', () => {
    expect(decodeCsv(Buffer.from('\ufeffHà Nội', 'utf8'))).toEqual({ text: 'Hà Nội', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from('Hà Nội', 'utf8')).text).toBe('Hà Nội');
  });

  it('reads UTF-16 with a BOM (Excel\'s "Unicode text")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mục;Ý kiến', 'utf16le')]);
    expect(decodeCsv(le)).toEqual({ text: 'Mục;Ý kiến', encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Mục', 'utf16le').swap16()]));
    expect(decodeCsv(be).text).toBe('Mục');
  });

  it('reads UTF-16 without a BOM by its zero bytes, little or big endian', () => {
    const text = 'Họ tên\tÝ kiến\r\nLê Đức Dục\tĐề nghị bổ sung\r\n';
    const le = Buffer.from(text, 'utf16le');
    expect(decodeCsv(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsv(Buffer.from(le).swap16())).toEqual({ text, encoding: 'utf-16be' });
    expect(parseCsv(decodeCsv(le).text).rows[1]?.cells).toEqual(['Lê Đức Dục', 'Đề nghị bổ sung']);
  });

  it('falls back to Windows-1258 for bytes that are not UTF-8', () => {
    // "Hà" in Windows-1258: H, a, combining grave accent (0xCC).
    const r = decodeCsv(Uint8Array.from([0x48, 0x61, 0xcc]));
    expect(r.encoding).toBe('windows-1258');
    expect(r.text.normalize('NFC')).toBe('Hà');
  });
});
