// File access for the loaders: listing folders and reading text safely.
// Problems become messages; nothing here throws for bad input.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { message } from '../messages.js';
import type { Message } from '../messages.js';

/** Larger than any real comment file; guards memory against a stray dump. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Workspace-relative path with forward slashes (same on Windows). */
export function relPath(root: string, abs: string): string {
  const rel = path.relative(root, abs) || '.';
  return rel.split(path.sep).join('/');
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
export async function readText(abs: string, shown: string, maxBytes = MAX_FILE_BYTES): Promise<{ text: string | null; messages: Message[] }> {
  const at = { file: shown, line: 0, column: 0 };
  try {
    const s = await stat(abs);
    if (!s.isFile()) return { text: null, messages: [message(at, 'error', 'read-error', 'not a regular file')] };
    if (s.size > maxBytes) {
      const mb = Math.round(maxBytes / 1024 / 1024);
      return { text: null, messages: [message(at, 'error', 'file-too-large', `file is ${(s.size / 1024 / 1024).toFixed(1)} MB, more than the ${mb} MB limit for this kind of file`)] };
    }
    const bytes = await readFile(abs);
    return decodeUtf8(bytes, shown);
  } catch (e) {
    return { text: null, messages: [message(at, 'error', 'read-error', `cannot read the file (${errorCode(e)})`)] };
  }
}

export function decodeUtf8(bytes: Uint8Array, shown: string): { text: string | null; messages: Message[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), messages: [] };
  } catch {
    const { line, column } = firstBadByte(bytes);
    return {
      text: null,
      messages: [
        message({ file: shown, line, column }, 'error', 'encoding', 'the file is not UTF-8 text (perhaps Windows-1258 or TCVN3): save it again as UTF-8'),
      ],
    };
  }
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
  let names: string[];
  try {
    names = await readdir(absDir);
  } catch (e) {
    return { files: [], ignored: 0, messages: [message({ file: shownDir, line: 0, column: 0 }, 'error', 'read-error', `cannot list the folder (${errorCode(e)})`)] };
  }
  const files: string[] = [];
  let ignored = 0;
  for (const name of names.sort(byCode)) {
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const lower = name.toLowerCase();
    if (!exts.some((e) => lower.endsWith(e))) {
      ignored++;
      continue;
    }
    const abs = path.join(absDir, name);
    try {
      const s = await stat(abs);
      if (s.isFile()) files.push(abs);
    } catch (e) {
      messages.push(message({ file: `${shownDir}/${name}`, line: 0, column: 0 }, 'error', 'read-error', `cannot read the file (${errorCode(e)})`));
    }
  }
  return { files, ignored, messages };
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR') return 'is a folder';
  return typeof code === 'string' ? code : 'unknown error';
}
