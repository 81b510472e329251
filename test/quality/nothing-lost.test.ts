// Nothing is lost: random valid consultations (explicit, automatic and list
// item anchors; every comment form; explicit ids; unknown anchors and anchors
// in other letter case; decisions by id and `to: all`) are collated, and every
// comment must come out exactly once, numbered 1…N without a gap, in the
// contract's order, with its text, and with the decision counts adding up —
// in the JSON, the Markdown and (now that it exists) the CSV report. Every
// expectation is computed from the generator, not from gopy.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages.js';
import { mdLines } from '../../src/render/escape.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { availableFormats, cleanup, csvText, parseCsv, runCollate } from './support.js';

const DECISIONS = ['accepted', 'partial', 'explained', 'noted', 'referred'] as const;
type Decision = (typeof DECISIONS)[number];
const KINDS = ['agree', 'amend', 'add', 'delete', 'question', 'other'] as const;

/** Titles whose automatic anchors are known without asking gopy. */
const TITLES: [string, string][] = [
  ['Mục tiêu chung', 'muc-tieu-chung'],
  ['Nhiệm vụ, giải pháp', 'nhiem-vu-giai-phap'],
  ['Đổi mới nội dung, phương thức', 'doi-moi-noi-dung-phuong-thuc'],
  ['Tổ chức thực hiện', 'to-chuc-thuc-hien'],
  ['Quan điểm chỉ đạo', 'quan-diem-chi-dao'],
  ['Đào tạo nghề cho nông dân', 'dao-tao-nghe-cho-nong-dan'],
  ['Chuyển đổi số', 'chuyen-doi-so'],
];
const LABELS = ['', 'I. ', 'II. ', '1. ', '2.1. ', 'a) ', 'Điều 3. '];
const STEMS = ['le-duc-duc', 'ly-thi-ha', 'hoi-nong-dan-tinh', 'đoàn-thanh-niên', 'so-nong-nghiep', 'Ban-Dan-Van'];
const NAMES = ['Lê Đức Dục', 'Lý Thị Hà', 'Hội Nông dân tỉnh', 'Đoàn Thanh niên', 'Sở Nông nghiệp và PTNT', 'Ban Dân vận Tỉnh ủy'];
const WORDS = [
  'Đề nghị',
  'bổ sung',
  'nâng',
  'chỉ tiêu',
  '1.500',
  'hội viên',
  '100%',
  'no',
  'yes',
  '*nhấn*',
  '_x_',
  '# không',
  '- gạch',
  '1.',
  '[liên kết](http://x)',
  '<b>',
  '|',
  '`mã`',
  '{#mt-01}',
  'a: b',
  '"trích"',
  "it's",
  '🌾',
  'e\u0301',
  '\\',
  '&amp;',
  '@ai',
  'www.x.vn',
  '>',
  '=1+1',
];

interface Section {
  anchor: string;
  /** Headings and items in document order; items right after their heading. */
  line: string;
}

interface GenComment {
  id: string;
  key: string;
  /** The anchor group `to: all` works on: the section's anchor, or the key, lower-cased. */
  group: string;
  /** Index of the section in draft order, -1 for general, Infinity when unplaced. */
  place: number;
  file: string;
  text: string;
  decision: Decision | null;
}

const text = fc
  .tuple(
    fc.constantFrom(...WORDS.slice(0, 6)),
    fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
    fc.array(fc.constantFrom(' ', ' ', ' ', '\n', '  '), { minLength: 8, maxLength: 8 }),
  )
  .map(([first, rest, gaps]) => [first, ...rest].map((w, i) => (i === 0 ? w : `${gaps[i % gaps.length] ?? ' '}${w}`)).join(''));

