// gopy check: validate everything; the messages are the output.

import type { Message } from '../messages.js';
import { words } from '../i18n/index.js';
import { hasErrors } from '../messages.js';
import { readConsultation } from './consultation.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { pickFormat } from './io.js';

export interface CheckOptions extends CommandIO, WorkspaceFlags {
  format?: string | undefined;
}

export async function check(opts: CheckOptions): Promise<CommandResult> {
  const format = pickFormat(opts.format, ['text', 'json'] as const, 'text');
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
