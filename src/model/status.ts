// Where a consultation stands (gopy status), as data: who has not sent
// comments, comments and pending decisions per section, decisions by kind,
// points referred to the meeting, days left until it. Built on the same
// Synthesis the report uses, so the numbers agree with the report.

import { daysBetween, isoDate, parseCalendarDate } from './dates.js';
import type { CalendarDate } from './dates.js';
import type { DecisionCounts, Synthesis, SynthComment } from './synthesis.js';
import { headingText } from './synthesis.js';
import { slugify } from './text.js';
import { GENERAL } from './types.js';
import type { CommentFile, CommentKind, Draft, ExpectedDelegate } from './types.js';

export interface StatusSection {
  anchor: string;
  number: string;
  /** The number with the enclosing sections' numbers ("II.2"); "" when none. */
  path: string;
  title: string;
  /** Label and title as the draft shows them ("II. MỤC TIÊU"); the general part's title; "" for an unknown anchor. */
  heading: string;
  /** True for comments on an anchor the draft does not have. */
  unknown: boolean;
  comments: number;
  pending: number;
}

export interface StatusDelegate {
  name: string;
  organization: string | null;
  /** The comment file: as expected in gopy.yaml (missing ones) or as found (others); null when none is named. */
  file: string | null;
}

export interface Status {
  schema: 'gopy/status@1';
  today: string;
  draft: { file: string; title: string; version: string };
  meeting: { name: string | null; date: string | null; daysLeft: number | null };
  delegates: {
    /** Delegates listed under `delegates:` in gopy.yaml. */
    expected: number;
    /** Comment files with at least one comment. */
    sent: number;
    /** Expected delegates with no comment file, or only an empty one. */
    missing: (StatusDelegate & { reason: 'no-file' | 'empty' })[];
    /** Comment files with no comments yet (a blank form). */
    empty: StatusDelegate[];
    /** Comment files from delegates not in the list (only when there is a list). */
    unlisted: StatusDelegate[];
  };
  comments: { total: number; unplaced: number };
  kinds: Record<CommentKind, number>;
  decisions: DecisionCounts;
  /** Sections that received comments, in draft order (general first, unknown anchors last). */
  sections: StatusSection[];
  pending: { total: number; sections: StatusSection[] };
  referred: {
    no: number;
    id: string;
    anchor: string;
    path: string;
    heading: string;
    delegate: string;
    text: string;
    note: string | null;
  }[];
}

export interface StatusInput {
  draft: Draft;
  synthesis: Synthesis;
  files: readonly CommentFile[];
  expected: readonly ExpectedDelegate[];
  meeting: { name: string | null; date: string | null };
  today: CalendarDate;
}

const indexes = new WeakMap<Draft, Map<string, Draft['sections'][number]>>();

/** A section's citation (model/citation.ts), "" for the draft as a whole or an anchor it does not have. */
function codeOf(draft: Draft, anchor: string): string {
  let byAnchor = indexes.get(draft);
  if (!byAnchor) {
    byAnchor = new Map(draft.sections.map((x) => [x.anchor, x]));
    indexes.set(draft, byAnchor);
  }
  return byAnchor.get(anchor)?.code ?? '';
}

function stem(file: string): string {
  const base = file.slice(file.replace(/\\/gu, '/').lastIndexOf('/') + 1);
  return base.replace(/\.ya?ml$/iu, '').toLowerCase();
}

/** Whether a comment file is the one from an expected delegate: by file name, by name, or by organisation for a delegation. */
export function isFrom(e: ExpectedDelegate, f: CommentFile): boolean {
  const same = (a: string | null, b: string | null): boolean => a !== null && b !== null && slugify(a) !== '' && slugify(a) === slugify(b);
  if (e.file !== null) return stem(e.file) === f.stem.toLowerCase();
  if (same(e.name, f.delegate.name) || slugify(e.name) === f.stem.toLowerCase()) return true;
  return (
    e.organization !== null &&
    e.name === e.organization &&
    (same(e.organization, f.delegate.organization) || same(e.organization, f.delegate.name))
  );
}

export function buildStatus(input: StatusInput): Status {
  const { synthesis: s, files } = input;
  const who = (f: CommentFile): StatusDelegate => ({ name: f.delegate.name, organization: f.delegate.organization, file: f.file });

  const missing: Status['delegates']['missing'] = [];
  const matched = new Set<CommentFile>();
  for (const e of input.expected) {
    const mine = files.filter((f) => isFrom(e, f));
    for (const f of mine) matched.add(f);
    if (mine.some((f) => f.comments.length > 0)) continue;
    missing.push({
      name: e.name,
      organization: e.organization,
      file: mine[0]?.file ?? e.file,
      reason: mine.length > 0 ? 'empty' : 'no-file',
    });
  }
  const unlisted = input.expected.length > 0 ? files.filter((f) => !matched.has(f) && f.comments.length > 0).map(who) : [];

  const row = (
    anchor: string,
    number: string,
    title: string,
    heading: string,
    unknown: boolean,
    comments: readonly SynthComment[],
  ): StatusSection => ({
    anchor,
    number,
    path: unknown ? '' : codeOf(input.draft, anchor),
    title,
    heading,
    unknown,
    comments: comments.length,
    pending: comments.filter((c) => c.decision === null).length,
  });
  const sections = s.sections.map((sec) =>
    row(sec.anchor, sec.number, sec.title, sec.anchor === GENERAL ? sec.title : headingText(sec), false, sec.comments),
  );
  const unknownKeys = new Map<string, SynthComment[]>();
  for (const c of s.unplaced) unknownKeys.set(c.anchor, [...(unknownKeys.get(c.anchor) ?? []), c]);
  for (const [anchor, list] of unknownKeys) sections.push(row(anchor, '', '', '', true, list));

  const headingOf = new Map<number, string>();
  for (const sec of s.sections) for (const c of sec.comments) headingOf.set(c.no, sec.anchor === GENERAL ? sec.title : headingText(sec));

  const meetingDate = input.meeting.date === null ? null : parseCalendarDate(input.meeting.date);
  const pendingSections = sections.filter((x) => x.pending > 0);
  return {
    schema: 'gopy/status@1',
    today: isoDate(input.today),
    draft: { file: s.draft.file, title: s.draft.title, version: s.draft.version },
    meeting: {
      name: input.meeting.name,
      date: meetingDate ? isoDate(meetingDate) : input.meeting.date,
      daysLeft: meetingDate ? daysBetween(input.today, meetingDate) : null,
    },
    delegates: {
      expected: input.expected.length,
      sent: files.filter((f) => f.comments.length > 0).length,
      missing,
      empty: files.filter((f) => f.comments.length === 0).map(who),
      unlisted,
    },
    comments: { total: s.summary.comments, unplaced: s.summary.unplaced },
    kinds: s.summary.kinds,
    decisions: s.summary.decisions,
    sections,
    pending: { total: s.summary.decisions.pending, sections: pendingSections },
    referred: s.referred.map((c) => ({
      no: c.no,
      id: c.id,
      anchor: c.anchor,
      path: codeOf(input.draft, c.anchor),
      heading: headingOf.get(c.no) ?? '',
      delegate: c.delegate.name,
      text: c.text,
      note: c.note,
    })),
  };
}
