// Hostile and broken input. gopy never crashes: it succeeds, or it exits 1
// with one-line messages that say where (`path:line:col`, or `path:` for a
// whole file). And delegate text never changes the structure of a report, in
// any format: a corpus of nasty strings (test/fixtures/nasty-strings.txt, one
// JSON string per line) goes into every field a delegate or the secretariat
// types, and each report is compared with the same report made of harmless
// strings.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import fc from 'fast-check';
import { parse as parseHtml } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/load/read-files.js';
import { formatMessage } from '../../src/messages.js';
import type { Message } from '../../src/messages.js';
import { SMALL_DRAFT, gopy, repoRoot } from '../helpers/workspace.js';
import {
  availableFormats,
  badMessages,
  trackedWorkspaces,
  csvText,
  isExpected,
  markdownShape,
  parseCsv,
  parseMarkdown,
  runCheck,
  runCollate,
} from './support.js';

const workspace = trackedWorkspaces();

const GOOD_A =
  'delegate:\n  name: Lê Đức Dục\n  title: Trưởng ban\ndraft: du-thao-1\ncomments:\n  general: Nhất trí cao.\n  mt-02:\n    kind: amend\n    text: Đề nghị nâng lên 1.500.\n    quote: kết nạp từ 1.200\n    proposal: kết nạp từ 1.500\n  nhiem-vu-1:\n    - Bổ sung đào tạo nghề.\n    - kind: add\n      id: bhxh\n      text: Bổ sung BHXH tự nguyện.\n';
const GOOD_B =
  'delegate: {name: Huyện ủy Tam Đường, group: Huyện ủy}\ncomments:\n  mt-02: "Nhất trí nâng chỉ tiêu."\n  mt-20: Mục không có.\n';
const GOOD_R =
  'mt-02:\n  - to: [le-duc-duc/mt-02/1, b/mt-02/1]\n    decision: accepted\n    note: Tiếp thu.\ngeneral:\n  - to: all\n    decision: noted\n    note: Ghi nhận.\nnhiem-vu-1:\n  - to: [le-duc-duc/bhxh]\n    decision: explained\n    note: Đã có trong Kế hoạch khác.\n';
const SETTINGS = 'title: Báo cáo tổng hợp\nissuer: {parent: ĐẢNG BỘ TỈNH, name: TỈNH ỦY}\nplace: Lai Châu\ndate: 2024-03-05\n';
const BASE: Record<string, string> = {
  'gopy.yaml': SETTINGS,
  'drafts/du-thao-1.md': SMALL_DRAFT,
  'comments/le-duc-duc.yaml': GOOD_A,
  'comments/b.yaml': GOOD_B,
  'responses/r.yaml': GOOD_R,
};

/** What every run must look like: exit 0 or 1, one-line positioned messages, an error behind every exit 1. */
function expectWellBehaved(run: { code: number; messages: Message[] }, files: Record<string, string | Uint8Array>, what: string): void {
  expect([0, 1], what).toContain(run.code);
  expect(badMessages(run.messages), what).toEqual([]);
  if (run.code === 1)
    expect(
      run.messages.some((m) => m.severity === 'error'),
      what,
    ).toBe(true);
  for (const m of run.messages) {
    const content = files[m.file];
    if (content === undefined || m.line === 0) continue;
    const lines = (typeof content === 'string' ? content : Buffer.from(content).toString('latin1')).split(/\r\n|\r|\n/u).length;
    expect(m.line, `${what}: ${formatMessage(m)} is past the end of the file (${lines} lines)`).toBeLessThanOrEqual(lines + 1);
  }
}

async function runAll(dir: string, files: Record<string, string | Uint8Array>, what: string): Promise<void> {
  const checked = await runCheck(dir);
  expectWellBehaved(checked, files, `${what} (check)`);
  for (const format of ['json', 'md']) {
    const r = await runCollate(dir, format);
    expectWellBehaved(r, files, `${what} (collate --format ${format})`);
    expect(r.code, `${what}: check and collate --format ${format} disagree`).toBe(checked.code);
    if (r.code === 0 && format === 'json') expect(() => JSON.parse(r.out.toString('utf8')) as unknown).not.toThrow();
    if (r.code === 1) expect(r.out.length, `${what}: nothing is written on errors`).toBe(0);
  }
}

