// Placement (contract §1, §3): which section every comment belongs to. One
// function for check, status, collate, export and diff --comments, so they
// never disagree about where a comment stands.
//
// A comment belongs to the draft its file names (`draft:`, matched by file
// stem or front-matter version); a file without `draft:` (or naming a draft
// that is not there) is read against the report draft. The comment's key is
// looked up in that draft only (an anchor, else a section's citation). When
// that draft is not the report draft, the section is carried to the report
// draft through the section matching of `gopy diff` (model/diff.ts), directly
// from the delegate's draft to the report draft. A section with no
// counterpart there (removed, merged away) leaves the comment unplaced with
// reason `removed`; it is never put on whatever section now has its anchor.
//
// Pure: the problems found are returned as data; validate/place.ts words them.

import { normalizeCitation } from './citation.js';
import { counterparts } from './diff.js';
import { closest, foldSpace } from './text.js';
import { GENERAL } from './types.js';
import type { Comment, CommentFile, Draft, Origin, Placed, Section } from './types.js';

/** Something a draft can be named by: file stem, file name, front-matter version. */
export interface Named {
  file: string;
  stem: string;
  version: string | null;
}

/** A draft named as `draft:` or `--draft` names one: by file stem, file name or version, case-insensitively. */
export function findByName<T extends Named>(drafts: readonly T[], name: string): T | null {
  const n = name.trim().toLowerCase();
  if (n === '') return null;
  return (
    drafts.find((d) => d.stem.toLowerCase() === n) ??
    drafts.find((d) => d.file.toLowerCase().endsWith(`/${n}`)) ??
    drafts.find((d) => d.version !== null && d.version.toLowerCase() === n) ??
    null
  );
}

export type PlacementIssue =
  /** The key names no section of the draft the delegate read. */
  | { kind: 'unknown-anchor'; comment: Comment; draft: Draft; hint: string | null; carried: boolean }
  /** The quote is not in the section of the draft the delegate read. */
  | { kind: 'quote-not-found'; comment: Comment; draft: Draft; section: Section; carried: boolean }
  /** The section has no counterpart in the report draft. */
  | { kind: 'removed'; comment: Comment; draft: Draft; section: Section; report: Draft }
  /** The file names no draft while drafts/ holds several versions: read against the report draft. */
  | { kind: 'draft-unspecified'; file: CommentFile; assumed: Draft }
  /** The file names a draft that is not there: read against the report draft. */
  | { kind: 'unknown-draft'; file: CommentFile; assumed: Draft };

export interface PlacementInput {
  /** The draft the report is made on; null when there is none (every comment then unplaced, no issues). */
  report: Draft | null;
  /** The drafts comment files may name (drafts/, parsed); the report draft may be among them. */
  drafts: readonly Draft[];
  files: readonly CommentFile[];
  /** How many versions drafts/ holds (default: drafts.length); more than one makes a missing `draft:` a warning. */
  versions?: number;
}

export interface Placement {
  placed: Placed[];
  issues: PlacementIssue[];
}

export function placeAll(input: PlacementInput): Placement {
  const { report } = input;
  const versions = input.versions ?? input.drafts.length;
  const placed: Placed[] = [];
  const issues: PlacementIssue[] = [];
  const carriers = new Map<Draft, Map<Section, Section | null>>();
  const carrier = (from: Draft, to: Draft): Map<Section, Section | null> => {
    let m = carriers.get(from);
    if (!m) {
      const pairs = counterparts(from, to);
      m = new Map(from.sections.map((s, i) => [s, pairs[i] ?? null]));
      carriers.set(from, m);
    }
    return m;
  };
  // One warning per key as written (however many comments stand under it); hints once per distinct key.
  const warned = new Set<string>();
  const foldedText = new Map<Section, string>();

  for (const file of input.files) {
    const own = draftOf(file, input.drafts, report, versions, issues);
    const carried = own !== null && report !== null && own !== report && own.file !== report.file;
    for (const comment of file.comments) {
      if (!own || !report) {
        placed.push({ comment, file, section: null, reason: 'unknown-anchor' });
        continue;
      }
      const at = resolveKey(own, comment.key);
      const origin = (s: Section | typeof GENERAL | null): Origin => ({
        draft: own.stem,
        version: own.version,
        anchor: s === null ? comment.key : s === GENERAL ? GENERAL : s.anchor,
        code: s === null || s === GENERAL ? '' : citationOf(s),
      });
      const once = (kind: string): boolean => {
        const where = `${kind}\u0000${comment.file}:${comment.keyLine}:${comment.keyColumn}`;
        if (warned.has(where)) return false;
        warned.add(where);
        return true;
      };
      if (at === null) {
        placed.push({ comment, file, section: null, reason: 'unknown-anchor', ...(carried ? { from: origin(null) } : {}) });
        if (once('unknown')) issues.push({ kind: 'unknown-anchor', comment, draft: own, hint: hintFor(own, comment.key), carried });
        continue;
      }
      if (at !== GENERAL && comment.quote && !quoted(at, comment.quote, foldedText)) {
        issues.push({ kind: 'quote-not-found', comment, draft: own, section: at, carried });
      }
      if (!carried) {
        placed.push({ comment, file, section: at });
        continue;
      }
      const target = at === GENERAL ? GENERAL : (carrier(own, report).get(at) ?? null);
      if (target === null) {
        placed.push({ comment, file, section: null, reason: 'removed', from: origin(at) });
        if (at !== GENERAL && once('removed')) issues.push({ kind: 'removed', comment, draft: own, section: at, report });
      } else placed.push({ comment, file, section: target, from: origin(at) });
    }
  }
  return { placed, issues };
}

