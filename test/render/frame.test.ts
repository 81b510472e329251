import { describe, expect, it } from 'vitest';
import type { SynthSection } from '../../src/model/synthesis.js';
import { sectionCode } from '../../src/render/frame.js';

const sec = (number: string, context: string): SynthSection => ({
  anchor: 'x',
  number,
  label: `${number}.`,
  title: 't',
  line: 1,
  depth: 2,
  context,
  comments: [],
});

describe('sectionCode', () => {
  it('joins the numbers of the sections above', () => {
    expect(sectionCode(sec('2', 'CHƯƠNG TRÌNH › II. MỤC TIÊU › 2. Mục tiêu cụ thể'))).toBe('II.2.2');
    expect(sectionCode(sec('', 'II. MỤC TIÊU'))).toBe('II');
  });

  it('cites an article or chapter number alone, and counts below it from there', () => {
    expect(sectionCode(sec('Điều 3', 'QUY CHẾ › Chương I. NHỮNG QUY ĐỊNH CHUNG'))).toBe('Điều 3');
    expect(sectionCode(sec('1', 'QUY CHẾ › Chương I. CHUNG › Điều 2. Mục đích'))).toBe('Điều 2.1');
  });
});

describe('numberPath (status) agrees with sectionCode', () => {
  it('cites a worded number alone and counts below it', async () => {
    const { parseDraft } = await import('../../src/load/parse-draft.js');
    const { numberPath } = await import('../../src/model/status.js');
    const draft = parseDraft('# QUY CHẾ\n\n## Chương I. CHUNG\n\n### Điều 3. Phạm vi\n\n1. Một ý.\n2. Hai ý.\n', 'd.md').draft;
    expect(numberPath(draft, 'pham-vi')).toBe('Điều 3');
    expect(numberPath(draft, 'pham-vi.2')).toBe('Điều 3.2');
    expect(numberPath(draft, 'chung')).toBe('Chương I');
  });
});
