// The synthesis report as data: every comment exactly once, numbered 1…N
// through general comments, the draft's sections in order, then unplaced.
// All renderers (md, json, html, docx, csv) read this one model.

import { COMMENT_KINDS, DECISIONS, GENERAL } from './types.js';
import type {
  CommentFile,
  CommentKind,
  Decision,
  Delegate,
  Draft,
  Lang,
  Origin,
  Placed,
  Ruling,
  Section,
  Settings,
  UnplacedReason,
} from './types.js';
import { byCodePoint, closest } from './text.js';

export interface SynthComment {
  no: number;
  id: string;
  anchor: string;
  delegate: Delegate;
  kind: CommentKind;
  text: string;
  quote: string | null;
  proposal: string | null;
  decision: Decision | null;
  note: string | null;
  /** The response entry that gave the decision ("file:line:column"), so that one decision shows once for the comments it covers; null when pending. */
  decidedBy: string | null;
  /** For a comment on an anchor the draft does not have: the citation of the closest section, if any ("II.2.3"). */
  maybe: string | null;
  file: string;
  line: number;
  /** Where the comment stood in the draft its delegate read, when that is not the report draft. */
  from?: Origin;
  /** Why an unplaced comment has no section in the report draft. */
  reason?: UnplacedReason;
}

export interface SynthSection {
  anchor: string;
  number: string;
  /** The full citation ("II.2.3"; "" for general comments): see model/citation.ts. */
  code: string;
  /** The numbering label as the draft shows it ("II.", "a)"); "" when none. */
  label: string;
  title: string;
  line: number;
  depth: number;
  /** The enclosing sections as the draft shows them ("II. MỤC TIÊU › 2. Mục tiêu cụ thể"). */
  context: string;
  comments: SynthComment[];
}

export type DecisionCounts = Record<Decision | 'pending', number>;

export interface Summary {
  delegates: number;
  comments: number;
  decisions: DecisionCounts;
  kinds: Record<CommentKind, number>;
  groups: { group: string | null; delegates: number; comments: number }[];
  mostCommented: { anchor: string; number: string; code: string; label: string; title: string; comments: number }[];
  onlyAgree: Delegate[];
  unplaced: number;
  /** Delegates asked (listed in gopy.yaml) and those of them who did not reply; null when gopy.yaml lists none. */
  asked: { count: number; missing: string[] } | null;
}

export interface Synthesis {
  lang: Lang;
  settings: Settings;
  draft: { file: string; stem: string; title: string; version: string; date: string };
  summary: Summary;
  sections: SynthSection[];
  unplaced: SynthComment[];
  /** Comments whose decision is `referred`, for the meeting's own part. */
  referred: SynthComment[];
}

const collator = new Intl.Collator('vi');

export function buildSynthesis(input: {
  draft: Draft;
  files: readonly CommentFile[];
  placed: readonly Placed[];
  rulings: ReadonlyMap<string, Ruling>;
  settings: Settings;
  lang: Lang;
  /** Delegates asked, from gopy.yaml, and the names of those who sent no comment. */
  asked?: { count: number; missing: string[] } | null;
}): Synthesis {
  const { draft } = input;
  const { general, bySection, unplacedIn } = byPlace(inFileOrder(input.files, input.placed));
  const number = numberer(input.rulings);

  const sections: SynthSection[] = [];
  if (general.length > 0) {
    sections.push({
      anchor: GENERAL,
      number: '',
      code: '',
      label: '',
      // Named by the renderers, in the report's language (render/general.ts).
      title: '',
      line: 0,
      depth: 0,
      context: '',
      comments: general.map((p) => number(p, GENERAL)),
    });
  }
  const byAnchor = new Map(draft.sections.map((s) => [s.anchor, s]));
  for (const s of draft.sections) {
    const list = bySection.get(s.anchor);
    if (!list) continue;
    sections.push({
      anchor: s.anchor,
      number: s.number,
      code: s.code,
      label: s.label,
      title: s.title,
      line: s.line,
      depth: s.depth,
      context: contextOf(s, byAnchor),
      comments: list.map((p) => number(p, s.anchor)),
    });
  }
  const guess = guesser(draft, byAnchor);
  // A guess from the report draft fits only a key written on it: a carried comment's key belongs to another draft.
  const unplaced = unplacedIn.map((p) => number(p, p.comment.key, p.from ? null : guess(p.comment.key)));
  const all = [...sections.flatMap((s) => s.comments), ...unplaced];

  return {
    lang: input.lang,
    settings: input.settings,
    draft: { file: draft.file, stem: draft.stem, title: draft.title, version: draft.version, date: draft.date },
    summary: { ...summarise(input.files, all, sections, unplaced.length), asked: input.asked ?? null },
    sections,
    unplaced,
    referred: all.filter((c) => c.decision === 'referred'),
  };
}

