// Word-level diff of two texts: runs of equal, deleted and inserted words that
// rebuild both texts exactly (contract §7). Pure.

import { diffArrays } from 'diff';
import { nfc } from './text.js';
import { countWords, tokenize } from './tokenize.js';

export type ChangeOp = 'equal' | 'delete' | 'insert';
export interface Change {
  op: ChangeOp;
  text: string;
}

/** Edit length past which a section's middle is shown as one deletion and one insertion. */
const MAX_EDIT_LENGTH = 3000;

/**
 * Word-level changes from `before` to `after` (both NFC-normalised first):
 * runs of `equal`, `delete`, `insert`, adjacent runs merged, a deletion always
 * before the insertion that replaces it.
 */
export function diffText(before: string, after: string): Change[] {
  const x = nfc(before);
  const y = nfc(after);
  if (x === y) return x === '' ? [] : [{ op: 'equal', text: x }];
  const ta = tokenize(x);
  const tb = tokenize(y);
  let p = 0;
  while (p < ta.length && p < tb.length && ta[p] === tb[p]) p++;
  let s = 0;
  while (s < ta.length - p && s < tb.length - p && ta[ta.length - 1 - s] === tb[tb.length - 1 - s]) s++;
  const midA = ta.slice(p, ta.length - s);
  const midB = tb.slice(p, tb.length - s);
  const raw: Change[] = [];
  if (p > 0) raw.push({ op: 'equal', text: ta.slice(0, p).join('') });
  if (midA.length === 0 || midB.length === 0) {
    raw.push({ op: 'delete', text: midA.join('') }, { op: 'insert', text: midB.join('') });
  } else {
    const parts = diffArrays(midA, midB, { maxEditLength: MAX_EDIT_LENGTH });
    if (parts === undefined) {
      raw.push({ op: 'delete', text: midA.join('') }, { op: 'insert', text: midB.join('') });
    } else {
      // Walk by counts over our own token arrays (jsdiff reports common runs from the new side).
      let ia = 0;
      let ib = 0;
      for (const c of parts) {
        if (c.added) {
          raw.push({ op: 'insert', text: midB.slice(ib, ib + c.count).join('') });
          ib += c.count;
        } else if (c.removed) {
          raw.push({ op: 'delete', text: midA.slice(ia, ia + c.count).join('') });
          ia += c.count;
        } else {
          raw.push({ op: 'equal', text: midA.slice(ia, ia + c.count).join('') });
          ia += c.count;
          ib += c.count;
        }
      }
    }
  }
  if (s > 0) raw.push({ op: 'equal', text: ta.slice(ta.length - s).join('') });
  return tidy(raw);
}

/**
 * Merge runs: white space alone between two changes joins them (so "[-a b-]"
 * rather than "[-a-] [-b-]"), and in each block of changes the deletions come
 * first, then the insertions. Both rebuilds are kept exactly.
 */
function tidy(raw: readonly Change[]): Change[] {
  const runs = raw.filter((c) => c.text !== '');
  const out: Change[] = [];
  let del = '';
  let ins = '';
  let inBlock = false;
  const flush = (): void => {
    if (del !== '') out.push({ op: 'delete', text: del });
    if (ins !== '') out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
    inBlock = false;
  };
  for (let k = 0; k < runs.length; k++) {
    const c = runs[k];
    if (!c) continue;
    if (c.op === 'delete') {
      del += c.text;
      inBlock = true;
    } else if (c.op === 'insert') {
      ins += c.text;
      inBlock = true;
    } else {
      const next = runs[k + 1];
      if (inBlock && next !== undefined && next.op !== 'equal' && /^\s+$/u.test(c.text)) {
        del += c.text;
        ins += c.text;
        continue;
      }
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += c.text;
      else out.push({ op: 'equal', text: c.text });
    }
  }
  flush();
  return out;
}

/** The text that the runs other than `skip` give (`delete` skipped: the new text). */
export function rebuild(changes: readonly Change[], side: 'old' | 'new'): string {
  const skip: ChangeOp = side === 'old' ? 'insert' : 'delete';
  let out = '';
  for (const c of changes) if (c.op !== skip) out += c.text;
  return out;
}

export function changedWords(changes: readonly Change[] | null, op: ChangeOp): number {
  let n = 0;
  for (const c of changes ?? []) if (c.op === op) n += countWords(c.text);
  return n;
}
