// One language per run (issue 10, contract §5): gopy driven as a user would
// through the situations that make it talk (wrong folder, bad settings,
// broken drafts, unknown ids, every usage error, every --help), checked for
// English left in Vietnamese mode and Vietnamese left in English mode.
// What is the same in both languages is taken out first: the user's own
// words (quoted), paths, option and command names, rule ids, file formats
// and the words "error"/"warning" of the message line (machine-readable).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleWorkspace, gopy, makeWorkspace, SMALL_DRAFT } from '../helpers/workspace.js';

/** Words that give away an English sentence. */
const ENGLISH =
  /\b(?:the|not|found|must|expected|should|cannot|could|already|exists?|is|are|was|were|has|have|no|of|with|and|or|for|give|use|only|file|files|folder|missing|unknown|written|skipped|usage|options|commands|arguments|display|help|default|output|name|needs?|takes?|there|here|which|this|that|more|than|line|levels?|deep|did you mean)\b/iu;
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

/** What is the same in both languages, blanked out. */
function prose(text: string): string {
  return (
    text
      // the user's own words, quoted
      .replace(/"[^"\n]*"|“[^”\n]*”|'[^'\n]*'|`[^`\n]*`|«[^»\n]*»/gu, ' ')
      // the machine-readable frame of a message line: path:line:col: error|warning: … [rule]
      .replace(/^(?:gopy: )?[^\s:]+(?::\d+:\d+)?: (?:error|warning|info): /gmu, ' ')
      .replace(/\[[a-z0-9-]+\]/gu, ' ')
      // paths, options, placeholders, fields written as in the file
      .replace(/(?:[\w.~-]*\/)+[\w.-]*|[\w.-]+\.(?:ya?ml|md|docx|xlsx|csv|json|html|pdf|txt)\b/gu, ' ')
      .replace(/--?[a-zA-Z][\w-]*(?:=\S*| (?!-)[^\s:,;]+)?/gu, ' ')
      // lists of field names, as written in the files: "name, title, organization"
      .replace(/\b[a-z_]+(?:, [a-z_]+)+\b/gu, ' ')
      .replace(/<[^>\n]*>|\[[^\]\n]*\]/gu, ' ')
      .replace(/\b[a-z_]+:/gu, ' ')
      .replace(
        /\b(?:gopy|git|init|check|anchors|collate|export|diff|template|status|decisions|import|help|vi|en|md|json|html|docx|csv|text|pdf|xlsx|yaml|UTF-8|Word|Excel|PDF|HTML|Markdown|JSON|CSV|Chromium|Chrome|VS Code|Schema|Notepad|general|all|accepted|partial|explained|noted|referred|agree|amend|add|delete|question|other|du-thao|y-kien|quyet-dinh|GOPY_CHROMIUM|MB|apt-get|fonts-liberation2|chromium)\b/gu,
        ' ',
      )
  );
}

/** Lines with English left (Vietnamese mode). */
function english(text: string): string[] {
  return text.split('\n').filter((l) => ENGLISH.test(prose(l)));
}

/** Lines with Vietnamese left (English mode). */
function vietnamese(text: string): string[] {
  return text.split('\n').filter((l) => VIETNAMESE.test(prose(l)));
}

const A = 'delegate:\n  name: Le Van A\ndraft: du-thao-1\ncomments:\n';
const DRAFT_2 = SMALL_DRAFT.replace('version: 1', 'version: 2').replace('1.200', '1.500');

interface Case {
  name: string;
  args: string[];
  files?: Record<string, string>;
  /** Run in this sub-folder of the workspace. */
  cwd?: string;
  env?: Record<string, string>;
  /** Expected exit code (in both languages). */
  code: number;
  /** Standard output is gopy talking (help, summaries), not a report. */
  stdout?: boolean;
}

const WS = { 'drafts/du-thao-1.md': SMALL_DRAFT };
const TWO = { ...WS, 'drafts/du-thao-2.md': DRAFT_2 };

