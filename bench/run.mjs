// gopy's benchmark (`npm run bench`, which builds first).
//
// Generates consultations of growing size in a temporary folder, runs
// `gopy check`, `gopy collate --format json`, `--format md` and `--format
// docx`, and `gopy export` on each as
// whole processes, and compares them with a floor measured in the same run:
// a Node process that reads and parses the same files with `yaml` and remark
// and does nothing else (bench/floor.mjs). Also `gopy --version` against
// `node -e 0`, and the bundled example against its floor. Then runs
// bench/diff.mjs when it exists.
//
//   node bench/run.mjs [--full] [--runs N] [--keep] [--only 1000,1000/2000,diff]
//
//   --full    adds 10,000 delegate files (200,000 comments)
//   --runs N  runs per measurement (default 3; 1 for the --full size);
//             the table shows the fastest run (the least disturbed by other
//             work on the machine), the floor likewise
//   --keep    keeps the generated workspaces (their path is printed)
//   --only    just these sizes (number of files, or files/sections),
//             "keys" for 100,000 keys in one mapping (bench/yaml-keys.mjs),
//             and "diff" for bench/diff.mjs; start-up and the example always run
//
// Wall time is measured around the child process; peak memory (maximum
// resident set) and CPU time come from /usr/bin/time, or from a preloaded
// hook (bench/rss-hook.mjs) reading process.resourceUsage() where that is
// missing.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateWorkspace } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const gopyBin = path.join(repo, 'bin', 'gopy.js');
const floorScript = path.join(here, 'floor.mjs');
const hook = path.join(here, 'rss-hook.mjs');

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const full = flag('--full');
const keep = flag('--keep');
const runsDefault = Number(value('--runs', '3'));
const only = value('--only', '')
  .split(',')
  .filter((x) => x !== '');

const SIZES = [
  { name: '100 × 20, 200 sections', files: 100, comments: 20, sections: 200 },
  { name: '500 × 20, 200 sections', files: 500, comments: 20, sections: 200 },
  { name: '1,000 × 20, 200 sections', files: 1000, comments: 20, sections: 200 },
  { name: '1,000 × 20, 2,000 sections', files: 1000, comments: 20, sections: 2000 },
  ...(full ? [{ name: '10,000 × 20, 2,000 sections', files: 10000, comments: 20, sections: 2000, runs: 1 }] : []),
].filter((s) => only.length === 0 || only.includes(String(s.files)) || only.includes(`${s.files}/${s.sections}`));

const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'gopy-bench-'));

/** Run `node <args>` in `cwd` once: wall seconds, peak MB, CPU seconds, exit code, stdout file, stderr. */
function once(nodeArgs, cwd, label) {
  const usage = path.join(scratch, 'usage.txt');
  rmSync(usage, { force: true });
  const outFile = path.join(scratch, `${label.replace(/[^a-z0-9]+/giu, '-')}.out`);
  const fd = openSync(outFile, 'w');
  const env = { ...process.env, NO_COLOR: '1', GOPY_BENCH_USAGE: usage };
  const [cmd, args] = haveTime
    ? [TIME, ['-f', '%M %U %S', '-o', usage, process.execPath, ...nodeArgs]]
    : [process.execPath, ['--import', pathToFileURL(hook).href, ...nodeArgs]];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', fd, 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(fd);
  let rssMb = NaN;
  let cpu = NaN;
  if (existsSync(usage)) {
    const line = readFileSync(usage, 'utf8').trim().split('\n').pop() ?? '';
    const [kb, user, sys] = line.split(/\s+/u).map(Number);
    rssMb = kb / 1024;
    cpu = user + sys;
  }
  return { wall, rssMb, cpu, code: r.status, outFile, stderr: r.stderr?.toString('utf8') ?? '' };
}

/** The fastest of `runs` runs; peak memory is the highest seen. */
function best(nodeArgs, cwd, label, runs) {
  let result = null;
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const r = once(nodeArgs, cwd, label);
    rss = Math.max(rss, r.rssMb);
    if (!result || r.wall < result.wall) result = r;
  }
  return { ...result, rssMb: rss };
}

const rows = [];
const notes = [];
const problems = [];
const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const int = (n) => n.toLocaleString('en-US');

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

console.log(`gopy benchmark — ${machine()}`);
console.log(
  `load average at start: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; peak memory via ${haveTime ? '/usr/bin/time' : 'process.resourceUsage()'}`,
);

