import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mdInline } from '../../src/render/escape.js';
import { isInert } from '../../src/render/escape.js';

describe('escape: regressions', () => {
  it('text the Markdown report uses unescaped is text escaping would leave as it is', () => {
    const chars = [...'ab Ạ1.)-+=:/wW@\\`*_[]<>|~&#!$%(){}^"\',;?\t\n\u00a0\u2028'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.string(),
          fc.constantFrom(
            'www.x.vn',
            'http://x',
            '1. a',
            '- a',
            'a  b',
            ' a',
            'a ',
            '12) b',
            'Nghị quyết số 46-NQ/TW, ngày 20/12/2023: (tiếp thu).',
          ),
        ),
        (t) => !isInert(t) || mdInline(t) === t,
      ),
      { numRuns: 3000 },
    );
    expect(isInert('Đề nghị nâng chỉ tiêu lên 1.500 hội viên (năm 2025); “tiếp thu”.')).toBe(true);
  });
});
