import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseDraft } from '../../src/load/parse-draft.js';
import { renderAnchorsText } from '../../src/render/anchors-text.js';
import { ANCHOR_COLUMN, anchorColumn, anchorRow, wrapWords } from '../../src/render/columns.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

describe('wrapWords', () => {
  it('breaks at spaces, never past the width', () => {
    expect(wrapWords('Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.', 20)).toEqual([
      'Hàng năm kết nạp từ',
      '1.200 hội viên nông',
      'dân mới trở lên.',
    ]);
    expect(wrapWords('', 10)).toEqual(['']);
    expect(wrapWords('abcdefghij klm', 4)).toEqual(['abcd', 'efgh', 'ij', 'klm']);
  });

  it('cuts after maxLines with "…", keeping the width', () => {
    expect(wrapWords('một hai ba bốn năm sáu bảy tám', 9, 2)).toEqual(['một hai', 'ba bốn…']);
    expect(wrapWords('một hai ba bốn năm sáu bảy tám', 6, 2)).toEqual(['một', 'hai b…']);
  });

  it('keeps every word, in order, within the width', () => {
    fc.assert(
      fc.property(
        // Letters of Vietnamese words only: the range à-ỹ also holds spaces such as U+1680.
        fc.array(fc.stringMatching(/^[a-z0-9.,àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]{1,12}$/u), {
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 40 }),
        (ws, width) => {
          const lines = wrapWords(ws.join(' '), width);
          for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/ /gu, '')).toBe(ws.join(''));
        },
      ),
    );
  });
});

describe('anchorRow', () => {
  it('puts an anchor too long for its column on a line of its own, never cut', () => {
    const long = 'tuyen-truyen-pho-bien-nghi-quyet-den-can-bo-hoi-vien-nong-dan';
    const width = anchorColumn(['mt-01', long, 'muc-tieu']);
    expect(width).toBe('muc-tieu'.length);
    expect(anchorRow('  ', 'mt-01', width, ['II.1. Một', 'hai'])).toEqual(['  mt-01     II.1. Một', '            hai']);
    expect(anchorRow('  ', long, width, ['II.2. Ba'])).toEqual([`  ${long}`, '            II.2. Ba']);
    expect(anchorColumn(['x'.repeat(ANCHOR_COLUMN + 1)], 6)).toBe(6);
  });
});

describe('renderAnchorsText', () => {
  it('wraps titles to the width of the terminal and lists general last', () => {
    const { draft } = parseDraft(SMALL_DRAFT, 'drafts/du-thao-1.md');
    for (const width of [60, 100]) {
      const lines = renderAnchorsText(draft, 'vi', width).trimEnd().split('\n');
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
      expect(lines.at(-1)).toMatch(/^general +\(toàn bộ dự thảo\)$/u);
    }
    const narrow = renderAnchorsText(draft, 'en', 60);
    expect(narrow).toContain('ANCHOR');
    expect(narrow).toContain(
      'mt-02                   2        Hàng năm kết nạp từ 1.200\n                                 hội viên nông dân mới trở\n',
    );
  });
});
