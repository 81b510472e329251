// What every command receives: where it runs, where it writes, how it styles.
// Commands never touch process.argv, process.exit or chalk (the CLI does).

import { EventEmitter, once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Message } from '../messages.js';
import { words } from '../i18n/index.js';
import { UsageError, WriteError } from '../messages.js';
import { visibleText } from '../model/text.js';
import type { Lang } from '../model/types.js';
import type { Style } from '../render/style.js';
import { guardOutput, isSystemError, writeFailure } from './output-guard.js';
import { removeStale, tempBeside, untrack } from './temp.js';

export interface Out {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean | undefined;
}

export interface CommandIO {
  cwd: string;
  stdout: Out;
  stderr: Out;
  style?: Style | undefined;
  /** Columns of the terminal standard output goes to; none for a file or a pipe. */
  width?: number | undefined;
  /** Clock for "days left" and similar; tests pin it. */
  now?: Date | undefined;
}

export interface WorkspaceFlags {
  draft?: string | undefined;
  comments?: string | undefined;
  responses?: string | undefined;
  lang?: Lang | undefined;
}

/** What a command hands back to the CLI: the problems found and, rarely, its own exit code. */
export interface CommandResult {
  messages: Message[];
  /** Set when the command fails for a reason that is not an error message (diff --exit-code, status --strict). */
  exitCode?: 0 | 1;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'vi' || v === 'en') return v;
  throw new UsageError(words().usage.badLang(value));
}

/**
 * The output format a user asked for, case-insensitive, with the usual other
 * names ("markdown" for md, "txt" for text); wrong usage when it is not one
 * the command writes.
 */
export function pickFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  const lower = (value ?? fallback).toLowerCase();
  const f = lower === 'markdown' ? 'md' : lower === 'txt' ? 'text' : lower;
  const found = allowed.find((a) => a === f);
  if (found !== undefined) return found;
  throw new UsageError(words().usage.unknownFormat(value ?? '', allowed));
}

/**
 * Write text or bytes to stdout ("-" or no target) or to a file, whole or not
 * at all: a temporary file beside the target is renamed over it, with the
 * mode of the file it replaces. Text may come in pieces (a large report),
 * written as they come, at the pace the file or the pipe takes them. The
 * target passes the output guard first (never into an input); `inputs` are
 * this run's input files besides the workspace's own. `forPeople`: text to
 * be read (a report in Markdown, a page), not data for a program.
 */
export async function writeOutput(
  io: CommandIO & WorkspaceFlags,
  target: string | undefined,
  data: string | Uint8Array | Iterable<string>,
  inputs: readonly string[] = [],
  forPeople = true,
): Promise<string | null> {
  if (target === undefined || target === '-') {
    // Nothing typed in a file may reach a terminal raw. Text for people is
    // always shown so; data (JSON, CSV, HTML) keeps every character when it
    // goes to a pipe or a file, and is shown so only on a terminal.
    const filter = forPeople || io.stdout.isTTY === true;
    const safe = (text: string): string => (filter ? terminalText(text, io.style !== undefined) : text);
    if (data instanceof Uint8Array) io.stdout.write(data);
    else if (typeof data === 'string') io.stdout.write(safe(data));
    else await writeChunks(io.stdout, data, safe);
    return null;
  }
  const { real, existing } = await guardOutput(io, target, { inputs });
  const dir = path.dirname(real);
  removeStale(dir);
  const tmp = tempBeside(real, 'tmp');
  try {
    await mkdir(dir, { recursive: true });
    if (typeof data === 'string' || data instanceof Uint8Array) await writeFile(tmp, data, { flag: 'wx' });
    else await pipeline(Readable.from(batches(data)), createWriteStream(tmp, { flags: 'wx' }));
    if (existing) await chmod(tmp, existing.mode & 0o7777);
    await rename(tmp, real);
  } catch (e) {
    await rm(tmp, { force: true });
    throw isSystemError(e) ? new WriteError(writeFailure(target, e)) : e;
  } finally {
    untrack(tmp);
  }
  return real;
}

/** Refuse a bad -o before any work is done (writeOutput guards again when it writes). */
export async function checkOutput(
  io: CommandIO & WorkspaceFlags,
  target: string | undefined,
  inputs: readonly string[] = [],
): Promise<void> {
  if (target !== undefined && target !== '-') await guardOutput(io, target, { inputs });
}

/** Pieces of text joined into runs of some 64 KB: fewer, larger writes. */
function* batches(chunks: Iterable<string>): Generator<string, void, undefined> {
  let run: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    if (chunk === '') continue;
    run.push(chunk);
    size += chunk.length;
    if (size >= 65_536) {
      yield run.join('');
      run = [];
      size = 0;
    }
  }
  if (size > 0) yield run.join('');
}

/**
 * Text for a terminal: control characters typed in files shown escaped
 * (visibleText, the rule `check` applies to its messages); with colour on,
 * the colour codes of the style are kept.
 */
export function terminalText(text: string, styled: boolean): string {
  if (!styled) return visibleText(text);
  return text
    .split(SGR_RE)
    .map((part, i) => (i % 2 === 1 ? part : visibleText(part)))
    .join('');
}

// eslint-disable-next-line no-control-regex
const SGR_RE = /(\u001b\[[0-9;]*m)/u;

/** Writes to a stream such as process.stdout, waiting for 'drain' when it asks to (an error while waiting rejects); an Out with only write() is written straight. */
async function writeChunks(out: Out, chunks: Iterable<string>, safe: (text: string) => string): Promise<void> {
  for (const run of batches(chunks)) {
    if (out.write(safe(run)) === false && out instanceof EventEmitter) await once(out, 'drain');
  }
}
