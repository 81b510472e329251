// `gopy diff --comments`: cross-reference a revision with the comments made
// on the old draft and the secretariat's decisions on them. Pure.
//
// The "region" of a commented section in the new draft is the section, its
// sub-sections and list items, and, for a comment of kind `add` or one that
// quotes nothing, the sections added under the same parent (accepting "add a
// task" or "make this a point of its own" usually adds a new sibling of the
// section commented on; an amendment quoting words is taken in where they
// stand). Texts are compared after NFC, white-space folding and
// lower-casing; a proposal's trailing punctuation is ignored.
//
// Checks:
// - `accepted-not-reflected` (warning), for `accepted` and `partial`:
//   nothing in the region changed (a section moved or renamed did change:
//   "move this point up" is taken in by moving it); or, for `accepted`, the
//   proposal is not in the region; for `partial`, taking part of a proposal
//   often means other words ("65%" for a proposed "70%"), so it is flagged
//   only when the proposal is not there, the quoted words are still there,
//   and none of the proposal's words that the old section lacked came in; for
//   a `delete` comment with a quote and no proposal, the quoted words are
//   still there. A section removed from the new
//   draft reflects a `delete` comment, or any comment whose proposal is found
//   elsewhere in the new draft; otherwise it is flagged too.
// - `explained-but-applied` (info): an `explained` comment whose proposal is
//   in the new region but was not in the old one.
// - `anchor-gone` (info): the comment's anchor is not in the new draft; the
//   new anchor of its section is given when it was renamed or moved, so the
//   comment can be carried over.
// - `anchor-shifted` (warning): the anchor still exists but now names another
//   section (automatic item anchors renumbered by an insertion).
// - `anchor-unknown` (info): the anchor is in neither draft.
// Changed sections that no comment is on are listed as drafting changes
// (a section added under one whose comment was accepted is not).

import { words as catalogue } from '../i18n/index.js';
import { message, sortMessages } from '../messages.js';
import type { Message } from '../messages.js';
import type { DraftDiff, SectionDiff, SectionStatus } from '../model/diff.js';
import { resolveKey } from '../model/placement.js';
import { foldSpace, nfc } from '../model/text.js';
import { words } from '../model/tokenize.js';
import type { CommentRef, CheckKind, Revision, RevisionCheck } from '../model/revision.js';
import { GENERAL } from '../model/types.js';
import type { Section } from '../model/types.js';
import type { Ruling } from './decide.js';
import type { Placed } from './place.js';

/** The revision with the checks as positioned messages. */
export interface CheckedRevision extends Revision {
  messages: Message[];
}

export function checkRevision(diff: DraftDiff, placed: readonly Placed[], rulings: ReadonlyMap<string, Ruling>): CheckedRevision {
  const r = new RevisionChecker(diff);
  for (const p of placed) r.comment(p, rulings.get(p.comment.id) ?? null);
  const checks = r.checks;
  const messages = sortMessages(
    checks.map((k) =>
      message(
        { file: k.comment.file, line: k.comment.line, column: k.comment.column },
        k.severity,
        k.kind,
        `${k.comment.id}: ${k.message}`,
      ),
    ),
  );
  return { comments: r.comments, general: r.general, checks, drafting: r.drafting(), messages };
}

/** The comments of the old draft walked one by one against the diff, collecting the checks. */
class RevisionChecker {
  readonly comments = new Map<SectionDiff, CommentRef[]>();
  readonly general: CommentRef[] = [];
  readonly checks: RevisionCheck[] = [];
  private readonly byOld = new Map<string, SectionDiff>();
  private readonly byNew = new Map<string, SectionDiff>();
  private readonly oldTree: Tree;
  private readonly newTree: Tree;
  private wholeNew: string | null = null;

  constructor(private readonly diff: DraftDiff) {
    for (const d of diff.sections) {
      if (d.old && !this.byOld.has(d.old.anchor.toLowerCase())) this.byOld.set(d.old.anchor.toLowerCase(), d);
      if (d.new && !this.byNew.has(d.new.anchor.toLowerCase())) this.byNew.set(d.new.anchor.toLowerCase(), d);
    }
    this.oldTree = new Tree(diff.old.sections);
    this.newTree = new Tree(diff.new.sections);
  }

  private readonly statusOfNew = (s: Section): SectionStatus => this.byNew.get(s.anchor.toLowerCase())?.status ?? 'unchanged';
  private readonly wholeNewText = (): string => (this.wholeNew ??= fold(this.diff.new.sections.map(sectionText).join('\n')));

  private check(kind: CheckKind, severity: RevisionCheck['severity'], c: CommentRef, text: string, d: SectionDiff | null): void {
    this.checks.push({
      kind,
      severity,
      comment: c,
      message: text,
      oldAnchor: d?.old?.anchor ?? null,
      newAnchor: d?.new?.anchor ?? null,
      status: d?.status ?? null,
    });
  }

