// Input problems are collected as positioned messages (like vfile messages),
// never thrown: one run reports every problem it can find.

import { byCodePoint } from './model/text.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  /** Path relative to the workspace, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `unknown-anchor`. */
  rule: string;
  message: string;
}

export interface Place {
  file: string;
  line: number;
  column: number;
}

export function message(place: Place, severity: Severity, rule: string, text: string): Message {
  return { file: place.file, line: place.line, column: place.column, severity, rule, message: text };
}

export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'error');
}

export function formatMessage(m: Message): string {
  const where = m.line > 0 ? `${m.file}:${m.line}:${m.column}` : m.file;
  return `${oneLine(where)}: ${m.severity}: ${oneLine(m.message)} [${m.rule}]`;
}

/** Deterministic order: by file (code points), then position, then rule. */
export function sortMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort(
    (a, b) =>
      byCodePoint(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      byCodePoint(a.rule, b.rule) ||
      byCodePoint(a.message, b.message),
  );
}

/** Wrong usage (exit 2): bad flags, missing folders, unknown formats. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Could not write an output (exit 3): a folder given where a file is
 * expected, no permission, a full disk. The message is the whole sentence
 * (the words catalogue, output), in the language of the run.
 */
export class WriteError extends Error {
  override name = 'WriteError';
}

/** Line breaks, other control characters and bidirectional overrides, as typed in a file. */
const UNPRINTABLE = '[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const UNPRINTABLE_RE = new RegExp(UNPRINTABLE, 'gu');
const HAS_UNPRINTABLE_RE = new RegExp(UNPRINTABLE, 'u');

/**
 * Text from a file as it may be shown inside a message: every message is one
 * line, so a key or id typed with line breaks (`"a\nb": …`) or control
 * characters shows them escaped (`a\nb`), as YAML would write them.
 */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE_RE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The same messages, each on one line (see oneLine). */
export function oneLineMessages<M extends { message: string }>(messages: M[]): M[] {
  for (const m of messages) if (HAS_UNPRINTABLE_RE.test(m.message)) m.message = oneLine(m.message);
  return messages;
}
