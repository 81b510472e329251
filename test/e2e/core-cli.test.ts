// The built CLI as a user runs it: exit codes, stdout and stderr.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_DRAFT, gopy, makeWorkspace, repoRoot } from '../helpers/workspace.js';

const GOOD = {
  'drafts/du-thao-1.md': SMALL_DRAFT,
  'comments/le-duc-duc.yaml':
    'delegate:\n  name: Lê Đức Dục\ncomments:\n  mt-02:\n    kind: amend\n    text: Nâng lên 1.500.\n  general: Nhất trí.\n',
};

describe('gopy (spawned)', () => {
  it('prints its version and help', () => {
    const v = gopy(['--version']);
    expect(v.code).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(v.stdout.trim()).toBe(pkg.version);
    const h = gopy(['--help']);
    expect(h.code).toBe(0);
    for (const cmd of ['check', 'anchors', 'collate']) expect(h.stdout).toContain(cmd);
  });

  it('exits 2 on wrong usage, with one line and no stack trace', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['collate', '--format', 'pptx'],
      ['collate', '--lang', 'fr'],
      ['check', '--bogus'],
      ['check', '-C', '/no/such/dir'],
    ]) {
      const r = gopy(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /u);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('collates the bundled example (npm start) with exit 0', () => {
    const r = gopy(['collate', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { summary: { comments: number }; unplaced: unknown[] };
    expect(json.summary.comments).toBeGreaterThanOrEqual(50);
    expect(json.unplaced.length).toBeGreaterThan(0);
    expect(r.stderr).toContain('unknown-anchor');
  });

  it('works from another folder with -C, before or after the command', () => {
    const dir = makeWorkspace(GOOD);
    for (const args of [
      ['-C', dir, 'collate'],
      ['collate', '-C', dir],
    ]) {
      const r = gopy(args, { cwd: path.parse(dir).root });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Lê Đức Dục');
      expect(r.stderr).toBe('');
    }
  });

  it('writes -o files and prints messages as path:line:col', () => {
    const dir = makeWorkspace({ ...GOOD, 'comments/b.yaml': 'delegate: {name: B}\ncomments:\n  mt-20: x\n' });
    const r = gopy(['collate', '-o', 'bao-cao.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'comments/b.yaml:3:3: warning: dự thảo không có mục "mt-20" (có phải là "mt-02"?): ý kiến vẫn được giữ và liệt kê riêng trong báo cáo [unknown-anchor]\n',
    );
    expect(readFileSync(path.join(dir, 'bao-cao.md'), 'utf8')).toContain('mt-20');
  });

  // One defect each: exit 1, nothing on stdout, a message naming the right file and line.
  const broken: [string, Record<string, string>, string][] = [
    ['YAML syntax', { 'comments/x.yaml': 'delegate:\n  name: "X\ncomments: {}\n' }, 'comments/x.yaml:'],
    ['duplicate key', { 'comments/x.yaml': 'delegate: {name: X}\ncomments:\n  mt-01: a\n  mt-01: b\n' }, 'comments/x.yaml:4:3: error'],
    ['missing name', { 'comments/x.yaml': 'delegate:\n  title: X\ncomments: {general: a}\n' }, 'comments/x.yaml:1:1: error'],
    ['missing text', { 'comments/x.yaml': 'delegate: {name: X}\ncomments:\n  general:\n    kind: add\n' }, 'comments/x.yaml:4:5: error'],
    [
      'unknown kind',
      { 'comments/x.yaml': 'delegate: {name: X}\ncomments:\n  general:\n    kind: agre\n    text: a\n' },
      'comments/x.yaml:4:11: error',
    ],
    ['empty file', { 'comments/x.yaml': '' }, 'comments/x.yaml:1:1: error'],
    ['not UTF-8', { 'comments/x.yaml': 'delegate: {name: Nguy\u00ean}\n' }, 'comments/x.yaml:1:'],
    ['duplicate anchor in draft', { 'drafts/du-thao-1.md': `${SMALL_DRAFT}\n## IV. Khác {#mt-01}\n` }, 'drafts/du-thao-1.md:'],
    ['unknown decision', { 'responses/r.yaml': 'general:\n  - to: all\n    decision: ok\n' }, 'responses/r.yaml:3:15: error'],
    [
      'unknown comment id',
      { 'responses/r.yaml': 'general:\n  - to: [x/general/1]\n    decision: noted\n' },
      'responses/r.yaml:2:10: error',
    ],
    ['explained without note', { 'responses/r.yaml': 'general:\n  - to: all\n    decision: explained\n' }, 'responses/r.yaml:3:15: error'],
    [
      'conflicting decisions',
      {
        'responses/r.yaml':
          'general:\n  - {to: [le-duc-duc/general/1], decision: noted}\n  - {to: [le-duc-duc/general/1], decision: accepted}\n',
      },
      'responses/r.yaml:3:11: error',
    ],
  ];
  for (const [name, files, where] of broken) {
    it(`rejects a workspace with one defect: ${name}`, () => {
      const contents: Record<string, string | Uint8Array> = { ...GOOD, ...files };
      if (name === 'not UTF-8') contents['comments/x.yaml'] = Buffer.from('delegate: {name: Nguy\xean}\n', 'latin1');
      const dir = makeWorkspace(contents);
      const r = gopy(['collate', '-o', 'out.md'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(where);
      expect(r.stderr).not.toMatch(/\n\s+at /u);
      const c = gopy(['check'], { cwd: dir });
      expect(c.code).toBe(1);
    });
  }
});
