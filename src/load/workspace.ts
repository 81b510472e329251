// Finds and reads a consultation folder: gopy.yaml, drafts/, comments/,
// responses/. Returns loaded data plus every problem found, never throws
// for bad input (only UsageError for impossible options).

import path from 'node:path';
import { words } from '../i18n/index.js';
import { message, oneLineMessages, UsageError } from '../messages.js';
import type { Message } from '../messages.js';
import type { CommentFile, Draft, ResponseFile, Settings } from '../model/types.js';
import { findByName } from '../model/placement.js';
import { byNatural, cleanSource, stemOf } from '../model/text.js';
import { parseComments } from './parse-comments.js';
import { parseDraft } from './parse-draft.js';
import { parseResponses } from './parse-responses.js';
import { DEFAULT_SETTINGS, parseSettings } from './parse-settings.js';
import { parseYaml } from './parse-yaml.js';
import { exists, listFiles, readText, relPath } from './read-files.js';

export interface WorkspaceOptions {
  cwd: string;
  draft?: string | undefined;
  comments?: string | undefined;
  responses?: string | undefined;
}

export interface DraftInfo {
  abs: string;
  file: string;
  stem: string;
  version: string | null;
}

export interface Loaded {
  root: string;
  settings: Settings;
  /** The report draft. */
  draft: Draft | null;
  /** The drafts comment files name (read), the report draft among them when it is in drafts/. */
  drafts: Draft[];
  /** How many versions drafts/ holds. */
  versions: number;
  commentFiles: CommentFile[];
  /** Comment files that could not be read; their ids are not reported again as unknown. */
  failedCommentFiles: string[];
  responseFiles: ResponseFile[];
  messages: Message[];
}

const YAML_EXTS = ['.yaml', '.yml'];
const MD_EXTS = ['.md', '.markdown'];

export async function loadSettings(root: string): Promise<{ settings: Settings; messages: Message[] }> {
  for (const name of ['gopy.yaml', 'gopy.yml']) {
    const abs = path.join(root, name);
    if ((await exists(abs)) !== 'file') continue;
    const { text, messages } = await readText(abs, name);
    if (text === null) return { settings: DEFAULT_SETTINGS, messages };
    const parsed = parseSettings(text, name);
    return { settings: parsed.data, messages: parsed.messages };
  }
  return { settings: DEFAULT_SETTINGS, messages: [] };
}

export async function loadCommentFiles(
  root: string,
  dir: string | undefined,
): Promise<{ files: CommentFile[]; failed: string[]; messages: Message[] }> {
  return loadYamlFolder(root, dir ?? 'comments', parseComments, false);
}

export async function loadResponseFiles(
  root: string,
  dir: string | undefined,
): Promise<{ files: ResponseFile[]; failed: string[]; messages: Message[] }> {
  return loadYamlFolder(root, dir ?? 'responses', parseResponses, dir === undefined);
}

async function loadYamlFolder<T>(
  root: string,
  dir: string,
  parse: (text: string, file: string) => { data: T | null; messages: Message[] },
  optional: boolean,
): Promise<{ files: T[]; failed: string[]; messages: Message[] }> {
  const absDir = path.resolve(root, dir);
  const shownDir = relPath(root, absDir);
  const kind = await exists(absDir);
  if (kind !== 'dir') {
    if (optional) return { files: [], failed: [], messages: [] };
    const text = kind === 'file' ? words().workspace.commentsIsFile : words().workspace.noComments;
    return {
      files: [],
      failed: [],
      messages: [message({ file: shownDir, line: 0, column: 0 }, kind === 'file' ? 'error' : 'warning', 'missing-folder', text)],
    };
  }
  const listed = await listFiles(absDir, shownDir, YAML_EXTS);
  const messages = [...listed.messages];
  if (listed.ignored > 0) {
    messages.push(message({ file: shownDir, line: 0, column: 0 }, 'warning', 'not-yaml', words().workspace.notYaml(listed.ignored)));
  }
  // One file after the other: reading them all first would hold every file's
  // text in memory at once (hundreds of MB for a national consultation).
  const results: { shown: string; data: T | null; messages: Message[] }[] = [];
  for (const abs of listed.files) {
    const shown = relPath(root, abs);
    const read = await readText(abs, shown);
    if (read.text === null) results.push({ shown, data: null, messages: read.messages });
    else {
      const parsed = parse(read.text, shown);
      results.push({ shown, data: parsed.data, messages: [...read.messages, ...parsed.messages] });
    }
  }
  const files: T[] = [];
  const failed: string[] = [];
  for (const r of results) {
    messages.push(...r.messages);
    if (r.data) files.push(r.data);
    else failed.push(r.shown);
  }
  return { files, failed, messages };
}

