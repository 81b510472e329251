// Pair the sections of two versions of a draft: which new section each old
// one became. Pure; used by the diff and by placement (comments carried over).
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

import { nfc } from './text.js';
import { words } from './tokenize.js';
import type { Draft, Section } from './types.js';

export type MatchedBy = 'anchor' | 'content' | 'structure';

/** Similarity a content match needs ("mostly the same"). */
const SIMILARITY_THRESHOLD = 0.5;
/** Similarity that two sections under the same automatic anchor and parent need to stay paired. */
const WEAK_SIMILARITY = 0.25;
/** Words found in more leftover sections than this do not propose candidates. */
const COMMON_WORD_LIMIT = 48;
/** Candidates per section from shared words, and from siblings. */
const TOP_CANDIDATES = 8;
const SIBLING_CANDIDATES = 12;
/** Sections with fewer words than this need the same parent to pair by content. */
const SHORT_SECTION = 4;

export function normalised(s: Section): Section {
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

export interface Matching {
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

export function matchSections(a: readonly Section[], b: readonly Section[]): Matching {
  const p = new Pairing(a, b);
  p.byAnchor();
  p.byContent();
  p.byStructure();
  p.deferredByAnchor();
  p.byContent();
  return p.result();
}

interface Candidate {
  i: number;
  j: number;
  sim: number;
  rank: number;
}

/** The state of one matching: the pairs made so far, round by round. */
class Pairing {
  private readonly oldToNew: Int32Array;
  private readonly newToOld: Int32Array;
  private readonly how: (MatchedBy | null)[];
  private readonly score: (number | null)[];
  private readonly parentA: Int32Array;
  private readonly parentB: Int32Array;
  /** Weak anchors that matched by name but not by content: [old, new]. */
  private readonly deferred: [number, number][] = [];
  /** By new index: the old index of its deferred anchor match. */
  private deferredOld = new Map<number, number>();
  // Word features, built lazily for leftovers only.
  private readonly featA = new Map<number, Features>();
  private readonly featB = new Map<number, Features>();

  constructor(
    private readonly a: readonly Section[],
    private readonly b: readonly Section[],
  ) {
    this.oldToNew = new Int32Array(a.length).fill(-1);
    this.newToOld = new Int32Array(b.length).fill(-1);
    this.how = new Array<MatchedBy | null>(b.length).fill(null);
    this.score = new Array<number | null>(b.length).fill(null);
    this.parentA = parentIndexes(a);
    this.parentB = parentIndexes(b);
  }

  result(): Matching {
    return { oldToNew: this.oldToNew, newToOld: this.newToOld, how: this.how, score: this.score };
  }

  private link(i: number, j: number, by: MatchedBy, sim: number | null): void {
    this.oldToNew[i] = j;
    this.newToOld[j] = i;
    this.how[j] = by;
    this.score[j] = sim;
  }

  /** Whether the new section's parent is the counterpart of the old one's parent. */
  private sameParent(i: number, j: number): boolean {
    const pa = this.parentA[i] ?? -1;
    const pb = this.parentB[j] ?? -1;
    return pa === -1 ? pb === -1 : pb !== -1 && this.oldToNew[pa] === pb;
  }

  private feat(side: 'a' | 'b', k: number): Features {
    const cache = side === 'a' ? this.featA : this.featB;
    let f = cache.get(k);
    if (!f) {
      const s = (side === 'a' ? this.a : this.b)[k];
      f = features(s ? `${s.title}\n${s.text}` : '');
      cache.set(k, f);
    }
    return f;
  }

  /** Round 1: anchors, case-insensitively; weak anchors only with the same content. */
  byAnchor(): void {
    const oldByAnchor = new Map<string, number>();
    this.a.forEach((s, i) => {
      const k = s.anchor.toLowerCase();
      if (!oldByAnchor.has(k)) oldByAnchor.set(k, i);
    });
    this.b.forEach((s, j) => {
      const i = oldByAnchor.get(s.anchor.toLowerCase());
      const o = i === undefined ? undefined : this.a[i];
      if (i === undefined || !o || this.oldToNew[i] !== -1) return;
      if ((weak(o) || weak(s)) && (o.text !== s.text || o.title !== s.title)) this.deferred.push([i, j]);
      else this.link(i, j, 'anchor', null);
    });
    this.deferredOld = new Map<number, number>(this.deferred.map(([i, j]) => [j, i]));
  }

  /** Round 2: similar content, best pairs first. */
  byContent(): void {
    const leftA: number[] = [];
    for (let i = 0; i < this.a.length; i++) if (this.oldToNew[i] === -1) leftA.push(i);
    const leftB: number[] = [];
    for (let j = 0; j < this.b.length; j++) if (this.newToOld[j] === -1) leftB.push(j);
    if (leftA.length === 0 || leftB.length === 0) return;
    const index = this.wordIndex(leftA);
    const leftByParent = groupBy(leftA, (i) => this.parentA[i] ?? -1);
    const pairs: Candidate[] = [];
    for (const j of leftB) pairs.push(...this.scored(j, this.candidates(j, index, leftByParent)));
    pairs.sort((x, y) => y.rank - x.rank || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.j - y.j || x.i - y.i);
    for (const p of pairs) {
      if (this.oldToNew[p.i] !== -1 || this.newToOld[p.j] !== -1) continue;
      this.link(p.i, p.j, 'content', Math.round(p.sim * 1000) / 1000);
    }
  }

  /** Inverted index: word -> leftover old sections holding it. */
  private wordIndex(leftA: readonly number[]): Map<string, number[]> {
    const index = new Map<string, number[]>();
    for (const i of leftA) {
      for (const w of this.feat('a', i).counts.keys()) {
        const list = index.get(w);
        if (list) list.push(i);
        else index.set(w, [i]);
      }
    }
    return index;
  }

  /** Old sections worth comparing with new section j: sharing rare words, nearby siblings, a deferred anchor. */
  private candidates(j: number, index: ReadonlyMap<string, number[]>, leftByParent: ReadonlyMap<number, number[]>): Set<number> {
    const hits = new Map<number, number>();
    for (const w of this.feat('b', j).counts.keys()) {
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
    const pb = this.parentB[j] ?? -1;
    const po = pb === -1 ? -1 : (this.newToOld[pb] ?? -1);
    if (pb === -1 || po !== -1) {
      const siblings = leftByParent.get(po) ?? [];
      // The siblings nearest in position (old position of the new one's neighbours is unknown: use j's rank).
      const at = j * (this.a.length / Math.max(1, this.b.length));
      for (const i of nearest(siblings, at, SIBLING_CANDIDATES)) candidates.add(i);
    }
    const d = this.deferredOld.get(j);
    if (d !== undefined && this.oldToNew[d] === -1) candidates.add(d);
    return candidates;
  }

  private scored(j: number, candidates: Iterable<number>): Candidate[] {
    const fb = this.feat('b', j);
    const d = this.deferredOld.get(j);
    const out: Candidate[] = [];
    for (const i of candidates) {
      const fa = this.feat('a', i);
      const sim = dice(fa, fb);
      if (sim < SIMILARITY_THRESHOLD) continue;
      const same = this.sameParent(i, j);
      if ((fa.words < SHORT_SECTION || fb.words < SHORT_SECTION) && !same) continue;
      // Ties: the same anchor, then the same parent, then the same kind, then nearer.
      const rank = sim + (d === i ? 0.004 : 0) + (same ? 0.002 : 0) + (this.a[i]?.kind === this.b[j]?.kind ? 0.001 : 0);
      out.push({ i, j, sim, rank });
    }
    return out;
  }

  /** Round 3: a heading left over follows the old heading most of its paired children came from. */
  byStructure(): void {
    const childrenB = groupBy(
      Array.from(this.b.keys()).filter((j) => (this.parentB[j] ?? -1) !== -1),
      (j) => this.parentB[j] ?? -1,
    );
    // Deepest first (reverse document order), so a renamed chapter can use its renamed sub-headings.
    for (let j = this.b.length - 1; j >= 0; j--) {
      if (this.newToOld[j] !== -1 || this.b[j]?.kind !== 'heading') continue;
      const votes = new Map<number, number>();
      let pairedChildren = 0;
      for (const c of childrenB.get(j) ?? []) {
        const i = this.newToOld[c] ?? -1;
        if (i === -1) continue;
        pairedChildren += 1;
        const p = this.parentA[i] ?? -1;
        if (p !== -1) votes.set(p, (votes.get(p) ?? 0) + 1);
      }
      const [best, bestVotes] = mostVoted(votes);
      if (best === -1 || this.oldToNew[best] !== -1 || this.a[best]?.kind !== 'heading') continue;
      if (bestVotes * 2 <= pairedChildren) continue;
      this.link(best, j, 'structure', null);
    }
  }

  /** Round 4: weak anchors under paired parents, their texts still somewhat alike. */
  deferredByAnchor(): void {
    for (const [i, j] of this.deferred) {
      if (this.oldToNew[i] !== -1 || this.newToOld[j] !== -1 || !this.sameParent(i, j)) continue;
      // Same place, text much rewritten: still the same section unless the text is another one altogether.
      if (dice(this.feat('a', i), this.feat('b', j)) >= WEAK_SIMILARITY) this.link(i, j, 'anchor', null);
    }
  }
}

function groupBy(items: readonly number[], key: (k: number) => number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const k of items) {
    const g = key(k);
    const list = out.get(g);
    if (list) list.push(k);
    else out.set(g, [k]);
  }
  return out;
}

/** The key with the most votes (the smallest key on a tie), and its votes; -1 when none. */
function mostVoted(votes: ReadonlyMap<number, number>): [number, number] {
  let best = -1;
  let bestVotes = 0;
  for (const [i, v] of votes) {
    if (v > bestVotes || (v === bestVotes && i < best)) {
      best = i;
      bestVotes = v;
    }
  }
  return [best, bestVotes];
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
export function placeChanges(a: readonly Section[], b: readonly Section[], m: Matching): Uint8Array {
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
