// The output guard and write errors, as a user meets them: each attack of
// issue #14 on a copy of the bundled example, refused with one plain
// sentence and its exit code, the inputs byte-identical afterwards.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Spawned } from '../helpers/workspace.js';
import { exampleWorkspace, gopy, inputsHash, repoRoot } from '../helpers/workspace.js';

/** No stack trace, no raw escape character, at most one line from gopy itself. */
function clean(r: Spawned): void {
  for (const text of [r.stdout, r.stderr]) {
    expect(text).not.toMatch(/\n\s+at |Unhandled|node:internal/u);
    expect(text).not.toContain(String.fromCharCode(27));
  }
}

/** Run in a copy of the example; the inputs must not change. */
function attack(setup: (ws: string) => void, args: string[]): Spawned & { ws: string } {
  const ws = exampleWorkspace();
  setup(ws);
  const before = inputsHash(ws);
  const r = gopy(args, { cwd: ws });
  expect(inputsHash(ws), args.join(' ')).toBe(before);
  clean(r);
  return { ...r, ws };
}

const last = (r: Spawned): string => r.stderr.trim().split('\n').at(-1) ?? '';

describe('the output guard', () => {
  it('follows a symbolic link to a folder: no report into comments/ or drafts/', () => {
    for (const [link, to] of [
      ['cm', 'comments'],
      ['dr', 'drafts'],
    ] as const) {
      const r = attack((ws) => symlinkSync(to, path.join(ws, link)), ['collate', '--format', 'json', '-o', `${link}/zz.yaml`]);
      expect(r.code).toBe(2);
      expect(last(r)).toBe(`gopy: không ghi ${link}/zz.yaml: tệp này nằm trong ${to}, nơi gopy chỉ đọc; hãy chọn chỗ khác với -o`);
      expect(existsSync(path.join(r.ws, to, 'zz.yaml'))).toBe(false);
    }
  });

  it('never writes over gopy.yaml, from any command, and says so in English with --lang en', () => {
    for (const cmd of ['collate', 'status', 'anchors']) {
      const r = attack(() => undefined, [cmd, '-o', 'gopy.yaml']);
      expect(r.code, cmd).toBe(2);
      expect(last(r)).toBe('gopy: không ghi đè gopy.yaml: đó là tệp thiết lập gopy.yaml, gopy chỉ đọc; hãy chọn chỗ khác với -o');
    }
    const en = attack(
      (ws) => symlinkSync('gopy.yaml', path.join(ws, 'settings-link.md')),
      ['collate', '--lang', 'en', '-o', 'settings-link.md'],
    );
    expect(en.code).toBe(2);
    expect(last(en)).toBe(
      'gopy: will not write over settings-link.md: it is the settings file gopy.yaml, which gopy only reads; choose another place with -o',
    );
  });

  it('never writes over a draft named by path (diff a.md b.md -o b.md)', () => {
    const r = attack(
      (ws) => {
        mkdirSync(path.join(ws, 'elsewhere'));
        const draft = readFileSync(path.join(ws, 'drafts', readdirSync(path.join(ws, 'drafts'))[0] ?? ''), 'utf8');
        writeFileSync(path.join(ws, 'elsewhere', 'a.md'), draft);
        writeFileSync(path.join(ws, 'elsewhere', 'b.md'), `${draft}\nThêm một câu.\n`);
      },
      ['diff', 'elsewhere/a.md', 'elsewhere/b.md', '-o', 'elsewhere/b.md'],
    );
    expect(r.code).toBe(2);
    expect(last(r)).toMatch(/^gopy: không ghi đè elsewhere\/b\.md: đó là một tệp đầu vào của lệnh này/u);
    expect(readFileSync(path.join(r.ws, 'elsewhere', 'b.md'), 'utf8')).toContain('Thêm một câu.');
    const draftOpt = attack(
      (ws) =>
        writeFileSync(
          path.join(ws, 'mine.md'),
          readFileSync(path.join(repoRoot, 'drafts', readdirSync(path.join(repoRoot, 'drafts'))[0] ?? '')),
        ),
      ['collate', '--draft', 'mine.md', '-o', 'mine.md'],
    );
    expect(draftOpt.code).toBe(2);
    expect(last(draftOpt)).toMatch(/đó là một tệp đầu vào/u);
  });

  it('puts no export pack inside an input folder', () => {
    for (const dir of ['drafts', 'comments', 'responses']) {
      const r = attack(() => undefined, ['export', '--no-pdf', '-o', `${dir}/pack`]);
      expect(r.code, dir).toBe(2);
      expect(last(r)).toBe(`gopy: không ghi ${dir}/pack: tệp này nằm trong ${dir}, nơi gopy chỉ đọc; hãy chọn chỗ khác với -o`);
      expect(existsSync(path.join(r.ws, dir, 'pack'))).toBe(false);
      expect(readdirSync(r.ws).filter((n) => n.startsWith('.'))).toEqual([]);
    }
  });

  it('honours --comments and --responses: those folders are inputs too', () => {
    const r = attack(
      (ws) => {
        execFileSync('cp', ['-r', path.join(ws, 'comments'), path.join(ws, 'y-kien')]);
      },
      ['collate', '--comments', 'y-kien', '-o', 'y-kien/bao-cao.md'],
    );
    expect(r.code).toBe(2);
    expect(last(r)).toMatch(/nằm trong y-kien/u);
    expect(existsSync(path.join(r.ws, 'y-kien', 'bao-cao.md'))).toBe(false);
  });

  it('replaces no pipe, device or folder with a report (exit 3)', () => {
    const fifo = attack((ws) => execFileSync('mkfifo', [path.join(ws, 'pipe')]), ['collate', '-o', 'pipe']);
    expect(fifo.code).toBe(3);
    expect(last(fifo)).toBe(
      'gopy: không ghi đè pipe: đó không phải là một tệp thông thường (đường ống, thiết bị…); hãy chọn chỗ khác với -o',
    );
    expect(statSync(path.join(fifo.ws, 'pipe')).isFIFO()).toBe(true);
    const device = attack(() => undefined, ['status', '-o', '/dev/null']);
    expect(device.code).toBe(3);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const folder = attack((ws) => mkdirSync(path.join(ws, 'out.md')), ['collate', '--lang', 'en', '-o', 'out.md']);
    expect(folder.code).toBe(3);
    expect(last(folder)).toBe('gopy: cannot write out.md: it is a folder; give a file name with -o');
  });

  it('keeps the mode of a report it replaces', () => {
    const ws = exampleWorkspace();
    writeFileSync(path.join(ws, 'bao-cao.md'), 'old');
    chmodSync(path.join(ws, 'bao-cao.md'), 0o600);
    const r = gopy(['collate', '-o', 'bao-cao.md'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(statSync(path.join(ws, 'bao-cao.md')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(ws, 'bao-cao.md'), 'utf8')).not.toBe('old');
  });

  it('export --force removes no file of the user that bears a pack name of the other language', () => {
    const ws = exampleWorkspace();
    expect(gopy(['export', '--no-pdf', '-o', 'pack'], { cwd: ws }).code).toBe(0);
    writeFileSync(path.join(ws, 'pack', 'comments.csv'), 'mine');
    const before = inputsHash(ws, ['gopy.yaml', 'drafts', 'comments', 'responses', 'pack']);
    const r = gopy(['export', '--no-pdf', '--force', '-o', 'pack'], { cwd: ws });
    clean(r);
    expect(r.code).toBe(2);
    expect(last(r)).toMatch(/ngoài bộ tài liệu của gopy \(comments\.csv\)/u);
    expect(inputsHash(ws, ['gopy.yaml', 'drafts', 'comments', 'responses', 'pack'])).toBe(before);
    // A folder holding only a file named like a pack file is not a pack either.
    mkdirSync(path.join(ws, 'mine'));
    writeFileSync(path.join(ws, 'mine', 'synthesis-report.md'), 'mine');
    const lone = gopy(['export', '--no-pdf', '--force', '-o', 'mine'], { cwd: ws });
    expect(lone.code).toBe(2);
    expect(readFileSync(path.join(ws, 'mine', 'synthesis-report.md'), 'utf8')).toBe('mine');
    // The English pack is gopy's too: replaced by a Vietnamese one.
    expect(gopy(['export', '--no-pdf', '--lang', 'en', '-o', 'en'], { cwd: ws }).code).toBe(0);
    expect(gopy(['export', '--no-pdf', '--force', '-o', 'en'], { cwd: ws }).code).toBe(0);
    expect(readdirSync(path.join(ws, 'en'))).toContain('gop-y.csv');
  });
});

describe('temporary files', () => {
  /** The pid of a process that has ended. */
  function deadPid(): number {
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(r.stdout);
  }

  it('are removed when a later run finds those of a run that was killed', () => {
    const ws = exampleWorkspace();
    const pid = deadPid();
    const stale = path.join(ws, `.bao-cao.md.gopy-${pid}-0123456789ab.tmp`);
    writeFileSync(stale, 'half a report');
    const oldPack = path.join(ws, `.pack.gopy-${pid}-0123456789ab.old`);
    mkdirSync(oldPack);
    writeFileSync(path.join(oldPack, 'bao-cao-tong-hop.md'), 'the pack the killed run had moved aside');
    const pdfDir = mkdtempSync(path.join(tmpdir(), `gopy-pdf-${pid}-`));
    expect(gopy(['collate', '-o', 'bao-cao.md'], { cwd: ws }).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    // The pack moved aside is put back where it was, not lost.
    expect(readFileSync(path.join(ws, 'pack', 'bao-cao-tong-hop.md'), 'utf8')).toMatch(/moved aside/u);
    expect(gopy(['export', '-o', 'pack2'], { cwd: ws, env: { PATH: '/nowhere', GOPY_CHROMIUM: '' } }).code).toBe(0);
    expect(existsSync(pdfDir)).toBe(false);
  });

  it('are removed when gopy is stopped by a signal', { timeout: 60_000 }, async () => {
    const ws = exampleWorkspace();
    const bin = mkdtempSync(path.join(tmpdir(), 'gopy-slow-browser-'));
    writeFileSync(path.join(bin, 'chromium'), '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/gopy.js'), 'export', '-o', 'pack'], {
      cwd: ws,
      env: { ...process.env, PATH: `${bin}:/usr/bin:/bin`, GOPY_CHROMIUM: '' },
      stdio: 'ignore',
    });
    const prefix = `gopy-pdf-${child.pid}-`;
    const started = Date.now();
    while (!readdirSync(tmpdir()).some((n) => n.startsWith(prefix)) && Date.now() - started < 30_000) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(readdirSync(tmpdir()).some((n) => n.startsWith(prefix))).toBe(true);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(143);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith(prefix))).toEqual([]);
    expect(readdirSync(ws).filter((n) => n.startsWith('.') || n === 'pack')).toEqual([]);
  });
});