  comment(p: Placed, ruling: Ruling | null): void {
    const c = commentRef(p, ruling);
    if (p.section === GENERAL) {
      this.general.push(c);
      if (ruling?.decision === 'accepted' && c.proposal !== null) {
        const prop = foldProposal(c.proposal);
        if (prop !== '' && !this.wholeNewText().includes(prop))
          this.check('accepted-not-reflected', 'warning', c, catalogue().revision.acceptedNowhere, null);
      }
      return;
    }
    // The section of the diff the comment is on: by the old draft, else (a key the old draft lacks) by the new one.
    const d =
      p.section !== null
        ? this.byOld.get(p.section.anchor.toLowerCase())
        : p.reason === 'removed'
          ? undefined
          : this.byNew.get(c.key.toLowerCase());
    if (!d) {
      const R = catalogue().revision;
      const why = p.reason === 'removed' && p.from ? R.removedFrom(p.from.anchor, p.from.draft) : R.inNeither(c.key);
      this.check('anchor-unknown', 'info', c, why, null);
      return;
    }
    const list = this.comments.get(d);
    if (list) list.push(c);
    else this.comments.set(d, [c]);
    if (p.section !== null) this.whereKeyLeads(p, p.section, c, d);
    this.decisionHeld(c, ruling?.decision, d);
  }

  /** Where the comment's key leads in the new draft. */
  private whereKeyLeads(p: Placed, section: Section, c: CommentRef, d: SectionDiff): void {
    const R = catalogue().revision;
    const status = catalogue().diff.statusCounts[d.status];
    if (p.file.draft !== null) {
      // The file names its draft: gopy collate carries the comment by itself; say where to, when that moved.
      const was = section.anchor;
      if (!d.new) this.check('anchor-gone', 'info', c, R.removedNew(was), d);
      else if (d.new.anchor.toLowerCase() !== was.toLowerCase())
        this.check('anchor-gone', 'info', c, R.carried(was, d.new.anchor, status, p.from?.draft ?? this.diff.old.stem), d);
      return;
    }
    // No `draft:`: the comment would be read against whatever draft the report is made on.
    const carry = R.carry(d.new?.anchor ?? '', this.diff.old.stem);
    const now = resolveKey(this.diff.new, c.key);
    if (now === null || now === GENERAL) this.check('anchor-gone', 'info', c, R.gone(c.key, d.new ? d.new.anchor : null, status, carry), d);
    else if (now.anchor.toLowerCase() !== d.new?.anchor.toLowerCase())
      this.check('anchor-shifted', 'warning', c, R.shifted(c.key, d.new ? d.new.anchor : null, carry), d);
  }

  /** Whether the new draft does what was decided. */
  private decisionHeld(c: CommentRef, decision: Ruling['decision'] | undefined, d: SectionDiff): void {
    if (decision === 'accepted' || decision === 'partial') {
      const problem = notReflected(c, decision, d, this.oldTree, this.newTree, this.statusOfNew, this.wholeNewText);
      if (problem !== null) this.check('accepted-not-reflected', 'warning', c, catalogue().revision.notReflected(decision, problem), d);
    } else if (decision === 'explained' && c.proposal !== null && d.new) {
      const prop = foldProposal(c.proposal);
      const before = d.old ? regionText(this.oldTree.region(d.old, () => 'unchanged')) : '';
      const after = regionText(this.newTree.region(d.new, this.statusOfNew, widens(c)));
      if (prop !== '' && after.includes(prop) && !before.includes(prop))
        this.check('explained-but-applied', 'info', c, catalogue().revision.explainedApplied, d);
    }
  }

  /** Changes no comment asked for. A section added under a section whose comment was taken in is that comment's doing. */
  drafting(): SectionDiff[] {
    const takenIn = (d: SectionDiff | undefined): boolean =>
      d ? (this.comments.get(d) ?? []).some((c) => c.decision === 'accepted' || c.decision === 'partial') : false;
    return this.diff.sections.filter((d) => {
      if (d.status === 'unchanged' || (this.comments.get(d)?.length ?? 0) > 0) return false;
      const parent = d.status === 'added' ? d.new?.parent : null;
      return !(parent && takenIn(this.byNew.get(parent.toLowerCase())));
    });
  }
}

