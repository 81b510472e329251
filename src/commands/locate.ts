// Where a command runs: the workspace found the way git finds its
// repository (contract §1), from the folder the user stands in or names
// with -C. Paths the user typed stay relative to where they typed them.

import { statSync } from 'node:fs';
import path from 'node:path';
import { words } from '../i18n/index.js';
import { UsageError } from '../messages.js';

export interface Located {
  /** The workspace root (or the start folder, when no workspace is needed). */
  cwd: string;
  draft: string | undefined;
  comments: string | undefined;
  responses: string | undefined;
  output: string | undefined;
}

function kind(abs: string): 'file' | 'dir' | null {
  try {
    const s = statSync(abs);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/** The nearest folder from `start` upwards that holds gopy.yaml (or gopy.yml) or drafts/; null when none does. */
export function findWorkspace(start: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (kind(path.join(dir, 'gopy.yaml')) === 'file' || kind(path.join(dir, 'gopy.yml')) === 'file') return dir;
    if (kind(path.join(dir, 'drafts')) === 'dir') return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * The folder a command works in. `needed`: false when the command can do
 * without a workspace (drafts named on the command line, `init`).
 */
export function locate(start: string, given: string | undefined, flags: Omit<Located, 'cwd'>, needed: boolean): Located {
  const W = words().usage;
  const from = path.resolve(start);
  if (given !== undefined) {
    const k = kind(from);
    if (k === 'file') throw new UsageError(W.dirIsFile(given));
    if (k === null) throw new UsageError(W.dirNotFound(given));
  }
  const root = findWorkspace(from);
  if (root === null) {
    if (needed) throw new UsageError(W.noWorkspace(from));
    return { cwd: from, ...flags };
  }
  if (root === from) return { cwd: root, ...flags };
  // From a sub-folder: what the user typed is relative to where they stand.
  const here = (p: string | undefined, mustExist: boolean): string | undefined => {
    if (p === undefined || p === '-' || path.isAbsolute(p)) return p;
    const abs = path.resolve(from, p);
    return !mustExist || kind(abs) !== null ? abs : p;
  };
  return {
    cwd: root,
    draft: here(flags.draft, true),
    comments: here(flags.comments, false),
    responses: here(flags.responses, false),
    output: here(flags.output, false),
  };
}