// ---- start-up --------------------------------------------------------------
{
  const runs = Math.max(5, runsDefault * 3);
  const node = best(['-e', '0'], repo, 'node-e-0', runs);
  const version = best([gopyBin, '--version'], repo, 'gopy-version', runs);
  rows.push({ ws: 'start-up', cmd: 'node -e 0', ...node, comments: 0, floor: null });
  rows.push({ ws: 'start-up', cmd: 'gopy --version', ...version, comments: 0, floor: node.wall });
}

// ---- the bundled example ---------------------------------------------------
{
  const runs = Math.max(5, runsDefault * 2);
  const json = best([gopyBin, 'collate', '--format', 'json'], repo, 'example-json', runs);
  const parsed = JSON.parse(readFileSync(json.outFile, 'utf8'));
  const draft = parsed.draft.file;
  const floor = best([floorScript, repo, draft], repo, 'example-floor', runs);
  const md = best([gopyBin, 'collate'], repo, 'example-md', runs);
  const comments = parsed.summary.comments;
  rows.push({ ws: 'bundled example', cmd: 'floor', ...floor, comments, floor: null });
  rows.push({ ws: 'bundled example', cmd: 'collate --format json', ...json, comments, floor: floor.wall });
  rows.push({ ws: 'bundled example', cmd: 'collate (md)', ...md, comments, floor: floor.wall });
}

