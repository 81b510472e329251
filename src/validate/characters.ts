// Characters a Word file cannot hold (XML 1.0 forbids them): the report shows
// each as "�", and `check` says where they are so that they can be removed.

import { words } from '../i18n/index.js';
import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { xmlForbiddenIn } from '../model/text.js';
import type { CommentFile, ResponseFile } from '../model/types.js';

export function checkCharacters(files: readonly CommentFile[], responses: readonly ResponseFile[]): Message[] {
  const out: Message[] = [];
  const look = (file: string, line: number, column: number, texts: readonly (string | null)[]): void => {
    for (const t of texts) {
      const found = t === null ? null : xmlForbiddenIn(t);
      if (found === null) continue;
      out.push(message({ file, line, column }, 'warning', 'xml-character', words().messages.xmlCharacter(found)));
      return;
    }
  };
  for (const f of files) {
    const d = f.delegate;
    look(f.file, 1, 1, [d.name, d.title, d.organization, d.group]);
    for (const c of f.comments) look(f.file, c.line, c.column, [c.text, c.quote, c.proposal]);
  }
  for (const r of responses) for (const e of r.entries) look(r.file, e.line, e.column, [e.note]);
  return out;
}
