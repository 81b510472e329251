// gopy check: validate everything; the messages are the output.

import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles, relPath } from '../load/read-files.js';
import { quoteColonLines } from '../load/yaml-slips.js';
import type { Message } from '../messages.js';
import { words } from '../i18n/index.js';
import { hasErrors, UsageError } from '../messages.js';
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
  const { messages } = c;
  const count = (sev: Message['severity']): number => messages.filter((m) => m.severity === sev).length;
  const comments = c.placed.length;
  if (format === 'json') {
    const report = {
      schema: 'gopy/check@1',
      ok: !hasErrors(messages),
      draft: c.loaded.draft?.file ?? null,
      files: { comments: c.loaded.commentFiles.length, responses: c.loaded.responseFiles.length },
      comments,
      errors: count('error'),
      warnings: count('warning'),
      messages,
    };
    opts.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return { messages: [], exitCode: report.ok ? 0 : 1 };
  }
  const style = opts.style;
  const unread = c.loaded.failedCommentFiles.length;
  const files = c.loaded.commentFiles.length + unread;
  const W = words().check;
  const summary = W.summary({
    files,
    unread,
    comments,
    responses: c.loaded.responseFiles.length,
    errors: count('error'),
    warnings: count('warning'),
  });
  const line = `${c.loaded.draft?.file ?? W.noDraft}: ${summary}`;
  opts.stdout.write(`${hasErrors(messages) ? line : (style?.ok(line) ?? line)}\n`);
  return { messages };
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
        throw new UsageError(W.fixFailed(relPath(root, file), (e as NodeJS.ErrnoException).code ?? ''));
      }
      fixed++;
      opts.stdout.write(`${W.fixedLines(relPath(root, file), changed)}\n`);
    }
  }
  if (fixed === 0) opts.stdout.write(`${W.nothingToFix}\n`);
}
