// The data that flows through the pipeline: load produces Draft, CommentFile
// and ResponseFile; model turns them into a Synthesis; render prints it.

export type Lang = 'vi' | 'en';

export interface Section {
  /** The anchor as the draft spells it (explicit `{#id}` or automatic). */
  anchor: string;
  /** Numbering label without trailing `.` or `)`: "II", "2.1", "a", "Điều 3"; "" when none. */
  number: string;
  /** The label as the draft shows it ("II.", "a)", "Điều 3."); "" when none. */
  label: string;
  title: string;
  /** 1-based line of the heading or list item in the draft file. */
  line: number;
  /** Anchor of the enclosing section, or null at the top. */
  parent: string | null;
  kind: 'heading' | 'item';
  /** Heading depth 1–6; for list items, the depth of the enclosing heading + 1 + nesting. */
  depth: number;
  explicit: boolean;
  /** The section's own text (NFC), block by block joined with "\n". */
  text: string;
  /** The full citation, unique in the draft ("II.2.3", "khoản 2 Điều 3"): see model/citation.ts. */
  code: string;
}

export interface Draft {
  /** Path relative to the workspace, forward slashes. */
  file: string;
  /** File name without extension. */
  stem: string;
  /** Front matter values as loaded (strings, or nested data). */
  frontMatter: Record<string, unknown>;
  title: string;
  version: string;
  date: string;
  sections: Section[];
}

export const COMMENT_KINDS = ['agree', 'amend', 'add', 'delete', 'question', 'other'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export const DECISIONS = ['accepted', 'partial', 'explained', 'noted', 'referred'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface Delegate {
  name: string;
  title: string | null;
  organization: string | null;
  group: string | null;
}

export interface Comment {
  id: string;
  /** The anchor key as written in the comment file. */
  key: string;
  kind: CommentKind;
  text: string;
  quote: string | null;
  proposal: string | null;
  file: string;
  line: number;
  column: number;
  /** Place of the anchor key the comment stands under. */
  keyLine: number;
  keyColumn: number;
  /** Place of the `quote:` value, for messages. */
  quoteLine?: number;
  quoteColumn?: number;
}

export interface CommentFile {
  file: string;
  stem: string;
  delegate: Delegate;
  draft: string | null;
  draftLine?: number;
  draftColumn?: number;
  date: string | null;
  comments: Comment[];
}

export interface ResponseEntry {
  file: string;
  line: number;
  column: number;
  /** The anchor key the entry stands under. */
  key: string;
  /** Comment ids, each with its place; or 'all'. */
  to: { id: string; line: number; column: number }[] | 'all';
  decision: Decision;
  note: string | null;
}

export interface ResponseFile {
  file: string;
  entries: ResponseEntry[];
}

/**
 * gopy.yaml as read: every field is text as written (trimmed; null when not
 * set or blank). A field given as one line where a mapping may stand
 * (`issuer: TỈNH ỦY`, `meeting: Hội nghị …`) is its name.
 */
export interface Settings {
  title: string | null;
  subtitle: string | null;
  lang: Lang | null;
  issuer: { name: string | null; parent: string | null };
  number: string | null;
  place: string | null;
  date: string | null;
  meeting: { name: string | null; date: string | null };
  recipients: string[];
  signer: { onBehalf: string | null; title: string | null; name: string | null };
  /** The report's own opening and closing paragraphs, in place of the usual ones. */
  opening: string | null;
  closing: string | null;
  /** The delegates asked for comments (`delegates:`). */
  delegates: ExpectedDelegate[];
}

/** An expected delegate from gopy.yaml's `delegates:` (a name, or a mapping). */
export interface ExpectedDelegate {
  /** The name; for a delegation given only by `organization:`, that organisation. */
  name: string;
  title: string | null;
  organization: string | null;
  group: string | null;
  /** The comment file expected for this delegate, as written in gopy.yaml. */
  file: string | null;
}

/** The reserved anchor that means the draft as a whole. */
export const GENERAL = 'general';

/** Why a comment has no section in the report draft. */
export type UnplacedReason = 'unknown-anchor' | 'removed';

/** Where a carried comment stood in the draft its delegate read (contract §6 `from`). */
export interface Origin {
  /** The draft's file stem ("du-thao-1"). */
  draft: string;
  /** Its front-matter version, "" when none. */
  version: string;
  /** The section's anchor there (the key as written when it named none); "general" for the whole draft. */
  anchor: string;
  /** The section's citation there; "" for general or an unknown key. */
  code: string;
}

/**
 * A comment and where it landed in the report draft: a section, the draft as
 * a whole, or nowhere (`reason` says why). `from` is set when the comment was
 * read against another draft and carried (see model/placement.ts).
 */
export interface Placed {
  comment: Comment;
  file: CommentFile;
  section: Section | typeof GENERAL | null;
  reason?: UnplacedReason;
  from?: Origin;
}

/** The secretariat's decision on one comment, and the entry that gave it. */
export interface Ruling {
  decision: Decision;
  note: string | null;
  entry: ResponseEntry;
}
