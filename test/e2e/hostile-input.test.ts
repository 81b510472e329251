// Input that used to be skipped without a word or to take half a minute
// (issue #14), on a copy of the bundled example: named or refused with a
// positioned message, no stack trace, the inputs byte-identical.

import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleWorkspace, gopy, inputsHash } from '../helpers/workspace.js';

describe('hostile input on the bundled example', () => {
  it('check names each file it does not read in comments/ and responses/, one line each', () => {
    const ws = exampleWorkspace();
    mkdirSync(path.join(ws, 'comments', 'thu-muc.yaml'));
    writeFileSync(path.join(ws, 'comments', 'thu-muc.yaml', 'an.yaml'), 'delegate: {name: A}\ncomments: {general: x}\n');
    writeFileSync(path.join(ws, 'comments', '.an.yaml'), 'delegate: {name: B}\ncomments: {general: x}\n');
    writeFileSync(path.join(ws, 'comments', '~$le-duc-duc.yaml'), 'lock');
    writeFileSync(path.join(ws, 'responses', '.cu.yaml'), 'general: []\n');
    const before = inputsHash(ws);
    const r = gopy(['check', '--lang', 'en'], { cwd: ws });
    expect(r.code).toBe(0);
    // In Vietnamese by default.
    expect(gopy(['check'], { cwd: ws }).stderr).toContain('comments/thu-muc.yaml: warning: đây là thư mục, không phải tệp: không đọc');
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    const skipped = r.stderr.split('\n').filter((l) => l.includes('[skipped-file]'));
    expect(skipped).toEqual([
      'comments/.an.yaml: info: a hidden file (its name starts with "."): not read; rename it to have it read [skipped-file]',
      'comments/thu-muc.yaml: warning: a folder, not a file: not read (the files inside it are not read either) [skipped-file]',
      'comments/~$le-duc-duc.yaml: info: a lock file left by Word or Excel while a document is open: not read [skipped-file]',
      'responses/.cu.yaml: info: a hidden file (its name starts with "."): not read; rename it to have it read [skipped-file]',
    ]);
    expect(inputsHash(ws)).toBe(before);
  });

  it('refuses 320 KB of "[a](" in a draft at once, with its position', () => {
    const ws = exampleWorkspace();
    const drafts = path.join(ws, 'drafts');
    for (const name of readdirSync(drafts)) writeFileSync(path.join(drafts, name), `# Dự thảo\n\n${'[a]('.repeat(80_000)}\n`);
    const before = inputsHash(ws);
    const start = Date.now();
    const r = gopy(['check'], { cwd: ws });
    expect(Date.now() - start).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^drafts\/[^:]+:3:1: error: một đoạn có hơn 500 dấu "\[": .* \[draft-too-complex\]$/mu);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    expect(inputsHash(ws)).toBe(before);
  });
});
