import { describe, expect, it } from 'vitest';
import type { SynthComment } from '../../src/model/synthesis.js';
import { balancedLines, citedHeading, decisionSpans, decisionText, textParagraphs } from '../../src/render/frame.js';
import { labels } from '../../src/i18n/index.js';

const comment = (
  no: number,
  decidedBy: string | null,
  note: string | null = null,
  decision: SynthComment['decision'] = 'accepted',
): SynthComment => ({
  no,
  id: `a/x/${no}`,
  anchor: 'x',
  delegate: { name: 'A', title: null, organization: null, group: null },
  kind: 'other',
  text: 't',
  quote: null,
  proposal: null,
  decision: decidedBy === null ? null : decision,
  note,
  decidedBy,
  maybe: null,
  file: 'comments/a.yaml',
  line: 1,
});

describe('balancedLines', () => {
  it('never leaves one word of the issuing body alone on a line', () => {
    expect(balancedLines('ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH', 22)).toEqual(['ĐẢNG ĐOÀN HỘI', 'NÔNG DÂN TỈNH']);
    expect(balancedLines('TỈNH ỦY', 22)).toEqual(['TỈNH ỦY']);
    expect(balancedLines('BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LAI CHÂU KHÓA XV NHIỆM KỲ 2020', 22)).toHaveLength(3);
  });
});

describe('decisionSpans', () => {
  it('gives one cell to consecutive comments decided by one entry, and only to those', () => {
    const run = [comment(1, 'r:1:1'), comment(2, 'r:1:1'), comment(3, 'r:5:1'), comment(4, null), comment(5, null), comment(6, 'r:1:1')];
    expect(decisionSpans(run)).toEqual([2, 0, 1, 1, 1, 1]);
  });
});

describe('decisionText', () => {
  const L = labels('vi');
  it('does not repeat the decision word a note starts with', () => {
    expect(decisionText(comment(1, 'r', 'Tiếp thu.'), L)).toEqual({ lead: 'Tiếp thu', first: '.', rest: [] });
    expect(decisionText(comment(1, 'r', 'tiếp thu, đã nâng chỉ tiêu.'), L)).toEqual({
      lead: 'tiếp thu',
      first: ', đã nâng chỉ tiêu.',
      rest: [],
    });
    expect(decisionText(comment(1, 'r', 'Đã sửa.\n\nXem mục II.'), L)).toEqual({
      lead: 'Tiếp thu',
      first: '. Đã sửa.',
      rest: ['Xem mục II.'],
    });
    expect(decisionText(comment(1, null), L)).toEqual({ lead: 'Chưa xử lý', first: '', rest: [] });
  });
});

describe('textParagraphs', () => {
  it('joins lines wrapped by hand and keeps sentences and list items apart', () => {
    expect(textParagraphs('Quỹ mỗi năm\ntừ 01 tỷ đồng.\n- Một.\n- Hai.\n\nĐoạn hai.')).toEqual([
      'Quỹ mỗi năm từ 01 tỷ đồng.',
      '- Một.',
      '- Hai.',
      'Đoạn hai.',
    ]);
  });
});

const sec = (number: string, code: string, title = 't') => ({ anchor: 'x', number, label: number ? `${number}.` : '', code, title });

describe('citedHeading', () => {
  it('puts the full citation before the title of a labelled section', () => {
    expect(citedHeading(sec('2', 'II.2.2', 'Hàng năm kết nạp'))).toBe('II.2.2. Hàng năm kết nạp');
    expect(citedHeading(sec('Điều 3', 'Điều 3', ''))).toBe('Điều 3');
  });

  it('uses the citation alone for a section without a label, whose citation holds its title', () => {
    expect(citedHeading(sec('', 'III.1 › Kết quả cần đạt', 'Kết quả cần đạt'))).toBe('III.1 › Kết quả cần đạt');
  });
});