const CASES: Case[] = [
  // ---- where gopy runs ----
  ...['check', 'anchors', 'collate', 'status', 'diff', 'template', 'export', 'decisions'].map((cmd): Case => ({
    name: `${cmd} outside a workspace`,
    args: [cmd],
    files: { 'x.txt': 'x' },
    code: 2,
  })),
  { name: '-C to a file', args: ['check', '-C', 'x.txt'], files: { 'x.txt': 'x' }, code: 2 },
  { name: '-C to no folder', args: ['status', '-C', 'khong-co'], files: WS, code: 2 },
  { name: 'gopy.yaml but no draft', args: ['check'], files: { 'gopy.yaml': 'title: T\n' }, code: 1 },
  { name: 'an unknown --draft', args: ['collate', '--draft', 'du-thao-9'], files: WS, code: 2 },
  { name: '--comments to no folder', args: ['check', '--comments', 'khong-co'], files: WS, code: 2 },
  { name: '--responses to no folder', args: ['check', '--responses', 'khong-co'], files: WS, code: 2 },
  { name: '--comments to a file', args: ['check', '--comments', 'x.txt'], files: { ...WS, 'x.txt': 'x' }, code: 2 },
  { name: 'not yaml in comments/', args: ['check'], files: { ...WS, 'comments/ghi-chu.txt': 'x' }, code: 0, stdout: true },
  // ---- settings ----
  { name: 'settings as a list', args: ['check'], files: { ...WS, 'gopy.yaml': '- a\n- b\n' }, code: 1, stdout: true },
  {
    name: 'settings slips',
    args: ['check'],
    files: {
      ...WS,
      'gopy.yaml':
        'titel: T\nlang: fr\ndate: 1/13/2026\nissuer:\n  nam: X\nsigner: [a]\nrecipients: X\nsubtitle:\n  - a\nmeeting:\n  - a\n',
    },
    code: 1,
    stdout: true,
  },
  {
    name: 'expected delegates slips',
    args: ['check'],
    files: { ...WS, 'gopy.yaml': 'delegates:\n  - ""\n  - [a, b]\n  - title: X\n' },
    code: 1,
    stdout: true,
  },
  { name: 'delegates not a list', args: ['status'], files: { ...WS, 'gopy.yaml': 'delegates: X\n' }, code: 1 },
  // ---- drafts ----
  { name: 'front matter as a list', args: ['check'], files: { 'drafts/a.md': '---\n- a\n---\n\n# A\n' }, code: 1 },
  { name: 'front matter with a slip', args: ['check'], files: { 'drafts/a.md': '---\ntitle: Dự thảo: lần 2\n---\n\n# A\n' }, code: 1 },
  { name: 'front matter not text', args: ['check'], files: { 'drafts/a.md': '---\ntitle:\n  x: 1\n---\n# C\n' }, code: 0 },
  {
    name: 'anchor slips',
    args: ['check', '--draft', 'drafts/a.md'],
    files: { 'drafts/a.md': '# A {#general}\n\n## B {#b}\n\n## C {#b}\n\n## D {#-x}\n\nText {#loose}\n' },
    code: 1,
  },
  { name: 'deep nesting', args: ['check'], files: { 'drafts/a.md': `# A\n\n${'>'.repeat(200)} x\n` }, code: 1 },
  { name: 'a long run of marks', args: ['check'], files: { 'drafts/a.md': `# A\n\n${'_'.repeat(20000)}\n` }, code: 1 },
  { name: 'many brackets', args: ['check'], files: { 'drafts/a.md': `# A\n\n${'[a]('.repeat(20000)}\n` }, code: 1 },
  { name: 'many stars', args: ['check'], files: { 'drafts/a.md': `# A\n\n${'*a '.repeat(20000)}\n` }, code: 1 },
  // ---- comments ----
  {
    name: 'comment slips',
    args: ['check'],
    files: {
      ...WS,
      'comments/a.yaml': `${A}  mt-9: Nhất trí.\n  mt-01:\n    kind: bogus\n    quote: khong co trong muc\n    text: Sua.\n    foo: 1\n`,
      'comments/b.yaml': `${A}  mt-01: Ý kiến: nhất trí.\n`,
      'comments/c.yaml': `${A}\tmt-01: x\n`,
      'comments/d.yaml': 'delegate: [a]\n',
      'comments/e.yaml': '',
      'comments/f.yaml': 'delegate:\n  name: B\ndraft: du-thao-7\ncomments:\n  mt-01: x\n',
    },
    code: 1,
    stdout: true,
  },
  // ---- responses ----
  {
    name: 'response slips',
    args: ['check'],
    files: {
      ...WS,
      'comments/a.yaml': `${A}  mt-01: Nhất trí.\n  mt-02: Sửa.\n`,
      'responses/r.yaml':
        'mt-01:\n  - to: [a/mt-01/9]\n    decision: accepted\n  - to: [a/mt-01/1]\n    decision: accept\n  - to: [a/mt-01/1]\n    decision: noted\n  - to: [a/mt-01/1]\n    decision: accepted\nmt-02:\n  - to: [a/mt-01/1]\n    decision: explained\n  - to: all\n    decision: noted\n  - to: all\n    decision: noted\n',
    },
    code: 1,
    stdout: true,
  },
  // ---- usage of each command ----
  { name: 'no command', args: [], code: 2 },
  { name: 'an unknown command', args: ['chek'], code: 2 },
  { name: 'help for an unknown command', args: ['help', 'nope'], code: 2 },
  { name: 'an unknown option', args: ['check', '--nope'], files: WS, code: 2 },
  { name: 'an option without its value', args: ['check', '--format'], files: WS, code: 2 },
  { name: 'too many arguments', args: ['check', 'a', 'b'], files: WS, code: 2 },
  { name: 'check --format', args: ['check', '--format', 'xml'], files: WS, code: 2 },
  { name: 'collate --format pdf', args: ['collate', '--format', 'pdf'], files: WS, code: 2 },
  { name: 'diff: three drafts', args: ['diff', 'a', 'b', 'c'], files: WS, code: 2 },
  { name: 'diff: one draft only', args: ['diff'], files: WS, code: 2 },
  { name: 'diff: the only version', args: ['diff', 'du-thao-1'], files: WS, code: 2 },
  { name: 'diff: an unknown draft', args: ['diff', 'du-thao-7', 'du-thao-1'], files: WS, code: 2 },
  { name: 'diff --format', args: ['diff', '--format', 'xml'], files: TWO, code: 2 },
  { name: 'diff --comments to no folder', args: ['diff', '--comments', 'khong-co/'], files: TWO, code: 2 },
  { name: 'decisions to the terminal', args: ['decisions', '-o', '-'], files: WS, code: 2 },
  { name: 'export to the terminal', args: ['export', '-o', '-'], files: WS, code: 2 },
  { name: 'export onto a file', args: ['export', '-o', 'x.txt'], files: { ...WS, 'x.txt': 'x' }, code: 2 },
  { name: 'export into a folder of other things', args: ['export', '-o', 'khac', '--force'], files: { ...WS, 'khac/x.txt': 'x' }, code: 2 },
  { name: 'export into a pack already there', args: ['export', '-o', 'khac'], files: { ...WS, 'khac/bao-cao.md': 'x' }, code: 2 },
  {
    name: 'export without a browser',
    args: ['export', '-o', 'goi'],
    files: WS,
    env: { GOPY_CHROMIUM: '/khong/co/chromium' },
    code: 0,
    stdout: true,
  },
  { name: 'init onto a file', args: ['init', 'x.txt'], files: { 'x.txt': 'x' }, code: 2 },
  { name: 'init in a workspace', args: ['init', '.'], files: WS, code: 2 },
  { name: 'init', args: ['init', 'moi'], files: { 'x.txt': 'x' }, code: 0, stdout: true },
  { name: 'init --editor', args: ['init', '.', '--editor'], files: WS, code: 0, stdout: true },
  { name: 'template --all with --delegate', args: ['template', '--all', '--delegate', 'X'], files: WS, code: 2 },
  { name: 'template --all without delegates', args: ['template', '--all'], files: WS, code: 2 },
  {
    name: 'template --all',
    args: ['template', '--all', '-o', 'phieu'],
    files: { ...WS, 'gopy.yaml': 'delegates:\n  - name: Le Van A\n  - name: Le Van A\n' },
    code: 0,
    stdout: true,
  },
  {
    name: 'template --all --format docx',
    args: ['template', '--all', '--format', 'docx', '-o', 'phieu'],
    files: { ...WS, 'gopy.yaml': 'delegates:\n  - name: Le Van A\n  - name: Le Van A\n' },
    code: 0,
    stdout: true,
  },
  { name: 'template onto a comment file', args: ['template', '-o', 'x.yaml'], files: { ...WS, 'x.yaml': 'x' }, code: 2 },
  { name: 'template into a folder without a name', args: ['template', '-o', 'comments'], files: { ...WS, 'comments/a.txt': 'x' }, code: 2 },
  { name: 'a Word form to the terminal', args: ['template', '--format', 'docx', '-o', '-'], files: WS, code: 2 },
  { name: 'a Word form', args: ['template', '--format', 'docx', '--delegate', 'A', '-o', 'a.docx'], files: WS, code: 0, stdout: true },
  { name: 'template --format', args: ['template', '--format', 'xml'], files: WS, code: 2 },
  {
    name: 'status --strict',
    args: ['status', '--strict'],
    files: { ...WS, 'comments/a.yaml': `${A}  mt-01: Nhất trí.\n` },
    code: 1,
  },
  { name: 'import without a file', args: ['import'], files: WS, code: 2 },
  { name: 'import a file that is not there', args: ['import', 'khong-co.docx'], files: WS, code: 2 },
  { name: 'import a folder', args: ['import', 'drafts'], files: WS, code: 2 },
  { name: 'import a broken Word file', args: ['import', 'x.docx'], files: { ...WS, 'x.docx': 'not a zip' }, code: 2 },
  { name: 'import --as an unknown kind', args: ['import', 'x.csv', '--as', 'bogus'], files: { ...WS, 'x.csv': 'a,b\n' }, code: 2 },
  { name: 'import decisions from Word', args: ['import', 'x.docx', '--as', 'quyet-dinh'], files: { ...WS, 'x.docx': 'x' }, code: 2 },
];

