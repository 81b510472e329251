// What every command receives: where it runs, where it writes, how it styles.
// Commands never touch process.argv, process.exit or chalk (the CLI does).

import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Message } from '../messages.js';
import { words } from '../i18n/index.js';
import { UsageError } from '../messages.js';
import type { Lang } from '../model/types.js';

export interface Out {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean | undefined;
}

/** Styling hooks; identity functions when colour is off. */
export interface Style {
  del(s: string): string;
  ins(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  error(s: string): string;
  warning(s: string): string;
  ok(s: string): string;
}

export const plainStyle: Style = { del: id, ins: id, bold: id, dim: id, error: id, warning: id, ok: id };
function id(s: string): string {
  return s;
}

export interface CommandIO {
  cwd: string;
  stdout: Out;
  stderr: Out;
  style?: Style | undefined;
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
 * at all: a temporary file beside the target is renamed over it. Text may
 * come in pieces (a large report), written as they come, at the pace the
 * file or the pipe takes them.
 */
export async function writeOutput(
  io: CommandIO,
  target: string | undefined,
  data: string | Uint8Array | Iterable<string>,
): Promise<string | null> {
  if (target === undefined || target === '-') {
    if (typeof data === 'string' || data instanceof Uint8Array) io.stdout.write(data);
    else await writeChunks(io.stdout, data);
    return null;
  }
  const abs = path.resolve(io.cwd, target);
  guardInputs(io, abs, target);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(path.dirname(abs), { recursive: true });
    if (typeof data === 'string' || data instanceof Uint8Array) await writeFile(tmp, data);
    else await pipeline(Readable.from(batches(data)), createWriteStream(tmp));
    await rename(tmp, abs);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new UsageError(`cannot write ${target}: ${(e as Error).message}`);
  }
  return abs;
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

/** Writes to a stream such as process.stdout, waiting for 'drain' when it asks to (an error while waiting rejects); an Out with only write() is written straight. */
async function writeChunks(out: Out, chunks: Iterable<string>): Promise<void> {
  for (const run of batches(chunks)) {
    if (out.write(run) === false && out instanceof EventEmitter) await once(out, 'drain');
  }
}

/** The input folders a report must never be written into (contract: inputs are never modified). */
function guardInputs(io: CommandIO, abs: string, shown: string): void {
  const flags = io as CommandIO & WorkspaceFlags;
  const dirs = ['drafts', flags.comments ?? 'comments', flags.responses ?? 'responses'];
  if (flags.draft !== undefined) dirs.push(flags.draft);
  for (const dir of dirs) {
    const protectedAbs = path.resolve(io.cwd, dir);
    const rel = path.relative(protectedAbs, abs);
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
      throw new UsageError(words().usage.willNotWriteInput(shown, dir));
    }
  }
}
