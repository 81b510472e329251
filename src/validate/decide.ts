// Applies the secretariat's decisions to the comments. Explicit ids first,
// then `to: all`, so the result does not depend on the order of the files.

import { words } from '../i18n/index.js';
import { message, oneLineMessages } from '../messages.js';
import type { Message } from '../messages.js';
import type { Placed, ResponseEntry, ResponseFile, Ruling } from '../model/types.js';
import { normalizeCitation } from '../model/citation.js';
import { closest, editDistance } from '../model/text.js';
import { GENERAL } from '../model/types.js';

export type { Ruling } from '../model/types.js';

/**
 * The anchor a comment is filed under, for matching response keys: its
 * section's anchor in the draft its delegate read (a carried comment keeps
 * the key it was written under, wherever the report places it).
 */
function anchorOf(p: Placed): string {
  if (p.from) return p.from.anchor.toLowerCase();
  if (p.section === GENERAL) return GENERAL;
  return (p.section?.anchor ?? p.comment.key).toLowerCase();
}

/**
 * Whether a response key names the place of a comment: the key it was written
 * under, its section in the draft its delegate read or in the report draft,
 * by anchor or by citation ("II.2.1", "Điều 3.2").
 */
function namesComment(key: string, p: Placed): boolean {
  const k = key.toLowerCase();
  if (k === p.comment.key.toLowerCase() || k === anchorOf(p)) return true;
  if (p.section === null) return false;
  if (p.section === GENERAL) return k === GENERAL;
  if (k === p.section.anchor.toLowerCase()) return true;
  const cited = normalizeCitation(key);
  return cited !== '' && [p.section.code, p.from?.code ?? ''].some((c) => c !== '' && normalizeCitation(c) === cited);
}

/**
 * `unreadStems`: names of comment files that failed to load; decisions on
 * their comments are not reported again (the file's own error says enough).
 */
export function applyResponses(
  placed: readonly Placed[],
  responses: readonly ResponseFile[],
  unreadStems: ReadonlySet<string> = new Set(),
): { rulings: Map<string, Ruling>; messages: Message[] } {
  const d = new Decisions(placed, unreadStems);
  const entries = responses.flatMap((r) => r.entries);
  // Decisions that name comments come first; "to: all" then decides what they left open.
  for (const entry of entries) if (entry.to !== 'all') d.byIds(entry, entry.to);
  for (const entry of entries) if (entry.to === 'all') d.forAll(entry);
  return { rulings: d.rulings, messages: oneLineMessages(d.messages) };
}

/** The rulings made so far, with the indexes to find the comments a response names. */
class Decisions {
  readonly messages: Message[] = [];
  readonly rulings = new Map<string, Ruling>();
  private readonly byId = new Map<string, Placed>();
  // The other indexes are built when first needed: most decisions name ids exactly.
  private lowerIds: Map<string, Placed[]> | null = null;
  private anchors: Map<string, Placed[]> | null = null;
  private readonly hints: Hints;

  constructor(
    private readonly placed: readonly Placed[],
    private readonly unreadStems: ReadonlySet<string>,
  ) {
    for (const p of placed) this.byId.set(p.comment.id, p);
    this.hints = new Hints(placed);
  }

  private byLowerId(): Map<string, Placed[]> {
    if (this.lowerIds) return this.lowerIds;
    this.lowerIds = new Map();
    for (const p of this.placed) push(this.lowerIds, p.comment.id.toLowerCase(), p);
    return this.lowerIds;
  }

  private byAnchor(): Map<string, Placed[]> {
    if (this.anchors) return this.anchors;
    this.anchors = new Map();
    for (const p of this.placed) {
      const a = anchorOf(p);
      push(this.anchors, a, p);
      // A response may also be keyed by the anchor as the delegate wrote it.
      const k = p.comment.key.toLowerCase();
      if (k !== a) push(this.anchors, k, p);
    }
    return this.anchors;
  }

  /** An entry that lists the ids it decides. */
  byIds(entry: ResponseEntry, refs: readonly { id: string; line: number; column: number }[]): void {
    for (const ref of refs) {
      const p = this.byId.get(ref.id) ?? singleOrNull(this.byLowerId().get(ref.id.toLowerCase()));
      const at = { file: entry.file, line: ref.line, column: ref.column };
      if (!p) {
        if (this.unreadStems.has(ref.id.split('/')[0]?.toLowerCase() ?? '')) continue;
        this.messages.push(message(at, 'error', 'unknown-comment', words().decide.unknownComment(ref.id, this.hints.for(ref.id))));
        continue;
      }
      if (!namesComment(entry.key, p)) {
        const where = p.section === null || p.section === GENERAL ? p.comment.key : p.section.anchor;
        this.messages.push(message(at, 'warning', 'wrong-anchor', words().decide.wrongAnchor(p.comment.id, where, entry.key)));
      }
      this.rule(p, entry, ref);
    }
  }

  /** `to: all`: every comment under the entry's key not decided by name. */
  forAll(entry: ResponseEntry): void {
    const open = (this.byAnchor().get(entry.key.toLowerCase()) ?? []).filter((p) => !this.rulings.has(p.comment.id));
    if (open.length === 0) this.messages.push(message(entry, 'warning', 'decision-unused', words().decide.unused(entry.key)));
    for (const p of open) this.rulings.set(p.comment.id, { decision: entry.decision, note: entry.note, entry });
  }

  private rule(p: Placed, entry: ResponseEntry, at: { line: number; column: number }): void {
    const prior = this.rulings.get(p.comment.id);
    if (!prior) {
      this.rulings.set(p.comment.id, { decision: entry.decision, note: entry.note, entry });
      return;
    }
    if (prior.decision === entry.decision) return;
    const text = words().decide.conflicting(p.comment.id, prior.decision, `${prior.entry.file}:${prior.entry.line}`, entry.decision);
    this.messages.push(message({ file: entry.file, ...at }, 'error', 'conflicting-decision', text));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * "Did you mean" for an id that names no comment. Comparing it with every id
 * would make many bad ids in a large consultation quadratic; ids are
 * `<file>/…`, so it is compared with the ids of its own file, or, when no file
 * has that name, of the files whose names are closest to it.
 */
class Hints {
  private readonly byStem = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  constructor(placed: readonly Placed[]) {
    for (const p of placed) push(this.byStem, stemOfId(p.comment.id), p.comment.id);
  }

  for(id: string): string | null {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    const stem = stemOfId(id);
    let candidates = this.byStem.get(stem);
    if (!candidates) {
      let best = 3; // file names further apart than this give no hint
      candidates = [];
      for (const [other, ids] of this.byStem) {
        const d = editDistance(stem, other, best);
        if (d > best) continue;
        if (d < best) {
          best = d;
          candidates = [...ids];
        } else candidates.push(...ids);
      }
    }
    const hint = closest(id, candidates);
    this.cache.set(id, hint);
    return hint;
  }
}

function stemOfId(id: string): string {
  const slash = id.indexOf('/');
  return (slash < 0 ? id : id.slice(0, slash)).toLowerCase();
}

function singleOrNull<T>(list: T[] | undefined): T | null {
  return list?.length === 1 ? (list[0] ?? null) : null;
}
