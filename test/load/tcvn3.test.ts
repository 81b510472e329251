import { describe, expect, it } from 'vitest';

import { decodeCsv } from '../../src/load/csv.js';
import { fromTcvn3, looksTcvn3 } from '../../src/load/tcvn3.js';

describe('TCVN3 (ABC, .VnTime fonts)', () => {
  it('maps its letters to Unicode Vietnamese', () => {
    expect(['Hµ Néi', 'B¶o Th¾ng', '§Ò nghÞ bæ sung', 'Lª V¨n C', 'M\u00adêng Kh\u00ad¬ng'].map(fromTcvn3)).toEqual([
      'Hà Nội',
      'Bảo Thắng',
      'Đề nghị bổ sung',
      'Lê Văn C',
      'Mường Khương',
    ]);
  });

  it('tells TCVN3 from Unicode Vietnamese and from Western text', () => {
    expect(looksTcvn3(['Hä tªn', 'Lª V¨n C'])).toBe(true);
    expect(looksTcvn3(['Họ tên', 'Lê Văn C', 'Hà Nội'])).toBe(false);
    expect(looksTcvn3(['café crème', 'naïve, déjà vu'])).toBe(false);
    // A sheet whose headers are Unicode and whose rows were typed in TCVN3.
    expect(looksTcvn3(['Họ tên', 'Ý kiến', 'Lª V¨n C', '§Ò nghÞ bæ sung'])).toBe(true);
    expect(fromTcvn3('Họ tên')).toBe('Họ tên');
  });

  it('reads a CSV of TCVN3 bytes (saved by Excel on Windows) as the letters TCVN3 means, not as Windows-1258', () => {
    const bytes = Buffer.from('Hä tªn,ý kiÕn\nLª V¨n C,§Ò nghÞ bæ sung\n', 'latin1');
    const { text, encoding } = decodeCsv(bytes);
    expect(encoding).toBe('windows-1252');
    expect(fromTcvn3(text)).toBe('Họ tên,ý kiến\nLê Văn C,Đề nghị bổ sung\n');
  });
});
