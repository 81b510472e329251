// Guard against pathological drafts.
// micromark takes time quadratic in some shapes of input (a long run of `]`,
// thousands of `*` in one paragraph, hundreds of nested lists or block
// quotes) and recurses once per level of nesting. One linear scan finds them
// first; the draft is then not parsed at all. The limits are far above what
// any real draft has: at the limits a parse still takes a few milliseconds.

import { words } from '../../i18n/index.js';
import { BLANK_RE, countLines, FENCE_CLOSE_RE, FENCE_OPEN_RE } from './markdown.js';

/** Characters whose long runs micromark is slow on (`]` quadratically); a run longer than this is refused. */
export const MAX_RUN = 1000;
const RUN_CHARS = new Set(['*', '_', '~', '`', '[', ']', '<', '>', '!', '\\', '&', '|']);
/** Most block quotes / list items open on one line (or list indentation, two columns a level). */
export const MAX_NESTING = 100;
/** Most separate `*` runs in one paragraph (emphasis resolution is quadratic in them). */
export const MAX_EMPHASIS = 1000;
/** Most `[` in one paragraph (link labels are resolved in time quadratic in them: 80,000 `[a](` took 30 s). */
export const MAX_BRACKETS = 500;
/** Problems reported before the scan stops. */
const MAX_PROBLEMS = 20;
/** A table's delimiter row, loosely (`|---|:-:|`); linear, no backtracking. */
const TABLE_DELIMITER_RE = /^[|: \t-]*\|[|: \t-]*$/u;
const LIST_MARKER_RE = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/u;

export interface Problem {
  line: number;
  column: number;
  text: string;
}

/** 50000 -> "50,000" (without Intl, whose first use is slow). */

/** Shapes of input the Markdown parser cannot read in reasonable time; outside fenced code blocks and the front matter. */
// eslint-disable-next-line max-lines-per-function -- one linear scan with its state (fence, line, runs) kept in locals, for speed
export function findTooComplex(source: string): Problem[] {
  const problems: Problem[] = [];
  let pos = 0;
  let line = 1;
  const fm = frontMatterEnd(source);
  if (fm > 0) {
    line += countLines(source, 0, fm);
    pos = fm;
  }
  let fence: { char: string; length: number } | null = null;
  let emphasis = 0; // `*` runs in the current paragraph-like block
  let emphasisAt: { line: number; column: number } | null = null;
  let reported = false; // one emphasis problem per block
  let brackets = 0; // `[` in the current paragraph-like block
  let bracketsAt: { line: number; column: number } | null = null;
  let bracketsReported = false;
  let deepReported = false; // one nesting problem per block
  let table = false; // inside a GFM table (from its delimiter row)
  for (; pos < source.length; line += 1) {
    const nl = source.indexOf('\n', pos);
    const end = nl < 0 ? source.length : nl;
    const text = source.slice(pos, end);
    pos = end + 1;
    if (fence) {
      const m = FENCE_CLOSE_RE.exec(text);
      if (m?.[1]?.startsWith(fence.char) === true && m[1].length >= fence.length) fence = null;
      continue;
    }
    const f = FENCE_OPEN_RE.exec(text);
    if (f?.[1] !== undefined && !(f[1].startsWith('`') && (f[2] ?? '').includes('`'))) {
      fence = { char: f[1].charAt(0), length: f[1].length };
      emphasis = 0;
      reported = false;
      continue;
    }
    if (BLANK_RE.test(text)) {
      table = false;
      emphasis = 0;
      emphasisAt = null;
      reported = false;
      deepReported = false;
      brackets = 0;
      bracketsAt = null;
      bracketsReported = false;
      continue;
    }
    // Each cell of a table is read on its own: count a table's `*` and `[` line by line.
    if (!table && text.includes('-') && TABLE_DELIMITER_RE.test(text)) table = true;
    if (table) {
      emphasis = 0;
      emphasisAt = null;
      reported = false;
      brackets = 0;
      bracketsAt = null;
      bracketsReported = false;
    }
    // Nesting: container markers (and indentation) opening the line.
    const depth = nesting(text);
    const deep = depth > MAX_NESTING;
    if (deep && !deepReported) {
      deepReported = true;
      problems.push({
        line,
        column: 1,
        text: words().draftFile.tooDeep(depth, MAX_NESTING),
      });
    }
    // Runs of one delimiter character, and `*` runs in the block.
    for (let i = 0; i < text.length;) {
      const c = text.charAt(i);
      let j = i + 1;
      while (j < text.length && text.charAt(j) === c) j += 1;
      if (RUN_CHARS.has(c) && j - i > MAX_RUN && !(deep && c === '>')) {
        if (c === '[') bracketsReported = true; // one problem is enough
        problems.push({
          line,
          column: i + 1,
          text: words().draftFile.longRun(j - i, c, MAX_RUN),
        });
      }
      if (c === '[') {
        brackets += j - i;
        bracketsAt ??= { line, column: i + 1 };
        if (brackets > MAX_BRACKETS && !bracketsReported) {
          bracketsReported = true;
          problems.push({
            ...bracketsAt,
            text: words().draftFile.brackets(MAX_BRACKETS),
          });
        }
      }
      if (c === '*') {
        emphasis += 1;
        emphasisAt ??= { line, column: i + 1 };
        if (emphasis > MAX_EMPHASIS && !reported) {
          reported = true;
          problems.push({
            ...emphasisAt,
            text: words().draftFile.stars(MAX_EMPHASIS),
          });
        }
      }
      i = j;
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** Block quote and list markers opening a line, plus their indentation counted two columns a level. */
function nesting(text: string): number {
  let markers = 0;
  let spaces = 0;
  let i = 0;
  for (;;) {
    while (i < text.length && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) {
      spaces += text.charAt(i) === '\t' ? 4 : 1;
      i += 1;
    }
    let marker = text.charAt(i) === '>' ? 1 : (LIST_MARKER_RE.exec(text.slice(i, i + 11))?.[0].length ?? 0);
    if (marker === 0) break;
    markers += 1;
    // The one space after a marker belongs to it, not to the indentation.
    if (text.charAt(i + marker) === ' ' || text.charAt(i + marker) === '\t') marker += 1;
    i += marker;
  }
  return markers === 0 ? 0 : markers + Math.floor(spaces / 2);
}

/** Offset just past the front matter (closing `---` line), or 0 when there is none. */

/** Where the front matter ends (0 when there is none, or it is not closed). */
export function frontMatterEnd(source: string): number {
  if (!/^---[ \t]*\n/u.test(source)) return 0;
  const close = /\n---[ \t]*(?:\n|$)/u.exec(source.slice(3));
  return close ? 3 + close.index + close[0].length : 0;
}
