// Bugs found while building the quality bar (issue 6), each pinned by a test.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { oneLine } from '../../src/messages.js';
import { formatMessage } from '../../src/messages.js';
import { mdInline } from '../../src/render/escape.js';
import { finish } from '../../src/render/markdown.js';
import { isInert } from '../../src/render/escape.js';
import { applyResponses } from '../../src/validate/decide.js';
import { placeComments } from '../../src/validate/place.js';
import { parseResponses } from '../../src/load/parse-responses.js';
import { SMALL_DRAFT, makeWorkspace } from '../helpers/workspace.js';
import { cleanup, markdownShape, runCheck, runCollate } from './support.js';

const dirs: string[] = [];
afterAll(() => cleanup(dirs));
const workspace = (files: Record<string, string>): string => {
  const dir = makeWorkspace(files);
  dirs.push(dir);
  return dir;
};

describe('regressions', () => {
  it('one unknown-anchor warning per key, however many comments stand under it', () => {
    const draft = parseDraft(SMALL_DRAFT, 'drafts/d.md').draft;
    const file = parseComments('delegate: {name: A}\ncomments:\n  mt-20:\n    - a\n    - b\n    - c\n  mt-21: d\n', 'comments/a.yaml').data;
    const { placed, messages } = placeComments(draft, file ? [file] : []);
    expect(placed.filter((p) => p.section === null)).toHaveLength(4);
    expect(messages.map((m) => `${m.line}:${m.rule}`)).toEqual(['3:unknown-anchor', '7:unknown-anchor']);
  });

  it('every message is one line, even for a key typed with line breaks', async () => {
    const dir = workspace({
      'drafts/d.md': SMALL_DRAFT,
      'comments/a.yaml': 'delegate: {name: A}\ncomments:\n  "x\\n\\n# H\\u202e": hello\n',
      'responses/r.yaml': '"y\\nz":\n  - to: ["a/x\\n/1"]\n    decision: noted\n',
    });
    const r = await runCheck(dir);
    const lines = r.messages.map(formatMessage);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).not.toMatch(/[\n\r\u202e]/u);
    expect(lines.join('\n')).toContain('dự thảo không có mục "x\\n\\n# H\\u202e"');
    expect(oneLine('a\tb\u0000')).toBe('a\\tb\\u0000');
  });

  it('an unknown anchor typed with blank lines cannot break out of its code span in the Markdown report', async () => {
    const key = 'x\\n\\n<script>alert(1)</script>\\n\\n# Tiêu đề chèn\\n\\n[a](http://evil.example)';
    const dir = workspace({
      'drafts/d.md': SMALL_DRAFT,
      'comments/a.yaml': `delegate: {name: A}\ncomments:\n  "${key}": hello\n  mt-02: hi\n`,
    });
    const plain = workspace({
      'drafts/d.md': SMALL_DRAFT,
      'comments/a.yaml': 'delegate: {name: A}\ncomments:\n  "x": hello\n  mt-02: hi\n',
    });
    const md = (await runCollate(dir, 'md')).out.toString('utf8');
    const shape = markdownShape(md);
    expect(shape['html']).toBeUndefined();
    expect(shape['link']).toBeUndefined();
    expect(shape).toEqual(markdownShape((await runCollate(plain, 'md')).out.toString('utf8')));
  });

  it('bare URLs and e-mail addresses in delegate text do not become links', async () => {
    const texts = [
      'http://evil.example',
      'Xem https://x.vn/a?b=1 và www.evil.example',
      'ai@evil.example',
      'mailto:ai@evil.example',
      'xmpp:ai@evil.example',
      'HTTP://HOA.VN',
    ];
    const dir = workspace({
      'drafts/d.md': SMALL_DRAFT,
      'comments/a.yaml': `delegate: {name: "www.ten.vn", title: "ai@chuc.vn"}\ncomments:\n  mt-02:\n${texts.map((t) => `    - text: ${JSON.stringify(t)}\n      quote: ${JSON.stringify(t)}`).join('\n')}\n`,
    });
    const md = (await runCollate(dir, 'md')).out.toString('utf8');
    expect(markdownShape(md)['link']).toBeUndefined();
    // The text itself is all there (the joiner is invisible).
    for (const t of texts) expect(md.replace(/\u2060/gu, '').replace(/\\(.)/gu, '$1')).toContain(t);
  });

  it('text the Markdown report uses unescaped is text escaping would leave as it is', () => {
    const chars = [...'ab Ạ1.)-+=:/wW@\\`*_[]<>|~&#!$%(){}^"\',;?\t\n\u00a0\u2028'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.string(),
          fc.constantFrom(
            'www.x.vn',
            'http://x',
            '1. a',
            '- a',
            'a  b',
            ' a',
            'a ',
            '12) b',
            'Nghị quyết số 46-NQ/TW, ngày 20/12/2023: (tiếp thu).',
          ),
        ),
        (t) => !isInert(t) || mdInline(t) === t,
      ),
      { numRuns: 3000 },
    );
    expect(isInert('Đề nghị nâng chỉ tiêu lên 1.500 hội viên (năm 2025); “tiếp thu”.')).toBe(true);
  });

  it('the Markdown report is assembled exactly as join, fold blank lines, trim', () => {
    const reference = (lines: string[]): string =>
      `${lines
        .join('\n')
        .replace(/\n{3,}/gu, '\n\n')
        .trimEnd()}\n`;
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[ab \n\t\u00a0\r]{0,6}$/u), { maxLength: 30 }),
        (lines) => finish(lines) === reference(lines),
      ),
      { numRuns: 300 },
    );
  });

  it('a long YAML file parsed in pieces gives exactly what one parse gives', () => {
    const scalar = fc.oneof(
      fc.constantFrom('x', 'Ý kiến', 'a: b', '1.500', 'no', '"q"', "it's", '# không', '[a, b]', '{a: 1}', '- mục', 'key: |', '  thụt'),
      fc.string({ maxLength: 6 }),
    );
    const q = (s: string): string => JSON.stringify(s);
    const value = fc.oneof(
      scalar.map((s) => ` ${q(s)}`),
      scalar.map((s) => ` ${s.replace(/\n/gu, ' ')}`),
      fc.array(scalar, { minLength: 1, maxLength: 3 }).map((xs) => `\n${xs.map((x) => `  - ${q(x)}`).join('\n')}`),
      fc.array(scalar, { minLength: 1, maxLength: 3 }).map((xs) => ` |\n${xs.map((x) => `  ${x.replace(/\n/gu, ' ')}`).join('\n')}`),
      fc.array(scalar, { minLength: 1, maxLength: 2 }).map((xs) => `\n${xs.map((x) => `- ${q(x)}`).join('\n')}`),
      fc.constantFrom(
        ' "chưa đóng',
        '\n    decision: x\n  bad: [',
        ' [a,\nb: c]',
        '',
        ' {a: 1}',
        '\n  - to: all\n    decision: noted',
        ' &a x',
        ' *a',
      ),
    );
    const key = fc.oneof(fc.constantFrom('general', 'mt-01', 'mt-02', 'nv-1.2', 'a', 'B'), fc.stringMatching(/^[a-z][a-z0-9.-]{0,6}$/u));
    const line = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}:${v}`) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '# chú thích',
          '',
          '  # chú thích thụt',
          'dòng trơn',
          '- mục ở gốc',
          '? khoá phức',
          '"trong ngoặc": x',
          'k:v',
          '---',
          '%YAML 1.2',
        ),
      },
    );
    const doc = fc.array(line, { maxLength: 25 }).map((ls) => `${ls.join('\n')}\n`);
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 40 }), (text, size) => {
        expect(parseYaml(text, 'f.yaml', size)).toEqual(parseYaml(text, 'f.yaml', Infinity));
      }),
      { numRuns: 400 },
    );
    // A real decision file: 2,000 anchors, parsed in pieces, the same.
    const big = Array.from(
      { length: 2000 },
      (_, i) => `mt-${i}:\n  - to: [a/mt-${i}/1, b/mt-${i}/2]\n    decision: noted\n    note: "Ghi nhận ý kiến số ${i}."`,
    ).join('\n');
    expect(parseYaml(big, 'r.yaml')).toEqual(parseYaml(big, 'r.yaml', Infinity));
    expect(parseResponses(`${big}\nmt-7:\n  - {to: all, decision: noted}\n`, 'r.yaml').messages.map((m) => m.rule)).toEqual([
      'duplicate-key',
    ]);
  });

  it('"did you mean" for an unknown id looks in the same file, or in files with a close name', () => {
    const draft = parseDraft(SMALL_DRAFT, 'drafts/d.md').draft;
    const files = ['le-duc-duc', 'ly-thi-ha']
      .map((stem) => parseComments('delegate: {name: A}\ncomments:\n  mt-02: [a, b]\n  general: c\n', `comments/${stem}.yaml`).data)
      .filter((f) => f !== null);
    const { placed } = placeComments(draft, files);
    const r = parseResponses(
      'mt-02:\n  - to: [le-duc-duc/mt-02/3, le-duc-dc/mt-02/2, xyz/mt-02/1]\n    decision: noted\n',
      'responses/r.yaml',
    ).data;
    const { messages } = applyResponses(placed, r ? [r] : []);
    expect(messages.map((m) => m.message)).toEqual([
      'no comment has the id "le-duc-duc/mt-02/3" (did you mean "le-duc-duc/mt-02/1"?)',
      'no comment has the id "le-duc-dc/mt-02/2" (did you mean "le-duc-duc/mt-02/2"?)',
      'no comment has the id "xyz/mt-02/1"',
    ]);
  });
});