// ---------------------------------------------------------------------------
describe('hostile input: random damage to valid files', () => {
  const SNIPPETS = [
    '\0',
    '\u0000\u0000',
    ': ',
    '- ',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    '&a ',
    '*a',
    '!!binary ',
    '? ',
    '---\n',
    '...\n',
    '%YAML 1.2\n',
    '\r',
    '\r\n',
    '\t',
    '\u2028',
    '\ufeff',
    '#',
    '|\n',
    '>-\n',
    '{#general}',
    '{#mt-02}',
    '\n## Chèn {#mt-02}\n',
    '\n1. mục\n',
    '\n> ',
    '```\n',
    '<!--',
    '<script>',
    `${'['.repeat(400)}`,
    `${'- '.repeat(200)}x`,
    `${'  '.repeat(150)}k: v\n`,
    'x'.repeat(50_000),
    '\n  bad indent: [\n',
    'to: all\n',
    'decision: referred\n',
  ];
  const INVALID_UTF8 = [[0xff], [0xc3, 0x28], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]];
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({
      op: fc.constant('bytes' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }),
      replace: fc.boolean(),
    }),
    fc.record({
      op: fc.constant('snippet' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      snippet: fc.constantFrom(...SNIPPETS),
    }),
    fc.record({
      op: fc.constant('utf8' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      bytes: fc.constantFrom(...INVALID_UTF8),
    }),
    fc.record({ op: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }),
    fc.record({
      op: fc.constant('repeat' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 60 }),
      times: fc.integer({ min: 2, max: 5 }),
    }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

  function apply(input: Buffer, m: Mutation): Buffer {
    const at = Math.floor(m.at * input.length);
    switch (m.op) {
      case 'truncate':
        return input.subarray(0, at);
      case 'bytes':
        return Buffer.concat([input.subarray(0, at), Buffer.from(m.bytes), input.subarray(m.replace ? at + m.bytes.length : at)]);
      case 'snippet':
        return Buffer.concat([input.subarray(0, at), Buffer.from(m.snippet, 'utf8'), input.subarray(at)]);
      case 'utf8':
        return Buffer.concat([input.subarray(0, at), Buffer.from(m.bytes), input.subarray(at)]);
      case 'cut':
        return Buffer.concat([input.subarray(0, at), input.subarray(at + m.length)]);
      case 'repeat': {
        const piece = input.subarray(at, at + m.length);
        return Buffer.concat([input.subarray(0, at), ...Array.from({ length: m.times }, () => piece), input.subarray(at + m.length)]);
      }
    }
  }

  it('check and collate exit 0 or 1 with positioned one-line messages, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(BASE)),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (target, mutations) => {
          let content: Buffer = Buffer.from(BASE[target] ?? '', 'utf8');
          for (const m of mutations) content = apply(content, m);
          const files: Record<string, string | Uint8Array> = { ...BASE, [target]: content };
          const dir = workspace(files);
          try {
            await runAll(dir, files, `${target} after ${JSON.stringify(mutations).slice(0, 300)}`);
          } catch (e) {
            if (isExpected(e)) throw new Error(`unexpected usage error for damaged ${target}: ${(e as Error).message}`, { cause: e });
            throw e;
          }
        },
      ),
      // GOPY_FUZZ_RUNS=5000 for a long hunt; the suite keeps it short.
      { numRuns: Number(process.env['GOPY_FUZZ_RUNS'] ?? 60) },
    );
  });
});

