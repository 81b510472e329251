// Word tokens for the word-level diff. Text is NFC-normalised first; then it
// is cut into tokens that concatenate back to it exactly:
//
// - a word: letters, combining marks and digits ([\p{L}\p{M}\p{N}]+), so a
//   Vietnamese syllable ("Nghị", "hướng", even one typed with a combining
//   mark that NFC leaves separate) is never split;
// - a number-like token: starts with a digit, letters and digits joined by
//   `.` `,` `/` `-` `:` when an alphanumeric follows, with an optional
//   trailing `%` — "1.200", "95,3%", "46-NQ/TW", "20/12/2023", "2020-2025",
//   "15/2020/NĐ-CP" are one token each; a sentence's full stop after a number
//   ("1.200.") stays its own token;
// - white space: one token per run;
// - anything else (punctuation, symbols, emoji): one token per code point.
//
// One regular expression, run with matchAll over the text; no Intl.Segmenter,
// so the cost is linear and small on long text.

import { nfc } from './text.js';

const TOKEN_RE = /\p{N}[\p{L}\p{M}\p{N}]*(?:[.,/:-][\p{L}\p{M}\p{N}]+)*%?|[\p{L}\p{M}\p{N}]+|\s+|[\s\S]/gu;
const WORDLIKE_RE = /^[\p{L}\p{M}\p{N}]/u;

/** Tokens of `text` (NFC first); their concatenation is the NFC text. */
export function tokenize(text: string): string[] {
  const s = nfc(text);
  if (s === '') return [];
  return s.match(TOKEN_RE) ?? [];
}

/** Whether a token is a word or number (not white space, punctuation or a symbol). */
export function isWordToken(token: string): boolean {
  return WORDLIKE_RE.test(token);
}

/** The word and number tokens only, lower-cased: the features used to compare sections. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (isWordToken(t)) out.push(t.toLowerCase());
  return out;
}

/** How many word or number tokens `text` holds. */
export function countWords(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (isWordToken(t)) n += 1;
  return n;
}
