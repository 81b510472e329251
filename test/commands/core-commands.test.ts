import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchors } from '../../src/commands/anchors.js';
import { check } from '../../src/commands/check.js';
import { collate } from '../../src/commands/collate.js';
import { UsageError } from '../../src/messages.js';
import { SMALL_DRAFT, capture, makeWorkspace } from '../helpers/workspace.js';

const GOOD = {
  'drafts/du-thao-1.md': SMALL_DRAFT,
  'comments/le-duc-duc.yaml':
    'delegate:\n  name: Lê Đức Dục\ncomments:\n  mt-02:\n    kind: amend\n    text: Nâng lên 1.500.\n    proposal: 1.500\n  general: Nhất trí.\n',
  'responses/r.yaml': 'mt-02:\n  - to: [le-duc-duc/mt-02/1]\n    decision: accepted\n    note: Tiếp thu.\n',
};

describe('check', () => {
  it('passes a good workspace with a one-line summary', async () => {
    const c = capture(makeWorkspace(GOOD));
    const r = await check(c.io);
    expect(r.messages).toEqual([]);
    expect(c.out()).toBe('drafts/du-thao-1.md: 1 tệp góp ý, 2 ý kiến, 1 tệp tiếp thu, giải trình; 0 lỗi, 0 cảnh báo\n');
  });

  it('finds every problem and reports them as JSON for tools', async () => {
    const c = capture(
      makeWorkspace({
        ...GOOD,
        'comments/bad.yaml': 'delegate: {}\ncomments:\n  mt-9: x\n',
        'responses/r2.yaml': 'mt-02:\n  - {to: [nobody/mt-02/1], decision: noted}\n',
      }),
    );
    const r = await check({ ...c.io, format: 'json' });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(c.out()) as { ok: boolean; errors: number; messages: { file: string; line: number; rule: string }[] };
    expect(report.ok).toBe(false);
    expect(report.messages.map((m) => `${m.file}:${m.line}:${m.rule}`)).toEqual([
      'comments/bad.yaml:1:missing-name',
      'responses/r2.yaml:2:unknown-comment',
    ]);
  });

  it('does not repeat a broken comment file as unknown ids in the decisions', async () => {
    const c = capture(makeWorkspace({ ...GOOD, 'comments/le-duc-duc.yaml': 'delegate: [oops\n' }));
    const r = await check(c.io);
    expect(r.messages.map((m) => `${m.file}:${m.rule}`)).toEqual(['comments/le-duc-duc.yaml:yaml-syntax']);
  });

  it('uses the draft the comment files name', async () => {
    const dir = makeWorkspace({
      ...GOOD,
      'drafts/du-thao-2.md': SMALL_DRAFT.replace('version: 1', 'version: 2').replace('{#mt-02}', '{#mt-02-moi}'),
      'comments/le-duc-duc.yaml': `draft: du-thao-1\n${GOOD['comments/le-duc-duc.yaml']}`,
    });
    const c = capture(dir);
    expect((await check(c.io)).messages).toEqual([]);
    expect(c.out()).toMatch(/^drafts\/du-thao-1\.md:/u);
    // Against du-thao-2 the comments are still read in du-thao-1, the draft they name, and carried over.
    const c2 = capture(dir);
    const r = await check({ ...c2.io, draft: 'du-thao-2' });
    expect(r.messages).toEqual([]);
    expect(c2.out()).toMatch(/^drafts\/du-thao-2\.md:/u);
  });

  it('throws a usage error for a missing folder or draft', async () => {
    const c = capture(makeWorkspace(GOOD));
    await expect(check({ ...c.io, draft: 'nope' })).rejects.toBeInstanceOf(UsageError);
    await expect(check({ ...c.io, comments: 'nope' })).rejects.toBeInstanceOf(UsageError);
    await expect(check({ ...c.io, cwd: path.join(c.io.cwd, 'nope') })).rejects.toBeInstanceOf(UsageError);
  });

  it('reports a workspace with no draft as an error', async () => {
    const c = capture(makeWorkspace({ 'comments/a.yaml': 'delegate: {name: A}\ncomments: {general: x}\n' }));
    expect((await check(c.io)).messages.map((m) => m.rule)).toEqual(['no-draft']);
  });
});

