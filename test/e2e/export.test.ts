// The export command as a user runs it: the built CLI in a child process.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/pdf.js';
import { BASIC } from '../helpers/export.js';
import { gopy, makeWorkspace, repoRoot } from '../helpers/workspace.js';

const PACK = ['bao-cao-tong-hop.docx', 'bao-cao-tong-hop.html', 'bao-cao-tong-hop.json', 'bao-cao-tong-hop.md', 'gop-y.csv', 'gop-y.xlsx'];

beforeAll(() => {
  // `npm test` builds first; build here too when run on its own.
  if (!existsSync(path.join(repoRoot, 'dist/commands/export.js'))) {
    const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }
}, 120_000);

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-e2e-export-'));
  cpSync(BASIC, dir, { recursive: true });
  return dir;
}

describe('gopy export (built CLI)', () => {
  it('writes the pack, refuses to overwrite it, and replaces it with --force', { timeout: 120_000 }, async () => {
    const ws = workspace();
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'gopy-e2e-out-')), 'bao-cao');
    const first = gopy(['export', '-C', ws, '-o', out]);
    expect(first.code, first.stderr).toBe(0);
    const withPdf = (await findBrowser()) !== null;
    expect(readdirSync(out).sort()).toEqual([...PACK, ...(withPdf ? ['bao-cao-tong-hop.pdf'] : [])].sort());
    if (withPdf) expect(readFileSync(path.join(out, 'bao-cao-tong-hop.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    else expect(first.stderr).toContain('gopy: no PDF: Chromium was not found');
    expect(first.stdout).toContain('bao-cao-tong-hop.docx');
    expect(readFileSync(path.join(out, 'gop-y.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const before = statSync(path.join(out, 'bao-cao-tong-hop.md')).mtimeMs;
    const again = gopy(['export', '-C', ws, '-o', out, '--no-pdf']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`gopy: ${out} đã có: thêm --force để thay thế, hoặc chọn chỗ khác với -o\n`);
    expect(statSync(path.join(out, 'bao-cao-tong-hop.md')).mtimeMs).toBe(before);

    const forced = gopy(['export', '-C', ws, '-o', out, '--force', '--no-pdf']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(PACK);
    expect(readdirSync(path.dirname(out))).toEqual(['bao-cao']);
  });

  it('exits 1 and writes nothing when the input has errors', () => {
    const ws = makeWorkspace({
      'drafts/du-thao.md': '# Dự thảo\n\n## I. Mục tiêu {#muc-tieu}\n\nNội dung.\n',
      'comments/a.yaml': 'delegate:\n  name: A\ncomments:\n  muc-tieu: Ý kiến.\n',
      'responses/r.yaml': 'muc-tieu:\n  - to: all\n    decision: explained\n',
    });
    const r = gopy(['export', '--no-pdf'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error/u);
    expect(readdirSync(ws).sort()).toEqual(['comments', 'drafts', 'responses']);
  });

  it('renders docx, html and csv from collate too', () => {
    const ws = workspace();
    const csv = gopy(['collate', '-C', ws, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFSTT,Mã ý kiến,')).toBe(true);
    const html = gopy(['collate', '-C', ws, '--format', 'html', '-o', 'r.html']);
    expect(html.code).toBe(0);
    expect(readFileSync(path.join(ws, 'r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/u);
    const docx = gopy(['collate', '-C', ws, '--format', 'docx', '-o', 'r.docx']);
    expect(docx.code).toBe(0);
    expect(readFileSync(path.join(ws, 'r.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});
