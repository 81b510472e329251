// What users see, byte for byte: the reports, messages, status, anchors and
// diffs on the bundled example (and on a small benchmark consultation) are
// compared with files captured before a refactor. A change here is a change
// users see; when an issue asks for one, renew the files and review the diff:
//
//   npm run build && UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
//
// Runs the built CLI (`npm run build` first, as npm test does); `status`
// runs in-process because its output depends on today's date.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { status } from '../src/commands/status.js';
import { formatMessage } from '../src/messages.js';
import { capture, gopy, repoRoot } from './helpers/workspace.js';

const goldenDir = path.join(repoRoot, 'test', 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

function compare(name: string, actual: string): void {
  const file = path.join(goldenDir, `${name}.txt`);
  if (update || !existsSync(file)) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
    if (!update) throw new Error(`${file} was missing and has been written; run again`);
    return;
  }
  expect(actual, `${name} differs from test/golden/${name}.txt`).toBe(readFileSync(file, 'utf8'));
}

function run(args: string[], cwd: string): string {
  const r = gopy(args, { cwd });
  return `exit ${String(r.code)}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

const example: [string, string[]][] = [
  ['collate-md', ['collate']],
  ['collate-md-en', ['collate', '--lang', 'en']],
  ['collate-json', ['collate', '--format', 'json']],
  ['collate-html', ['collate', '--format', 'html']],
  ['collate-csv', ['collate', '--format', 'csv']],
  ['collate-csv-en', ['collate', '--format', 'csv', '--lang', 'en']],
  ['check', ['check']],
  ['check-json', ['check', '--format', 'json']],
  ['check-draft-2', ['check', '--draft', 'du-thao-2']],
  ['anchors', ['anchors']],
  ['anchors-json', ['anchors', '--format', 'json']],
  ['diff', ['diff']],
  ['diff-stat', ['diff', '--stat']],
  ['diff-comments', ['diff', '--comments']],
  ['diff-md', ['diff', '--format', 'md', '--comments']],
  ['diff-md-en', ['diff', '--format', 'md', '--lang', 'en']],
  ['diff-html', ['diff', '--format', 'html', '--comments']],
  ['diff-json', ['diff', '--format', 'json', '--comments']],
  ['template', ['template', '--delegate', 'Lê Đức Dục']],
];

describe('golden outputs on the bundled example', () => {
  it.each(example)('%s', (name, args) => {
    compare(name, run(args, repoRoot));
  });

  it.each([
    ['status', 'text', undefined],
    ['status-json', 'json', undefined],
    ['status-en', 'text', 'en' as const],
  ])('%s', async (name, format, lang) => {
    const c = capture(repoRoot);
    const r = await status({ ...c.io, format, lang });
    compare(name, `${c.out()}--- messages\n${r.messages.map((m) => formatMessage(m)).join('\n')}\n`);
  });
});

describe('golden outputs on a small benchmark consultation', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-golden-'));
  beforeAll(async () => {
    const generator = pathToFileURL(path.join(repoRoot, 'bench', 'generate.mjs')).href;
    const { generateWorkspace } = (await import(generator)) as {
      generateWorkspace: (dir: string, o: { files: number; comments: number; sections: number }) => void;
    };
    generateWorkspace(dir, { files: 40, comments: 6, sections: 60 });
  });

  it.each([
    ['bench-collate-md', ['collate']],
    ['bench-collate-json', ['collate', '--format', 'json']],
    ['bench-check', ['check']],
  ])('%s', (name, args) => {
    compare(name, run(args, dir).replaceAll(dir, '<dir>'));
  });
});