function notReflected(
  c: CommentRef,
  decision: 'accepted' | 'partial',
  d: SectionDiff,
  oldTree: Tree,
  newTree: Tree,
  statusOfNew: (s: Section) => SectionStatus,
  wholeNewText: () => string,
): string | null {
  const prop = c.proposal === null ? '' : foldProposal(c.proposal);
  if (!d.new) {
    if (c.kind === 'delete') return null;
    if (prop !== '' && wholeNewText().includes(prop)) return null;
    return catalogue().revision.why.removed;
  }
  const region = newTree.region(d.new, statusOfNew, widens(c));
  const changed = d.status !== 'unchanged' || region.some((s) => statusOfNew(s) !== 'unchanged');
  if (!changed) return catalogue().revision.why.unchanged;
  const after = regionText(region);
  const quote = c.quote === null ? '' : foldProposal(c.quote);
  if (prop === '') {
    if (c.kind === 'delete' && quote !== '' && after.includes(quote)) return catalogue().revision.why.stillThere;
    return null;
  }
  if (after.includes(prop)) return null;
  if (decision === 'accepted') return catalogue().revision.why.notIn;
  // partial: the quoted words were changed, or some of the proposal's new words came in.
  if (quote !== '' && !after.includes(quote)) return null;
  const before = new Set(
    words(
      d.old
        ? oldTree
            .region(d.old, () => 'unchanged')
            .map(sectionText)
            .join('\n')
        : '',
    ),
  );
  const novel = words(c.proposal ?? '').filter((w) => !before.has(w));
  if (novel.length === 0) return null;
  const now = new Set(words(region.map(sectionText).join('\n')));
  return novel.some((w) => now.has(w)) ? null : catalogue().revision.why.partial;
}

/** Whether a comment may be taken in by a new sibling section: an addition, or a comment quoting nothing. */
function widens(c: CommentRef): boolean {
  return c.kind === 'add' || c.quote === null;
}

function commentRef(p: Placed, ruling: Ruling | null): CommentRef {
  const c = p.comment;
  return {
    id: c.id,
    key: c.key,
    file: c.file,
    line: c.line,
    column: c.column,
    delegate: p.file.delegate.name,
    organization: p.file.delegate.organization,
    kind: c.kind,
    text: c.text,
    quote: c.quote,
    proposal: c.proposal,
    decision: ruling?.decision ?? null,
    note: ruling?.note ?? null,
  };
}

function sectionText(s: Section): string {
  return s.kind === 'heading' ? `${s.title}\n${s.text}` : s.text;
}

const folded = new WeakMap<readonly Section[], string>();

/** A region's text, folded (cached: many comments share a region). */
function regionText(region: readonly Section[]): string {
  let t = folded.get(region);
  if (t === undefined) {
    t = fold(region.map(sectionText).join('\n'));
    folded.set(region, t);
  }
  return t;
}

function fold(text: string): string {
  return foldSpace(nfc(text)).toLowerCase();
}

/** A proposal or quote as looked for: folded, without surrounding punctuation. */
function foldProposal(text: string): string {
  return fold(text).replace(/^[\s.;,:!?…"'“”-]+|[\s.;,:!?…"'“”]+$/gu, '');
}

/** A draft's outline: sub-trees and the sections added after a section. */
class Tree {
  /** Lower-cased anchor -> index (the first, should a draft repeat one). */
  private readonly index = new Map<string, number>();
  private readonly parent: Int32Array;
  private readonly ends = new Map<number, number>();
  private readonly regions = new Map<number, Section[]>();

  constructor(private readonly sections: readonly Section[]) {
    const byAnchor = new Map<string, number>();
    sections.forEach((s, i) => {
      if (!this.index.has(s.anchor.toLowerCase())) this.index.set(s.anchor.toLowerCase(), i);
      if (!byAnchor.has(s.anchor)) byAnchor.set(s.anchor, i);
    });
    this.parent = new Int32Array(sections.length).fill(-1);
    sections.forEach((s, i) => {
      if (s.parent !== null) this.parent[i] = byAnchor.get(s.parent) ?? -1;
    });
  }

  private within(k: number, root: number): boolean {
    for (let p = this.parent[k] ?? -1, n = 0; p !== -1 && n < 64; p = this.parent[p] ?? -1, n++) if (p === root) return true;
    return false;
  }

  /** End (exclusive) of the sub-tree starting at i: sections are in document order. */
  private end(i: number): number {
    const known = this.ends.get(i);
    if (known !== undefined) return known;
    let k = i + 1;
    while (k < this.sections.length && this.within(k, i)) k++;
    this.ends.set(i, k);
    return k;
  }

  /** The section and its sub-tree, and (unless `siblings` is false) the sections added under the same parent, with theirs. */
  region(s: Section, status: (s: Section) => SectionStatus, siblings = true): Section[] {
    const i = this.index.get(s.anchor.toLowerCase());
    if (i === undefined) return [s];
    const key = siblings ? i : -1 - i;
    const known = this.regions.get(key);
    if (known) return known;
    const end = this.end(i);
    const out = this.sections.slice(i, end);
    if (!siblings) {
      this.regions.set(key, out);
      return out;
    }
    const parent = this.parent[i] ?? -1;
    // Siblings stand between the parent and the end of the parent's sub-tree.
    const from = parent === -1 ? 0 : parent + 1;
    const to = parent === -1 ? this.sections.length : this.end(parent);
    for (let k = from; k < to; k++) {
      const sib = this.sections[k];
      if (k >= i && k < end) continue;
      if (!sib || this.parent[k] !== parent || status(sib) !== 'added') continue;
      const e = this.end(k);
      out.push(...this.sections.slice(k, e));
      k = e - 1;
    }
    this.regions.set(key, out);
    return out;
  }
}
