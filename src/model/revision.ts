// What `diff --comments` finds: the comments on each changed section and the
// checks on them. Computed by validate/revision.ts, written by render/diff-*.

import type { SectionDiff, SectionStatus } from './diff.js';
import type { CommentKind, Decision } from './types.js';

export interface CommentRef {
  id: string;
  /** The anchor as written in the comment file. */
  key: string;
  file: string;
  line: number;
  column: number;
  delegate: string;
  organization: string | null;
  kind: CommentKind;
  text: string;
  quote: string | null;
  proposal: string | null;
  decision: Decision | null;
  note: string | null;
}

export type CheckKind = 'accepted-not-reflected' | 'explained-but-applied' | 'anchor-gone' | 'anchor-shifted' | 'anchor-unknown';

export interface RevisionCheck {
  kind: CheckKind;
  severity: 'warning' | 'info';
  comment: CommentRef;
  /** What was found, in words. */
  message: string;
  /** The section the comment is on, as it stands in each draft. */
  oldAnchor: string | null;
  newAnchor: string | null;
  status: SectionStatus | null;
}

export interface Revision {
  /** Comments on each section of the diff (keyed by the SectionDiff). */
  comments: Map<SectionDiff, CommentRef[]>;
  /** Comments on the draft as a whole. */
  general: CommentRef[];
  checks: RevisionCheck[];
  /** Sections changed without any comment on them (drafting changes). */
  drafting: SectionDiff[];
}
