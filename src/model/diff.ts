// Compare two versions of a draft section by section (contract §7). Pure:
// two Drafts in, a DraftDiff out.
//
// What is compared. A section's `text` (contract §2: its own text, NFC,
// block by block joined with "\n") is diffed word by word into `changes`, so
// that the `equal` + `delete` runs give the old text exactly and `equal` +
// `insert` the new one. A heading's title is not part of its text (a list
// item's text already begins with its title); a changed title is diffed on
// its own into `titleChanges` (for two list items it is not: their text
// holds it). The numbering label is never compared: a label
// that shifts because a section was inserted above is not a change.
//
// How sections are paired, in rounds, each working only on what is left:
// 1. by anchor, case-insensitively. Automatic anchors of list items
//    (`muc-tieu.3`) are positions, not names, and so are automatic heading
//    anchors ending in a number (`giai-phap-1` for a repeated title,
//    `dieu-3` for a heading that is only "Điều 3."): they pair by anchor only
//    when the content is identical, otherwise they wait for the later rounds;
// 2. by content: similarity (Dice) of the multisets of words and word pairs
//    of title + text, at least 0.5 (pairs keep two different sentences made
//    of the same vocabulary apart); candidates come from an inverted index of words (very common words
//    skipped) plus the siblings under the same parent, so the cost stays
//    linear in the size of the drafts, never quadratic in sections; pairs are
//    taken best first. Short sections (fewer than 4 words) need the same
//    parent as well;
// 3. by structure: a heading left over is paired with the old heading that
//    most of its already-paired children came from (a renamed chapter whose
//    own text is empty);
// 4. automatic anchors still waiting pair up by anchor when their parents
//    pair and their texts are still somewhat alike (0.25: heavily reworded,
//    not replaced by another text); then round 2 runs once more for short
//    sections whose parents were paired in round 3.
//
// Status of a pair, first that applies:
// - `renamed`: the anchor changed, whatever made it change (an explicit
//   anchor, a title, or numbering: a heading that is only a label, "Điều 4."
//   → `dieu-5`, or an automatic item anchor whose place moved, `x.3` →
//   `x.4`), because comments keyed to the old anchor must be carried over;
// - `moved`: its parent is not the counterpart of its old parent, or its
//   order among the siblings it kept changed (the siblings outside a longest
//   increasing run of old positions have moved);
// - `modified`: title or text changed;
// - `unchanged`: nothing but the numbering label changed.
// `changed` lists every aspect that differs, whatever the status.

import { diffArrays } from 'diff';
import { nfc } from './text.js';
import { countWords, tokenize, words } from './tokenize.js';
import type { Draft, Section } from './types.js';

export const STATUSES = ['added', 'removed', 'modified', 'renamed', 'moved', 'unchanged'] as const;
export type SectionStatus = (typeof STATUSES)[number];

export type ChangeOp = 'equal' | 'delete' | 'insert';
export interface Change {
  op: ChangeOp;
  text: string;
}

/** What differs between two paired sections. */
export type Aspect = 'anchor' | 'place' | 'title' | 'text' | 'number';

export type MatchedBy = 'anchor' | 'content' | 'structure';

export interface SectionDiff {
  status: SectionStatus;
  old: Section | null;
  new: Section | null;
  /** Word-level changes of the section text; rebuilds both texts. */
  changes: Change[];
  /** Word-level changes of the title, when it changed. */
  titleChanges: Change[] | null;
  changed: Aspect[];
  matchedBy: MatchedBy | null;
  /** Word similarity 0–1 of the pair (content matches), else null. */
  similarity: number | null;
  /** Words deleted and inserted (title and text). */
  deleted: number;
  inserted: number;
}

export type DiffSummary = Record<SectionStatus, number>;

export interface DraftDiff {
  old: Draft;
  new: Draft;
  summary: DiffSummary;
  /** In the new draft's order, removed sections where they stood. */
  sections: SectionDiff[];
}

/** Similarity a content match needs ("mostly the same"). */
export function isChanged(d: SectionDiff): boolean {
  return d.status !== 'unchanged';
}

/** Whether two drafts differ at all (diff --exit-code). */
export function differs(diff: DraftDiff): boolean {
  return diff.sections.some(isChanged);
}

