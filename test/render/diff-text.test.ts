import { afterAll, describe, expect, it } from 'vitest';

import type { Style } from '../../src/render/style.js';
import { elide, renderDiffText } from '../../src/render/diff-text.js';
import { fixtureDiff, fixtureRevision, tinyDiff } from '../helpers/diff-fixture.js';
import { setLang } from '../../src/i18n/index.js';

// The English words; Vietnamese (the default) is checked in test/e2e/diff.test.ts.
setLang('en');
afterAll(() => setLang('vi'));

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`, 'u');
const tagStyle: Style = {
  del: (s) => `<D>${s}</D>`,
  ins: (s) => `<I>${s}</I>`,
  bold: (s) => s,
  dim: (s) => s,
  error: (s) => s,
  warning: (s) => s,
  ok: (s) => s,
};

describe('renderDiffText', () => {
  const diff = fixtureDiff();

  it('marks changes [-old-]{+new+} without colour, one header per changed section, a summary line', () => {
    const out = renderDiffText(diff);
    expect(out).not.toMatch(ANSI);
    expect(out.startsWith('--- drafts/du-thao-1.md (version 1)\n+++ drafts/du-thao-2.md (version 2)\n\n')).toBe(true);
    expect(out).toContain(
      'modified  3. Hàng năm kết nạp từ 1.500 hội viên nông dân mới trở lên.  #mt-02 (was 2.)\n    Hàng năm kết nạp từ [-1.200-]{+1.500+} hội viên nông dân mới trở lên.\n',
    );
    expect(out).toContain('renamed   II. MỤC TIÊU VÀ CHỈ TIÊU  #muc-tieu → #muc-tieu-chi-tieu\n    title: MỤC TIÊU{+ VÀ CHỈ TIÊU+}\n');
    expect(out).toContain('removed   Điều khoản cũ  #dieu-khoan-cu\n    [-Nội dung sẽ bị bỏ trong dự thảo sau.-]\n');
    expect(out).toContain(
      'moved     1. Kinh phí thực hiện  #kinh-phi (was 3.)\n    moved from "III. NHIỆM VỤ, GIẢI PHÁP" to "IV. TỔ CHỨC THỰC HIỆN"\n',
    );
    expect(out).not.toContain('muc-dich-yeu-cau'); // unchanged sections are not shown
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '2 added, 1 removed, 2 modified, 3 renamed, 1 moved, 9 unchanged (37 words inserted, 13 deleted)',
    );
  });

  it('uses the style instead of markers when colour is on, never across a line break', () => {
    const out = renderDiffText(diff, { style: tagStyle });
    expect(out).toContain('Hàng năm kết nạp từ <D>1.200</D><I>1.500</I> hội viên');
    expect(out).not.toContain('[-');
    expect(out).not.toContain('{+');
    const multi = renderDiffText(tinyDiff('Dòng một.', 'Dòng một.\n\nDòng hai mới.\n\nDòng ba.'), { style: tagStyle });
    expect(multi).toContain('    Dòng một.\n    <I>Dòng hai mới.</I>\n    <I>Dòng ba.</I>\n');
    for (const line of multi.split('\n')) expect((line.match(/<I>/gu) ?? []).length).toBe((line.match(/<\/I>/gu) ?? []).length);
  });

  it('prints counts only with --stat', () => {
    const out = renderDiffText(diff, { stat: true });
    expect(out).not.toContain('[-');
    expect(out).toMatch(/^ modified {2}#mt-02 +3\. Hàng năm kết nạp từ 1\.500 hội viên nông dân mới … {2}\+1 -1$/mu);
    expect(out).toMatch(/^ removed {3}#dieu-khoan-cu +Điều khoản cũ +\+0 -12$/mu);
  });

  it('says so when nothing changed', () => {
    const same = tinyDiff('Giữ nguyên.', 'Giữ nguyên.');
    expect(renderDiffText(same).trimEnd().split('\n').at(-1)).toBe('no change in content: 2 sections unchanged');
  });

  it('adds the comments and the checks with --comments', () => {
    const out = renderDiffText(diff, { revision: fixtureRevision(diff) });
    expect(out).toContain(
      '    comments:\n      dai-bieu-a/mt-02/1 (Nguyễn Văn A, Amendment): Đề nghị nâng chỉ tiêu kết nạp lên 1.500 hội viên.\n        → Accepted: Tiếp thu, đã nâng lên 1.500.\n',
    );
    expect(out).toContain(
      'Checks on the revision\n  accepted but not reflected: 3\n    dai-bieu-b/mt-03/1 (comments/dai-bieu-b.yaml:6): decided "accepted" but not reflected: the section did not change\n',
    );
    expect(out).toContain('  changed without any comment (drafting changes): 2\n    added #quan-diem 1. Quan điểm\n');
  });

  it('cuts long unchanged stretches to the context around the changes', () => {
    const long = 'Mở đầu rất dài '.repeat(30);
    const out = renderDiffText(tinyDiff(`${long}cũ ${long}`, `${long}mới ${long}`));
    const body = out.split('\n').find((l) => l.includes('[-cũ-]')) ?? '';
    expect(body.length).toBeLessThan(220);
    expect(body).toMatch(/^ {4}… .*\[-cũ-\]\{\+mới\+\} .* …$/u);
    expect(elide('ngắn', 'middle')).toBe('ngắn');
    expect(elide('a\nb\nc', 'middle')).toBe('a\n…\nc');
    expect(elide('a\nb', 'first')).toBe('…\nb');
    expect(elide('a\nb', 'last')).toBe('a\n…');
    expect(elide('x '.repeat(200), 'only')).toBe('x '.repeat(200));
  });
});
