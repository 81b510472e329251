// Benchmark for `gopy diff` (issue 3): two generated drafts of about 1 MB and
// 2,000 sections each; remark parsing alone against gopy's whole work on the
// same texts (parseDraft on both + diffDrafts), measured in the same run.
// The target: parse + diff within 1.5× of remark alone. Then the same as
// whole processes: `gopy diff --format json` against a Node process that
// only reads the two files and parses them with remark.
//
//   node bench/diff.mjs [--size BYTES] [--runs N] [--json]
//
// Needs `npm run build` first (it loads dist/). Other flags (those of
// bench/run.mjs) are ignored; `--only a,b` without "diff" skips it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import { parseDraft } from '../dist/load/parse-draft.js';
import { diffDrafts } from '../dist/model/diff.js';
import { renderDiffJson } from '../dist/render/diff-json.js';
import { renderDiffText } from '../dist/render/diff-text.js';

const args = process.argv.slice(2);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};
const only = value('--only', '')
  .split(',')
  .filter((x) => x !== '');
if (only.length > 0 && !only.includes('diff')) {
  console.log('diff benchmark skipped (--only)');
  process.exit(0);
}
const SIZE = Number(value('--size', '1000000'));
const RUNS = Math.max(1, Number(value('--runs', '5')));
const JSON_OUT = args.includes('--json');

// ---- generated drafts ---------------------------------------------------------

let seed = 20240226;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(rand() * list.length)];
const SYLLABLES = (
  'hội nông dân tỉnh huyện xã cơ sở chi tổ nghề nghiệp phát triển kinh tế nâng cao chất lượng hoạt động đổi mới ' +
  'phương thức tuyên truyền vận động hội viên kết nạp năm hàng thực hiện nghị quyết chương trình kế hoạch cấp ủy ' +
  'đảng chính quyền mặt trận đoàn thể nhiệm vụ giải pháp mục tiêu chỉ tiêu bảo đảm tăng cường lãnh đạo chỉ đạo ' +
  'kiểm tra giám sát đánh giá sơ kết tổng kết nguồn lực hỗ trợ sản xuất kinh doanh giỏi đoàn kết giúp nhau làm ' +
  'giàu giảm nghèo bền vững nông thôn mới'
).split(' ');
const NUMBERS = ['1.200', '95,3%', '46-NQ/TW', '20/12/2023', '2025', '100%', '1.500', '19-NQ/TW', '69.886'];
const sentence = (n) => {
  const w = [];
  for (let i = 0; i < n; i++) w.push(rand() < 0.05 ? pick(NUMBERS) : pick(SYLLABLES));
  const s = w.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
};
const paragraph = (min, spread) => {
  const out = [];
  const n = min + Math.floor(rand() * spread);
  for (let i = 0; i < n; i++) out.push(sentence(12 + Math.floor(rand() * 18)));
  return out.join(' ');
};

/** A draft as data, so that the next version can be made by editing it. */
function makeDraft(size) {
  const chapters = [];
  let bytes = 0;
  let id = 0;
  while (bytes < size) {
    const ch = { title: sentence(4).slice(0, -1).toUpperCase(), anchor: `chuong-${chapters.length + 1}`, text: paragraph(4, 4), subs: [] };
    for (let s = 0; s < 5; s++) {
      const sub = { title: `${sentence(5).slice(0, -1)} ${++id}`, text: paragraph(4, 4), items: [] };
      for (let k = 0; k < 3; k++) sub.items.push({ anchor: `m-${id}-${k + 1}`, text: paragraph(2, 3) });
      ch.subs.push(sub);
    }
    chapters.push(ch);
    bytes += Buffer.byteLength(render([ch], '1'));
  }
  return chapters;
}

