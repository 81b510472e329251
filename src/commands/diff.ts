// gopy diff: compare two versions of the draft section by section, word by
// word; with --comments, cross-reference the comments and decisions.
//
// Which drafts: two arguments name the old and the new one (paths, or version
// names in drafts/); none means the two latest versions; one names a version
// to compare with the latest (or, when it is the latest, with the version
// before it).

import path from 'node:path';
import { words } from '../i18n/index.js';
import { hasErrors, UsageError } from '../messages.js';
import type { Message } from '../messages.js';
import {
  checkFolderOptions,
  findDraft,
  listDrafts,
  loadCommentFiles,
  loadResponseFiles,
  loadSettings,
  namedDrafts,
  orderDrafts,
  readDraft,
  resolveDraftOption,
} from '../load/workspace.js';
import { stemOf } from '../model/text.js';
import type { DraftInfo } from '../load/workspace.js';
import { exists } from '../load/read-files.js';
import { diffDrafts } from '../model/diff.js';
import type { DraftDiff } from '../model/diff.js';
import type { Lang } from '../model/types.js';
import { differs } from '../model/diff.js';
import type { DiffRenderOptions } from '../render/diff-common.js';
import { applyResponses } from '../validate/decide.js';
import { placeConsultation } from '../validate/place.js';
import { checkRevision } from '../validate/revision.js';
import type { Revision } from '../model/revision.js';
import type { CommandIO, CommandResult } from './io.js';
import { checkOutput, pickFormat, writeOutput } from './io.js';

export const DIFF_FORMATS = ['text', 'md', 'html', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions extends CommandIO {
  /** Up to two drafts, old then new: paths or version names. */
  drafts?: readonly string[] | undefined;
  format?: string | undefined;
  output?: string | undefined;
  stat?: boolean | undefined;
  /** Exit with 1 when the drafts differ (like `git diff --exit-code`). */
  exitCode?: boolean | undefined;
  /** `--comments`: true for comments/, or a folder. */
  withComments?: boolean | string | undefined;
  responses?: string | undefined;
  lang?: Lang | undefined;
}

export function checkDiffFormat(format: string | undefined): DiffFormat {
  return pickFormat(format, DIFF_FORMATS, 'text');
}

/** Whether a word names a draft (a file, or a version in drafts/) and no folder. */
export async function namesDraft(cwd: string, word: string): Promise<boolean> {
  const root = path.resolve(cwd);
  const kind = await exists(path.resolve(root, word));
  if (kind === 'dir') return false;
  return kind === 'file' || findDraft((await listDrafts(root)).drafts, word) !== null;
}

export async function diff(opts: DiffOptions): Promise<CommandResult> {
  const format = checkDiffFormat(opts.format);
  const root = path.resolve(opts.cwd);
  if ((await exists(root)) !== 'dir') throw new UsageError(words().workspace.noFolder(opts.cwd));
  const listed = await listDrafts(root);
  const messages: Message[] = [...listed.messages];

  const withComments = opts.withComments;
  const [oldInfo, newInfo] = await chooseDrafts(root, [...(opts.drafts ?? [])], listed.drafts);
  // The comments folder named by --comments and both drafts are inputs too: never written over or into.
  const guarded = typeof withComments === 'string' ? { ...opts, comments: withComments } : opts;
  const inputs = [oldInfo.abs, newInfo.abs];
  await checkOutput(guarded, opts.output, inputs);

  const [oldRead, newRead] = await Promise.all([readDraft(oldInfo), readDraft(newInfo)]);
  messages.push(...oldRead.messages, ...newRead.messages);
  if (!oldRead.draft || !newRead.draft || hasErrors(messages)) return { messages };
  const result = diffDrafts(oldRead.draft, newRead.draft);

  let revision: Revision | null = null;
  if (withComments !== undefined && withComments !== false) {
    const r = await crossReference(
      root,
      result,
      listed.drafts,
      typeof withComments === 'string' ? withComments : undefined,
      opts.responses,
    );
    messages.push(...r.messages);
    if (hasErrors(messages)) return { messages };
    revision = r.revision;
  }

  const lang = opts.lang ?? (await loadSettings(root)).settings.lang ?? 'vi';
  const toTerminal = opts.output === undefined || opts.output === '-';
  const renderOpts: DiffRenderOptions = { lang, stat: opts.stat === true, revision };
  await writeOutput(
    guarded,
    opts.output,
    await render(result, format, renderOpts, toTerminal ? opts.style : undefined),
    inputs,
    format === 'text' || format === 'md',
  );
  const out: CommandResult = { messages };
  if (opts.exitCode === true) out.exitCode = differs(result) ? 1 : 0;
  return out;
}

async function render(d: DraftDiff, format: DiffFormat, opts: DiffRenderOptions, style: CommandIO['style']): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('../render/diff-text.js')).renderDiffText(d, { ...opts, style });
    case 'md':
      return (await import('../render/diff-md.js')).renderDiffMarkdown(d, opts);
    case 'html':
      return (await import('../render/diff-html.js')).renderDiffHtml(d, opts);
    case 'json':
      return (await import('../render/diff-json.js')).renderDiffJson(d, opts);
  }
}

