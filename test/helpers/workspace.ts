// Temporary workspaces and captured streams for in-process and spawned tests.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandIO } from '../../src/commands/io.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A new folder holding the given files (paths relative to it). */
export function makeWorkspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

/** A copy of the bundled example (gopy.yaml, drafts/, comments/, responses/) in a new folder. */
export function exampleWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-example-'));
  for (const name of ['gopy.yaml', 'drafts', 'comments', 'responses'])
    cpSync(path.join(repoRoot, name), path.join(dir, name), { recursive: true });
  return dir;
}

/** sha256 of a workspace's inputs: every path under gopy.yaml, drafts/, comments/, responses/ with its kind and bytes. */
export function inputsHash(dir: string, names = ['gopy.yaml', 'drafts', 'comments', 'responses']): string {
  const h = createHash('sha256');
  const walk = (rel: string): void => {
    const abs = path.join(dir, rel);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      h.update(`${rel}\0missing\0`);
      return;
    }
    h.update(`${rel}\0${st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other'}\0${st.mode}\0`);
    if (st.isDirectory()) for (const name of readdirSync(abs).sort()) walk(path.join(rel, name));
    else if (st.isFile()) h.update(readFileSync(abs));
  };
  for (const name of names) walk(name);
  return h.digest('hex');
}

export interface Captured {
  io: CommandIO;
  out: () => string;
  err: () => string;
  bytes: () => Buffer;
}

export function capture(cwd: string): Captured {
  const out: Buffer[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    cwd,
    stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c)) },
    stderr: { write: (c: string | Uint8Array) => err.push(Buffer.from(c).toString('utf8')) },
    now: new Date('2024-03-01T08:00:00Z'),
  };
  return { io, out: () => Buffer.concat(out).toString('utf8'), err: () => err.join(''), bytes: () => Buffer.concat(out) };
}

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would (`npm run build` must have run). */
export function gopy(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Spawned {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/gopy.js'), ...args], {
    cwd: opts.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const SMALL_DRAFT = `---
title: Dự thảo thử
version: 1
---

# CHƯƠNG TRÌNH HÀNH ĐỘNG

## I. MỤC ĐÍCH, YÊU CẦU

Quán triệt sâu sắc Nghị quyết.

## II. MỤC TIÊU {#muc-tieu}

1. Hàng năm 100% cán bộ, hội viên được tuyên truyền. {#mt-01}
2. Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên. {#mt-02}
3. Xây dựng quỹ hỗ trợ nông dân.

## III. NHIỆM VỤ, GIẢI PHÁP

### 1. Đổi mới nội dung, phương thức hoạt động {#nhiem-vu-1}

Tiếp tục đổi mới mạnh mẽ.
`;

/** gopy.yaml as gopy init writes it, with its blanks ("[Họ và tên người ký]") filled in as a user would. */
export function fillBlanks(settings: string): string {
  const real: Record<string, string> = {
    'CƠ QUAN CẤP TRÊN': 'ĐẢNG BỘ TỈNH LAI CHÂU',
    'TÊN CƠ QUAN BAN HÀNH': 'BAN THƯỜNG VỤ TỈNH ỦY',
    số: '125',
    'ký hiệu cơ quan': 'TU',
    'Địa danh': 'Lai Châu',
    'Nơi nhận': 'Lưu Văn phòng Tỉnh ủy',
    'T/M CƠ QUAN': 'T/M BAN THƯỜNG VỤ',
    'CHỨC VỤ NGƯỜI KÝ': 'PHÓ BÍ THƯ',
    'Họ và tên người ký': 'Nguyễn Văn Bình',
  };
  return settings
    .split('\n')
    .map((line) =>
      line.startsWith('#')
        ? line
        : line.replace(/\[([^\]]+)\]/gu, (_, blank: string) => {
            const value = real[blank];
            if (value === undefined) throw new Error(`no value for the blank [${blank}]`);
            return value;
          }),
    )
    .join('\n');
}

/** gopy.yaml's delegates: listed with an organization, by file, and one named twice. */
export const DELEGATES =
  'delegates:\n  - name: Lê Đức Dục\n    organization: Ban Tuyên giáo Tỉnh ủy\n  - name: Hoàng Minh Đức\n    file: so-tai-chinh\n  - Lê Đức Dục\n';

/** A workspace file's text. */
export const read = (dir: string, rel: string): string => readFileSync(path.join(dir, rel), 'utf8');

/** Every file under a folder, as sorted relative paths. */
export const listAll = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
};