export const SIMILARITY_THRESHOLD = 0.5;
/** Similarity that two sections under the same automatic anchor and parent need to stay paired. */
const WEAK_SIMILARITY = 0.25;
/** Words found in more leftover sections than this do not propose candidates. */
const COMMON_WORD_LIMIT = 48;
/** Candidates per section from shared words, and from siblings. */
const TOP_CANDIDATES = 8;
const SIBLING_CANDIDATES = 12;
/** Sections with fewer words than this need the same parent to pair by content. */
const SHORT_SECTION = 4;
/** Edit length past which a section's middle is shown as one deletion and one insertion. */
const MAX_EDIT_LENGTH = 3000;

export function emptySummary(): DiffSummary {
  return { added: 0, removed: 0, modified: 0, renamed: 0, moved: 0, unchanged: 0 };
}

export function diffDrafts(oldDraft: Draft, newDraft: Draft): DraftDiff {
  const a = oldDraft.sections.map(normalised);
  const b = newDraft.sections.map(normalised);
  const m = matchSections(a, b);
  const placeChanged = placeChanges(a, b, m);

  const diffs = new Map<number, SectionDiff>(); // by new index
  for (let j = 0; j < b.length; j++) {
    const nb = b[j];
    if (!nb) continue;
    const i = m.newToOld[j] ?? -1;
    const na = i >= 0 ? a[i] : undefined;
    diffs.set(j, na ? pairDiff(na, nb, placeChanged[j] === 1, m.how[j] ?? null, m.score[j] ?? null) : added(nb));
  }
  // Removed sections go after the new counterpart of the nearest old section
  // before them that kept its place (or that has a counterpart at all).
  const removedAfter = new Map<number, SectionDiff[]>();
  let lastStable = -1;
  let lastAny = -1;
  for (let i = 0; i < a.length; i++) {
    const na = a[i];
    if (!na) continue;
    const j = m.oldToNew[i] ?? -1;
    if (j >= 0) {
      lastAny = j;
      if (placeChanged[j] !== 1) lastStable = j;
      continue;
    }
    const at = lastStable >= 0 ? lastStable : lastAny;
    const list = removedAfter.get(at);
    const d = removed(na);
    if (list) list.push(d);
    else removedAfter.set(at, [d]);
  }
  const sections: SectionDiff[] = [...(removedAfter.get(-1) ?? [])];
  for (let j = 0; j < b.length; j++) {
    const d = diffs.get(j);
    if (d) sections.push(d);
    sections.push(...(removedAfter.get(j) ?? []));
  }
  const summary = emptySummary();
  for (const s of sections) summary[s.status] += 1;
  return { old: oldDraft, new: newDraft, summary, sections };
}

// ---- word-level diff ---------------------------------------------------------

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

function changedWords(changes: readonly Change[] | null, op: ChangeOp): number {
  let n = 0;
  for (const c of changes ?? []) if (c.op === op) n += countWords(c.text);
  return n;
}

// ---- pairs -------------------------------------------------------------------

function normalised(s: Section): Section {
  const title = nfc(s.title);
  const text = nfc(s.text);
  return title === s.title && text === s.text ? s : { ...s, title, text };
}

/**
 * An anchor that may name another section after an insertion: an item's
 * position, or an automatic heading anchor ending in a number (a repeated
 * title's `-1`, or a heading that is only a label, "Điều 3." → `dieu-3`).
 */
function weak(s: Section): boolean {
  return !s.explicit && (s.kind === 'item' || /-\d+$/u.test(s.anchor));
}

function pairDiff(a: Section, b: Section, placeChanged: boolean, how: MatchedBy | null, score: number | null): SectionDiff {
  const changed: Aspect[] = [];
  const anchorDiffers = a.anchor.toLowerCase() !== b.anchor.toLowerCase();
  if (anchorDiffers) changed.push('anchor');
  if (placeChanged) changed.push('place');
  // A list item's title is the first line of its text: compared there only.
  const titleChanged = a.title !== b.title && !(a.kind === 'item' && b.kind === 'item');
  if (titleChanged) changed.push('title');
  const textChanged = a.text !== b.text;
  if (textChanged) changed.push('text');
  if (a.label !== b.label) changed.push('number');
  const status: SectionStatus = anchorDiffers ? 'renamed' : placeChanged ? 'moved' : titleChanged || textChanged ? 'modified' : 'unchanged';
  const changes = textChanged ? diffText(a.text, b.text) : a.text === '' ? [] : [{ op: 'equal' as const, text: a.text }];
  const titleChanges = titleChanged ? diffText(a.title, b.title) : null;
  return {
    status,
    old: a,
    new: b,
    changes,
    titleChanges,
    changed,
    matchedBy: how,
    similarity: how === 'content' ? score : null,
    deleted: changedWords(changes, 'delete') + changedWords(titleChanges, 'delete'),
    inserted: changedWords(changes, 'insert') + changedWords(titleChanges, 'insert'),
  };
}