/** Every draft in drafts/ with its front-matter version (read cheaply, without remark). */
export async function listDrafts(root: string): Promise<{ drafts: DraftInfo[]; messages: Message[] }> {
  const absDir = path.join(root, 'drafts');
  if ((await exists(absDir)) !== 'dir') return { drafts: [], messages: [] };
  const listed = await listFiles(absDir, 'drafts', MD_EXTS);
  const drafts: DraftInfo[] = [];
  for (const abs of listed.files) {
    const file = relPath(root, abs);
    const { text } = await readText(abs, file);
    drafts.push({ abs, file, stem: stemOf(file), version: text === null ? null : frontMatterVersion(text, file) });
  }
  return { drafts, messages: listed.messages };
}

function frontMatterVersion(source: string, file: string): string | null {
  const m = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u.exec(cleanSource(source));
  if (!m?.[1]) return null;
  const { root } = parseYaml(m[1], file);
  if (root?.kind !== 'map') return null;
  const v = root.entries.find((e) => e.key.value === 'version')?.value;
  return v?.kind === 'scalar' && v.value.trim() ? v.value.trim() : null;
}

/**
 * Versions oldest first: drafts with a front-matter `version` by that version
 * (natural order), after those without one (by file name, natural order). So
 * the latest is the highest version, or the last file name when none has one.
 */
export function orderDrafts(drafts: readonly DraftInfo[]): DraftInfo[] {
  return [...drafts].sort(
    (a, b) =>
      Number(a.version !== null) - Number(b.version !== null) || byNatural(a.version ?? '', b.version ?? '') || byNatural(a.file, b.file),
  );
}

export function latestDraft(drafts: readonly DraftInfo[]): DraftInfo | null {
  return orderDrafts(drafts).at(-1) ?? null;
}

/** A draft named by file stem, file name or front-matter version (case-insensitive). */
export function findDraft(drafts: readonly DraftInfo[], name: string): DraftInfo | null {
  return findByName(drafts, name);
}

/** Resolve `--draft` (a path, or a version name in drafts/) to a file. */
export async function resolveDraftOption(root: string, value: string, drafts: readonly DraftInfo[]): Promise<DraftInfo> {
  const abs = path.resolve(root, value);
  if ((await exists(abs)) === 'file') {
    const file = relPath(root, abs);
    return drafts.find((d) => d.abs === abs) ?? { abs, file, stem: stemOf(file), version: null };
  }
  const found = findDraft(drafts, value);
  if (found) return found;
  const names = drafts.map((d) => d.stem).join(', ');
  throw new UsageError(words().workspace.draftNotFound(value, names));
}

/**
 * The report draft (contract §1) when `--draft` is not given: the one the
 * comment files name, when all that name one agree and it is there; else the
 * latest. Files naming another draft, or none, are placement's business
 * (model/placement.ts): they are read against their own draft and carried.
 */
export function chooseDraft(
  drafts: readonly DraftInfo[],
  files: readonly CommentFile[],
): { chosen: DraftInfo | null; messages: Message[] } {
  const named = new Set(files.flatMap((f) => (f.draft === null ? [] : [findDraft(drafts, f.draft)])));
  const [agreed] = named;
  return { chosen: (named.size === 1 ? agreed : null) ?? latestDraft(drafts), messages: [] };
}

