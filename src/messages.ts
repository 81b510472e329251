// Input problems are collected as positioned messages (like vfile messages),
// never thrown: one run reports every problem it can find.

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
  return `${where}: ${m.severity}: ${m.message} [${m.rule}]`;
}

/** Deterministic order: by file (code points), then position, then rule. */
export function sortMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort(
    (a, b) =>
      cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Wrong usage (exit 2): bad flags, missing folders, unknown formats. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Invalid input (exit 1) discovered outside the message list, e.g. an unreadable file. */
export class InputError extends Error {
  override name = 'InputError';
}