describe('standard output', () => {
  const sh = (script: string, cwd: string): { code: number | null; stderr: string } => {
    const r = spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stderr: r.stderr };
  };
  const node = `"${process.execPath}" "${path.join(repoRoot, 'bin/gopy.js')}"`;

  it('ends quietly when the reader goes away (| head)', () => {
    const ws = exampleWorkspace();
    for (const format of ['html', 'md', 'json']) {
      const r = sh(`${node} collate --format ${format} 2>err.txt | head -c1 >/dev/null; echo "$(cat err.txt)"`, ws);
      const err = readFileSync(path.join(ws, 'err.txt'), 'utf8');
      expect(err, format).not.toMatch(/\n\s+at |Unhandled|internal|lỗi bên trong gopy/u);
      expect(r.code).toBe(0);
    }
  });

  it('says in one sentence that a full disk stopped it, exit 3', () => {
    const ws = exampleWorkspace();
    for (const cmd of ['status', 'collate', 'anchors']) {
      const r = sh(`${node} ${cmd} >/dev/full`, ws);
      expect(r.code, cmd).toBe(3);
      expect(r.stderr).not.toMatch(/\n\s+at |Unhandled/u);
      expect(r.stderr.trim().split('\n').at(-1)).toBe(
        'gopy: không ghi tiếp được ra đầu ra chuẩn (ổ đĩa đã đầy): phần đã ghi ra không đầy đủ',
      );
    }
  });
});