function render(chapters, version) {
  const out = ['---', 'title: Dự thảo thử nghiệm', `version: ${version}`, '---', ''];
  chapters.forEach((ch, c) => {
    out.push(`## ${c + 1}. ${ch.title} {#${ch.anchor}}`, '', ch.text, '');
    ch.subs.forEach((sub, s) => {
      out.push(`### ${c + 1}.${s + 1}. ${sub.title}`, '', sub.text, '');
      sub.items.forEach((it, k) => out.push(`${k + 1}. ${it.text}${it.anchor ? ` {#${it.anchor}}` : ''}`));
      out.push('');
    });
  });
  return out.join('\n');
}

/** The next version: about 5% of sections edited, some added, removed, renamed and moved. */
function revise(chapters) {
  const next = structuredClone(chapters);
  const edit = (text) => {
    const w = text.split(' ');
    w.splice(Math.floor(rand() * w.length), 1 + Math.floor(rand() * 3), ...sentence(3).slice(0, -1).toLowerCase().split(' '));
    return w.join(' ');
  };
  let extra = 0;
  for (const ch of next) {
    if (rand() < 0.05) ch.text = edit(ch.text);
    for (const sub of ch.subs) {
      if (rand() < 0.05) sub.text = edit(sub.text);
      if (rand() < 0.02) sub.title = `${sub.title} mới`; // renamed (automatic anchor)
      for (const it of sub.items) {
        if (rand() < 0.05) it.text = edit(it.text);
        if (rand() < 0.01) it.anchor = `${it.anchor}-moi`; // renamed (explicit anchor)
      }
      if (rand() < 0.03) sub.items.splice(1, 0, { anchor: `them-${++extra}`, text: paragraph(1, 2) }); // added
      if (rand() < 0.03) sub.items.pop(); // removed
    }
    if (rand() < 0.05) ch.subs.push(ch.subs.shift()); // moved (order)
  }
  return next;
}

// ---- measure ------------------------------------------------------------------

const oldChapters = makeDraft(SIZE);
const oldText = render(oldChapters, '1');
const newText = render(revise(oldChapters), '2');

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const time = (fn) => {
  const t0 = performance.now();
  const r = fn();
  return { ms: performance.now() - t0, r };
};
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

const m = { remark: [], parse: [], diff: [], json: [], text: [] };
let last;
const warmUp = RUNS > 1 ? 1 : 0;
for (let run = 0; run < RUNS + warmUp; run++) {
  const r = time(() => {
    processor.parse(oldText);
    processor.parse(newText);
  });
  const p = time(() => [parseDraft(oldText, 'drafts/old.md').draft, parseDraft(newText, 'drafts/new.md').draft]);
  const d = time(() => diffDrafts(p.r[0], p.r[1]));
  const j = time(() => renderDiffJson(d.r));
  const t = time(() => renderDiffText(d.r));
  if (run < warmUp) continue;
  m.remark.push(r.ms);
  m.parse.push(p.ms);
  m.diff.push(d.ms);
  m.json.push(j.ms);
  m.text.push(t.ms);
  last = { sections: [p.r[0].sections.length, p.r[1].sections.length], summary: d.r.summary };
}

// ---- whole processes ------------------------------------------------------------

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'gopy-bench-diff-'));
writeFileSync(path.join(work, 'old.md'), oldText);
writeFileSync(path.join(work, 'new.md'), newText);
const floorCode = `
import { readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
const p = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
for (const f of process.argv.slice(1)) p.parse(readFileSync(f, 'utf8'));
`;
const wall = (args) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - t0;
};
const floorRuns = [];
const gopyRuns = [];
for (let run = 0; run < RUNS; run++) {
  floorRuns.push(wall(['--input-type=module', '-e', floorCode, path.join(work, 'old.md'), path.join(work, 'new.md')]));
  gopyRuns.push(
    wall([
      path.join(repo, 'bin/gopy.js'),
      'diff',
      path.join(work, 'old.md'),
      path.join(work, 'new.md'),
      '--format',
      'json',
      '-o',
      path.join(work, 'diff.json'),
    ]),
  );
}
rmSync(work, { recursive: true, force: true });

const remark = median(m.remark);
const total = median(m.parse) + median(m.diff);
const out = {
  bench: 'diff',
  bytes: [Buffer.byteLength(oldText), Buffer.byteLength(newText)],
  sections: last.sections,
  summary: last.summary,
  runs: m.remark.length,
  remarkParseMs: Math.round(remark),
  gopyParseMs: Math.round(median(m.parse)),
  diffMs: Math.round(median(m.diff)),
  totalMs: Math.round(total),
  ratio: Math.round((total / remark) * 100) / 100,
  limit: 1.5,
  processFloorMs: Math.round(Math.min(...floorRuns)),
  processGopyMs: Math.round(Math.min(...gopyRuns)),
  processRatio: Math.round((Math.min(...gopyRuns) / Math.min(...floorRuns)) * 100) / 100,
  renderJsonMs: Math.round(median(m.json)),
  renderTextMs: Math.round(median(m.text)),
  heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
};
if (JSON_OUT) {
  process.stdout.write(`${JSON.stringify(out)}\n`);
} else {
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  console.log(
    `drafts: ${kb(out.bytes[0])} and ${kb(out.bytes[1])}, ${out.sections[0]} and ${out.sections[1]} sections; median of ${out.runs} runs`,
  );
  console.log(`remark parse alone, both drafts:   ${out.remarkParseMs} ms`);
  console.log(`gopy parseDraft, both drafts:      ${out.gopyParseMs} ms`);
  console.log(`diffDrafts:                        ${out.diffMs} ms`);
  console.log(`parse + diff:                      ${out.totalMs} ms = ${out.ratio}× remark alone (target ≤ ${out.limit}×)`);
  console.log(
    `as processes (fastest of ${RUNS}): node + remark reading both ${out.processFloorMs} ms, gopy diff --format json ${out.processGopyMs} ms = ${out.processRatio}×`,
  );
  console.log(`rendering: json ${out.renderJsonMs} ms, text ${out.renderTextMs} ms; heap ${out.heapMB} MB`);
  console.log(
    `found: ${Object.entries(out.summary)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
}
if (out.ratio > out.limit || out.processRatio > out.limit) process.exitCode = 1;
