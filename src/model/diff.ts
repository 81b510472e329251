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

import { matchSections, normalised, placeChanges } from './matching.js';
import type { MatchedBy } from './matching.js';
import { countWords } from './tokenize.js';
import type { Draft, Section } from './types.js';
import { changedWords, diffText } from './word-diff.js';
import type { Change } from './word-diff.js';

export type { Change, ChangeOp } from './word-diff.js';
export type { MatchedBy } from './matching.js';
export { counterparts, longestIncreasing } from './matching.js';
export { diffText, rebuild } from './word-diff.js';

export const STATUSES = ['added', 'removed', 'modified', 'renamed', 'moved', 'unchanged'] as const;
export type SectionStatus = (typeof STATUSES)[number];

/** What differs between two paired sections. */
export type Aspect = 'anchor' | 'place' | 'title' | 'text' | 'number';

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

export function isChanged(d: SectionDiff): boolean {
  return d.status !== 'unchanged';
}

/** Whether two drafts differ at all (diff --exit-code). */
export function differs(diff: DraftDiff): boolean {
  return diff.sections.some(isChanged);
}

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

// ---- pairs -------------------------------------------------------------------

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
