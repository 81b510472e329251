// gopy.yaml as the secretariat writes it (spawned): dates typed day first,
// printed the Vietnamese way; impossible dates refused on their line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { strFromU8, unzipSync } from 'fflate';

import { parseDraft } from '../../src/load/parse-draft.js';
import { exampleWorkspace, fillBlanks, gopy, makeWorkspace, SMALL_DRAFT } from '../helpers/workspace.js';

/** The bundled example with its gopy.yaml changed by `edit`. */
function exampleWith(edit: (settings: string) => string): string {
  const ws = exampleWorkspace();
  const file = path.join(ws, 'gopy.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return ws;
}

describe('dates in gopy.yaml (spawned)', () => {
  it.each([['1/12/2026'], ['1.12.2026'], ['"01-12-2026"']])(
    'prints date: %s as "ngày 01 tháng 12 năm 2026", and in English with --lang en',
    (typed) => {
      const ws = exampleWith((s) => s.replace(/^date: .*$/mu, `date: ${typed}`));
      const vi = gopy(['collate'], { cwd: ws });
      expect(vi.stderr).not.toContain('gopy.yaml');
      expect(vi.code).toBe(0);
      expect(vi.stdout).toContain('*Lai Châu, ngày 01 tháng 12 năm 2026*');
      const en = gopy(['collate', '--lang', 'en'], { cwd: ws });
      expect(en.code).toBe(0);
      expect(en.stdout).toContain('*Lai Châu, 1 December 2026*');
    },
  );

  it('counts the days to a meeting dated day first', () => {
    const ws = exampleWith((s) => s.replace(/^ {2}date: .*$/mu, '  date: 15/3/2024'));
    const r = gopy(['status'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hội nghị: Hội nghị Ban Thường vụ Tỉnh ủy tháng 3\/2024 — ngày 15\/03\/2024, /u);
  });

  it('refuses an impossible date on its line, in plain Vietnamese, with the fix', () => {
    const ws = exampleWith((s) => s.replace(/^date: .*$/mu, 'date: 31/02/2026').replace(/^ {2}date: .*$/mu, '  date: 13/13/2026'));
    const r = gopy(['check'], { cwd: ws });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('[bad-date]'));
    expect(lines).toEqual([
      'gopy.yaml:9:7: error: "date: 31/02/2026" không phải là ngày có thật: tháng 2 năm 2026 chỉ có 28 ngày; hãy sửa lại ngày cho đúng [bad-date]',
      'gopy.yaml:12:9: error: "meeting.date: 13/13/2026" không phải là ngày có thật: không có tháng 13 (tháng từ 1 đến 12); ngày ghi theo thứ tự ngày/tháng/năm, ví dụ 01/12/2026 [bad-date]',
    ]);
    const collate = gopy(['collate'], { cwd: ws });
    expect(collate.code).toBe(1);
    expect(collate.stdout).toBe('');
  });
});

describe('anchors whole in status and anchors (spawned)', () => {
  const long = 'tuyen-truyen-pho-bien-nghi-quyet-den-toan-the-can-bo-hoi-vien'; // 61 characters
  const draft = [
    '---',
    'title: Dự thảo thử',
    'version: 1',
    '---',
    '# CHƯƠNG TRÌNH HÀNH ĐỘNG',
    '## II. MỤC TIÊU {#muc-tieu}',
    `1. Hàng năm 100% cán bộ, hội viên nông dân được tuyên truyền, phổ biến, quán triệt nội dung Nghị quyết đến tận chi hội. {#${long}}`,
    '2. Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên. {#mt-02}',
    '',
  ].join('\n');
  const comments = `delegate:\n  name: Lê Đức Dục\ncomments:\n  ${long}: Đề nghị làm rõ.\n  mt-02: Nhất trí.\n`;

  it('never cuts an anchor, and keeps the other columns aligned', () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': draft, 'comments/le-duc-duc.yaml': comments });
    const a = gopy(['anchors'], { cwd: ws });
    expect(a.code).toBe(0);
    const lines = a.stdout.split('\n');
    // The long anchor stands alone; every other row keeps its number and title in the same columns.
    const at = lines.indexOf(long);
    expect(at).toBeGreaterThan(0);
    const numberCol = (lines[0] ?? '').indexOf('SỐ');
    expect(numberCol).toBe('chuong-trinh-hanh-dong'.length + 2);
    expect(lines[at + 1]?.slice(0, numberCol + 1)).toBe(`${' '.repeat(numberCol)}1`);
    expect(lines[at + 1]).toContain('Hàng năm 100% cán bộ');
    expect(lines.find((l) => l.startsWith('mt-02 '))?.search(/(?<= )2 /u)).toBe(numberCol);
    expect(lines.find((l) => l.startsWith('muc-tieu '))?.indexOf('II ')).toBe(numberCol);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
    expect(a.stdout).toContain('quán triệt nội dung Nghị quyết đến tận chi hội. (7)');

    const s = gopy(['status'], { cwd: ws });
    expect(s.code).toBe(0);
    expect(s.stdout.split('\n').filter((l) => l === `  ${long}`)).toHaveLength(2);
    expect(s.stdout).toMatch(/\n {2}mt-02 {2}II\.2\. Hàng năm kết nạp/u);
    expect(s.stdout).toMatch(new RegExp(`  ${long}\n {9}II\\.1\\. Hàng năm 100%`, 'u'));
  });
});

