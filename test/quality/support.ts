// Shared by the quality tests (determinism, nothing lost, hostile input):
// running the commands in-process over every report format, and small
// independent readers of what comes out.

import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { check } from '../../src/commands/check.js';
import { collate, REPORT_FORMATS } from '../../src/commands/collate.js';
import { formatMessage, UsageError, WriteError } from '../../src/messages.js';
import type { Message } from '../../src/messages.js';
import { capture, makeWorkspace } from '../helpers/workspace.js';

/**
 * The report formats collate renders as text, found by asking it: a format
 * that is not built yet ("not available") is left out, so these tests take in
 * html and csv (and any later text format) as soon as they exist.
 */
export const TEXT_FORMATS: readonly string[] = REPORT_FORMATS.filter((f) => f !== 'docx');

export interface Run {
  /** The exit code the CLI would give. */
  code: number;
  out: Buffer;
  messages: Message[];
}

/** `gopy collate --format <format>` in-process. Throws only what the CLI would report as an internal error. */
export async function runCollate(dir: string, format: string): Promise<Run> {
  const c = capture(dir);
  const r = await collate({ ...c.io, format });
  const code = r.exitCode ?? (r.messages.some((m) => m.severity === 'error') ? 1 : 0);
  return { code, out: c.bytes(), messages: r.messages };
}

export async function runCheck(dir: string): Promise<Run> {
  const c = capture(dir);
  const r = await check({ ...c.io, format: 'text' });
  const code = r.exitCode ?? (r.messages.some((m) => m.severity === 'error') ? 1 : 0);
  return { code, out: c.bytes(), messages: r.messages };
}

/** Which formats collate can render right now (some may still be "not available yet"). */
export async function availableFormats(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const f of TEXT_FORMATS) {
    try {
      await runCollate(dir, f);
      out.push(f);
    } catch (e) {
      if (!(e instanceof UsageError && /not available/u.test(e.message))) throw e;
    }
  }
  return out;
}

/** Errors a command may raise on purpose; anything else would be an internal error. */
export function isExpected(e: unknown): boolean {
  return e instanceof UsageError || e instanceof WriteError;
}

/** `path:line:col: severity: text [rule]` or, for a whole file, `path: severity: text [rule]`, on one line. */
export const MESSAGE_RE = /^[^\n:]+(?::[1-9]\d*:[1-9]\d*)?: (?:error|warning|info): [^\n]+ \[[a-z0-9-]+\]$/u;

export function badMessages(messages: readonly Message[]): string[] {
  return messages.map(formatMessage).filter((line) => !MESSAGE_RE.test(line));
}

const md = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return md.parse(text);
}

/** How many nodes of each type a Markdown text parses into (text nodes aside: their number follows the words). */
export function markdownShape(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const visit = (n: Root | RootContent): void => {
    if (n.type !== 'text') counts[n.type] = (counts[n.type] ?? 0) + 1;
    if ('children' in n) for (const c of n.children) visit(c);
  };
  visit(parseMarkdown(text));
  return counts;
}

/** RFC 4180, as a spreadsheet reads it (a leading BOM dropped). */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A CSV cell as text: one leading `'` (the guard against formulas) removed. */
export function csvText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Temporary folders made by a test, removed at the end. */
/** A maker of workspaces that are all removed after the test file (call at the top level of the file). */
export function trackedWorkspaces(): (files: Record<string, string | Uint8Array>) => string {
  const dirs: string[] = [];
  afterAll(() => cleanup(dirs));
  return (files) => {
    const dir = makeWorkspace(files);
    dirs.push(dir);
    return dir;
  };
}

export function cleanup(dirs: string[]): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
