// gopy check: validate everything; the messages are the output.

import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles, relPath } from '../load/read-files.js';
import { quoteColonLines } from '../load/yaml-slips.js';
import { currentLang, words } from '../i18n/index.js';
import { renderCheckJson, renderCheckLine } from '../render/check-report.js';
import type { CheckResult } from '../render/check-report.js';
import { hasErrors, WriteError } from '../messages.js';
import { readConsultation } from './consultation.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { pickFormat } from './io.js';

export interface CheckOptions extends CommandIO, WorkspaceFlags {
  format?: string | undefined;
  /** Quote the comment and decision lines that hold ": " inside their text, rewriting those files. */
  fix?: boolean | undefined;
}

export async function check(opts: CheckOptions): Promise<CommandResult> {
  const format = pickFormat(opts.format, ['text', 'json'] as const, 'text');
  if (opts.fix) await fixColons(opts);
  const c = await readConsultation(opts);
  const result: CheckResult = {
    draft: c.loaded.draft?.file ?? null,
    commentFiles: c.loaded.commentFiles.length,
    unreadFiles: c.loaded.failedCommentFiles.length,
    responseFiles: c.loaded.responseFiles.length,
    comments: c.placed.length,
    messages: c.messages,
  };
  const ok = !hasErrors(c.messages);
  if (format === 'json') {
    opts.stdout.write(renderCheckJson(result));
    return { messages: [], exitCode: ok ? 0 : 1 };
  }
  const line = renderCheckLine(result, currentLang());
  opts.stdout.write(`${ok ? (opts.style?.ok(line) ?? line) : line}\n`);
  return { messages: c.messages };
}

/**
 * `check --fix`: every comment and decision file with a line such as
 * `mt-01: Ý kiến: nhất trí.` gets that text in double quotes. Each file is
 * written whole (a temporary file renamed over it); what changed is said.
 */
async function fixColons(opts: CheckOptions): Promise<void> {
  const root = path.resolve(opts.cwd);
  const W = words().check;
  let fixed = 0;
  for (const dir of [opts.comments ?? 'comments', opts.responses ?? 'responses']) {
    const abs = path.resolve(root, dir);
    const { files } = await listFiles(abs, dir, ['.yaml', '.yml']);
    for (const file of files) {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
      } catch {
        continue; // not UTF-8: check says so; nothing to quote safely
      }
      const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
      const { text: quoted, changed } = quoteColonLines(text.slice(bom.length));
      if (changed.length === 0) continue;
      const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(tmp, bom + quoted);
        await rename(tmp, file);
      } catch (e) {
        await rm(tmp, { force: true });
        throw new WriteError(W.fixFailed(relPath(root, file), (e as NodeJS.ErrnoException).code ?? ''));
      }
      fixed++;
      opts.stdout.write(`${W.fixedLines(relPath(root, file), changed)}\n`);
    }
  }
  if (fixed === 0) opts.stdout.write(`${W.nothingToFix}\n`);
}
