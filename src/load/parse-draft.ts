// Parse a draft (Markdown with optional YAML front matter) into its sections,
// as the contract §2 describes. Pure: text in, Draft and messages out.
//
// Decisions where the contract leaves room:
// - `text` of a heading section: the blocks standing between the heading and
//   the next heading (of any depth), not the heading's own title, less the
//   list items that are sections of their own (and everything inside them).
// - `text` of a list-item section: the item's whole content — its first
//   paragraph (the title, anchor stripped) included — less nested items that
//   are sections of their own.
// - One line per leaf block (paragraph, code block, table row, heading inside
//   a container), white space folded inside each line; list markers, HTML,
//   footnote references and thematic breaks are dropped; inline code and
//   image alt text are kept. Table cells are joined with " | ".
// - `depth` of a heading is its Markdown depth; a list item gets the depth of
//   the enclosing heading (0 before any heading) + 1 + its list nesting level.
// - Only root-level headings are sections; headings inside block quotes or
//   list items are text.
// - Lists inside block quotes count as nested: their items are sections only
//   with an explicit anchor.
//
// In stages, a file each under draft/: guard.ts refuses input the Markdown
// parser cannot read in reasonable time; markdown.ts parses it in pieces;
// front-matter.ts reads the YAML at the top; sections.ts reads the sections
// and their text; anchors.ts gives each its anchor and citation.

import { words } from '../i18n/index.js';
import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { cleanSource, foldSpace, nfc, stemOf } from '../model/text.js';
import type { Draft, Section } from '../model/types.js';
import { anchoredSections } from './draft/anchors.js';
import { readFrontMatter, unreadDraft } from './draft/front-matter.js';
import { findTooComplex } from './draft/guard.js';
import { parseMarkdown } from './draft/markdown.js';
import { readSections } from './draft/sections.js';

export function parseDraft(text: string, file: string): { draft: Draft; messages: Message[] } {
  const source = nfc(cleanSource(text));
  const messages: Message[] = [];
  const tooComplex = findTooComplex(source);
  if (tooComplex.length > 0) {
    for (const p of tooComplex) messages.push(message({ file, line: p.line, column: p.column }, 'error', 'draft-too-complex', p.text));
    return { draft: unreadDraft(source, file, messages), messages };
  }
  const root = parseMarkdown(source);
  const first = root.children[0];
  const frontMatter = first?.type === 'yaml' ? readFrontMatter(first, file, messages) : {};
  const sections = anchoredSections(readSections(root, source, file, messages), file, messages);

  const field = (key: string): string => {
    const v = frontMatter[key];
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return foldSpace(v);
    messages.push(
      message(
        { file, line: first?.position?.start.line ?? 1, column: 1 },
        'warning',
        'draft-front-matter',
        words().draftFile.frontMatterText(key),
      ),
    );
    return '';
  };
  const draft: Draft = {
    file,
    stem: stemOf(file),
    frontMatter,
    title: field('title') || titleOf(sections),
    version: field('version'),
    date: field('date'),
    sections,
  };
  return { draft, messages };
}

/** A draft without a title in its front matter is named by its first heading. */
function titleOf(sections: readonly Section[]): string {
  const heading = sections.find((s) => s.kind === 'heading');
  return heading ? heading.title || heading.label : '';
}
