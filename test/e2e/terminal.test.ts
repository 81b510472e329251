// Terminal escape injection (issue #14): text typed in files (delegate
// names, comments, file names, headings, anchors) never reaches the terminal
// raw, in any command; it is shown escaped, as `check` shows it.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Spawned } from '../helpers/workspace.js';
import { exampleWorkspace, gopy, inputsHash, repoRoot } from '../helpers/workspace.js';

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);

/** The example with hostile text in a delegate's name and comment, a file's name, a heading and an anchor key. */
function hostile(): string {
  const ws = exampleWorkspace();
  writeFileSync(
    path.join(ws, 'comments', 'ke-la.yaml'),
    [
      'delegate:',
      '  name: "\\e]0;PWNED\\a \\ec Kẻ Lạ"',
      '  organization: "Cơ quan \\e[2J"',
      'comments:',
      '  general: "Ý kiến có \\e[31m màu \\e[0m và \\u202e đảo chiều"',
      '  "mt-\\e[1m01": Mục có mã thoát.',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(ws, 'comments', `te${ESC}n\nla.yaml`), 'delegate:\n  name: Tên tệp lạ\ncomments:\n  general: Nhất trí.\n');
  const drafts = path.join(ws, 'drafts');
  const first = readdirSync(drafts).sort()[0] ?? '';
  const text = readFileSync(path.join(drafts, first), 'utf8');
  const version = /^version:\s*(\S+)/mu.exec(text)?.[1] ?? '1';
  const next = text
    .replace(/^version:\s*\S+/mu, `version: ${Number(version) + 1}`)
    .concat(`\n## V. MỤC MỚI ${ESC}]0;PWNED${BEL} ${ESC}[2J {#muc-moi}\n\nNội dung ${ESC}c mới.\n`);
  writeFileSync(path.join(drafts, 'du-thao-zz.md'), next);
  return ws;
}

function noRawControl(r: Spawned, what: string): void {
  for (const [stream, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    expect(text.includes(ESC), `${what}: ${stream} holds a raw ESC`).toBe(false);
    expect(text.includes(BEL), `${what}: ${stream} holds a raw BEL`).toBe(false);
    expect(text.includes('\u202e'), `${what}: ${stream} holds a raw bidi override`).toBe(false);
    expect(text, what).not.toMatch(/\n\s+at |Unhandled|internal error|lỗi bên trong gopy/u);
  }
}

describe('no raw control character reaches the terminal', () => {
  const runs: [string, string[], number[]][] = [
    ['status', ['status'], [0]],
    ['status --lang en', ['status', '--lang', 'en'], [0]],
    ['anchors', ['anchors', '--draft', 'du-thao-zz'], [0]],
    ['anchors json', ['anchors', '--draft', 'du-thao-zz', '--format', 'json'], [0]],
    ['template', ['template', '--delegate', 'Người thử', '--draft', 'du-thao-zz'], [0]],
    ['diff', ['diff'], [0]],
    ['diff md', ['diff', '--format', 'md'], [0]],
    ['diff json', ['diff', '--format', 'json'], [0]],
    ['diff --comments', ['diff', '--comments'], [0, 1]],
    ['check', ['check'], [0, 1]],
    ['collate', ['collate'], [0]],
  ];
  it.each(runs)('%s', (what, args, codes) => {
    const ws = hostile();
    const before = inputsHash(ws);
    const r = gopy(args, { cwd: ws });
    expect(codes, `${what}: exit ${r.code}\n${r.stderr}`).toContain(r.code);
    noRawControl(r, what);
    expect(inputsHash(ws)).toBe(before);
  });

  // Data for programs keeps every character in a pipe or a file; on a terminal it is shown escaped too.
  it.each(['csv', 'html', 'json'])('collate --format %s on a terminal', (format) => {
    const ws = hostile();
    const before = inputsHash(ws);
    const bin = path.join(repoRoot, 'bin/gopy.js');
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" collate --format ${format}`, '/dev/null'], {
      cwd: ws,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    noRawControl({ code: r.status, stdout: r.stdout, stderr: r.stderr }, format);
    expect(r.stdout).toContain('\\u001b]0;PWNED\\u0007');
    expect(inputsHash(ws)).toBe(before);
    if (format === 'json') {
      const piped = gopy(['collate', '--format', 'json'], { cwd: ws });
      const names = (JSON.parse(piped.stdout) as { sections: { comments: { delegate: { name: string } }[] }[] }).sections.flatMap((x) =>
        x.comments.map((c) => c.delegate.name),
      );
      expect(names).toContain(`${ESC}]0;PWNED${BEL} ${ESC}c Kẻ Lạ`);
    }
  });

  it('shows them escaped, the way check does', () => {
    const ws = hostile();
    const status = gopy(['status'], { cwd: ws });
    expect(status.stdout).toContain('\\u001b]0;PWNED\\u0007 \\u001bc Kẻ Lạ');
    expect(status.stdout).toContain('(comments/te\\u001bn\\nla.yaml)');
    expect(gopy(['anchors', '--draft', 'du-thao-zz'], { cwd: ws }).stdout).toContain('MỤC MỚI \\u001b]0;PWNED\\u0007 \\u001b[2J');
    // The anchor key as the Markdown report shows it.
    expect(gopy(['collate'], { cwd: ws }).stdout).toContain('mt-\\u001b\\[1m01');
  });

  it('template writes a form that check accepts, even from headings with control characters', () => {
    const ws = hostile();
    const made = gopy(['template', '--delegate', 'Người thử', '--draft', 'du-thao-zz', '-o', 'forms/nguoi-thu.yaml'], { cwd: ws });
    expect(made.code, made.stderr).toBe(0);
    const form = readFileSync(path.join(ws, 'forms', 'nguoi-thu.yaml'), 'utf8');
    expect(form).toContain('MỤC MỚI \\u001b]0;PWNED\\u0007');
    expect(form.includes(ESC)).toBe(false);
    // The form alone, against that draft: no error (the example's decisions name comments it does not hold).
    const check = gopy(['check', '--draft', 'du-thao-zz', '--comments', 'forms'], { cwd: ws });
    expect(check.stderr).toContain('forms/nguoi-thu.yaml');
    expect(check.stderr.split('\n').filter((l) => l.startsWith('forms/') && l.includes(': error:'))).toEqual([]);
  });
});
