// gopy import <file.docx>: a Word file into the workspace. What it is is
// told by the file itself (or by --as): a form made by `gopy template
// --format docx` carries its own marks; a document whose table has a
// comment column is a table of comments; anything else is a draft, written
// as a new Markdown draft in drafts/. Nothing existing is overwritten
// without --force; every import ends with a summary of what was done.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, message, UsageError } from '../messages.js';
import type { Message } from '../messages.js';
import { DocxError } from '../load/ooxml.js';
import { parseDraft } from '../load/parse-draft.js';
import { errorCode, exists, relPath } from '../load/read-files.js';
import { loadSettings } from '../load/workspace.js';
import { slugify } from '../model/text.js';
import type { Lang } from '../model/types.js';
import { importWords } from '../render/import-words.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { writeNewFiles } from './new-files.js';

import type { ImportKind } from './import-kinds.js';

export interface ImportWordOptions extends CommandIO, WorkspaceFlags {
  file: string;
  as?: ImportKind | undefined;
  output?: string | undefined;
  force?: boolean | undefined;
  dryRun?: boolean | undefined;
}

const MAX_BYTES = 50 * 1024 * 1024;

export async function readInput(abs: string, shown: string): Promise<Uint8Array> {
  try {
    const s = await stat(abs);
    if (!s.isFile()) throw new UsageError(`${shown} is not a file`);
    if (s.size > MAX_BYTES) throw new UsageError(`${shown} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    return await readFile(abs);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${shown} (${errorCode(e)})`);
  }
}

export async function langOf(root: string, opts: WorkspaceFlags): Promise<Lang> {
  if (opts.lang) return opts.lang;
  return (await loadSettings(root)).settings.lang ?? 'vi';
}

export async function importWord(opts: ImportWordOptions): Promise<CommandResult> {
  const root = path.resolve(opts.cwd);
  const abs = path.resolve(root, opts.file);
  const shown = relPath(root, abs);
  const bytes = await readInput(abs, shown);
  const lang = await langOf(root, opts);
  try {
    return await importDraft(opts, { root, abs, shown, bytes, lang });
  } catch (e) {
    if (e instanceof DocxError) throw new UsageError(`${shown}: ${e.message}`);
    throw e;
  }
}

interface Source {
  root: string;
  abs: string;
  shown: string;
  bytes: Uint8Array;
  lang: Lang;
}

async function importDraft(opts: ImportWordOptions, src: Source): Promise<CommandResult> {
  const W = importWords(src.lang).draft;
  const { convertDocxDraft } = await import('../load/docx-draft.js');
  const stem = slugify(path.basename(src.abs, path.extname(src.abs))) || 'du-thao';
  let target = path.resolve(src.root, opts.output ?? 'drafts');
  if ((await exists(target)) === 'dir' || opts.output === undefined || /[/\\]$/u.test(opts.output))
    target = path.join(target, `${stem}.md`);
  else if (!/\.(md|markdown)$/iu.test(target)) target = `${target}.md`;
  const targetShown = relPath(src.root, target);
  const there = await exists(target);
  if (there === 'dir') throw new UsageError(`${targetShown} is a folder: give -o a file name ending in .md`);
  if (there === 'file' && !opts.force && !opts.dryRun)
    throw new UsageError(`${targetShown} already exists: it is not overwritten (give --force to replace it, or -o another name)`);

  const converted = await convertDocxDraft(src.bytes, path.basename(target, path.extname(target)));
  const messages: Message[] = converted.notes.map((n) =>
    message({ file: src.shown, line: 0, column: 0 }, n.rule === 'header-block' ? 'info' : 'warning', `docx-${n.rule}`, W.note(n)),
  );
  // What was written must read back as a draft without errors; anything else is gopy's fault, said plainly.
  const check = parseDraft(converted.markdown, targetShown);
  messages.push(...check.messages);
  if (hasErrors(check.messages)) return { messages };
  if (!opts.dryRun) await writeNewFiles([{ abs: target, shown: targetShown, data: converted.markdown, replace: there === 'file' }]);
  opts.stdout.write(
    W.summary({
      source: src.shown,
      target: targetShown,
      title: converted.title,
      version: converted.version,
      sections: check.draft.sections.length,
      headings: converted.headings,
      items: converted.items,
      notes: converted.notes.length,
      replaced: there === 'file',
      dryRun: opts.dryRun === true,
    }),
  );
  return { messages };
}
