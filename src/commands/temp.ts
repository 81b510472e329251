// Temporary files and folders: named after the process that made them, kept
// in one list while they exist, and removed on every exit gopy controls (the
// CLI calls removeTemps on exit and on SIGINT, SIGTERM, SIGHUP). What a
// killed run (kill -9, power cut) leaves behind is removed by a later run
// that writes to the same place: its name says which process made it, and
// that process is gone.

import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const live = new Set<string>();

/** `.<base>.gopy-<pid>-<random>.<kind>` beside `abs`: hidden, and recognisable by a later run. */
export function tempBeside(abs: string, kind: 'tmp' | 'old'): string {
  const p = path.join(path.dirname(abs), `.${path.basename(abs)}.gopy-${process.pid}-${randomBytes(6).toString('hex')}.${kind}`);
  live.add(p);
  return p;
}

/** The prefix of gopy's PDF work folders in the system's temporary folder (see render/pdf.ts). */
export const PDF_TEMP_PREFIX = `gopy-pdf-${process.pid}-`;

export function track(p: string): void {
  live.add(p);
}

/** A temporary path that has been renamed into place or removed. */
export function untrack(p: string): void {
  live.delete(p);
}

/** Synchronous, so that it can run in an 'exit' handler. */
export function removeTemps(): void {
  for (const p of live) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // Nothing more can be done on the way out.
    }
  }
  live.clear();
}

const BESIDE_RE = /^\.(.+)\.gopy-(\d+)-[0-9a-f]{12}\.(tmp|old)$/u;
const PDF_RE = /^gopy-pdf-(\d+)-/u;

function gone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as { code?: string }).code === 'ESRCH';
  }
}

/**
 * Remove what killed runs left in `dir`. A pack moved aside (`.old`) whose
 * new pack never took its place is put back rather than removed.
 */
export function removeStale(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = BESIDE_RE.exec(name);
    if (!m || !gone(Number(m[2]))) continue;
    const p = path.join(dir, name);
    const target = path.join(dir, m[1] ?? '');
    try {
      if (m[3] === 'old' && !exists(target)) renameSync(p, target);
      else rmSync(p, { recursive: true, force: true });
    } catch {
      // Someone else's file, or already gone: leave it.
    }
  }
}

/** Remove PDF work folders of runs that are gone from the system's temporary folder. */
export function removeStalePdfDirs(root = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const m = PDF_RE.exec(name);
    if (m && gone(Number(m[1]))) rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