function added(b: Section): SectionDiff {
  return {
    status: 'added',
    old: null,
    new: b,
    changes: b.text === '' ? [] : [{ op: 'insert', text: b.text }],
    titleChanges: null,
    changed: [],
    matchedBy: null,
    similarity: null,
    deleted: 0,
    inserted: countWords(b.kind === 'heading' ? `${b.title} ${b.text}` : b.text),
  };
}

function removed(a: Section): SectionDiff {
  return {
    status: 'removed',
    old: a,
    new: null,
    changes: a.text === '' ? [] : [{ op: 'delete', text: a.text }],
    titleChanges: null,
    changed: [],
    matchedBy: null,
    similarity: null,
    deleted: countWords(a.kind === 'heading' ? `${a.title} ${a.text}` : a.text),
    inserted: 0,
  };
}

// ---- matching ----------------------------------------------------------------

interface Matching {
  oldToNew: Int32Array;
  newToOld: Int32Array;
  /** By new index: how the pair was made, and its similarity. */
  how: (MatchedBy | null)[];
  score: (number | null)[];
}

/** Index of each section's parent (by anchor, first of that anchor), -1 at the top. */
function parentIndexes(sections: readonly Section[]): Int32Array {
  const byAnchor = new Map<string, number>();
  sections.forEach((s, i) => {
    if (!byAnchor.has(s.anchor)) byAnchor.set(s.anchor, i);
  });
  const out = new Int32Array(sections.length).fill(-1);
  sections.forEach((s, i) => {
    if (s.parent !== null) out[i] = byAnchor.get(s.parent) ?? -1;
  });
  return out;
}

/**
 * Each section of `oldDraft` (by index) paired with its counterpart in
 * `newDraft` as the diff pairs them, or null when it has none (removed, or
 * merged into another). Placement carries comments across versions with it.
 */
export function counterparts(oldDraft: Draft, newDraft: Draft): (Section | null)[] {
  const m = matchSections(oldDraft.sections.map(normalised), newDraft.sections.map(normalised));
  return oldDraft.sections.map((_, i) => {
    const j = m.oldToNew[i] ?? -1;
    return j < 0 ? null : (newDraft.sections[j] ?? null);
  });
}

