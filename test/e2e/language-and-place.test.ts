// What a new user meets first: help in their language, and the workspace
// found from wherever they stand (or one clear sentence when there is none).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gopy, makeWorkspace, SMALL_DRAFT } from '../helpers/workspace.js';

const COMMANDS = ['check', 'anchors', 'collate', 'export', 'diff', 'init', 'template', 'status', 'import'];
/** Words that give away English left in a Vietnamese text. */
const ENGLISH =
  /\b(the|and|of|to|with|file|folder|default|options?|usage|command|output|display|help for|error|warning|draft|write|not)\b/iu;
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

/** Help text without what is the same in both languages: option names, file and format names, command names. */
function prose(help: string): string {
  return help
    .replace(/--?[a-z][a-z-]*/giu, ' ')
    .replace(/\b[\w.-]+\/(?=\W)/gu, ' ')
    .replace(
      /\b(?:gopy(?:\.yaml)?|drafts|comments|responses|forms|bao-cao|md|json|html|docx|csv|text|pdf|xlsx|vi|en|git|Word|PDF|HTML|Markdown|JSON|CSV|Excel|Chromium|VS Code|Schema|UTF-8|name|title|organization|group|date|section|kind|quote|proposal|id|lang|delegates|Notepad)\b/gu,
      ' ',
    )
    .replace(/\b(?:check|anchors|collate|export|diff|init|template|status|import|help)\b/gu, ' ');
}

describe('help in the chosen language (spawned)', () => {
  it.each(['', ...COMMANDS])('gopy %s --help: Vietnamese by default, English with --lang en', (cmd) => {
    const args = cmd ? [cmd, '--help'] : ['--help'];
    const vi = gopy(args, { env: { LANG: 'en_US.UTF-8' } });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(VIETNAMESE);
    expect(prose(vi.stdout)).not.toMatch(ENGLISH);
    const en = gopy([...args, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).not.toMatch(VIETNAMESE);
    expect(en.stdout).toContain('--lang');
  });

  it('says what --lang does, and reads lang: from gopy.yaml', () => {
    expect(gopy(['check', '--help']).stdout).toMatch(/--lang <ngôn-ngữ>\s+ngôn ngữ của thông báo, trợ giúp và của báo cáo ở lệnh/u);
    const ws = makeWorkspace({ 'gopy.yaml': 'lang: en\n', 'drafts/du-thao-1.md': SMALL_DRAFT });
    expect(gopy(['status', '--help'], { cwd: ws }).stdout).toContain('Usage: gopy status');
    expect(gopy(['check', '--lang', 'vi'], { cwd: ws }).stdout).toContain('0 lỗi');
  });

  it('wrong usage in the chosen language, exit 2', () => {
    const r = gopy(['chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gopy: không có lệnh "chek" (có phải ý bạn là check?)\n(gõ "gopy --help" để xem các lệnh)\n');
    const en = gopy(['check', '--nope', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('unknown option --nope');
  });

  it('collate --format pdf points to gopy export', () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT });
    const r = gopy(['collate', '--format', 'pdf'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gopy export');
  });
});

describe('the workspace, found like git (spawned)', () => {
  const ws = makeWorkspace({
    'drafts/du-thao-1.md': SMALL_DRAFT,
    'comments/a.yaml': 'delegate:\n  name: A\ncomments:\n  mt-01: Nhất trí.\n',
  });

  it('from comments/, every command finds the workspace above', () => {
    const inside = path.join(ws, 'comments');
    const r = gopy(['check'], { cwd: inside });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('drafts/du-thao-1.md: 1 tệp góp ý, 1 ý kiến, 0 tệp tiếp thu, giải trình; 0 lỗi, 0 cảnh báo\n');
    expect(gopy(['anchors'], { cwd: inside }).stdout).toContain('mt-01');
    expect(gopy(['status'], { cwd: inside }).code).toBe(0);
  });

  it('from an empty folder: one sentence naming the folder and gopy init, exit 2 in every command', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'gopy-empty-'));
    for (const cmd of ['check', 'anchors', 'collate', 'status', 'diff', 'template', 'export']) {
      const r = gopy([cmd], { cwd: empty });
      expect(r.code, cmd).toBe(2);
      expect(r.stderr, cmd).toBe(
        `gopy: không tìm thấy thư mục lấy ý kiến: trong ${empty} và các thư mục bên trên không có gopy.yaml hay drafts/; hãy chạy "gopy init" để tạo mới, hoặc chuyển vào thư mục đó (hoặc dùng -C <thư-mục>)\n`,
      );
    }
  });

  it('-C a file says it is a file; -C a missing folder says so', () => {
    const r = gopy(['check', '-C', path.join(ws, 'comments/a.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('đây là một tệp, không phải thư mục');
    const m = gopy(['status', '-C', path.join(ws, 'khong-co')]);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('không có thư mục này');
  });

  it('init makes the folder it is asked for, even inside another workspace', () => {
    const sub = path.join(ws, 'nhap');
    mkdirSync(sub);
    const r = gopy(['init', 'moi'], { cwd: sub });
    expect(r.code, r.stderr).toBe(0);
    expect(gopy(['check'], { cwd: path.join(sub, 'moi') }).stdout).toContain('drafts/');
  });
});
