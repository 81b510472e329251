// gopy status: where the consultation stands. Exit 0 even with pending
// comments (it is a look, not a check); --strict exits 1 while any comment
// has no decision, for the last check before the meeting.

import { message } from '../messages.js';
import { words } from '../i18n/index.js';
import { localDate } from '../model/dates.js';
import { oneLine } from '../model/text.js';
import { buildStatus } from '../model/status.js';
import type { Status } from '../model/status.js';
import { renderStatusText } from '../render/status-text.js';
import { readConsultation, synthesisOf } from './consultation.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { checkOutput, pickFormat, writeOutput } from './io.js';
import { plainStyle } from '../render/style.js';

export interface StatusOptions extends CommandIO, WorkspaceFlags {
  format?: string | undefined;
  output?: string | undefined;
  strict?: boolean | undefined;
}

export async function status(opts: StatusOptions): Promise<CommandResult> {
  const format = pickFormat(opts.format, ['text', 'json'] as const, 'text');
  await checkOutput(opts, opts.output);
  const c = await readConsultation(opts);
  const draft = c.loaded.draft;
  const synthesis = synthesisOf(c);
  if (!synthesis || !draft) return { messages: c.messages };
  const settings = c.loaded.settings;
  const st = buildStatus({
    draft,
    synthesis,
    files: c.loaded.commentFiles,
    expected: settings.delegates,
    meeting: settings.meeting,
    today: localDate(opts.now ?? new Date()),
  });
  const toStdout = opts.output === undefined || opts.output === '-';
  const text =
    format === 'json'
      ? `${JSON.stringify(st, null, 2)}\n`
      : renderStatusText(shownOnOneLine(st), c.lang, toStdout ? (opts.style ?? plainStyle) : plainStyle);
  await writeOutput(opts, opts.output, text, [], format !== 'json');
  const messages = [...c.messages];
  if (opts.strict && st.pending.total > 0) {
    messages.push(message({ file: 'responses', line: 0, column: 0 }, 'info', 'pending', words().tell.status.strict(st.pending.total)));
    return { messages, exitCode: 1 };
  }
  return { messages };
}

/**
 * The status with every text in it (names, titles, file names) on one line,
 * control characters shown escaped, as `check` shows them: a name typed as
 * "\e]0;…\a" must not retitle the terminal, nor a file name break a line.
 */
function shownOnOneLine(st: Status): Status {
  return JSON.parse(JSON.stringify(st), (_key, value: unknown) => (typeof value === 'string' ? oneLine(value) : value)) as Status;
}