// ---- generated workspaces --------------------------------------------------
for (const size of SIZES) {
  const dir = path.join(scratch, `ws-${size.files}-${size.sections}`);
  const t = performance.now();
  const info = generateWorkspace(dir, size);
  process.stderr.write(
    `generated ${size.name}: ${int(info.comments)} comments, ${(info.yamlBytes / 2 ** 20).toFixed(1)} MB of YAML, draft ${(info.draftBytes / 1024).toFixed(0)} KB, ${info.sections} sections (${((performance.now() - t) / 1000).toFixed(1)} s)\n`,
  );
  const runs = size.runs ?? runsDefault;
  // Interleave floor and gopy runs so that load from other work hits both alike.
  const measured = { floor: null, check: null, json: null, md: null, docx: null, export: null };
  const cmds = {
    floor: [floorScript, dir],
    check: [gopyBin, 'check'],
    json: [gopyBin, 'collate', '--format', 'json'],
    md: [gopyBin, 'collate', '--format', 'md'],
    docx: [gopyBin, 'collate', '--format', 'docx'],
    // The whole meeting pack (the PDF too when a browser is there: a long report gets none, with a sentence).
    export: [gopyBin, 'export', '--force', '-o', path.join(scratch, 'pack')],
  };
  for (let i = 0; i < runs; i++) {
    for (const [key, args] of Object.entries(cmds)) {
      const r = once(args, dir, `${size.files}-${size.sections}-${key}`);
      if (key === 'floor' && r.code === 0) r.info = JSON.parse(readFileSync(r.outFile, 'utf8'));
      const prev = measured[key];
      if (!prev || r.wall < prev.wall) measured[key] = { ...r, rssMb: Math.max(r.rssMb, prev?.rssMb ?? 0) };
      else prev.rssMb = Math.max(prev.rssMb, r.rssMb);
    }
  }
  const floorInfo = measured.floor.info ?? { yamlMs: NaN, draftMs: NaN };
  notes.push(
    `${size.name}: floor = ${int(floorInfo.yamlMs)} ms YAML + ${int(floorInfo.draftMs)} ms remark (inside the process, fastest run)`,
  );
  // What came out must be whole: every comment, numbered 1…N.
  const json = JSON.parse(readFileSync(measured.json.outFile, 'utf8'));
  const numbers = [...json.sections.flatMap((s) => s.comments), ...json.unplaced].map((c) => c.no);
  const gapless = numbers.length === info.comments && numbers.every((n, i) => n === i + 1);
  if (json.summary.comments !== info.comments || !gapless)
    problems.push(`${size.name}: the JSON report has ${json.summary.comments} comments, expected ${info.comments} numbered 1…N`);
  // Word output grows with the comments like Markdown does: within 5× its time and under 1 GB.
  const docxRatio = measured.docx.wall / measured.md.wall;
  notes.push(
    `${size.name}: collate --format docx = ${docxRatio.toFixed(1)}× collate --format md, ${Math.round(measured.docx.rssMb)} MB peak`,
  );
  if (info.comments >= 20_000 && (docxRatio > 5 || measured.docx.rssMb > 1024))
    problems.push(
      `${size.name}: collate --format docx took ${docxRatio.toFixed(1)}× md and ${Math.round(measured.docx.rssMb)} MB (goal: ≤ 5×, < 1 GB)`,
    );
  if (info.comments <= 10_000 && measured.export.wall > 30)
    problems.push(`${size.name}: export took ${measured.export.wall.toFixed(1)} s (goal: < 30 s at 10,000 comments)`);
  for (const key of ['check', 'json', 'md', 'docx', 'export']) {
    const r = measured[key];
    if (r.code !== 0)
      problems.push(
        `${size.name}: ${key} exited ${r.code}: ${r.stderr
          .split('\n')
          .filter((l) => l.includes('error'))
          .slice(0, 3)
          .join(' | ')}`,
      );
  }
  const name = size.name;
  rows.push({ ws: name, cmd: 'floor', ...measured.floor, comments: info.comments, floor: null });
  rows.push({ ws: name, cmd: 'check', ...measured.check, comments: info.comments, floor: measured.floor.wall });
  rows.push({ ws: name, cmd: 'collate --format json', ...measured.json, comments: info.comments, floor: measured.floor.wall });
  rows.push({ ws: name, cmd: 'collate --format md', ...measured.md, comments: info.comments, floor: measured.floor.wall });
  rows.push({ ws: name, cmd: 'collate --format docx', ...measured.docx, comments: info.comments, floor: measured.floor.wall });
  rows.push({ ws: name, cmd: 'export', ...measured.export, comments: info.comments, floor: measured.floor.wall });
  if (keep) notes.push(`${size.name}: kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

// ---- 100,000 keys in one mapping -------------------------------------------
// Time must grow with the number of keys as it does with the number of list
// items (the floor): duplicate keys are found with a set, not pairwise.
if (only.length === 0 || only.includes('keys')) {
  const script = path.join(here, 'yaml-keys.mjs');
  const n = 100_000;
  const measured = {};
  for (let i = 0; i < runsDefault; i++) {
    for (const form of ['list', 'map']) {
      const r = once([script, form, String(n)], repo, `keys-${form}`);
      if (r.code !== 0) {
        problems.push(`yaml-keys ${form} exited ${r.code}: ${r.stderr.slice(0, 200)}`);
        continue;
      }
      const prev = measured[form];
      if (!prev || r.wall < prev.wall) measured[form] = { ...r, rssMb: Math.max(r.rssMb, prev?.rssMb ?? 0) };
    }
  }
  if (measured.list && measured.map) {
    const ws = `one file, ${int(n)} comments`;
    rows.push({ ws, cmd: 'parse: one list (floor)', ...measured.list, comments: n, floor: null });
    rows.push({ ws, cmd: `parse: ${int(n)} keys`, ...measured.map, comments: n, floor: measured.list.wall });
  }
}

// ---- the table -------------------------------------------------------------
const header = ['workspace', 'command', 'wall s', 'CPU s', 'peak MB', 'comments/s', '× floor'];
const body = rows.map((r) => [
  r.ws,
  r.cmd,
  fmt(r.wall),
  fmt(r.cpu),
  fmt(r.rssMb, 0),
  r.comments > 0 && r.cmd !== 'floor' ? int(Math.round(r.comments / r.wall)) : '',
  r.floor ? fmt(r.wall / r.floor) : '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
console.log('');
console.log(line(header));
console.log(`| ${widths.map((w, i) => (i >= 2 ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`);
for (const b of body) console.log(line(b));
console.log('');
console.log("× floor: wall time over the floor's, both the fastest run of the same series (for gopy --version the floor is node -e 0).");
for (const n of notes) console.log(`- ${n}`);
console.log(
  `load average at end: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);

if (!keep) rmSync(scratch, { recursive: true, force: true });

// ---- the diff benchmark, when its developer has written it --------------------
const diffBench = path.join(here, 'diff.mjs');
if (existsSync(diffBench)) {
  console.log('\n--- bench/diff.mjs');
  const r = spawnSync(process.execPath, [diffBench, ...argv], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) problems.push(`bench/diff.mjs exited ${r.status}`);
}

if (problems.length > 0) {
  console.error('\nPROBLEMS:');
  for (const p of problems) console.error(`- ${p}`);
  process.exitCode = 1;
}