const draftArb = fc
  .uniqueArray(fc.integer({ min: 0, max: TITLES.length - 1 }), { minLength: 1, maxLength: 5 })
  .chain((titles) =>
    fc.tuple(
      fc.constant(titles),
      fc.array(fc.boolean(), { minLength: titles.length, maxLength: titles.length }),
      fc.array(fc.integer({ min: 0, max: LABELS.length - 1 }), { minLength: titles.length, maxLength: titles.length }),
      fc.array(fc.array(fc.boolean(), { maxLength: 4 }), { minLength: titles.length, maxLength: titles.length }),
    ),
  )
  .map(([titles, explicit, labels, items]) => {
    const sections: Section[] = [];
    titles.forEach((t, i) => {
      const [title, slug] = TITLES[t] ?? ['', ''];
      const anchor = explicit[i] ? `sec-${i}` : slug;
      sections.push({
        anchor,
        line: `## ${LABELS[labels[i] ?? 0] ?? ''}${title}${explicit[i] ? ` {#${anchor}}` : ''}\n\nĐoạn văn của mục ${i}.\n`,
      });
      (items[i] ?? []).forEach((own, n) => {
        const itemAnchor = own ? `it-${i}-${n + 1}` : `${anchor}.${n + 1}`;
        sections.push({ anchor: itemAnchor, line: `${n + 1}. Chỉ tiêu ${i}.${n + 1} của mục.${own ? ` {#${itemAnchor}}` : ''}` });
      });
    });
    const md = ['---', 'title: Dự thảo thử', 'version: 1', '---', '', '# CHƯƠNG TRÌNH', ''];
    for (const s of sections) md.push(s.line);
    return { sections, text: `${md.join('\n')}\n` };
  });

/** One comment under a key: a bare string, or a mapping. */
const commentArb = fc.record({
  text,
  mapping: fc.boolean(),
  kind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
  quote: fc.option(text, { nil: undefined }),
  proposal: fc.option(text, { nil: undefined }),
  explicitId: fc.boolean(),
  decision: fc.option(fc.constantFrom(...DECISIONS), { nil: null, freq: 2 }),
});

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('known' as const), index: fc.nat(), upper: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('general' as const), index: fc.nat(), upper: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unknown' as const), index: fc.nat({ max: 5 }), upper: fc.boolean() }) },
);

const fileArb = fc.record({
  title: fc.option(fc.constantFrom('Trưởng ban', 'Phó Chủ tịch'), { nil: undefined }),
  group: fc.option(fc.constantFrom('Các ban đảng', 'Sở, ngành'), { nil: undefined }),
  keys: fc.array(fc.tuple(keyArb, fc.boolean(), fc.array(commentArb, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 5 }),
});

const workspaceArb = fc.record({
  draft: draftArb,
  stems: fc.uniqueArray(fc.integer({ min: 0, max: STEMS.length - 1 }), { minLength: 1, maxLength: 4 }),
  files: fc.array(fileArb, { minLength: 4, maxLength: 4 }),
  toAll: fc.array(fc.option(fc.constantFrom(...DECISIONS), { nil: null, freq: 2 }), { minLength: 12, maxLength: 12 }),
  split: fc.boolean(),
});

type Workspace = typeof workspaceArb extends fc.Arbitrary<infer T> ? T : never;

const q = (s: string): string => JSON.stringify(s);
const expectedText = (s: string): string => s.normalize('NFC').trim();

/** The files of the workspace and everything the report must say, computed independently. */
function build(w: Workspace): { files: Record<string, string>; comments: GenComment[] } {
  const { sections } = w.draft;
  const files: Record<string, string> = { 'drafts/du-thao-1.md': w.draft.text };
  const comments: GenComment[] = [];
  const explicitEntries = new Map<string, { file: number; lines: string[] }>(); // key -> entries
  w.stems.forEach((stemIndex, f) => {
    const stem = STEMS[stemIndex] ?? 'x';
    const spec = w.files[f % w.files.length];
    if (!spec) return;
    const file = `comments/${stem}.yaml`;
    const lines = ['delegate:', `  name: ${q(NAMES[stemIndex] ?? 'X')}`];
    if (spec.title) lines.push(`  title: ${q(spec.title)}`);
    if (spec.group) lines.push(`  group: ${q(spec.group)}`);
    lines.push('draft: du-thao-1', 'comments:');
    const used = new Set<string>();
    let explicitCount = 0;
    for (const [k, asList, items] of spec.keys) {
      let key: string;
      let group: string;
      let place: number;
      if (k.kind === 'known' && sections.length > 0) {
        const i = k.index % sections.length;
        const anchor = sections[i]?.anchor ?? '';
        key = k.upper ? anchor.toUpperCase() : anchor;
        group = anchor.toLowerCase();
        place = i;
      } else if (k.kind === 'general') {
        key = k.upper ? 'General' : 'general';
        group = 'general';
        place = -1;
      } else {
        key = `khong-co-muc-${k.index}`;
        key = k.upper ? key.toUpperCase() : key;
        group = key.toLowerCase();
        place = Infinity;
      }
      if (used.has(key)) continue;
      used.add(key);
      const list = asList || items.length > 1;
      lines.push(`  ${key}:`);
      items.forEach((c, n) => {
        const id = c.explicitId ? `${stem}/y-${++explicitCount}` : `${stem}/${key}/${n + 1}`;
        const body: string[] = [];
        if (c.mapping || c.explicitId || c.kind || c.quote || c.proposal) {
          body.push(`text: ${q(c.text)}`);
          if (c.kind) body.push(`kind: ${c.kind}`);
          if (c.quote) body.push(`quote: ${q(c.quote)}`);
          if (c.proposal) body.push(`proposal: ${q(c.proposal)}`);
          if (c.explicitId) body.push(`id: y-${explicitCount}`);
        }
        if (list) {
          if (body.length === 0) lines.push(`    - ${q(c.text)}`);
          else lines.push(`    - ${body[0] ?? ''}`, ...body.slice(1).map((b) => `      ${b}`));
        } else if (body.length === 0) lines[lines.length - 1] = `  ${key}: ${q(c.text)}`;
        else lines.push(...body.map((b) => `    ${b}`));
        comments.push({ id, key, group, place, file, text: expectedText(c.text), decision: c.decision });
        if (c.decision) {
          const e = explicitEntries.get(key) ?? { file: comments.length % 2, lines: [] };
          e.lines.push(`  - to: [${q(id)}]`, `    decision: ${c.decision}`, `    note: ${q(`Ghi chú cho ${id}`)}`);
          explicitEntries.set(key, e);
        }
      });
    }
    files[file] = `${lines.join('\n')}\n`;
  });

  // `to: all` on some anchor groups: the comments there without a decision get it.
  const groups = [...new Set(comments.map((c) => c.group))].sort();
  const allLines = new Map<string, string[]>();
  groups.forEach((g, i) => {
    const decision = w.toAll[i % w.toAll.length];
    if (!decision) return;
    const key = comments.find((c) => c.group === g)?.key ?? g;
    allLines.set(key, [`  - to: all`, `    decision: ${decision}`, `    note: ${q(`Chung cho ${g}`)}`]);
    for (const c of comments) if (c.group === g && c.decision === null) c.decision = decision;
  });
  const responseFiles: Record<string, string[]> = { 'responses/a.yaml': [], 'responses/b.yaml': [] };
  for (const [key, e] of explicitEntries) {
    const target = w.split && e.file === 1 ? 'responses/b.yaml' : 'responses/a.yaml';
    const extra = target === 'responses/a.yaml' ? (allLines.get(key) ?? []) : [];
    if (target === 'responses/a.yaml') allLines.delete(key);
    responseFiles[target]?.push(`${q(key)}:`, ...e.lines, ...extra);
  }
  for (const [key, l] of allLines) responseFiles['responses/a.yaml']?.push(`${q(key)}:`, ...l);
  for (const [name, l] of Object.entries(responseFiles)) if (l.length > 0) files[name] = `${l.join('\n')}\n`;
  return { files, comments };
}

/** The contract's order: general, sections in draft order, unplaced; inside each, files by path, then as written. */
function expectedOrder(comments: GenComment[]): string[] {
  return comments
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.place - b.c.place || (a.c.file < b.c.file ? -1 : a.c.file > b.c.file ? 1 : 0) || a.i - b.i)
    .map((x) => x.c.id);
}

interface JsonComment {
  no: number;
  id: string;
  text: string;
  decision: Decision | null;
}
interface JsonReport {
  summary: { comments: number; decisions: Record<Decision | 'pending', number> };
  sections: { anchor: string; comments: JsonComment[] }[];
  unplaced: JsonComment[];
}

const dirs: string[] = [];
afterAll(() => cleanup(dirs));

describe('nothing lost', () => {
  it('every comment exactly once, numbered 1…N, in order, with its text and decision, in json, md and csv', async () => {
    const probe = makeWorkspace({ 'drafts/d.md': '# A\n', 'comments/a.yaml': 'delegate: {name: A}\ncomments: {general: x}\n' });
    dirs.push(probe);
    const formats = await availableFormats(probe);
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (w) => {
        const { files, comments } = build(w);
        const dir = makeWorkspace(files);
        dirs.push(dir);
        const json = await runCollate(dir, 'json');
        const errors = json.messages.filter((m) => m.severity === 'error').map(formatMessage);
        expect(errors, JSON.stringify(files, null, 1)).toEqual([]);
        const report = JSON.parse(json.out.toString('utf8')) as JsonReport;
        const all = [...report.sections.flatMap((s) => s.comments), ...report.unplaced];

        // Each comment exactly once, in the contract's order, numbered without a gap.
        expect(all.map((c) => c.id)).toEqual(expectedOrder(comments));
        expect(all.map((c) => c.no)).toEqual(comments.map((_, i) => i + 1));
        expect(report.summary.comments).toBe(comments.length);
        const byId = new Map(comments.map((c) => [c.id, c]));
        for (const c of all) {
          const g = byId.get(c.id);
          expect(c.text).toBe(g?.text);
          expect(c.decision).toBe(g?.decision ?? null);
        }
        expect(report.unplaced.map((c) => c.id).sort()).toEqual(
          comments
            .filter((c) => c.place === Infinity)
            .map((c) => c.id)
            .sort(),
        );
        // Decision counts add up, and match the generator's.
        const counts = { accepted: 0, partial: 0, explained: 0, noted: 0, referred: 0, pending: 0 };
        for (const c of comments) counts[c.decision ?? 'pending'] += 1;
        expect(report.summary.decisions).toEqual(counts);
        expect(Object.values(report.summary.decisions).reduce((a, b) => a + b, 0)).toBe(comments.length);

        // The Markdown has every number and every text (as escaped for Markdown).
        // (Less the invisible word joiners that keep bare URLs and e-mail addresses from becoming links.)
        const md = (await runCollate(dir, 'md')).out.toString('utf8').replace(/\u2060/gu, '');
        for (const c of all) {
          expect(md).toContain(`**${c.no}.**`);
          for (const line of mdLines(c.text)) if (line !== '') expect(md).toContain(`> ${line.replace(/\u2060/gu, '')}`);
        }

        // The CSV has one row per comment, with its number, id and text.
        if (formats.includes('csv')) {
          const rows = parseCsv((await runCollate(dir, 'csv')).out.toString('utf8'));
          expect(rows).toHaveLength(comments.length + 1);
          all.forEach((c, i) => {
            const row = rows[i + 1] ?? [];
            expect(row[0]).toBe(String(c.no));
            expect(csvText(row[1] ?? '')).toBe(c.id);
            expect(row.map(csvText)).toContain(c.text);
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
