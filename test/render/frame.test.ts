import { describe, expect, it } from 'vitest';
import { citedHeading } from '../../src/render/frame.js';

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