// ---------------------------------------------------------------------------
describe('hostile input: limits and broken files', () => {
  const one = async (files: Record<string, string | Uint8Array>, what: string): Promise<{ dir: string; messages: Message[] }> => {
    const dir = workspace(files);
    await runAll(dir, files, what);
    return { dir, messages: (await runCheck(dir)).messages };
  };
  const rules = (messages: Message[]): string[] => messages.map((m) => `${m.file}:${m.rule}`);

  it('refuses a file larger than the limit with a whole-file message', async () => {
    const dir = workspace(BASE);
    const huge = path.join(dir, 'comments/huge.yaml');
    writeFileSync(huge, 'delegate: {name: X}\ncomments: {general: x}\n');
    truncateSync(huge, MAX_FILE_BYTES + 1024 * 1024); // sparse: the size without the writing
    const r = await runCheck(dir);
    expect(r.code).toBe(1);
    const lines = r.messages.map(formatMessage);
    expect(lines).toContain(
      `comments/huge.yaml: error: tệp nặng ${((MAX_FILE_BYTES + 1024 * 1024) / 1024 / 1024).toFixed(1)} MB, quá giới hạn ${MAX_FILE_BYTES / 1024 / 1024} MB cho loại tệp này [file-too-large]`,
    );
  });

  it('reads a large comment (1 MB of text) under the limit', async () => {
    const text = 'Ý kiến rất dài. '.repeat(65_000);
    const { messages } = await one(
      { ...BASE, 'comments/dai.yaml': `delegate: {name: Dài}\ncomments:\n  general: "${text}"\n` },
      'a 1 MB comment',
    );
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('deep nesting in YAML is an error with a position, not a crash', async () => {
    for (const [what, body] of [
      ['20,000 nested brackets', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
      ['5,000 nested flow mappings', `${'{a: '.repeat(5000)}x${'}'.repeat(5000)}`],
      ['300 nested block mappings', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 2)}k${i}:`).join('\n')],
    ] as const) {
      const { messages } = await one(
        { ...BASE, 'comments/sau.yaml': `delegate: {name: Sâu}\ncomments:\n  general:${body.startsWith(' ') ? '\n' : ' '}${body}\n` },
        what,
      );
      const m = messages.find((x) => x.file === 'comments/sau.yaml');
      expect(m?.severity, what).toBe('error');
      expect(m?.line, what).toBeGreaterThan(0);
      expect(formatMessage(m as Message), what).toMatch(/lồng nhau quá \d+ cấp|viết chưa đúng cách/u);
    }
  });

  it('an alias bomb ("billion laughs") is stopped', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefgh'.split('').map(
        (k, i) =>
          `${k}: &${k} [${Array(9)
            .fill(`*${'abcdefg'[i] ?? 'a'}`)
            .join(',')}]`,
      ),
    ].join('\n');
    const { messages } = await one(
      {
        ...BASE,
        'comments/bom.yaml': `delegate: {name: Bom}\ncomments:\n  general: x\n${bomb.replace(/^/gmu, '  ').replace(/^ {2}a:/u, '  a:')}\n`,
      },
      'alias bomb',
    );
    expect(rules(messages)).toContain('comments/bom.yaml:yaml-alias-limit');
  });

  it('reports invalid UTF-8, legacy Vietnamese encodings, UTF-16 and NUL bytes with line and column', async () => {
    // Windows-1258: base letters, with tone marks as combining characters (byte per the code page).
    const cp1258 = new Map<string, number>();
    const dec = new TextDecoder('windows-1258');
    for (let b = 0; b < 256; b++) cp1258.set(dec.decode(Uint8Array.of(b)), b);
    const encode1258 = (s: string): Uint8Array => {
      const out: number[] = [];
      for (const ch of s.normalize('NFD')) {
        const byte = cp1258.get(ch) ?? cp1258.get(ch.normalize('NFC'));
        if (byte !== undefined) out.push(byte);
        else {
          // A letter with circumflex, breve or horn is one byte; its tone mark a second.
          const [base, ...marks] = [...ch];
          out.push(cp1258.get((base ?? '?').normalize('NFC')) ?? 0x3f, ...marks.map((m) => cp1258.get(m) ?? 0x3f));
        }
      }
      return Uint8Array.from(out);
    };
    const composeForCp1258 = (s: string): string =>
      s.normalize('NFD').replace(/([aeouAEOU])([\u0302\u0306\u031b])/gu, (_, b: string, m: string) => `${b}${m}`.normalize('NFC'));
    const vi = 'delegate:\n  name: Lê Đức Dục\ncomments:\n  general: Nhất trí với dự thảo.\n';
    // TCVN3 (ABC), the 8-bit font encoding of older Vietnamese documents: one byte per letter, in 0xA1–0xFE.
    const TCVN3: Record<string, number> = { Đ: 0xa7, ê: 0xaa, ứ: 0xf8, ụ: 0xf7, ấ: 0xca, í: 0xdd, ớ: 0xed, ự: 0xf9, ả: 0xb6 };
    const tcvn3 = Uint8Array.from([...vi].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : [TCVN3[ch] ?? 0xbf])));
    const cases: [string, Uint8Array, number][] = [
      [
        'invalid UTF-8',
        Buffer.concat([Buffer.from('delegate:\n  name: A\ncomments:\n  general: ab'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]),
        4,
      ],
      ['Windows-1258', encode1258(composeForCp1258(vi)), 2],
      ['TCVN3', tcvn3, 2],
    ];
    for (const [what, bytes, line] of cases) {
      const { messages } = await one({ ...BASE, 'comments/ma-cu.yaml': bytes }, what);
      const m = messages.find((x) => x.file === 'comments/ma-cu.yaml');
      expect(m ? `${m.rule}@${m.line}` : 'no message', what).toBe(`encoding@${line}`);
      expect(m?.column, what).toBeGreaterThan(0);
    }
    // UTF-16 (Notepad's "Unicode") is read, with a warning that names it.
    const u16 = await one({ ...BASE, 'comments/ma-cu.yaml': Buffer.from(`\ufeff${vi}`, 'utf16le') }, 'UTF-16 with BOM');
    const w = u16.messages.find((x) => x.file === 'comments/ma-cu.yaml');
    expect(w).toMatchObject({ rule: 'encoding', severity: 'warning' });
    expect(w?.message).toContain('UTF-16 LE');
    // NUL bytes are not YAML: a positioned error.
    const { messages } = await one({ ...BASE, 'comments/nul.yaml': 'delegate:\n  name: A\ncomments:\n  general: a\u0000b\n' }, 'NUL byte');
    const m = messages.find((x) => x.file === 'comments/nul.yaml');
    expect(m?.severity).toBe('error');
    expect(m?.line).toBe(4);
  });

  it('thousands of files that are not YAML: one warning, and quickly', async () => {
    const dir = workspace(BASE);
    for (let i = 0; i < 3000; i++)
      writeFileSync(path.join(dir, 'comments', `ghi-chu-${i}.${['txt', 'docx', 'md', 'pdf'][i % 4] ?? 'txt'}`), 'x');
    const start = performance.now();
    const r = await runCheck(dir);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(r.code).toBe(0);
    expect(r.messages.filter((m) => m.rule === 'not-yaml').map(formatMessage)).toEqual([
      'comments: warning: 3000 tệp ở đây không phải tệp .yaml hay .yml nên không được đọc [not-yaml]',
    ]);
  });

  it('an unreadable file is an error, or (as root, who may read anything) is read', async () => {
    const dir = workspace(BASE);
    chmodSync(path.join(dir, 'comments/b.yaml'), 0o000);
    const r = await runCheck(dir);
    const canRead = process.getuid?.() === 0;
    if (canRead) {
      // Honest: root ignores file permissions, so the file is simply read.
      expect(r.code).toBe(0);
      expect(r.out.toString('utf8')).toContain('2 tệp góp ý');
    } else {
      expect(r.code).toBe(1);
      expect(r.messages.map(formatMessage)).toContain('comments/b.yaml: error: không đọc được tệp (không có quyền) [read-error]');
    }
    chmodSync(path.join(dir, 'comments/b.yaml'), 0o644);
  });

  it('dangling links, link loops, folders and pipes named .yaml: a message or nothing, never a hang or crash', async () => {
    const dir = workspace(BASE);
    const c = (name: string): string => path.join(dir, 'comments', name);
    symlinkSync('khong-co.yaml', c('dut.yaml'));
    symlinkSync('vong-b.yaml', c('vong-a.yaml'));
    symlinkSync('vong-a.yaml', c('vong-b.yaml'));
    symlinkSync('tu-tro.yaml', c('tu-tro.yaml'));
    symlinkSync('.', c('thu-muc-vong.yaml')); // a link to its own folder
    mkdirSync(c('thu-muc.yaml'));
    const fifo = spawnSync('mkfifo', [c('ong.yaml')]).status === 0;
    const r = await runCheck(dir);
    expect(r.code).toBe(1);
    expect(badMessages(r.messages)).toEqual([]);
    const lines = r.messages.map(formatMessage);
    expect(lines).toContain('comments/dut.yaml: error: không đọc được tệp (không tìm thấy) [read-error]');
    for (const loop of ['vong-a', 'vong-b', 'tu-tro'])
      expect(lines).toContain(`comments/${loop}.yaml: error: không đọc được tệp (đường dẫn tắt vòng quanh) [read-error]`);
    // The good files are still read; the folders (and the pipe, if one could be made) are not comment files, and are named.
    expect(r.out.toString('utf8')).toContain('2 tệp góp ý');
    expect(lines.filter((l) => /thu-muc|ong\.yaml/u.test(l))).toEqual([
      ...(fifo ? ['comments/ong.yaml: warning: đây không phải tệp bình thường (đường ống, thiết bị): không đọc [skipped-file]'] : []),
      'comments/thu-muc-vong.yaml: warning: đây là thư mục, không phải tệp: không đọc (các tệp bên trong cũng không được đọc) [skipped-file]',
      'comments/thu-muc.yaml: warning: đây là thư mục, không phải tệp: không đọc (các tệp bên trong cũng không được đọc) [skipped-file]',
    ]);
    expect(fifo || process.platform === 'win32').toBe(true);
  });

  it('a draft nested thousands of levels deep is an error, not a crash', async () => {
    const draft = `# A\n\n${'>'.repeat(6000)} x\n`;
    const r = await runCheck(workspace({ ...BASE, 'drafts/du-thao-1.md': draft }));
    expect(r.code).toBe(1);
    expect(r.messages.map(formatMessage)).toContain(
      'drafts/du-thao-1.md:3:1: error: trích dẫn (>) hoặc danh sách lồng nhau 6.000 lớp: không đọc được dự thảo như vậy (nhiều nhất 100 lớp); hãy bỏ bớt các lớp lồng nhau [draft-too-complex]',
    );
  });

  it('the command line shows no stack trace and no internal error for any of these', () => {
    const dir = workspace({
      ...BASE,
      'comments/x.yaml': Buffer.from([0x64, 0xff, 0x0a]),
      'comments/sau.yaml': `general: ${'['.repeat(20_000)}\n`,
      'responses/nul.yaml': 'a\u0000',
    });
    symlinkSync('loop.yaml', path.join(dir, 'comments', 'loop.yaml'));
    for (const args of [['check'], ['collate'], ['collate', '--format', 'json']]) {
      const r = gopy(['-C', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).not.toMatch(/internal error|lỗi bên trong gopy|\n\s+at |RangeError|TypeError/u);
      for (const line of r.stderr.trimEnd().split('\n'))
        expect(line, args.join(' ')).toMatch(/^[^:\n]+(?::\d+:\d+)?: (?:error|warning): .* \[[a-z0-9-]+\]$/u);
      if (args[0] === 'collate') expect(r.stdout, 'nothing is written on errors').toBe('');
    }
  });
});

// ---------------------------------------------------------------------------
describe('hostile input: nasty strings in every field, every format', () => {
  const corpus = readFileSync(path.join(repoRoot, 'test/fixtures/nasty-strings.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as string);
  // Very long lines and words, generated.
  corpus.push(
    `Dòng rất dài ${'góp ý, '.repeat(2000)}hết.`,
    `Từ${'x'.repeat(5000)}dài`,
    `${'*'.repeat(300)} sao ${'_'.repeat(300)}`,
    'nhiều\ndòng\n\n# tiêu đề\n- danh sách\n<script>x</script>',
  );
  const singleLine = (s: string): boolean => !/[\n\r\u2028\u2029\u0085\v\f]/u.test(s);

  /** YAML double-quoted text (JSON is YAML), with the characters YAML wants escaped escaped. */
  const yq = (s: string): string =>
    JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const expected = (s: string): string => s.normalize('NFC').trim();
  const ANCHORS = ['mt-02', 'general', 'nhiem-vu-1', 'mt-01'];

  /**
   * The workspace: each string is a comment's text, quote and proposal, and in
   * turn a delegate's name, title, organisation and group, an unknown anchor
   * typed by a delegate, and a secretariat's note. `harmless` puts plain words
   * in the same places.
   */
  function build(strings: string[], harmless: boolean): { files: Record<string, string> } {
    const s = (i: number): string => (harmless ? `chu${i}` : (strings[i] ?? 'x'));
    const files: Record<string, string> = { 'gopy.yaml': SETTINGS, 'drafts/du-thao-1.md': SMALL_DRAFT };
    const responses = new Map<string, string[]>();
    const PER_FILE = 8;
    for (let at = 0; at < strings.length; at += PER_FILE) {
      const stem = `dai-bieu-${String(at / PER_FILE).padStart(2, '0')}`;
      const lines = [
        'delegate:',
        `  name: ${yq(s(at))}`,
        `  title: ${yq(s(at + 1))}`,
        `  organization: ${yq(s(at + 2))}`,
        `  group: ${yq(s(at + 3))}`,
        'comments:',
      ];
      const keys = new Map<string, string[]>();
      for (let i = at; i < Math.min(at + PER_FILE, strings.length); i++) {
        // Every fifth string is also an anchor no draft has (YAML keys are at most 1024 characters).
        const key = i % 5 === 4 && (strings[i] ?? '').length <= 200 ? yq(s(i)) : (ANCHORS[i % ANCHORS.length] ?? 'general');
        const items = keys.get(key) ?? [];
        items.push(
          `    - text: ${yq(s(i))}`,
          `      quote: ${yq(s(i))}`,
          `      proposal: ${yq(s(i))}`,
          '      kind: amend',
          `      id: c${i}`,
        );
        keys.set(key, items);
        const decision = ['referred', 'explained', 'partial'][i % 3] ?? 'noted';
        const r = responses.get(key) ?? [];
        r.push(`  - to: [${stem}/c${i}]`, `    decision: ${decision}`, `    note: ${yq(s((i + 1) % strings.length))}`);
        responses.set(key, r);
      }
      for (const [key, items] of keys) lines.push(`  ${key}:`, ...items);
      files[`comments/${stem}.yaml`] = `${lines.join('\n')}\n`;
    }
    files['responses/r.yaml'] = `${[...responses].map(([k, l]) => `${k}:\n${l.join('\n')}`).join('\n')}\n`;
    return { files };
  }

  const FORBIDDEN_MD = new Set([
    'html',
    'link',
    'linkReference',
    'image',
    'imageReference',
    'definition',
    'footnoteReference',
    'footnoteDefinition',
  ]);
  const forbiddenNodes = (text: string): string[] => {
    const found: string[] = [];
    const visit = (n: Root | RootContent): void => {
      if (FORBIDDEN_MD.has(n.type)) found.push(`${n.type}: ${JSON.stringify(n).slice(0, 120)}`);
      if ('children' in n) for (const c of n.children) visit(c);
    };
    visit(parseMarkdown(text));
    return found;
  };

  type HtmlNode = DefaultTreeAdapterMap['node'];
  const htmlShape = (source: string): { tags: Record<string, number>; problems: string[] } => {
    const tags: Record<string, number> = {};
    const problems: string[] = [];
    // The comment table's rows depend on the length of the texts (a long one runs on in rows of its own,
    // short ones share a decision cell), not on what they hold: there only known elements and attributes
    // may appear; everywhere else the elements are counted.
    const ROW_TAGS = new Set(['tbody', 'tr', 'td', 'th', 'p', 'b', 'i', 'div']);
    const ROW_ATTRS = new Set(['id', 'class', 'data-label', 'rowspan', 'colspan', 'scope']);
    const checkRows = (n: HtmlNode): void => {
      if ('tagName' in n) {
        if (!ROW_TAGS.has(n.tagName)) problems.push(`<${n.tagName}> in the table`);
        for (const a of n.attrs) if (!ROW_ATTRS.has(a.name)) problems.push(`<${n.tagName} ${a.name}> in the table`);
      }
      if ('childNodes' in n) for (const c of n.childNodes) checkRows(c);
    };
    const visit = (n: HtmlNode): void => {
      const parent = 'parentNode' in n ? n.parentNode : null;
      if (
        'tagName' in n &&
        n.tagName === 'tbody' &&
        parent &&
        'attrs' in parent &&
        parent.attrs.some((a) => a.name === 'class' && a.value.split(' ').includes('synth'))
      ) {
        checkRows(n);
        return;
      }
      if ('tagName' in n) {
        tags[n.tagName] = (tags[n.tagName] ?? 0) + 1;
        for (const a of n.attrs) {
          if (/^on/iu.test(a.name)) problems.push(`<${n.tagName} ${a.name}>`);
          if (/^\s*javascript:/iu.test(a.value)) problems.push(`<${n.tagName} ${a.name}="${a.value}">`);
        }
      }
      if ('childNodes' in n) for (const c of n.childNodes) visit(c);
      if ('content' in n && n.content) visit(n.content);
    };
    visit(parseHtml(source));
    return { tags, problems };
  };

  const FORMULA = /^[=+\-@\t\r]/u;

  it('the corpus is there', () => {
    expect(corpus.length).toBeGreaterThan(100);
  });

  for (const lines of ['single-line', 'multi-line'] as const) {
    // Every format of two whole reports: on a busy machine under coverage this takes well over the default 30 s.
    it(`nothing injected, nothing lost: ${lines} strings`, { timeout: 180_000 }, async () => {
      const strings = corpus.filter((s) => singleLine(s) === (lines === 'single-line'));
      const nasty = build(strings, false);
      const plain = build(strings, true);
      const dirNasty = workspace(nasty.files);
      const dirPlain = workspace(plain.files);
      const formats = await availableFormats(dirPlain);
      const out: Record<string, [string, string]> = {};
      for (const f of formats) {
        const a = await runCollate(dirNasty, f);
        const b = await runCollate(dirPlain, f);
        expect(a.messages.filter((m) => m.severity === 'error').map(formatMessage), f).toEqual([]);
        expect(badMessages(a.messages)).toEqual([]);
        expect(a.code).toBe(0);
        expect(b.code).toBe(0);
        out[f] = [a.out.toString('utf8'), b.out.toString('utf8')];
      }

      // JSON: every string comes back exactly (NFC, trimmed), in every field.
      const json = JSON.parse(out['json']?.[0] ?? '{}') as {
        sections: { comments: Record<string, unknown>[] }[];
        unplaced: Record<string, unknown>[];
      };
      const comments = [...json.sections.flatMap((s) => s.comments), ...json.unplaced];
      expect(comments).toHaveLength(strings.length);
      const byId = new Map(comments.map((c) => [String(c['id']).replace(/^.*\//u, ''), c]));
      strings.forEach((s, i) => {
        const c = byId.get(`c${i}`);
        expect(c?.['text'], JSON.stringify(s)).toBe(expected(s));
        expect(c?.['quote']).toBe(expected(s));
        expect(c?.['proposal']).toBe(expected(s));
        expect(c?.['note']).toBe(expected(strings[(i + 1) % strings.length] ?? ''));
      });
      const names = new Set(comments.map((c) => (c['delegate'] as { name: string }).name));
      for (let i = 0; i < strings.length; i += 8) expect(names).toContain(expected(strings[i] ?? ''));

      // Markdown: no HTML, links, images or footnotes at all; and, line for line, the same structure as the harmless report.
      const [mdNasty, mdPlain] = out['md'] ?? ['', ''];
      expect(forbiddenNodes(mdNasty)).toEqual([]);
      expect(forbiddenNodes(mdPlain)).toEqual([]);
      if (lines === 'single-line') {
        expect(markdownShape(mdNasty)).toEqual(markdownShape(mdPlain));
      }

      // HTML: the same elements as the harmless report, no event handlers, no javascript: links.
      if (out['html']) {
        const a = htmlShape(out['html'][0]);
        const b = htmlShape(out['html'][1]);
        expect(a.problems).toEqual([]);
        if (lines === 'single-line') expect(a.tags).toEqual(b.tags);
        else expect(a.tags['script'] ?? 0).toBe(b.tags['script'] ?? 0);
      }

      // CSV: no cell a spreadsheet would run as a formula; every text comes back.
      if (out['csv']) {
        const rows = parseCsv(out['csv'][0]);
        expect(rows).toHaveLength(strings.length + 1);
        for (const row of rows) for (const cell of row) expect(FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
        const cells = new Set(rows.flatMap((r) => r.map(csvText)));
        for (const s of strings) expect(cells.has(expected(s)), JSON.stringify(s)).toBe(true);
      }
    });
  }
});
