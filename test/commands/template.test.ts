// gopy template: the command called in-process over CommandIO.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check.js';
import { template } from '../../src/commands/template.js';
import { capture, DELEGATES, listAll, makeWorkspace, read, SMALL_DRAFT } from '../helpers/workspace.js';

describe('template', () => {
  it("prints a form for a delegate that names the workspace's schema", async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, '.gopy/schemas/comments.schema.json': '{}' });
    const c = capture(ws);
    const r = await template({ ...c.io, delegate: 'Lê Đức Dục', organization: 'Ban Tuyên giáo', title: ' ', group: 'Các ban' });
    expect(r.messages).toEqual([]);
    const form = c.out();
    expect(form.split('\n')[0]).toBe('# yaml-language-server: $schema=../.gopy/schemas/comments.schema.json');
    expect(form).toContain('  name: Lê Đức Dục\n  title:        # chức vụ\n  organization: Ban Tuyên giáo\n  group: Các ban\n');
    expect(form).toContain('  # mt-02: ');
  });

  it('points at the schema shipped with gopy when the workspace has none', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT });
    const c = capture(ws);
    await template(c.io);
    expect(c.out().split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=file:\/\/\/.*\/schemas\/comments\.schema\.json$/u);
  });

  it('writes a new file, never over an existing one, and a filled form passes check', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT });
    const c = capture(ws);
    await template({ ...c.io, delegate: 'Lê Đức Dục', output: 'comments/' });
    expect(c.out()).toBe('đã tạo      comments/le-duc-duc.yaml\n');
    await expect(template({ ...c.io, delegate: 'Lê Đức Dục', output: 'comments/le-duc-duc.yaml' })).rejects.toThrow(
      /đã có: gopy không ghi đè tệp góp ý/u,
    );
    await expect(template({ ...c.io, output: 'comments' })).rejects.toThrow(/hãy cho --delegate "Họ tên"/u);
    const form = read(ws, 'comments/le-duc-duc.yaml');
    writeFileSync(path.join(ws, 'comments/le-duc-duc.yaml'), form.replace(/ {2}# mt-02: +#/u, '  mt-02: Đề nghị nâng chỉ tiêu. #'));
    const k = capture(ws);
    expect((await check(k.io)).messages).toEqual([]);
    expect(k.out()).toContain('1 ý kiến');
  });

  it('--all writes one form per expected delegate into forms/, skipping what is there', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'gopy.yaml': DELEGATES, 'forms/so-tai-chinh.yaml': 'kept' });
    const c = capture(ws);
    await template({ ...c.io, all: true });
    expect(c.out()).toBe(
      [
        'đã tạo      forms/le-duc-duc.yaml',
        'bỏ qua      forms/so-tai-chinh.yaml (đã có, giữ nguyên)',
        'bỏ qua      forms/le-duc-duc.yaml (Lê Đức Dục: trùng tệp với một đại biểu ở trên)',
        'đã ghi 1 phiếu, bỏ qua 2; hãy gửi mỗi đại biểu phiếu của mình, phiếu đã điền thì lưu vào comments/',
        '',
      ].join('\n'),
    );
    expect(read(ws, 'forms/so-tai-chinh.yaml')).toBe('kept');
    expect(read(ws, 'forms/le-duc-duc.yaml')).toContain('  organization: Ban Tuyên giáo Tỉnh ủy\n');
    const d = capture(ws);
    await template({ ...d.io, all: true, output: 'gui-di' });
    expect(listAll(path.join(ws, 'gui-di'))).toEqual(['le-duc-duc.yaml', 'so-tai-chinh.yaml']);
  });

  it('--all needs the list, and no single-delegate options', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT });
    await expect(template({ ...capture(ws).io, all: true })).rejects.toThrow(/gopy.yaml chưa có danh sách đại biểu/u);
    await expect(template({ ...capture(ws).io, all: true, delegate: 'A' })).rejects.toThrow(/hãy bỏ --delegate/u);
  });

  it('reports a missing draft as an error', async () => {
    const r = await template(capture(makeWorkspace({})).io);
    expect(r.messages.map((m) => m.rule)).toEqual(['no-draft']);
  });
});
