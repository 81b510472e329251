// `gopy diff` as a user runs it (the built CLI: `npm run build` first):
// exit codes, standard output and standard error.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DIFF_WORKSPACE } from '../helpers/diff-fixture.js';
import { gopy, makeWorkspace } from '../helpers/workspace.js';

const WORKSPACE = DIFF_WORKSPACE;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`, 'u');
const colourEnv = { NO_COLOR: '', FORCE_COLOR: '1' };

describe('gopy diff (spawned)', () => {
  const dir = makeWorkspace(WORKSPACE);

  it('prints the word diff of the two latest drafts, plain when not on a terminal', () => {
    const r = gopy(['diff'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toContain('--- drafts/du-thao-1.md (phiên bản 1)\n+++ drafts/du-thao-2.md (phiên bản 2)\n');
    expect(r.stdout).toContain('    Hàng năm kết nạp từ [-1.200-]{+1.500+} hội viên nông dân mới trở lên.\n');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 bổ sung, 1 bỏ, 2 sửa đổi, 3 đổi mã mục, 1 chuyển vị trí, 9 giữ nguyên (37 chữ thêm, 13 chữ bỏ)',
    );
  });

  it('colours with FORCE_COLOR, and not with --no-color or NO_COLOR', () => {
    const coloured = gopy(['diff'], { cwd: dir, env: colourEnv });
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout).not.toContain('[-1.200-]');
    expect(coloured.stdout).toContain('1.200');
    expect(gopy(['diff', '--no-color'], { cwd: dir, env: colourEnv }).stdout).not.toMatch(ANSI);
    expect(gopy(['diff'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('--exit-code exits 1 when the drafts differ and 0 when they do not', () => {
    expect(gopy(['diff', '--exit-code', '--stat'], { cwd: dir }).code).toBe(1);
    const same = gopy(['diff', 'du-thao-1', 'drafts/du-thao-1.md', '--exit-code'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(same.stderr).toBe('');
  });

  it('prints the contract JSON, and works from elsewhere with -C', () => {
    const r = gopy(['-C', dir, 'diff', '--format', 'json'], { cwd: path.parse(dir).root });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { schema: string; summary: Record<string, number>; sections: unknown[] };
    expect(json.schema).toBe('gopy/diff@1');
    expect(json.summary).toEqual({ added: 2, removed: 1, modified: 2, renamed: 3, moved: 1, unchanged: 9 });
    expect(gopy(['diff', '-C', dir, '--stat'], { cwd: path.parse(dir).root }).code).toBe(0);
  });

  it('writes the HTML redline to a file with -o', () => {
    const r = gopy(['diff', '--format', 'html', '-o', 'so-sanh.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const page = readFileSync(path.join(dir, 'so-sanh.html'), 'utf8');
    expect(page).toContain('<del>1.200</del><ins>1.500</ins>');
  });

  it('--comments reports the checks in the output and as path:line:col messages', () => {
    const r = gopy(['diff', '--comments'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kiểm tra việc tiếp thu');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain(
      'comments/dai-bieu-b.yaml:6:5: warning: dai-bieu-b/mt-03/1: đã "tiếp thu" nhưng chưa thể hiện: mục đó không thay đổi [accepted-not-reflected]',
    );
    expect(lines.filter((l) => l.includes('[accepted-not-reflected]'))).toHaveLength(3);
    expect(lines.every((l) => /^comments\/[a-z-]+\.yaml:\d+:\d+: (warning|info): /u.test(l))).toBe(true);
    // Drafts named after the flag are still drafts.
    const swallowed = gopy(['diff', '--comments', 'du-thao-1', 'du-thao-2', '--format', 'json'], { cwd: dir });
    expect(swallowed.code).toBe(0);
    expect(swallowed.stdout).toBe(gopy(['diff', 'du-thao-1', 'du-thao-2', '--comments', '--format', 'json'], { cwd: dir }).stdout);
    expect(JSON.parse(swallowed.stdout)).toHaveProperty('revision.checks');
  });

  it('exits 2 on wrong usage with one line and no stack trace', () => {
    for (const args of [
      ['diff', 'du-thao-9'],
      ['diff', '--format', 'pdf'],
      ['diff', 'a', 'b', 'c'],
      ['diff', '--lang', 'fr'],
      ['diff', '--bogus'],
    ]) {
      const r = gopy(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /u);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    expect(gopy(['diff', 'du-thao-9'], { cwd: dir }).stderr).toBe(
      'gopy: không có dự thảo "du-thao-9" (trong drafts/ có: du-thao-1, du-thao-2)\n',
    );
    const lonely = makeWorkspace({ 'drafts/du-thao-1.md': '# A\n' });
    expect(gopy(['diff'], { cwd: lonely })).toMatchObject({ code: 2, stdout: '' });
  });

  it('exits 1 on an invalid draft, writing nothing', () => {
    const broken = makeWorkspace({ ...WORKSPACE, 'drafts/du-thao-2.md': '# A {#x}\n\n## B {#x}\n' });
    const r = gopy(['diff'], { cwd: broken });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'drafts/du-thao-2.md:3:6: error: mã mục "x" đã dùng ở dòng 1: mỗi mục cần một mã riêng, hãy đổi một trong hai [duplicate-anchor]\n',
    );
  });

  it('lists its options in --help', () => {
    const r = gopy(['diff', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--format', '--stat', '--exit-code', '--comments', '-o, --output']) expect(r.stdout).toContain(opt);
  });
});
