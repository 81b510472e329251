// File access for the loaders: listing folders and reading text safely.
// Problems become messages; nothing here throws for bad input.
//
// Reading is synchronous under an async signature: a consultation is
// thousands of small files, and one blocking read each costs a tenth of what
// a round trip through libuv's thread pool does (for 10,000 files, 0.3 s
// instead of 2–5 s). A command has nothing else to do while it reads.

import { closeSync, constants as fsConstants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { words } from '../i18n/index.js';
import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { byCodePoint } from '../model/text.js';

/** Larger than any real comment file; guards memory against a stray dump. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Workspace-relative path with forward slashes (same on Windows). */
export function relPath(root: string, abs: string): string {
  const rel = path.relative(root, abs) || '.';
  // macOS writes decomposed (NFD) file names; ids built from them must match typed (NFC) ones.
  return rel.split(path.sep).join('/').normalize('NFC');
}

export async function exists(abs: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(abs);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/** Read a file as UTF-8 text; invalid bytes, size and access problems become one message. */
export async function readText(
  abs: string,
  shown: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<{ text: string | null; messages: Message[] }> {
  await Promise.resolve();
  return readTextSync(abs, shown, maxBytes);
}

function readTextSync(abs: string, shown: string, maxBytes: number): { text: string | null; messages: Message[] } {
  const at = { file: shown, line: 0, column: 0 };
  let fd: number | null = null;
  try {
    // Size and kind from the open file itself, so that they describe what is read.
    // Non-blocking, so that a named pipe is reported instead of waited on.
    fd = openSync(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const s = fstatSync(fd);
    if (!s.isFile()) return { text: null, messages: [message(at, 'error', 'read-error', words().messages.files.notRegular)] };
    const tooLarge = (size: number): { text: null; messages: Message[] } => {
      const mb = Math.round(maxBytes / 1024 / 1024);
      return {
        text: null,
        messages: [message(at, 'error', 'file-too-large', words().messages.files.tooLarge((size / 1024 / 1024).toFixed(1), mb))],
      };
    };
    if (s.size > maxBytes) return tooLarge(s.size);
    const bytes = readAll(fd, s.size, maxBytes);
    if (bytes.length > maxBytes) return tooLarge(bytes.length);
    return decodeUtf8(bytes, shown);
  } catch (e) {
    return { text: null, messages: [message(at, 'error', 'read-error', words().messages.files.cannotRead(errorCode(e)))] };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The whole file (which may have grown since fstat), but never more than maxBytes + 1. */
function readAll(fd: number, size: number, maxBytes: number): Uint8Array {
  // One byte more than the size, so that the read that finds the end needs no bigger buffer.
  let buf = Buffer.allocUnsafe(Math.min(size > 0 ? size + 1 : 8192, maxBytes + 1));
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (length > maxBytes) break;
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
      buf.copy(bigger, 0, 0, length);
      buf = bigger;
    }
    const n = readSync(fd, buf, length, buf.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buf.subarray(0, length);
}

export function decodeUtf8(bytes: Uint8Array, shown: string): { text: string | null; messages: Message[] } {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    // Notepad's "Unicode": read it, and say how to save it the usual way.
    const text = new TextDecoder(utf16 === 'LE' ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { text, messages: [message({ file: shown, line: 0, column: 0 }, 'warning', 'encoding', words().messages.files.utf16(utf16))] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), messages: [] };
  } catch {
    const { line, column } = firstBadByte(bytes);
    return {
      text: null,
      messages: [message({ file: shown, line, column }, 'error', 'encoding', words().messages.files.notUtf8)],
    };
  }
}

/**
 * UTF-16 by its byte order mark, or, without one, by the zero bytes that
 * every ASCII character (letters of keys, spaces, line ends) brings along in
 * UTF-16 and that UTF-8 text never has.
 */
export function utf16Of(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'LE';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'BE';
  return null;
}

function firstBadByte(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    if (len === 0 || i + len > bytes.length) break;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      break;
    }
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += len;
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, i)).length + 1;
  return { line, column };
}

/** Files in a folder whose names end with one of `exts`, sorted by code point. */
export async function listFiles(
  absDir: string,
  shownDir: string,
  exts: string[],
): Promise<{ files: string[]; ignored: number; messages: Message[] }> {
  const messages: Message[] = [];
  await Promise.resolve();
  let entries: Dirent[];
  try {
    entries = readdirSync(absDir, { withFileTypes: true });
  } catch (e) {
    return {
      files: [],
      ignored: 0,
      messages: [message({ file: shownDir, line: 0, column: 0 }, 'error', 'read-error', words().messages.files.cannotList(errorCode(e)))],
    };
  }
  const files: string[] = [];
  let ignored = 0;
  // What looks like an input but is not read is named, one line each: a comment must never vanish without a word.
  const F = words().messages.files;
  const skipped = (name: string, severity: 'warning' | 'info', text: string): void => {
    messages.push(message({ file: `${shownDir}/${name}`, line: 0, column: 0 }, severity, 'skipped-file', text));
  };
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    const name = entry.name;
    const lower = name.toLowerCase();
    const looksRead = exts.some((e) => lower.endsWith(e));
    if (name.startsWith('~$')) {
      if (looksRead) skipped(name, 'info', F.skippedLock);
      continue;
    }
    if (name.startsWith('.')) {
      if (looksRead) skipped(name, 'info', F.skippedHidden);
      continue;
    }
    if (!looksRead) {
      ignored++;
      continue;
    }
    const abs = path.join(absDir, name);
    if (entry.isFile()) {
      files.push(abs);
      continue;
    }
    if (entry.isDirectory()) {
      skipped(name, 'warning', F.skippedFolder);
      continue;
    }
    // A symbolic link (or a file system that does not say): follow it.
    try {
      const st = statSync(abs);
      if (st.isFile()) files.push(abs);
      else if (st.isDirectory()) skipped(name, 'warning', F.skippedFolder);
      else skipped(name, 'warning', F.skippedSpecial);
    } catch (e) {
      messages.push(
        message(
          { file: `${shownDir}/${name}`, line: 0, column: 0 },
          'error',
          'read-error',
          words().messages.files.cannotRead(errorCode(e)),
        ),
      );
    }
  }
  return { files, ignored, messages };
}

export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const W = words().messages.files.codes;
  if (code === 'ENOENT') return W.notFound;
  if (code === 'EACCES' || code === 'EPERM') return W.permission;
  if (code === 'ELOOP') return W.loop;
  if (code === 'EISDIR') return W.isFolder;
  return typeof code === 'string' ? code : W.unknown;
}
