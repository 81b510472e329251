// One guard for every place gopy writes: the path is followed to where it
// really leads (symbolic links of files and of folders), and refused when
// that is inside an input folder (drafts/, and the comments and decisions
// folders in use), onto gopy.yaml, onto an input file of this run, or onto
// something that is not a regular file (a folder, a pipe, a device).

import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { words } from '../i18n/index.js';
import { oneLine, UsageError, WriteError } from '../messages.js';
import type { CommandIO, WorkspaceFlags } from './io.js';

export interface GuardedTarget {
  /** Where the bytes really go: the target with every symbolic link followed. */
  real: string;
  /** What is there now (null: nothing yet). */
  existing: Stats | null;
}

export interface GuardOptions {
  /** The target is a folder (the export pack, import's folder), not a file. */
  folder?: boolean;
  /** New comment files (template's forms, import's files): comments/ is where they belong. */
  comments?: boolean;
  /** Input files of this run besides the workspace's own (drafts named by path, a spreadsheet). */
  inputs?: readonly string[] | undefined;
  /** The target as shown to the user (default: as given). */
  shown?: string;
}

/** Refuse a target that would touch an input; say where it really goes. */
export async function guardOutput(io: CommandIO & WorkspaceFlags, target: string, opts: GuardOptions = {}): Promise<GuardedTarget> {
  const w = words().output;
  const shown = oneLine(opts.shown ?? target);
  const root = path.resolve(io.cwd);
  const real = await reach(path.resolve(root, target));
  // A new comment form belongs in comments/; only the other input folders are closed to it.
  const folders = ['drafts', ...(opts.comments === true ? [] : [io.comments ?? 'comments']), io.responses ?? 'responses'];
  for (const dir of folders) {
    if (within(real, await reach(path.resolve(root, dir)))) throw new UsageError(words().usage.willNotWriteInput(shown, oneLine(dir)));
  }
  for (const name of ['gopy.yaml', 'gopy.yml']) {
    if (real === (await reach(path.join(root, name)))) throw new UsageError(w.ontoSettings(shown));
  }
  const inputs = [...(opts.inputs ?? []), ...(io.draft !== undefined ? [io.draft] : [])];
  for (const input of inputs) {
    const inputReal = await reach(path.resolve(root, input));
    if (real === inputReal || (opts.folder === true && within(inputReal, real))) throw new UsageError(w.ontoInput(shown));
  }
  const existing = await stat(real).catch(() => null);
  if (existing) {
    if (existing.isDirectory() && opts.folder !== true) throw new WriteError(w.isFolder(shown));
    if (!existing.isDirectory() && !existing.isFile()) throw new WriteError(w.notRegular(shown));
  }
  return { real, existing };
}

/** `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The real path of `abs`, also when it does not exist yet: the deepest part
 * that exists is resolved and the rest appended; a symbolic link that leads
 * nowhere is followed to where it would lead.
 */
async function reach(abs: string, hops = 0): Promise<string> {
  try {
    return await realpath(abs);
  } catch {
    // Not there (yet), or a link leading nowhere.
  }
  const link = await lstat(abs).catch(() => null);
  if (link?.isSymbolicLink() && hops < 40) {
    const to = await readlink(abs).catch(() => null);
    if (to !== null) return reach(path.resolve(path.dirname(abs), to), hops + 1);
  }
  const parent = path.dirname(abs);
  if (parent === abs) return abs;
  return path.join(await reach(parent, hops), path.basename(abs));
}

/** An error of the system (a failed open, write or rename), as opposed to a fault in gopy itself. */
export function isSystemError(e: unknown): boolean {
  return typeof (e as { code?: unknown } | null)?.code === 'string' && typeof (e as { syscall?: unknown }).syscall === 'string';
}

/** The sentence for a failed write of `shown`, from the system's error code; never names a temporary file. */
export function writeFailure(shown: string, e: unknown): string {
  const w = words().output;
  const s = oneLine(shown);
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EISDIR':
      return w.isFolder(s);
    case 'EACCES':
    case 'EPERM':
      return w.noPermission(s);
    case 'ENOSPC':
    case 'EDQUOT':
      return w.diskFull(s);
    case 'EROFS':
      return w.readOnly(s);
    case 'ENOTDIR':
    case 'EEXIST':
      return w.notFolderOnPath(s);
    default:
      return w.otherWrite(s, typeof code === 'string' ? code : w.unknownError);
  }
}

/** Why standard output failed, in one sentence. */
export function stdoutFailure(e: unknown): string {
  const w = words().output;
  const code = (e as { code?: unknown } | null)?.code;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? w.stdoutFull
      : code === 'EACCES' || code === 'EPERM'
        ? w.stdoutNoPermission
        : typeof code === 'string'
          ? code
          : w.unknownError;
  return w.stdoutFailed(why);
}
