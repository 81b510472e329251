// gopy anchors: the draft's sections, so delegates and staff know what to key comments to.

import path from 'node:path';
import { words } from '../i18n/index.js';
import { listDrafts, loadCommentFiles, selectDraft } from '../load/workspace.js';
import { visibleText } from '../model/text.js';
import { GENERAL } from '../model/types.js';
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
  let out: string;
  if (format === 'json') {
    const sections = draft.sections.map((s) => ({ anchor: s.anchor, number: s.number, title: s.title, line: s.line, parent: s.parent }));
    out = `${JSON.stringify({ schema: 'gopy/anchors@1', draft: draft.file, sections }, null, 2)}\n`;
  } else {
    const depths = depthsOf(draft);
    const rows = draft.sections.map((s) => [s.anchor, s.number, `${'  '.repeat(depths.get(s.anchor) ?? 0)}${s.title}`, String(s.line)]);
    // One very long automatic anchor (a document title) should not push every row off the screen.
    const width = rows.reduce((w, r) => Math.max(w, Math.min((r[0] ?? '').length, 32)), 7);
    const numWidth = rows.reduce((w, r) => Math.max(w, (r[1] ?? '').length), 2);
    const style = opts.style;
    const W = words().anchors;
    const head = `${W.anchor.padEnd(width)}  ${W.number.padEnd(numWidth)}  ${W.title}`;
    out = `${style ? style.bold(head) : head}\n${rows.map(([a, n, t, l]) => `${(a ?? '').padEnd(width)}  ${(n ?? '').padEnd(numWidth)}  ${t} (${l})`).join('\n')}\n`;
    out += `${GENERAL.padEnd(width)}  ${''.padEnd(numWidth)}  ${W.general}\n`;
  }
  // Headings are typed text: their control characters are shown, never sent to the terminal (JSON escapes them itself).
  await writeOutput(opts, opts.output, format === 'json' ? out : visibleText(out), [], format !== 'json');
  return { messages };
}

/** How far down the outline each section stands; parents come before their children in a draft. */
function depthsOf(draft: Draft): Map<string, number> {
  const depths = new Map<string, number>();
  for (const s of draft.sections) depths.set(s.anchor, s.parent === null ? 0 : (depths.get(s.parent) ?? -1) + 1);
  return depths;
}
