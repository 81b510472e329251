import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, synthesise } from '../../src/commands/collate.js';
import { exportPack, PACK_FILES } from '../../src/commands/export.js';
import { formatMessage, UsageError } from '../../src/messages.js';
import { BASIC } from '../helpers/export.js';
import { capture, makeWorkspace } from '../helpers/workspace.js';

const NO_BROWSER = { PATH: mkdtempSync(path.join(tmpdir(), 'gopy-empty-path-')) };

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-export-'));
  cpSync(BASIC, dir, { recursive: true });
  return dir;
}

/** Names in a folder other than the given ones: leftovers of a failed write would show here. */
function others(dir: string, ...keep: string[]): string[] {
  return readdirSync(dir).filter((n) => !keep.includes(n));
}

describe('gopy export', () => {
  it('writes the whole pack, each file as collate renders it', async () => {
    const ws = workspace();
    const c = capture(ws);
    const result = await exportPack({ ...c.io, output: 'bao-cao', pdf: false });
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const names = PACK_FILES.vi;
    expect(readdirSync(path.join(ws, 'bao-cao')).sort()).toEqual(
      [names.csv, names.docx, names.html, names.json, names.md, names.xlsx].sort(),
    );
    const { synthesis } = await synthesise(c.io);
    for (const format of ['md', 'json', 'csv', 'html'] as const) {
      expect(readFileSync(path.join(ws, 'bao-cao', names[format]), 'utf8')).toBe(await render(synthesis!, format));
    }
    expect(new Uint8Array(readFileSync(path.join(ws, 'bao-cao', names.xlsx)))).toEqual(await render(synthesis!, 'xlsx'));
    expect(c.out()).toBe(
      'bao-cao/: bao-cao-tong-hop.docx, bao-cao-tong-hop.html, bao-cao-tong-hop.md, bao-cao-tong-hop.json, gop-y.xlsx, gop-y.csv\n',
    );
    expect(others(ws, 'bao-cao', 'comments', 'drafts', 'responses', 'gopy.yaml')).toEqual([]);
  });

  it('gives the same bytes for the same input, DOCX included', async () => {
    const ws = workspace();
    await exportPack({ ...capture(ws).io, output: 'a', pdf: false });
    await new Promise((r) => setTimeout(r, 2100)); // past a step of the zip clock
    await exportPack({ ...capture(ws).io, output: 'b', pdf: false });
    for (const name of readdirSync(path.join(ws, 'a'))) {
      expect(readFileSync(path.join(ws, 'b', name)).equals(readFileSync(path.join(ws, 'a', name))), name).toBe(true);
    }
  });

  it('makes no PDF of a report too long to print through the browser, says so in a sentence, and writes the rest', async () => {
    const ws = workspace();
    const c = capture(ws);
    const r = await exportPack({ ...c.io, output: 'out', env: NO_BROWSER, pdfLimit: 3 });
    expect(c.err()).toBe('');
    const said = r.messages.filter((m) => m.rule === 'no-pdf').map(formatMessage);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /^out: warning: không làm bản PDF: báo cáo có \d+ ý kiến, quá 3 ý kiến .*bao-cao-tong-hop\.docx.* \[no-pdf\]$/u,
    );
    expect(existsSync(path.join(ws, 'out', PACK_FILES.vi.docx))).toBe(true);
    expect(existsSync(path.join(ws, 'out', PACK_FILES.vi.pdf))).toBe(false);
  });

  it('says how to get Chromium when there is none, and writes the rest', async () => {
    const ws = workspace();
    const c = capture(ws);
    const r = await exportPack({ ...c.io, output: 'out', env: NO_BROWSER });
    // Said as a message (the CLI prints it), never written to stderr by the command itself.
    expect(c.err()).toBe('');
    expect(r.messages.filter((m) => m.rule === 'no-pdf').map(formatMessage)).toEqual([
      expect.stringMatching(
        /^out: warning: không làm bản PDF: không tìm thấy trình duyệt Chromium; hãy cài Chromium \(apt-get install chromium fonts-liberation2\), hoặc đặt GOPY_CHROMIUM.* \[no-pdf\]$/u,
      ),
    ]);
    expect(existsSync(path.join(ws, 'out', PACK_FILES.vi.docx))).toBe(true);
    expect(existsSync(path.join(ws, 'out', PACK_FILES.vi.pdf))).toBe(false);
    const wrong = await exportPack({ ...capture(ws).io, output: 'out2', env: { ...NO_BROWSER, GOPY_CHROMIUM: '/no/such/chrome' } });
    expect(wrong.messages.find((m) => m.rule === 'no-pdf')?.message).toMatch(
      /^không làm bản PDF: GOPY_CHROMIUM chỉ tới "\/no\/such\/chrome", không phải một chương trình chạy được;/u,
    );
  });

  it('goes on without the PDF when the browser fails', async () => {
    const ws = workspace();
    const bin = mkdtempSync(path.join(tmpdir(), 'gopy-bad-browser-'));
    writeFileSync(path.join(bin, 'chromium'), '#!/bin/sh\necho "cannot open display" >&2\nexit 1\n', { mode: 0o755 });
    const c = capture(ws);
    const r = await exportPack({ ...c.io, output: 'out', env: { PATH: bin } });
    expect(r.messages.filter((m) => m.rule === 'no-pdf').map(formatMessage)).toEqual([
      'out: warning: không làm được bản PDF: chromium bị lỗi (mã 1): cannot open display; các tệp khác vẫn được ghi [no-pdf]',
    ]);
    expect(readdirSync(path.join(ws, 'out'))).toHaveLength(6);
  });

  it('names the files in English with --lang en', async () => {
    const ws = workspace();
    await exportPack({ ...capture(ws).io, lang: 'en', output: 'pack', pdf: false });
    expect(readdirSync(path.join(ws, 'pack')).sort()).toEqual([
      'comments.csv',
      'comments.xlsx',
      'synthesis-report.docx',
      'synthesis-report.html',
      'synthesis-report.json',
      'synthesis-report.md',
    ]);
  });

  it('refuses an existing folder without --force, and replaces an earlier pack with it', async () => {
    const ws = workspace();
    await exportPack({ ...capture(ws).io, output: 'bao-cao', pdf: false });
    writeFileSync(path.join(ws, 'bao-cao', PACK_FILES.vi.md), 'old');
    await expect(exportPack({ ...capture(ws).io, output: 'bao-cao', pdf: false })).rejects.toThrow(
      new UsageError('bao-cao đã có: thêm --force để thay thế, hoặc chọn chỗ khác với -o'),
    );
    expect(readFileSync(path.join(ws, 'bao-cao', PACK_FILES.vi.md), 'utf8')).toBe('old');
    await exportPack({ ...capture(ws).io, output: 'bao-cao', pdf: false, force: true });
    expect(readFileSync(path.join(ws, 'bao-cao', PACK_FILES.vi.md), 'utf8')).toContain('Lê Đức Dục');
    expect(others(ws, 'bao-cao', 'comments', 'drafts', 'responses', 'gopy.yaml')).toEqual([]);
  });

  it('never replaces, even with --force, a folder holding anything but a pack', async () => {
    const ws = workspace();
    mkdirSync(path.join(ws, 'mine'));
    writeFileSync(path.join(ws, 'mine', 'notes.txt'), 'keep me');
    await expect(exportPack({ ...capture(ws).io, output: 'mine', force: true, pdf: false })).rejects.toThrow(
      /trong mine còn có những thứ khác ngoài bộ tài liệu của gopy \(notes\.txt\)/u,
    );
    expect(readFileSync(path.join(ws, 'mine', 'notes.txt'), 'utf8')).toBe('keep me');
    // Not the workspace itself either.
    await expect(exportPack({ ...capture(ws).io, output: '.', force: true, pdf: false })).rejects.toThrow(
      /những thứ khác ngoài bộ tài liệu của gopy/u,
    );
    expect(existsSync(path.join(ws, 'drafts', 'du-thao-1.md'))).toBe(true);
    // A file is not a folder.
    writeFileSync(path.join(ws, 'notes.txt'), 'keep me');
    await expect(exportPack({ ...capture(ws).io, output: 'notes.txt', force: true, pdf: false })).rejects.toThrow(
      /notes\.txt đã có và không phải là thư mục/u,
    );
    await expect(exportPack({ ...capture(ws).io, output: '-' })).rejects.toThrow(/export ghi ra một thư mục/u);
  });

  it('writes nothing when the input has errors', async () => {
    const ws = makeWorkspace({
      'drafts/du-thao.md': '# Dự thảo\n\n## I. Mục tiêu {#muc-tieu}\n\nNội dung.\n',
      'comments/a.yaml': 'delegate:\n  name: A\ncomments:\n  muc-tieu: Ý kiến.\n',
      'responses/r.yaml': 'muc-tieu:\n  - to: [khong-co/muc-tieu/1]\n    decision: accepted\n',
    });
    const result = await exportPack({ ...capture(ws).io, output: 'bao-cao', pdf: false });
    expect(result.messages.some((m) => m.severity === 'error')).toBe(true);
    expect(others(ws, 'comments', 'drafts', 'responses')).toEqual([]);
  });
});
