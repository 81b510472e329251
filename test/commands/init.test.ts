// gopy init: the command called in-process over CommandIO.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseCoreYaml } from 'yaml';
import { check } from '../../src/commands/check.js';
import { init } from '../../src/commands/init.js';
import { UsageError, WriteError } from '../../src/messages.js';
import { SCHEMA_FILES } from '../../src/render/json-schema.js';
import type { SchemaFile } from '../../src/render/json-schema.js';
import { capture, fillBlanks, listAll, makeWorkspace, read } from '../helpers/workspace.js';

describe('init', () => {
  it('makes a workspace that checks clean and validates against its own schemas', async () => {
    const parent = makeWorkspace({});
    const c = capture(parent);
    const r = await init({ ...c.io, dir: 'dot-gop-y' });
    expect(r.messages).toEqual([]);
    const ws = path.join(parent, 'dot-gop-y');
    expect(listAll(ws)).toEqual([
      '.gopy/schemas/comments.schema.json',
      '.gopy/schemas/responses.schema.json',
      '.gopy/schemas/settings.schema.json',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'comments/vi-du-nguyen-van-a.yaml',
      'drafts/du-thao-1.md',
      'gopy.yaml',
      'responses/vi-du.yaml',
    ]);
    expect(c.out()).toContain('đã tạo      dot-gop-y/gopy.yaml\n');
    expect(c.out()).toContain('  cd dot-gop-y\n');
    expect(read(ws, 'gopy.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=.gopy/schemas/settings.schema.json');
    expect(read(ws, 'gopy.yaml')).toContain('  date: 15/03/2024\n');
    expect(read(ws, 'comments/vi-du-nguyen-van-a.yaml').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../.gopy/schemas/comments.schema.json',
    );
    const vscode = JSON.parse(read(ws, '.vscode/settings.json'));
    expect(vscode['yaml.schemas']['./.gopy/schemas/comments.schema.json']).toContain('comments/*.yaml');

    // What only the user knows is left as visible blanks, and check says so until they are filled in.
    const k = capture(ws);
    const checked = await check(k.io);
    expect(checked.messages.map((m) => `${m.file}:${m.line}:${m.severity}:${m.rule}`)).toEqual(
      [21, 22, 26, 29, 41, 46, 47, 48].map((line) => `gopy.yaml:${line}:warning:settings-placeholder`),
    );
    expect(checked.messages.at(-1)?.message).toBe(
      '"signer.name:" vẫn còn chỗ để trống [Họ và tên người ký]: hãy thay cả chỗ đó (gồm dấu [ ]) bằng thông tin thật, nếu không báo cáo sẽ in nguyên văn',
    );
    expect(k.out()).toContain('1 tệp góp ý, 4 ý kiến, 1 tệp tiếp thu, giải trình; 0 lỗi, 8 cảnh báo');
    writeFileSync(path.join(ws, 'gopy.yaml'), fillBlanks(read(ws, 'gopy.yaml')));
    const k2 = capture(ws);
    expect((await check(k2.io)).messages).toEqual([]);
    expect(k2.out()).toContain('0 lỗi, 0 cảnh báo');

    const ajv = new Ajv({ strict: false });
    const valid = (schema: SchemaFile, rel: string): unknown => {
      const v = ajv.compile(JSON.parse(read(ws, `.gopy/schemas/${schema}`)));
      return v(parseCoreYaml(read(ws, rel))) ? [] : v.errors;
    };
    expect(valid('settings.schema.json', 'gopy.yaml')).toEqual([]);
    expect(valid('comments.schema.json', 'comments/vi-du-nguyen-van-a.yaml')).toEqual([]);
    expect(valid('responses.schema.json', 'responses/vi-du.yaml')).toEqual([]);
    expect(JSON.parse(read(ws, '.gopy/schemas/comments.schema.json'))).toEqual(SCHEMA_FILES['comments.schema.json']());
  });

  it('refuses a folder that already holds a workspace, writing nothing', async () => {
    const ws = makeWorkspace({ 'comments/a.yaml': 'x' });
    await expect(init(capture(ws).io)).rejects.toThrow(/đã là thư mục lấy ý kiến \(có comments\): không ghi gì/u);
    expect(listAll(ws)).toEqual(['comments/a.yaml']);
    const file = makeWorkspace({ 'notes.txt': 'x' });
    await expect(init({ ...capture(file).io, dir: 'notes.txt' })).rejects.toThrow(UsageError);
  });

  it('writes all or nothing', async () => {
    const ws = makeWorkspace({ '.gopy': 'a file where a folder must go' });
    await expect(init(capture(ws).io)).rejects.toThrow(
      new WriteError(
        'không ghi được .gopy/schemas/comments.schema.json: một phần của đường dẫn là tệp, không phải thư mục; không có gì được ghi',
      ),
    );
    expect(listAll(ws)).toEqual(['.gopy']);
  });

  it("keeps the user's editor settings, and --editor renews only the editor files", async () => {
    const ws = makeWorkspace({
      '.vscode/settings.json': '{"mine": true}\n',
      'gopy.yaml': 'title: x\n',
      '.gopy/schemas/comments.schema.json': 'old',
    });
    const c = capture(ws);
    await init({ ...c.io, editor: true });
    expect(read(ws, '.vscode/settings.json')).toBe('{"mine": true}\n');
    expect(read(ws, '.gopy/schemas/comments.schema.json')).not.toBe('old');
    expect(existsSync(path.join(ws, '.vscode/extensions.json'))).toBe(true);
    expect(read(ws, 'gopy.yaml')).toBe('title: x\n');
    expect(c.out()).toContain('giữ nguyên  .vscode/settings.json (tệp của bạn, không thay đổi)');
  });
});
