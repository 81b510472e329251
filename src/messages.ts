// Input problems are collected as positioned messages (like vfile messages),
// never thrown: one run reports every problem it can find.

import { byCodePoint, hasUnprintable, oneLine } from './model/text.js';

// Text shown in a message, one line, control characters visible: one home in model/text.ts.
export { oneLine };

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

/** The same messages, each on one line (see oneLine). */
export function oneLineMessages<M extends { message: string }>(messages: M[]): M[] {
  for (const m of messages) if (hasUnprintable(m.message)) m.message = oneLine(m.message);
  return messages;
}
