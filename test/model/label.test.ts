import { describe, expect, it } from 'vitest';
import { numberTokens, splitLabel, splitNumbering } from '../../src/model/label.js';

describe('splitLabel', () => {
  it.each([
    ['Chương V. X', { label: 'Chương V.', number: 'Chương V', title: 'X' }],
    ['II. MỤC TIÊU', { label: 'II.', number: 'II', title: 'MỤC TIÊU' }],
    ['2.1 Mục tiêu chung', { label: '2.1', number: '2.1', title: 'Mục tiêu chung' }],
    ['a) Nông dân', { label: 'a)', number: 'a', title: 'Nông dân' }],
    ['Điều 3 - Phạm vi', { label: 'Điều 3', number: 'Điều 3', title: 'Phạm vi' }],
    ['2024 là năm bản lề', { label: '', number: '', title: '2024 là năm bản lề' }],
  ])('%s', (text, expected) => {
    expect(splitLabel(text)).toEqual(expected);
  });
});

describe('splitNumbering', () => {
  it('splits a numbering from the words after it', () => {
    expect(splitNumbering('Mục III.1.a) Tăng cường')).toEqual({ tokens: ['iii', '1', 'a'], rest: 'Tăng cường' });
    expect(splitNumbering('Về việc tuyên truyền')).toEqual({ tokens: [], rest: 'Về việc tuyên truyền' });
    expect(splitNumbering('Vì sao')).toEqual({ tokens: [], rest: 'Vì sao' });
  });

  it('reads a number as a reference spells it', () => {
    expect(numberTokens('Điều 3')).toEqual(['3']);
    expect(numberTokens('II.2')).toEqual(['ii', '2']);
  });
});
