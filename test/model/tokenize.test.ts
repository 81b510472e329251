import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countWords, isWordToken, tokenize, words } from '../../src/model/tokenize.js';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

describe('tokenize', () => {
  it('keeps Vietnamese syllables whole and white space and punctuation apart', () => {
    expect(tokenize('Nghị quyết, hướng dẫn: Đắk Lắk!')).toEqual([
      'Nghị',
      ' ',
      'quyết',
      ',',
      ' ',
      'hướng',
      ' ',
      'dẫn',
      ':',
      ' ',
      'Đắk',
      ' ',
      'Lắk',
      '!',
    ]);
  });

  it.each([
    ['1.200', ['1.200']],
    ['95,3%', ['95,3%']],
    ['46-NQ/TW', ['46-NQ/TW']],
    ['20/12/2023', ['20/12/2023']],
    ['15/2020/NĐ-CP', ['15/2020/NĐ-CP']],
    ['2020-2025', ['2020-2025']],
    ['1.200.', ['1.200', '.']],
    ['(1.500),', ['(', '1.500', ')', ',']],
    ['2020 - 2025', ['2020', ' ', '-', ' ', '2025']],
    ['H5N1', ['H5N1']],
    ['1, 2', ['1', ',', ' ', '2']],
    ['65%.', ['65%', '.']],
  ])('keeps the number %s as one token', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('normalises to NFC first: NFD and NFC text give the same tokens', () => {
    const nfc = 'Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(tokenize(nfd)).toEqual(tokenize(nfc));
    expect(tokenize(nfd).join('')).toBe(nfc);
  });

  it('keeps a combining mark that NFC cannot compose inside its word', () => {
    const odd = 'x\u0323\u0301y z'; // no precomposed form for x with these marks
    const tokens = tokenize(odd);
    expect(tokens[0]).toBe('x\u0323\u0301y'.normalize('NFC'));
    expect(tokens).toHaveLength(3);
  });

  it('treats a run of white space (new lines included) as one token, and emoji as one', () => {
    expect(tokenize('a \n\t b')).toEqual(['a', ' \n\t ', 'b']);
    expect(tokenize('a👍🏽b')).toEqual(['a', '👍', '🏽', 'b']);
    expect(tokenize('')).toEqual([]);
  });

  it('rebuilds any text exactly (NFC) and never cuts between two letters or digits', () => {
    const alphabet = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ0123456789 .,;:%/-()\n\u0301\u0323'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const tokens = tokenize(text);
        expect(tokens.join('')).toBe(text.normalize('NFC'));
        for (let k = 1; k < tokens.length; k++) {
          const prev = tokens[k - 1] ?? '';
          const next = tokens[k] ?? '';
          const lastChar = [...prev].at(-1) ?? '';
          if (WORD_CHAR.test(lastChar)) expect(WORD_CHAR.test([...next][0] ?? '')).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives words lower-cased and counts them', () => {
    expect(words('Kết nạp 1.200 Hội viên.')).toEqual(['kết', 'nạp', '1.200', 'hội', 'viên']);
    expect(countWords('Kết nạp 1.200 Hội viên.')).toBe(5);
    expect(isWordToken(' ')).toBe(false);
    expect(isWordToken('.')).toBe(false);
    expect(isWordToken('95,3%')).toBe(true);
  });

  it('handles long text in one pass', () => {
    const long = 'Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên. '.repeat(20000);
    const tokens = tokenize(long);
    expect(tokens.join('')).toBe(long);
    expect(tokens.length).toBe(20000 * 27);
  });
});
