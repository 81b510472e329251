// Word and Excel with the built CLI: a Word draft imported, commented on,
// collated and exported; exit codes, stdout and stderr as a user sees them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gopy } from '../helpers/workspace.js';
import { draftWithBoldLines } from '../helpers/word.js';

describe('a Word draft through the whole consultation (spawned)', () => {
  it('imports, refuses to overwrite, replaces with --force, then collates and exports', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'gopy-word-'));
    writeFileSync(path.join(ws, 'Dự thảo lần 2.docx'), await draftWithBoldLines());
    const first = gopy(['import', 'Dự thảo lần 2.docx'], { cwd: ws });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Dự thảo lần 2.docx → drafts/du-thao-lan-2.md\n');
    expect(first.stdout).toContain('  Phiên bản: 2\n');
    expect(first.stdout).toContain('  12 mục có mã neo: 8 đề mục, 3 ý đánh số');
    const md = readFileSync(path.join(ws, 'drafts/du-thao-lan-2.md'), 'utf8');
    expect(md).toContain('## I. MỤC ĐÍCH, YÊU CẦU {#muc-dich-yeu-cau}\n');

    const again = gopy(['import', 'Dự thảo lần 2.docx'], { cwd: ws });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('gopy: drafts/du-thao-lan-2.md đã có: không ghi đè (thêm --force để thay thế, hoặc -o tên khác)\n');
    const forced = gopy(['import', 'Dự thảo lần 2.docx', '--force', '--lang', 'en'], { cwd: ws });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('(replacing the old file)');
    expect(readFileSync(path.join(ws, 'drafts/du-thao-lan-2.md'), 'utf8')).toBe(md);

    const comments = path.join(ws, 'comments');
    mkdirSync(comments);
    writeFileSync(
      path.join(comments, 'le-duc-duc.yaml'),
      'delegate:\n  name: Lê Đức Dục\ncomments:\n  muc-tieu-cu-the.2: Đề nghị nâng lên 1.500.\n  muc-dich: Nhất trí.\n',
    );
    const collate = gopy(['collate', '--format', 'json'], { cwd: ws });
    expect(collate.stderr).toBe('');
    expect(collate.code).toBe(0);
    const report = JSON.parse(collate.stdout) as { summary: { comments: number }; unplaced: unknown[]; sections: { anchor: string }[] };
    expect(report.summary.comments).toBe(2);
    expect(report.unplaced).toEqual([]);
    expect(report.sections.map((s) => s.anchor)).toEqual(['muc-dich', 'muc-tieu-cu-the.2']);
    const pack = gopy(['export', '-o', 'hop', '--no-pdf'], { cwd: ws });
    expect(pack.code).toBe(0);
    expect(existsSync(path.join(ws, 'hop'))).toBe(true);
  });

  it('says plainly when a .docx is not a Word file', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'gopy-word-'));
    writeFileSync(path.join(ws, 'x.docx'), 'not a zip');
    const r = gopy(['import', 'x.docx'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'gopy: x.docx: không phải tệp Word (.docx): có thể là tệp .doc kiểu cũ; hãy mở bằng Word rồi lưu lại dạng .docx (Word Document)\n',
    );
  });
});