function matchSections(a: readonly Section[], b: readonly Section[]): Matching {
  const oldToNew = new Int32Array(a.length).fill(-1);
  const newToOld = new Int32Array(b.length).fill(-1);
  const how: (MatchedBy | null)[] = new Array<MatchedBy | null>(b.length).fill(null);
  const score: (number | null)[] = new Array<number | null>(b.length).fill(null);
  const link = (i: number, j: number, by: MatchedBy, sim: number | null): void => {
    oldToNew[i] = j;
    newToOld[j] = i;
    how[j] = by;
    score[j] = sim;
  };
  const parentA = parentIndexes(a);
  const parentB = parentIndexes(b);
  /** Whether the new section's parent is the counterpart of the old one's parent. */
  const sameParent = (i: number, j: number): boolean => {
    const pa = parentA[i] ?? -1;
    const pb = parentB[j] ?? -1;
    return pa === -1 ? pb === -1 : pb !== -1 && oldToNew[pa] === pb;
  };

  // Round 1: anchors.
  const oldByAnchor = new Map<string, number>();
  a.forEach((s, i) => {
    const k = s.anchor.toLowerCase();
    if (!oldByAnchor.has(k)) oldByAnchor.set(k, i);
  });
  const deferred: [number, number][] = [];
  b.forEach((s, j) => {
    const i = oldByAnchor.get(s.anchor.toLowerCase());
    const o = i === undefined ? undefined : a[i];
    if (i === undefined || !o || oldToNew[i] !== -1) return;
    if ((weak(o) || weak(s)) && (o.text !== s.text || o.title !== s.title)) deferred.push([i, j]);
    else link(i, j, 'anchor', null);
  });
  const deferredOld = new Map<number, number>(deferred.map(([i, j]) => [j, i]));

  // Word features, built lazily for leftovers only.
  const featA = new Map<number, Features>();
  const featB = new Map<number, Features>();
  const feat = (side: 'a' | 'b', k: number): Features => {
    const cache = side === 'a' ? featA : featB;
    let f = cache.get(k);
    if (!f) {
      const s = (side === 'a' ? a : b)[k];
      f = features(s ? `${s.title}\n${s.text}` : '');
      cache.set(k, f);
    }
    return f;
  };

  const byContent = (): void => {
    const leftA: number[] = [];
    for (let i = 0; i < a.length; i++) if (oldToNew[i] === -1) leftA.push(i);
    const leftB: number[] = [];
    for (let j = 0; j < b.length; j++) if (newToOld[j] === -1) leftB.push(j);
    if (leftA.length === 0 || leftB.length === 0) return;
    // Inverted index: word -> leftover old sections holding it.
    const index = new Map<string, number[]>();
    for (const i of leftA) {
      for (const w of feat('a', i).counts.keys()) {
        const list = index.get(w);
        if (list) list.push(i);
        else index.set(w, [i]);
      }
    }
    // Leftover old sections by parent, for sibling candidates.
    const leftByParent = new Map<number, number[]>();
    for (const i of leftA) {
      const p = parentA[i] ?? -1;
      const list = leftByParent.get(p);
      if (list) list.push(i);
      else leftByParent.set(p, [i]);
    }
    const pairs: { i: number; j: number; sim: number; rank: number }[] = [];
    for (const j of leftB) {
      const fb = feat('b', j);
      const hits = new Map<number, number>();
      for (const w of fb.counts.keys()) {
        const list = index.get(w);
        if (!list || list.length > COMMON_WORD_LIMIT) continue;
        for (const i of list) hits.set(i, (hits.get(i) ?? 0) + 1);
      }
      const candidates = new Set<number>(
        [...hits.entries()]
          .sort((x, y) => y[1] - x[1] || x[0] - y[0])
          .slice(0, TOP_CANDIDATES)
          .map(([i]) => i),
      );
      const pb = parentB[j] ?? -1;
      const po = pb === -1 ? -1 : (newToOld[pb] ?? -1);
      if (pb === -1 || po !== -1) {
        const siblings = leftByParent.get(po) ?? [];
        // The siblings nearest in position (old position of the new one's neighbours is unknown: use j's rank).
        for (const i of nearest(siblings, j * (a.length / Math.max(1, b.length)), SIBLING_CANDIDATES)) candidates.add(i);
      }
      const d = deferredOld.get(j);
      if (d !== undefined && oldToNew[d] === -1) candidates.add(d);
      for (const i of candidates) {
        const fa = feat('a', i);
        const sim = dice(fa, fb);
        if (sim < SIMILARITY_THRESHOLD) continue;
        const same = sameParent(i, j);
        if ((fa.words < SHORT_SECTION || fb.words < SHORT_SECTION) && !same) continue;
        // Ties: the same anchor, then the same parent, then the same kind, then nearer.
        const rank = sim + (d === i ? 0.004 : 0) + (same ? 0.002 : 0) + (a[i]?.kind === b[j]?.kind ? 0.001 : 0);
        pairs.push({ i, j, sim, rank });
      }
    }
    pairs.sort((x, y) => y.rank - x.rank || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.j - y.j || x.i - y.i);
    for (const p of pairs) {
      if (oldToNew[p.i] !== -1 || newToOld[p.j] !== -1) continue;
      link(p.i, p.j, 'content', Math.round(p.sim * 1000) / 1000);
    }
  };

  const byStructure = (): void => {
    const childrenB = new Map<number, number[]>();
    for (let j = 0; j < b.length; j++) {
      const p = parentB[j] ?? -1;
      if (p === -1) continue;
      const list = childrenB.get(p);
      if (list) list.push(j);
      else childrenB.set(p, [j]);
    }
    // Deepest first (reverse document order), so a renamed chapter can use its renamed sub-headings.
    for (let j = b.length - 1; j >= 0; j--) {
      if (newToOld[j] !== -1 || b[j]?.kind !== 'heading') continue;
      const votes = new Map<number, number>();
      let pairedChildren = 0;
      for (const c of childrenB.get(j) ?? []) {
        const i = newToOld[c] ?? -1;
        if (i === -1) continue;
        pairedChildren += 1;
        const p = parentA[i] ?? -1;
        if (p !== -1) votes.set(p, (votes.get(p) ?? 0) + 1);
      }
      let best = -1;
      let bestVotes = 0;
      for (const [i, v] of votes) {
        if (v > bestVotes || (v === bestVotes && i < best)) {
          best = i;
          bestVotes = v;
        }
      }
      if (best === -1 || oldToNew[best] !== -1 || a[best]?.kind !== 'heading') continue;
      if (bestVotes * 2 <= pairedChildren) continue;
      link(best, j, 'structure', null);
    }
  };

  byContent();
  byStructure();
  for (const [i, j] of deferred) {
    if (oldToNew[i] !== -1 || newToOld[j] !== -1 || !sameParent(i, j)) continue;
    // Same place, text much rewritten: still the same section unless the text is another one altogether.
    if (dice(feat('a', i), feat('b', j)) >= WEAK_SIMILARITY) link(i, j, 'anchor', null);
  }
  byContent();
  return { oldToNew, newToOld, how, score };
}