/** Contract order: files by path (code points), then as they stand in the file. */
function inFileOrder(files: readonly CommentFile[], placed: readonly Placed[]): Placed[] {
  const fileOrder = new Map([...files].sort((a, b) => byCodePoint(a.file, b.file)).map((f, i) => [f.file, i]));
  const ranked = placed.map((p, i) => ({ p, i, rank: fileOrder.get(p.file.file) ?? 0 }));
  // The loader already lists files in that order: sort only when they are not.
  if (ranked.some((x, k) => k > 0 && (ranked[k - 1]?.rank ?? 0) > x.rank)) ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.map((x) => x.p);
}

function byPlace(ordered: readonly Placed[]): { general: Placed[]; bySection: Map<string, Placed[]>; unplacedIn: Placed[] } {
  const general: Placed[] = [];
  const bySection = new Map<string, Placed[]>();
  const unplacedIn: Placed[] = [];
  for (const p of ordered) {
    if (p.section === GENERAL) general.push(p);
    else if (p.section === null) unplacedIn.push(p);
    else {
      const list = bySection.get(p.section.anchor);
      if (list) list.push(p);
      else bySection.set(p.section.anchor, [p]);
    }
  }
  return { general, bySection, unplacedIn };
}

/** Numbers comments 1, 2, 3 … in the order it is called, with their decisions. */
function numberer(rulings: ReadonlyMap<string, Ruling>): (p: Placed, anchor: string, maybe?: string | null) => SynthComment {
  let no = 0;
  return (p, anchor, maybe = null) => {
    const r = rulings.get(p.comment.id);
    const c: SynthComment = {
      no: ++no,
      id: p.comment.id,
      anchor,
      delegate: p.file.delegate,
      kind: p.comment.kind,
      text: p.comment.text,
      quote: p.comment.quote,
      proposal: p.comment.proposal,
      decision: r?.decision ?? null,
      note: r?.note ?? null,
      decidedBy: r ? `${r.entry.file}:${r.entry.line}:${r.entry.column}` : null,
      maybe,
      file: p.comment.file,
      line: p.comment.line,
    };
    if (p.from) c.from = p.from;
    if (p.section === null) c.reason = p.reason ?? 'unknown-anchor';
    return c;
  };
}

/** The headings enclosing a section, outermost first, joined with " › ". */
function contextOf(s: Section, byAnchor: ReadonlyMap<string, Section>): string {
  const chain: string[] = [];
  for (
    let p = s.parent === null ? undefined : byAnchor.get(s.parent);
    p && chain.length < 12;
    p = p.parent === null ? undefined : byAnchor.get(p.parent)
  ) {
    chain.unshift(headingText(p));
  }
  return chain.join(' › ');
}

/** For a key the draft does not have: the citation of the closest anchor's section, remembered per key. */
function guesser(draft: Draft, byAnchor: ReadonlyMap<string, Section>): (key: string) => string | null {
  const anchors = draft.sections.map((x) => x.anchor);
  const guesses = new Map<string, string | null>();
  return (key) => {
    let g = guesses.get(key);
    if (g === undefined) {
      const near = closest(key.trim(), anchors);
      const sec = near === null ? undefined : byAnchor.get(near);
      g = sec ? sec.code || headingText(sec) : null;
      guesses.set(key, g);
    }
    return g;
  };
}

function summarise(files: readonly CommentFile[], all: SynthComment[], sections: SynthSection[], unplaced: number): Omit<Summary, 'asked'> {
  const decisions = Object.fromEntries([...DECISIONS, 'pending'].map((d) => [d, 0])) as DecisionCounts;
  const kinds = Object.fromEntries(COMMENT_KINDS.map((k) => [k, 0])) as Record<CommentKind, number>;
  for (const c of all) {
    decisions[c.decision ?? 'pending']++;
    kinds[c.kind]++;
  }
  const groups = new Map<string | null, { delegates: number; comments: number }>();
  for (const f of files) {
    const g = groups.get(f.delegate.group) ?? { delegates: 0, comments: 0 };
    g.delegates++;
    g.comments += f.comments.length;
    groups.set(f.delegate.group, g);
  }
  // A "most commented" list says something only about sections with more than one comment.
  const mostCommented = sections
    .filter((s) => s.anchor !== GENERAL && s.comments.length > 1)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.comments.length - a.s.comments.length || a.i - b.i)
    .slice(0, 5)
    .map(({ s }) => ({ anchor: s.anchor, number: s.number, code: s.code, label: s.label, title: s.title, comments: s.comments.length }));
  const onlyAgree = files
    .filter((f) => f.comments.length > 0 && f.comments.every((c) => c.kind === 'agree'))
    .map((f) => f.delegate)
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    delegates: files.length,
    comments: all.length,
    decisions,
    kinds,
    groups: [...groups.entries()]
      .map(([group, v]) => ({ group, ...v }))
      .sort((a, b) => (a.group === null ? 1 : b.group === null ? -1 : collator.compare(a.group, b.group))),
    mostCommented,
    onlyAgree,
    unplaced,
  };
}

/** A section's heading as the draft shows it: label and title. */
export function headingText(s: { label: string; title: string }): string {
  return [s.label, s.title].filter((x) => x !== '').join(' ');
}
