// The same consultation gives byte-identical reports whatever the order the
// file system lists (or the secretariat created) the files in, whatever the
// line endings, with or without a byte order mark, and whether text and file
// names are NFC or NFD. Every text report format is compared (md, json, and
// html and csv since they exist), and so are the messages.

import { readdirSync, readFileSync } from 'node:fs';
import type * as FsModule from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../src/messages.js';
import { makeWorkspace, repoRoot } from '../helpers/workspace.js';
import { availableFormats, cleanup, runCollate } from './support.js';

// Listing order is the file system's: reverse it on demand to prove that
// nothing depends on it.
const listing = vi.hoisted(() => ({ reverse: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof FsModule>();
  const readdirSync = ((...args: Parameters<typeof fs.readdirSync>) => {
    const names = fs.readdirSync(...args) as unknown[];
    return listing.reverse ? [...names].reverse() : names;
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

type Files = [string, string][];

/** The bundled example, plus a delegate and a decision file whose names are Vietnamese. */
function example(): Files {
  const files: Files = [];
  for (const name of ['gopy.yaml']) files.push([name, readFileSync(path.join(repoRoot, name), 'utf8')]);
  for (const dir of ['drafts', 'comments', 'responses']) {
    for (const name of readdirSync(path.join(repoRoot, dir)).sort())
      files.push([`${dir}/${name}`, readFileSync(path.join(repoRoot, dir, name), 'utf8')]);
  }
  files.push([
    'comments/đoàn-thanh-niên-tỉnh.yaml',
    'delegate:\n  name: Đoàn Thanh niên tỉnh\n  group: Mặt trận và đoàn thể\ndraft: du-thao-1\ncomments:\n  mt-02:\n    kind: amend\n    text: "Đề nghị giữ chỉ tiêu 1.200 hội viên; bổ sung: thanh niên nông thôn."\n    quote: kết nạp từ 1.200 hội viên\n  general:\n    - Nhất trí.\n    - Đề nghị rà soát lỗi chính tả (“tiếp thu”, ‘giải trình’).\n',
  ]);
  files.push([
    'responses/bổ-sung-ý-kiến.yaml',
    'mt-02:\n  - to: [đoàn-thanh-niên-tỉnh/mt-02/1]\n    decision: partial\n    note: Tiếp thu một phần — giữ 1.200, bổ sung thanh niên.\n',
  ]);
  return files;
}

const isText = (name: string): boolean => /\.(?:ya?ml|md)$/u.test(name);
const mapText = (files: Files, f: (text: string) => string): Files => files.map(([n, t]) => [n, isText(n) ? f(t) : t]);

const VARIANTS: Record<string, (files: Files) => Files> = {
  'files created in reverse order': (files) => [...files].reverse(),
  'files created in a shuffled order': (files) => {
    const out = [...files];
    for (let i = out.length - 1; i > 0; i--) {
      const j = (i * 7919 + 13) % (i + 1);
      [out[i], out[j]] = [out[j] as [string, string], out[i] as [string, string]];
    }
    return out;
  },
  'Windows line endings (CRLF)': (files) => mapText(files, (t) => t.replace(/\r?\n/gu, '\r\n')),
  'old Mac line endings (CR)': (files) => mapText(files, (t) => t.replace(/\r?\n/gu, '\r')),
  'a byte order mark on every file': (files) => mapText(files, (t) => `\uFEFF${t}`),
  'NFD text': (files) => mapText(files, (t) => t.normalize('NFD')),
  'NFD file names': (files) => files.map(([n, t]) => [n.normalize('NFD'), t]),
  'all at once: CRLF, BOM, NFD text and names, reversed': (files) =>
    [...files].reverse().map(([n, t]) => [n.normalize('NFD'), isText(n) ? `\uFEFF${t.normalize('NFD').replace(/\r?\n/gu, '\r\n')}` : t]),
};

const dirs: string[] = [];
const write = (files: Files): string => {
  // makeWorkspace writes in the order given (object keys keep insertion order; no name here is integer-like).
  const ordered: Record<string, string> = {};
  for (const [n, t] of files) ordered[n] = t;
  const made = makeWorkspace(ordered);
  dirs.push(made);
  return made;
};

let formats: string[] = [];
const baseline = new Map<string, string>();
let baselineMessages: string[] = [];

beforeAll(async () => {
  const dir = write(example());
  formats = await availableFormats(dir);
  for (const f of formats) {
    const r = await runCollate(dir, f);
    expect(r.code, `baseline ${f}: ${r.messages.map(formatMessage).join('\n')}`).toBe(0);
    baseline.set(f, r.out.toString('base64'));
    baselineMessages = r.messages.map(formatMessage);
  }
});

afterAll(() => cleanup(dirs));

describe('determinism: one consultation, one report', () => {
  it('renders md and json, and every other text format that exists', () => {
    expect(formats).toEqual(expect.arrayContaining(['md', 'json']));
    // The added delegate and decision are in the report, under their NFC names.
    expect(Buffer.from(baseline.get('json') ?? '', 'base64').toString('utf8')).toContain('"id": "đoàn-thanh-niên-tỉnh/mt-02/1"');
  });

  it('gives the same bytes twice in a row', async () => {
    const dir = write(example());
    for (const f of formats) expect((await runCollate(dir, f)).out.toString('base64'), f).toBe(baseline.get(f));
  });

  for (const [name, variant] of Object.entries(VARIANTS)) {
    it(`gives the same bytes with ${name}`, async () => {
      const dir = write(variant(example()));
      for (const f of formats) {
        const r = await runCollate(dir, f);
        expect(r.out.toString('base64'), `${name}, --format ${f}`).toBe(baseline.get(f));
        expect(r.messages.map(formatMessage), `${name}, messages`).toEqual(baselineMessages);
      }
    });
  }

  it('gives the same bytes whatever order the file system lists the files in', async () => {
    const dir = write(example());
    const names = readdirSync(path.join(dir, 'comments'));
    listing.reverse = true;
    try {
      expect(readdirSync(path.join(dir, 'comments'))).toEqual([...names].reverse());
      for (const f of formats) {
        const r = await runCollate(dir, f);
        expect(r.out.toString('base64'), `reversed listing, --format ${f}`).toBe(baseline.get(f));
        expect(r.messages.map(formatMessage)).toEqual(baselineMessages);
      }
    } finally {
      listing.reverse = false;
    }
  });
});