function run(c: Case, lang: 'vi' | 'en'): { code: number | null; said: string } {
  const ws = makeWorkspace(c.files ?? {});
  const r = gopy([...c.args, ...(lang === 'en' ? ['--lang', 'en'] : [])], {
    cwd: path.join(ws, c.cwd ?? ''),
    env: { LANG: lang === 'vi' ? 'en_US.UTF-8' : 'vi_VN.UTF-8', ...c.env },
  });
  return { code: r.code, said: `${r.stderr}${c.stdout ? r.stdout : ''}` };
}

describe('every message in one language (spawned)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const vi = run(c, 'vi');
    expect(vi.code, vi.said).toBe(c.code);
    expect(vi.said.trim()).not.toBe('');
    expect(english(vi.said), vi.said).toEqual([]);
    const en = run(c, 'en');
    expect(en.code, en.said).toBe(c.code);
    expect(vietnamese(en.said), en.said).toEqual([]);
  });

  const commands = ['', 'check', 'anchors', 'collate', 'export', 'diff', 'init', 'template', 'status', 'decisions', 'import', 'help'];
  it.each(commands)('gopy %s --help', (cmd) => {
    const args = cmd ? [cmd, '--help'] : ['--help'];
    const vi = gopy(args);
    expect(vi.code).toBe(0);
    expect(english(vi.stdout), vi.stdout).toEqual([]);
    expect(vi.stdout).not.toMatch(/Usage:|Options:|Commands:|Arguments:/u);
    const en = gopy([...args, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(vietnamese(en.stdout), en.stdout).toEqual([]);
  });

  it('a bad --lang', () => {
    const ws = makeWorkspace(WS);
    const r = gopy(['check', '--lang', 'fr'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(english(r.stderr), r.stderr).toEqual([]);
  });

  it('gopy help <command> and -v', () => {
    expect(english(gopy(['help', 'status']).stdout)).toEqual([]);
    expect(gopy(['-v']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });

  it('the bundled example, checked, in both languages', () => {
    const ws = exampleWorkspace();
    const vi = gopy(['check'], { cwd: ws });
    expect(english(vi.stderr + vi.stdout)).toEqual([]);
    const en = gopy(['check', '--lang', 'en'], { cwd: ws });
    expect(vietnamese(en.stderr + en.stdout)).toEqual([]);
  });

  it('from inside comments/ of a folder without gopy.yaml, and from an empty folder', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'gopy-empty-'));
    mkdirSync(path.join(empty, 'comments'));
    writeFileSync(path.join(empty, 'comments', 'a.yaml'), A);
    const r = gopy(['check'], { cwd: path.join(empty, 'comments') });
    expect(r.code).toBe(2);
    expect(english(r.stderr)).toEqual([]);
  });
});

describe('the heuristics', () => {
  it('catch English and Vietnamese sentences, not the frame of a message line', () => {
    expect(english('gopy: folder not found: x')).toHaveLength(1);
    expect(english('Usage: gopy check [options]')).toHaveLength(1);
    expect(english('comments/a.yaml:4:3: error: dự thảo không có mục "the thing" [unknown-anchor]')).toEqual([]);
    expect(vietnamese('gopy: không có thư mục này')).toHaveLength(1);
    expect(vietnamese('comments/a.yaml:4:3: error: the draft has no section "mục 1" [unknown-anchor]')).toEqual([]);
  });
});
