// Places each comment in a section of the draft. A comment on an anchor the
// draft lacks is never dropped: it is kept as unplaced, with a warning.

import { words } from '../i18n/index.js';
import { message, oneLineMessages } from '../messages.js';
import type { Message } from '../messages.js';
import { GENERAL } from '../model/types.js';
import type { CommentFile, Draft, Placed, Section } from '../model/types.js';
import { closest, foldSpace } from '../model/text.js';

export { GENERAL } from '../model/types.js';
export type { Placed } from '../model/types.js';

export function sectionIndex(draft: Draft | null): Map<string, Section> {
  const index = new Map<string, Section>();
  for (const s of draft?.sections ?? []) if (!index.has(s.anchor.toLowerCase())) index.set(s.anchor.toLowerCase(), s);
  return index;
}

export function placeComments(draft: Draft | null, files: readonly CommentFile[]): { placed: Placed[]; messages: Message[] } {
  const index = sectionIndex(draft);
  const anchors = draft ? draft.sections.map((s) => s.anchor) : [];
  const messages: Message[] = [];
  const placed: Placed[] = [];
  const foldedText = new Map<Section, string>();
  const stems = new Map<string, string>();
  // "Did you mean" once per distinct unknown anchor; one warning per key, however many comments stand under it.
  const hints = new Map<string, string | null>();
  const warned = new Set<string>();
  for (const file of files) {
    const other = stems.get(file.stem.toLowerCase());
    if (other !== undefined) {
      messages.push(
        message({ file: file.file, line: 0, column: 0 }, 'error', 'duplicate-file-name', words().messages.duplicateFileName(other)),
      );
    } else stems.set(file.stem.toLowerCase(), file.file);
    for (const comment of file.comments) {
      const key = comment.key.toLowerCase();
      const section = key === GENERAL ? GENERAL : (index.get(key) ?? null);
      placed.push({ comment, file, section });
      if (section === null) {
        if (!draft) continue;
        const where = `${comment.file}:${comment.keyLine}:${comment.keyColumn}`;
        if (warned.has(where)) continue;
        warned.add(where);
        let hint = hints.get(comment.key);
        if (hint === undefined) {
          hint = closest(comment.key, anchors);
          hints.set(comment.key, hint);
        }
        messages.push(
          message(
            { file: comment.file, line: comment.keyLine, column: comment.keyColumn },
            'warning',
            'unknown-anchor',
            words().messages.unknownAnchor(comment.key, hint),
          ),
        );
        continue;
      }
      if (comment.quote && section !== GENERAL) {
        let text = foldedText.get(section);
        if (text === undefined) {
          text = foldSpace(`${section.title}\n${section.text}`);
          foldedText.set(section, text);
        }
        if (!text.includes(foldSpace(comment.quote))) {
          const at = { file: comment.file, line: comment.quoteLine ?? comment.line, column: comment.quoteColumn ?? comment.column };
          messages.push(message(at, 'warning', 'quote-not-found', words().messages.quoteNotFound(section.anchor)));
        }
      }
    }
  }
  return { placed, messages: oneLineMessages(messages) };
}