describe('collate', () => {
  it('writes Markdown to stdout by default', async () => {
    const c = capture(makeWorkspace(GOOD));
    const r = await collate(c.io);
    expect(r.messages).toEqual([]);
    expect(c.out()).toContain('**1.** **Lê Đức Dục**');
    // A note that starts with its decision's word does not say it twice.
    expect(c.out()).not.toContain('**Tiếp thu**. Tiếp thu');
    expect(c.out()).toMatch(/\*\*Tiếp thu\*\*[.,;]/u);
  });

  it('writes a file whole, and nothing when the input has errors', async () => {
    const dir = makeWorkspace(GOOD);
    const c = capture(dir);
    await collate({ ...c.io, format: 'json', output: 'out/bao-cao.json' });
    const json = JSON.parse(readFileSync(path.join(dir, 'out/bao-cao.json'), 'utf8')) as { summary: { comments: number } };
    expect(json.summary.comments).toBe(2);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['bao-cao.json']);

    const bad = makeWorkspace({ ...GOOD, 'comments/x.yaml': 'delegate: {name: X}\ncomments:\n  mt-02: {kind: wrong, text: y}\n' });
    const c2 = capture(bad);
    const r = await collate({ ...c2.io, output: 'bao-cao.md' });
    expect(r.messages.map((m) => m.rule)).toEqual(['unknown-kind']);
    expect(existsSync(path.join(bad, 'bao-cao.md'))).toBe(false);
    expect(c2.out()).toBe('');
  });

  it('refuses to write a report over or into the input folders', async () => {
    const dir = makeWorkspace(GOOD);
    const before = readFileSync(path.join(dir, 'comments/le-duc-duc.yaml'), 'utf8');
    for (const output of ['comments/le-duc-duc.yaml', 'drafts/du-thao-1.md', 'responses/new.md', 'comments']) {
      await expect(collate({ ...capture(dir).io, output })).rejects.toThrow(/gopy chỉ đọc/u);
    }
    await expect(collate({ ...capture(dir).io, output: 'elsewhere.md', draft: 'drafts/du-thao-1.md' })).resolves.toBeDefined();
    await expect(collate({ ...capture(dir).io, output: 'drafts/du-thao-1.md', draft: 'drafts/du-thao-1.md' })).rejects.toThrow(
      /gopy chỉ đọc/u,
    );
    expect(readFileSync(path.join(dir, 'comments/le-duc-duc.yaml'), 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'responses/new.md'))).toBe(false);
  });

  it('rejects an unknown format as wrong usage', async () => {
    const c = capture(makeWorkspace(GOOD));
    await expect(collate({ ...c.io, format: 'pptx' })).rejects.toBeInstanceOf(UsageError);
  });

  it('never modifies the input folders', async () => {
    const dir = makeWorkspace(GOOD);
    const before = JSON.stringify(
      ['drafts', 'comments', 'responses'].map((d) => readdirSync(path.join(dir, d)).map((f) => readFileSync(path.join(dir, d, f), 'utf8'))),
    );
    await collate({ ...capture(dir).io, output: 'r.md' });
    const after = JSON.stringify(
      ['drafts', 'comments', 'responses'].map((d) => readdirSync(path.join(dir, d)).map((f) => readFileSync(path.join(dir, d, f), 'utf8'))),
    );
    expect(after).toBe(before);
  });
});

describe('anchors', () => {
  it('lists sections as text and JSON', async () => {
    const dir = makeWorkspace(GOOD);
    const c = capture(dir);
    await anchors(c.io);
    expect(c.out()).toContain('mt-02');
    expect(c.out()).toContain('muc-tieu.3');
    const j = capture(dir);
    await anchors({ ...j.io, format: 'json' });
    const out = JSON.parse(j.out()) as { draft: string; sections: { anchor: string; parent: string | null }[] };
    expect(out.draft).toBe('drafts/du-thao-1.md');
    expect(out.sections.find((s) => s.anchor === 'mt-02')?.parent).toBe('muc-tieu');
    await expect(anchors({ ...j.io, format: 'xml' })).rejects.toBeInstanceOf(UsageError);
  });
});
