import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { diff, namesDraft } from '../../src/commands/diff.js';
import type { DiffOptions } from '../../src/commands/diff.js';
import type { Style } from '../../src/render/style.js';
import { UsageError } from '../../src/messages.js';
import { DIFF_WORKSPACE, diffFixture } from '../helpers/diff-fixture.js';
import { capture, makeWorkspace } from '../helpers/workspace.js';

const WORKSPACE = DIFF_WORKSPACE;

async function run(
  files: Record<string, string>,
  opts: Partial<DiffOptions> = {},
): Promise<{ out: string; err: string; code: number | undefined; messages: string[]; dir: string }> {
  const dir = makeWorkspace(files);
  const c = capture(dir);
  const r = await diff({ ...c.io, lang: 'en', ...opts });
  return {
    out: c.out(),
    err: c.err(),
    code: r.exitCode,
    messages: r.messages.map((m) => `${m.severity} ${m.rule} ${m.file}:${m.line}`),
    dir,
  };
}

const header = (out: string): string => out.split('\n').slice(0, 2).join('\n');

describe('gopy diff (in process)', () => {
  it('compares the two latest versions when no draft is named', async () => {
    const r = await run(WORKSPACE);
    expect(header(r.out)).toBe('--- drafts/du-thao-1.md (version 1)\n+++ drafts/du-thao-2.md (version 2)');
    expect(r.out).toContain('[-1.200-]{+1.500+}');
    expect(r.messages).toEqual([]);
    expect(r.code).toBeUndefined();
  });

  it('takes drafts by path, file name, stem or front-matter version, in either order', async () => {
    for (const drafts of [
      ['drafts/du-thao-1.md', 'drafts/du-thao-2.md'],
      ['du-thao-1.md', 'du-thao-2'],
      ['1', '2'],
    ]) {
      const r = await run(WORKSPACE, { drafts });
      expect(header(r.out), drafts.join(' ')).toBe('--- drafts/du-thao-1.md (version 1)\n+++ drafts/du-thao-2.md (version 2)');
    }
    const reversed = await run(WORKSPACE, { drafts: ['du-thao-2', 'du-thao-1'], format: 'json' });
    const json = JSON.parse(reversed.out) as { summary: Record<string, number> };
    expect(json.summary).toMatchObject({ added: 1, removed: 2 });
  });

  it('with one draft named: against the latest, or the latest against the one before', async () => {
    const three = { ...WORKSPACE, 'drafts/du-thao-3.md': diffFixture('new.md').replace('version: 2', 'version: 3') };
    expect(header((await run(three, { drafts: ['du-thao-1'] })).out)).toBe(
      '--- drafts/du-thao-1.md (version 1)\n+++ drafts/du-thao-3.md (version 3)',
    );
    expect(header((await run(three, { drafts: ['du-thao-3'] })).out)).toBe(
      '--- drafts/du-thao-2.md (version 2)\n+++ drafts/du-thao-3.md (version 3)',
    );
    expect(header((await run(three)).out)).toBe('--- drafts/du-thao-2.md (version 2)\n+++ drafts/du-thao-3.md (version 3)');
  });

  it('orders versions naturally when the drafts carry no version', async () => {
    const files = { 'drafts/v9.md': '# A\n\nMột.\n', 'drafts/v10.md': '# A\n\nHai.\n' };
    expect(header((await run(files)).out)).toBe('--- drafts/v9.md\n+++ drafts/v10.md');
  });

  it('--exit-code: 1 when the drafts differ, 0 when they do not', async () => {
    expect((await run(WORKSPACE, { exitCode: true })).code).toBe(1);
    const same = await run(WORKSPACE, { drafts: ['du-thao-1', 'du-thao-1'], exitCode: true });
    expect(same.code).toBe(0);
    expect(same.out).toContain('no change in content: 16 sections unchanged');
  });

  it('writes each format whole to -o, nothing to standard output', async () => {
    for (const [format, probe] of [
      ['md', '<del>1.200</del>'],
      ['html', '<!DOCTYPE html>'],
      ['json', '"schema": "gopy/diff@1"'],
      ['text', '[-1.200-]'],
    ] as const) {
      const r = await run(WORKSPACE, { format, output: `out/diff.${format}`, style: boldStyle });
      expect(r.out).toBe('');
      const written = readFileSync(path.join(r.dir, `out/diff.${format}`), 'utf8');
      expect(written).toContain(probe);
      expect(written).not.toContain('<B>'); // no colour in files
    }
  });

  it('colours the terminal text through the style it is given', async () => {
    const r = await run(WORKSPACE, { style: boldStyle });
    expect(r.out).toContain('<B>--- drafts/du-thao-1.md (version 1)</B>');
    expect(r.out).toContain('<DEL>1.200</DEL><INS>1.500</INS>');
  });

  it('--stat prints counts only; --format md honours lang: in gopy.yaml', async () => {
    const stat = await run(WORKSPACE, { stat: true });
    expect(stat.out).not.toContain('[-');
    expect(stat.out).toMatch(/^ modified {2}#mt-02 .* \+1 -1$/mu);
    const en = await run({ ...WORKSPACE, 'gopy.yaml': 'lang: en\n' }, { format: 'md' });
    expect(en.out.startsWith('# Comparison of draft versions\n')).toBe(true);
    const vi = await run({ ...WORKSPACE, 'gopy.yaml': 'lang: en\n' }, { format: 'markdown', lang: 'vi' });
    expect(vi.out.startsWith('# So sánh các bản dự thảo\n')).toBe(true);
  });

  it('--comments: the comments per changed section, the checks, and the checks as messages', async () => {
    const r = await run(WORKSPACE, { withComments: true });
    expect(r.out).toContain('Checks on the revision\n  accepted but not reflected: 3\n');
    expect(r.messages).toEqual([
      'info explained-but-applied comments/dai-bieu-a.yaml:15',
      'info anchor-gone comments/dai-bieu-a.yaml:26',
      'info anchor-gone comments/dai-bieu-a.yaml:29',
      'info anchor-gone comments/dai-bieu-a.yaml:32',
      'warning accepted-not-reflected comments/dai-bieu-b.yaml:6',
      'warning accepted-not-reflected comments/dai-bieu-b.yaml:11',
      'warning accepted-not-reflected comments/dai-bieu-b.yaml:14',
    ]);
    expect(r.code).toBeUndefined();
  });

  it('--comments takes a folder; a draft name commander took for one is told apart', async () => {
    const moved = { ...WORKSPACE, 'gop-y/a.yaml': WORKSPACE['comments/dai-bieu-a.yaml'] };
    const r = await run(moved, { withComments: 'gop-y' });
    expect(r.messages.filter((m) => m.includes('accepted-not-reflected'))).toEqual([]);
    expect(r.messages).toContain('info anchor-gone gop-y/a.yaml:29');
    const dir = makeWorkspace(moved);
    expect(await namesDraft(dir, 'du-thao-1')).toBe(true);
    expect(await namesDraft(dir, 'drafts/du-thao-1.md')).toBe(true);
    expect(await namesDraft(dir, 'gop-y')).toBe(false);
    expect(await namesDraft(dir, 'khong-co')).toBe(false);
    await expect(run(WORKSPACE, { withComments: 'khong-co' })).rejects.toThrow('--comments khong-co: không có thư mục này');
  });

  it('stops on invalid comment or decision files: exit 1, nothing written', async () => {
    const r = await run(
      { ...WORKSPACE, 'responses/sai.yaml': 'mt-02:\n  - to: [ai-do/mt-02/1]\n    decision: accepted\n' },
      { withComments: true, output: 'x.txt' },
    );
    expect(r.messages).toContain('error unknown-comment responses/sai.yaml:2');
    expect(existsSync(path.join(r.dir, 'x.txt'))).toBe(false);
    expect(r.out).toBe('');
  });

  it('stops on an invalid draft: errors, nothing written', async () => {
    const r = await run({ ...WORKSPACE, 'drafts/du-thao-2.md': '# A {#x}\n\n## B {#x}\n' });
    expect(r.messages).toEqual(['error duplicate-anchor drafts/du-thao-2.md:3']);
    expect(r.out).toBe('');
  });

  it('refuses wrong usage with a clear message', async () => {
    await expect(run(WORKSPACE, { drafts: ['du-thao-9'] })).rejects.toThrow(
      'không có dự thảo "du-thao-9" (trong drafts/ có: du-thao-1, du-thao-2)',
    );
    await expect(run(WORKSPACE, { drafts: ['a', 'b', 'c'] })).rejects.toThrow(
      'diff so sánh nhiều nhất hai bản dự thảo (bản trước và bản sau), ở đây lại có 3',
    );
    await expect(run(WORKSPACE, { format: 'pdf' })).rejects.toThrow('không có định dạng "pdf": hãy chọn một trong text, md, html, json');
    await expect(run({ 'drafts/du-thao-1.md': '# A\n' })).rejects.toThrow('cần hai bản dự thảo để so sánh, mới có drafts/du-thao-1.md');
    await expect(run({ 'drafts/du-thao-1.md': '# A\n' }, { drafts: ['du-thao-1'] })).rejects.toThrow('là bản duy nhất trong drafts/');
    await expect(run({})).rejects.toThrow(UsageError);
    const c = capture('/no/such/folder');
    await expect(diff(c.io)).rejects.toThrow('không có thư mục /no/such/folder');
  });

  it('compares drafts outside drafts/ given by path', async () => {
    const r = await run({ 'a.md': '# A\n\nMột hai.\n', 'b.md': '# A\n\nMột ba.\n' }, { drafts: ['a.md', 'b.md'] });
    expect(r.out).toContain('Một [-hai-]{+ba+}.');
  });
});

const boldStyle: Style = {
  del: (s) => `<DEL>${s}</DEL>`,
  ins: (s) => `<INS>${s}</INS>`,
  bold: (s) => `<B>${s}</B>`,
  dim: (s) => s,
  error: (s) => s,
  warning: (s) => s,
  ok: (s) => s,
};