/** The draft a comment file was read against (contract §1), noting the warnings that choice gives. */
function draftOf(
  file: CommentFile,
  drafts: readonly Draft[],
  report: Draft | null,
  versions: number,
  issues: PlacementIssue[],
): Draft | null {
  // No report draft: nothing can be placed, and the missing draft is the one problem to report.
  if (report === null) return null;
  if (file.draft === null) {
    if (versions > 1 && file.comments.length > 0) issues.push({ kind: 'draft-unspecified', file, assumed: report });
    return report;
  }
  const named = findByName([named_(report)], file.draft) ? report : findByName(drafts.map(named_), file.draft)?.draft;
  // The report draft may have been read twice (as --draft and from drafts/): one object, so sections compare as equal.
  if (named) return named.file === report.file ? report : named;
  issues.push({ kind: 'unknown-draft', file, assumed: report });
  return report;
}

function named_(d: Draft): Named & { draft: Draft } {
  return { file: d.file, stem: d.stem, version: d.version === '' ? null : d.version, draft: d };
}

/** A section's citation (contract §6 `code`). */
export function citationOf(s: Section): string {
  return s.code;
}

interface KeyIndex {
  anchors: Map<string, Section>;
  /** Canonical citation (model/citation.ts) -> the sections cited so. */
  citations: Map<string, Section[]>;
  /** What "did you mean" chooses from: every anchor and every citation. */
  names: string[];
  hints: Map<string, string | null>;
}
const keyIndexes = new WeakMap<Draft, KeyIndex>();

function keyIndex(draft: Draft): KeyIndex {
  let idx = keyIndexes.get(draft);
  if (!idx) {
    const anchors = new Map<string, Section>();
    const citations = new Map<string, Section[]>();
    for (const s of draft.sections) {
      if (!anchors.has(s.anchor.toLowerCase())) anchors.set(s.anchor.toLowerCase(), s);
      const c = normalizeCitation(s.code);
      if (c === '') continue;
      const list = citations.get(c);
      if (list) list.push(s);
      else citations.set(c, [s]);
    }
    const names = [...draft.sections.map((s) => s.anchor), ...draft.sections.map((s) => s.code).filter((c) => c !== '')];
    idx = { anchors, citations, names, hints: new Map() };
    keyIndexes.set(draft, idx);
  }
  return idx;
}

/**
 * The section a key names in a draft (contract §3): `general`; an anchor
 * (case-insensitive), which always wins; else a citation as the report gives
 * it ("II.2.1", "Điều 5", "khoản 2 Điều 3", "Điều 3.2", after "Mục"/"Điểm"
 * or not) that exactly one section has; else null.
 */
export function resolveKey(draft: Draft, key: string): Section | typeof GENERAL | null {
  const k = key.toLowerCase();
  if (k === GENERAL) return GENERAL;
  const idx = keyIndex(draft);
  const byAnchor = idx.anchors.get(k);
  if (byAnchor) return byAnchor;
  const cited = idx.citations.get(normalizeCitation(key));
  return cited?.length === 1 ? (cited[0] ?? null) : null;
}

/** "Did you mean" for a key that names no section of the draft: the nearest anchor or citation. */
export function hintFor(draft: Draft, key: string): string | null {
  const idx = keyIndex(draft);
  let hint = idx.hints.get(key);
  if (hint === undefined) {
    hint = closest(key, idx.names);
    idx.hints.set(key, hint);
  }
  return hint;
}

function quoted(s: Section, quote: string, cache: Map<Section, string>): boolean {
  let text = cache.get(s);
  if (text === undefined) {
    text = foldSpace(`${s.title}\n${s.text}`);
    cache.set(s, text);
  }
  return text.includes(foldSpace(quote));
}