interface Features {
  counts: Map<string, number>;
  total: number;
  /** Number of words (the pairs not counted). */
  words: number;
}

/** Words and word pairs (bigrams): pairs keep unrelated texts on the same subject apart. */
function features(text: string): Features {
  const counts = new Map<string, number>();
  let total = 0;
  let words1 = 0;
  let prev: string | null = null;
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total += 1;
  };
  for (const w of words(text)) {
    add(w);
    words1 += 1;
    if (prev !== null) add(`${prev}\u0001${w}`);
    prev = w;
  }
  return { counts, total, words: words1 };
}

/** Dice coefficient of two word multisets. */
function dice(x: Features, y: Features): number {
  if (x.total === 0 || y.total === 0) return 0;
  const [small, large] = x.counts.size <= y.counts.size ? [x, y] : [y, x];
  let common = 0;
  for (const [w, n] of small.counts) common += Math.min(n, large.counts.get(w) ?? 0);
  return (2 * common) / (x.total + y.total);
}

/** Up to `k` of the (sorted) indexes nearest to `at`. */
function nearest(sorted: readonly number[], at: number, k: number): number[] {
  if (sorted.length <= k) return [...sorted];
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, Math.min(sorted.length - k, lo - (k >> 1)));
  return sorted.slice(start, start + k);
}

// ---- places ------------------------------------------------------------------

/** By new index: 1 when the section's place in the outline changed. */
function placeChanges(a: readonly Section[], b: readonly Section[], m: Matching): Uint8Array {
  const parentA = parentIndexes(a);
  const parentB = parentIndexes(b);
  const out = new Uint8Array(b.length);
  const groups = new Map<number, number[]>(); // new parent -> new indexes that kept their parent
  for (let j = 0; j < b.length; j++) {
    const i = m.newToOld[j] ?? -1;
    if (i === -1) continue;
    const pa = parentA[i] ?? -1;
    const pb = parentB[j] ?? -1;
    const kept = pa === -1 ? pb === -1 : pb !== -1 && m.oldToNew[pa] === pb;
    if (!kept) {
      out[j] = 1;
      continue;
    }
    const list = groups.get(pb);
    if (list) list.push(j);
    else groups.set(pb, [j]);
  }
  for (const list of groups.values()) {
    const olds = list.map((j) => m.newToOld[j] ?? -1);
    const keep = longestIncreasing(olds);
    list.forEach((j, k) => {
      if (!keep[k]) out[j] = 1;
    });
  }
  return out;
}

/** Marks the members of one longest strictly increasing subsequence (O(n log n)). */
export function longestIncreasing(values: readonly number[]): boolean[] {
  const tails: number[] = []; // index into values of the smallest tail of each length
  const prev = new Int32Array(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    const v = values[k] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1] ?? -1;
    tails[lo] = k;
  }
  const keep = new Array<boolean>(values.length).fill(false);
  for (let k = tails[tails.length - 1] ?? -1; k !== -1; k = prev[k] ?? -1) keep[k] = true;
  return keep;
}
