// gopy anchors: the draft's sections, so delegates and staff know what to key comments to.

import path from 'node:path';
import { currentLang } from '../i18n/index.js';
import { renderAnchorsJson, renderAnchorsText } from '../render/anchors-text.js';
import { listDrafts, loadCommentFiles, selectDraft } from '../load/workspace.js';
import { visibleText } from '../model/text.js';
import type { Draft } from '../model/types.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { checkOutput, pickFormat, writeOutput } from './io.js';

export interface AnchorsOptions extends CommandIO, WorkspaceFlags {
  format?: string | undefined;
  output?: string | undefined;
}

/** The draft a workspace command works on, and the messages met on the way. */
export async function currentDraft(opts: CommandIO & WorkspaceFlags): Promise<CommandResult & { draft: Draft | null }> {
  const root = path.resolve(opts.cwd);
  const { drafts, messages } = await listDrafts(root);
  // The comment files are read only when they decide which draft it is.
  const files = opts.draft === undefined ? (await loadCommentFiles(root, opts.comments)).files : [];
  const chosen = await selectDraft(root, opts.draft, drafts, files);
  return { messages: [...messages, ...chosen.messages], draft: chosen.draft };
}

export async function anchors(opts: AnchorsOptions): Promise<CommandResult> {
  const format = pickFormat(opts.format, ['text', 'json'] as const, 'text');
  await checkOutput(opts, opts.output);
  const { draft, messages } = await currentDraft(opts);
  if (!draft || messages.some((m) => m.severity === 'error')) return { messages };
  const toStdout = opts.output === undefined || opts.output === '-';
  const out =
    format === 'json'
      ? renderAnchorsJson(draft)
      : renderAnchorsText(draft, currentLang(), toStdout ? opts.width : undefined, toStdout ? opts.style : undefined);
  // Headings are typed text: their control characters are shown, never sent to the terminal (JSON escapes them itself).
  await writeOutput(opts, opts.output, format === 'json' ? out : visibleText(out), [], format !== 'json');
  return { messages };
}