async function chooseDrafts(root: string, args: readonly string[], drafts: readonly DraftInfo[]): Promise<[DraftInfo, DraftInfo]> {
  const W = words().tell.diff;
  if (args.length > 2) throw new UsageError(W.tooMany(args.length));
  const [first, second] = args;
  if (first !== undefined && second !== undefined)
    return [await resolveDraftOption(root, first, drafts), await resolveDraftOption(root, second, drafts)];
  const versions = orderDrafts(drafts);
  if (first !== undefined) {
    const named = await resolveDraftOption(root, first, drafts);
    const latest = versions.at(-1);
    if (!latest) throw new UsageError(W.nothingElse(named.file));
    if (latest.abs !== named.abs) return [named, latest];
    const before = versions.at(-2);
    if (!before) throw new UsageError(W.onlyVersion(named.file));
    return [before, named];
  }
  const [older, newer] = versions.slice(-2);
  if (!older || !newer) {
    throw new UsageError(W.needTwo(drafts[0]?.file ?? null));
  }
  return [older, newer];
}

/**
 * Comments placed on the old draft (each read against the draft its file
 * names and carried, as collate does), with their decisions, checked against the diff.
 */
async function crossReference(
  root: string,
  result: DraftDiff,
  infos: readonly DraftInfo[],
  commentsDir: string | undefined,
  responsesDir: string | undefined,
): Promise<{ revision: Revision; messages: Message[] }> {
  await checkFolderOptions(root, { '--comments': commentsDir, '--responses': responsesDir });
  const [commentsR, responsesR] = await Promise.all([loadCommentFiles(root, commentsDir), loadResponseFiles(root, responsesDir)]);
  const draftMessages: Message[] = [];
  const drafts = await namedDrafts(infos, commentsR.files, [result.old, result.new], draftMessages);
  const { placed, messages: placeMessages } = placeConsultation({
    report: result.old,
    drafts,
    files: commentsR.files,
    versions: infos.length,
  });
  const unread = new Set(commentsR.failed.map((f) => stemOf(f).toLowerCase()));
  const { rulings, messages: ruleMessages } = applyResponses(placed, responsesR.files, unread);
  // Problems with the files themselves: errors stop the command, as in `gopy check`;
  // placement warnings (unknown anchors, quotes) are `gopy check`'s business, not repeated here.
  const messages = [
    ...commentsR.messages,
    ...responsesR.messages,
    ...[...draftMessages, ...placeMessages].filter((m) => m.severity === 'error'),
    // A decision keyed to where the report puts a comment is not wrong just because the old draft has it elsewhere.
    ...ruleMessages.filter((m) => m.rule !== 'wrong-anchor'),
  ];
  const revision = checkRevision(result, placed, rulings);
  return { revision, messages: [...messages, ...revision.messages] };
}