export async function readDraft(info: DraftInfo): Promise<{ draft: Draft | null; messages: Message[] }> {
  const { text, messages } = await readText(info.abs, info.file);
  if (text === null) return { draft: null, messages };
  let parsed: ReturnType<typeof parseDraft>;
  try {
    parsed = parseDraft(text, info.file);
  } catch (e) {
    // The Markdown parser recurses once per level of nesting: thousands of
    // nested block quotes or lists exhaust the stack. Say so instead of crashing.
    if (!(e instanceof RangeError)) throw e;
    return {
      draft: null,
      messages: [...messages, message({ file: info.file, line: 0, column: 0 }, 'error', 'draft-too-deep', words().workspace.draftTooDeep)],
    };
  }
  return { draft: parsed.draft, messages: [...messages, ...parsed.messages] };
}

/**
 * The draft a command works on (contract §1): `--draft`, else the one the
 * comment files name, else the latest; read and parsed, or a `no-draft` error.
 */
export async function selectDraft(
  root: string,
  draftOption: string | undefined,
  drafts: readonly DraftInfo[],
  files: readonly CommentFile[],
): Promise<{ draft: Draft | null; messages: Message[] }> {
  const messages: Message[] = [];
  let info: DraftInfo | null;
  if (draftOption !== undefined) info = await resolveDraftOption(root, draftOption, drafts);
  else {
    const choice = chooseDraft(drafts, files);
    messages.push(...choice.messages);
    info = choice.chosen;
  }
  if (!info) {
    messages.push(message({ file: 'drafts', line: 0, column: 0 }, 'error', 'no-draft', words().workspace.noDraft));
    return { draft: null, messages };
  }
  const r = await readDraft(info);
  return { draft: r.draft, messages: [...messages, ...r.messages] };
}

/** The drafts the comment files name, read, after those already read (`have`: not read again). */
export async function namedDrafts(
  infos: readonly DraftInfo[],
  files: readonly CommentFile[],
  have: readonly Draft[],
  messages: Message[],
): Promise<Draft[]> {
  const known = new Set(have.map((d) => d.file));
  const wanted = new Set<DraftInfo>();
  for (const f of files) {
    const info = f.draft === null ? null : findDraft(infos, f.draft);
    if (info && !known.has(info.file)) wanted.add(info);
  }
  const out = [...have];
  for (const info of wanted) {
    const r = await readDraft(info);
    messages.push(...r.messages);
    if (r.draft) out.push(r.draft);
  }
  return out;
}

/** Load the whole workspace for check / collate / status. */
export async function loadWorkspace(opts: WorkspaceOptions): Promise<Loaded> {
  const root = path.resolve(opts.cwd);
  if ((await exists(root)) !== 'dir') throw new UsageError(words().workspace.noFolder(opts.cwd));
  await checkFolderOptions(root, { '--comments': opts.comments, '--responses': opts.responses });
  const [settingsR, commentsR, responsesR, draftsR] = await Promise.all([
    loadSettings(root),
    loadCommentFiles(root, opts.comments),
    loadResponseFiles(root, opts.responses),
    listDrafts(root),
  ]);
  const messages = [...settingsR.messages, ...commentsR.messages, ...responsesR.messages, ...draftsR.messages];
  const chosen = await selectDraft(root, opts.draft, draftsR.drafts, commentsR.files);
  messages.push(...chosen.messages);
  const draft = chosen.draft;
  const drafts = await namedDrafts(draftsR.drafts, commentsR.files, draft ? [draft] : [], messages);
  return {
    root,
    settings: settingsR.settings,
    draft,
    drafts,
    versions: draftsR.drafts.length,
    commentFiles: commentsR.files,
    failedCommentFiles: commentsR.failed,
    responseFiles: responsesR.files,
    messages: oneLineMessages(messages),
  };
}

/** Folders named on the command line (--comments, --responses) must be folders: one sentence (exit 2) when not. */
export async function checkFolderOptions(root: string, flags: Readonly<Record<string, string | undefined>>): Promise<void> {
  for (const [flag, dir] of Object.entries(flags)) {
    if (dir === undefined) continue;
    const kind = await exists(path.resolve(root, dir));
    if (kind === 'file') throw new UsageError(words().workspace.optionIsFile(flag, dir));
    if (kind !== 'dir') throw new UsageError(words().workspace.optionNoFolder(flag, dir));
  }
}
