// Writing files that must not exist yet (init, template, import): all of
// them or none, and never over a file that is already there. Each file is
// first written in full beside its target under a hidden temporary name;
// only when every one is written are they put in place, each by a hard link
// that fails if the name is taken (a copy that refuses to overwrite where
// links are not supported). On any failure, what was put in place is removed.

import { constants } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, WriteError } from '../messages.js';
import { words } from '../i18n/index.js';
import { isSystemError, writeFailure } from './output-guard.js';
import { tempBeside, untrack } from './temp.js';

export interface NewFile {
  /** Absolute path of the file to create. */
  abs: string;
  /** The path as shown to the user. */
  shown: string;
  data: string | Uint8Array;
  /** Put in place over an existing file (the user said --force); still whole or not at all. */
  replace?: boolean | undefined;
}

export async function writeNewFiles(files: readonly NewFile[]): Promise<void> {
  const madeDirs: string[] = [];
  const temps: string[] = [];
  const placed: string[] = [];
  let current: NewFile | undefined;
  const undo = async (): Promise<void> => {
    for (const p of [...temps, ...placed]) await rm(p, { force: true });
    for (const t of temps) untrack(t);
    for (const d of madeDirs.reverse()) await rm(d, { recursive: true, force: true });
  };
  try {
    for (const f of files) {
      current = f;
      const made = await mkdir(path.dirname(f.abs), { recursive: true });
      if (made !== undefined) madeDirs.push(made);
      const tmp = tempBeside(f.abs, 'tmp');
      temps.push(tmp);
      await writeFile(tmp, f.data, { flag: 'wx' });
    }
    // New files first: a replaced file cannot be put back, so it is replaced only once all else is in place.
    const order = [...files.entries()].sort((a, b) => Number(a[1].replace === true) - Number(b[1].replace === true));
    for (const [i, f] of order) {
      current = f;
      const tmp = temps[i] ?? '';
      if (f.replace) {
        await rename(tmp, f.abs);
        continue;
      }
      try {
        await link(tmp, f.abs);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EEXIST') throw new UsageError(words().tell.fileExists(f.shown));
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw e;
        await copyFile(tmp, f.abs, constants.COPYFILE_EXCL);
      }
      placed.push(f.abs);
    }
    for (const [i, t] of temps.entries()) {
      untrack(t);
      if (!files[i]?.replace) await unlink(t);
    }
  } catch (e) {
    await undo();
    if (e instanceof UsageError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'EEXIST') throw new UsageError(words().tell.someFileExists);
    throw isSystemError(e) ? new WriteError(writeFailure(current?.shown ?? '.', e)) : e;
  }
}
