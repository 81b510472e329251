// Places each comment (model/placement.ts) and words what placing found as
// positioned messages. A comment on an anchor its draft lacks, or whose
// section left the report draft, is never dropped: it is kept as unplaced,
// with a warning.

import { words } from '../i18n/index.js';
import { message, oneLineMessages } from '../messages.js';
import type { Message } from '../messages.js';
import { placeAll } from '../model/placement.js';
import type { PlacementInput, PlacementIssue } from '../model/placement.js';
import type { CommentFile, Draft, Placed, Section } from '../model/types.js';

export type { Placed } from '../model/types.js';

export function sectionIndex(draft: Draft | null): Map<string, Section> {
  const index = new Map<string, Section>();
  for (const s of draft?.sections ?? []) if (!index.has(s.anchor.toLowerCase())) index.set(s.anchor.toLowerCase(), s);
  return index;
}

/** Every comment read against one draft (no other versions). */
export function placeComments(draft: Draft | null, files: readonly CommentFile[]): { placed: Placed[]; messages: Message[] } {
  return placeConsultation({ report: draft, drafts: draft ? [draft] : [], files });
}

/** Every comment read against its own draft and carried to the report draft. */
export function placeConsultation(input: PlacementInput): { placed: Placed[]; messages: Message[] } {
  const messages: Message[] = [];
  const stems = new Map<string, string>();
  for (const file of input.files) {
    const other = stems.get(file.stem.toLowerCase());
    if (other !== undefined) {
      messages.push(
        message({ file: file.file, line: 0, column: 0 }, 'error', 'duplicate-file-name', words().messages.duplicateFileName(other)),
      );
    } else stems.set(file.stem.toLowerCase(), file.file);
  }
  const { placed, issues } = placeAll(input);
  for (const issue of issues) messages.push(issueMessage(issue));
  return { placed, messages: oneLineMessages(messages) };
}

/** How a draft is named in messages: its file stem, with the version when it has one. */
function draftName(d: Draft): string {
  return words().messages.draftName(d.stem, d.version);
}

function issueMessage(issue: PlacementIssue): Message {
  switch (issue.kind) {
    case 'unknown-anchor': {
      const c = issue.comment;
      const text = issue.carried
        ? words().messages.unknownAnchorIn(c.key, issue.hint, draftName(issue.draft))
        : words().messages.unknownAnchor(c.key, issue.hint);
      return message({ file: c.file, line: c.keyLine, column: c.keyColumn }, 'warning', 'unknown-anchor', text);
    }
    case 'quote-not-found': {
      const c = issue.comment;
      const text = issue.carried
        ? words().messages.quoteNotFoundIn(issue.section.anchor, draftName(issue.draft))
        : words().messages.quoteNotFound(issue.section.anchor);
      return message({ file: c.file, line: c.quoteLine ?? c.line, column: c.quoteColumn ?? c.column }, 'warning', 'quote-not-found', text);
    }
    case 'removed': {
      const c = issue.comment;
      return message(
        { file: c.file, line: c.keyLine, column: c.keyColumn },
        'warning',
        'section-removed',
        words().messages.sectionRemoved(issue.section.anchor, draftName(issue.draft), draftName(issue.report)),
      );
    }
    case 'draft-unspecified':
      return message(
        { file: issue.file.file, line: 1, column: 1 },
        'warning',
        'draft-unspecified',
        words().messages.draftUnspecified(draftName(issue.assumed), issue.assumed.stem),
      );
    case 'unknown-draft': {
      const f = issue.file;
      return message(
        { file: f.file, line: f.draftLine ?? 1, column: f.draftColumn ?? 1 },
        'warning',
        'unknown-draft',
        words().messages.unknownDraft(f.draft ?? '', issue.assumed.file),
      );
    }
  }
}