describe('the blanks gopy init leaves in gopy.yaml (spawned)', () => {
  it('shows them in the report and warns in check, collate and export until they are filled in', () => {
    const ws = path.join(mkdtempSync(path.join(tmpdir(), 'gopy-blanks-')), 'ws');
    expect(gopy(['init', ws]).code).toBe(0);
    const settings = readFileSync(path.join(ws, 'gopy.yaml'), 'utf8');
    expect(settings).toContain('  name: "[Họ và tên người ký]"\n');
    expect(settings).toContain('  - "[Nơi nhận]"\n');
    expect(settings).toContain('number: "Số [số]-BC/[ký hiệu cơ quan]"\n');

    const blanks = (stderr: string): string[] =>
      stderr
        .split('\n')
        .filter((l) => l.endsWith('[settings-placeholder]'))
        .map((l) => l.split(': warning: ')[0] ?? '');
    const lines = [
      'gopy.yaml:21:11',
      'gopy.yaml:22:9',
      'gopy.yaml:26:9',
      'gopy.yaml:29:8',
      'gopy.yaml:41:5',
      'gopy.yaml:46:14',
      'gopy.yaml:47:10',
      'gopy.yaml:48:9',
    ];
    const check = gopy(['check'], { cwd: ws });
    expect(check.code).toBe(0);
    expect(blanks(check.stderr)).toEqual(lines);
    const collate = gopy(['collate'], { cwd: ws });
    expect(collate.code).toBe(0);
    expect(blanks(collate.stderr)).toEqual(lines);
    // Markdown escapes the brackets; they are shown as typed.
    expect(collate.stdout).toContain('\\[Họ và tên người ký\\]');
    expect(collate.stdout).toContain('\\[Nơi nhận\\]');
    const pack = gopy(['export', '-o', 'hop', '--no-pdf'], { cwd: ws });
    expect(pack.code).toBe(0);
    expect(blanks(pack.stderr)).toEqual(lines);

    writeFileSync(path.join(ws, 'gopy.yaml'), fillBlanks(settings));
    const filled = gopy(['check'], { cwd: ws });
    expect(filled.code).toBe(0);
    expect(filled.stderr).toBe('');
    expect(gopy(['collate'], { cwd: ws }).stdout).toContain('Nguyễn Văn Bình');
  });

  it('finds none in the bundled example', () => {
    const r = gopy(['check']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('settings-placeholder');
  });
});

describe('template --lang en (spawned)', () => {
  const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
  /** The draft's own words and the delegate's: user content, the same in both languages. */
  const { draft } = parseDraft(SMALL_DRAFT, 'drafts/du-thao-1.md');
  const user = [draft.title, 'Lê Đức Dục', ...draft.sections.flatMap((x) => [x.title, x.text.trim()])].sort((a, b) => b.length - a.length);
  const foreign = (text: string, user: string[]): string[] =>
    text
      .split('\n')
      .map((l) => user.reduce((rest, u) => rest.split(u).join(''), l))
      .filter((l) => VIETNAMESE.test(l));

  it('writes the YAML form and the Word form in English, the draft and the delegate as they are', () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT });
    const yaml = gopy(['template', '--lang', 'en', '--delegate', 'Lê Đức Dục'], { cwd: ws });
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toContain('# COMMENT FORM: Dự thảo thử\n');
    expect(yaml.stdout).toContain('#        mt-01: "Opinion: agreed with the draft."\n');
    expect(foreign(yaml.stdout, user)).toEqual([]);
    const vi = gopy(['template', '--delegate', 'Lê Đức Dục'], { cwd: ws });
    expect(vi.stdout).toContain('#        mt-01: "Ý kiến: nhất trí với dự thảo."\n');
    expect(vi.stdout).toContain('#        mt-03: |\n');

    const word = gopy(['template', '--lang', 'en', '--format', 'docx', '--delegate', 'Lê Đức Dục', '-o', 'form.docx'], { cwd: ws });
    expect(word.code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(path.join(ws, 'form.docx')))['word/document.xml'] ?? new Uint8Array());
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1] ?? '').join('\n');
    expect(texts).toContain('COMMENT FORM');
    expect(texts).toContain('Proposed wording');
    expect(foreign(texts, user)).toEqual([]);
  });
});
