// Reading the sections of a draft from its mdast: every root-level heading,
// and the list items that are sections (ordered items directly under a
// heading, and any item with an explicit `{#anchor}`), each with its text.
// Anchors are assigned afterwards (anchors.ts): here a section only notes
// the anchor it was given, if any.

import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { words } from '../../i18n/index.js';
import { message } from '../../messages.js';
import type { Message } from '../../messages.js';
import { splitLabel } from '../../model/label.js';
import { ANCHOR_RE, foldSpace } from '../../model/text.js';
import type { Section } from '../../model/types.js';
import { plain, plainAll, tableLines } from './plain.js';

/** A trailing `{#…}` marker (the id still to be checked against ANCHOR_RE). */
const MARKER_RE = /\s*\{#([^{}]*)\}\s*$/u;
/** The same marker in the source, not escaped. */
const SOURCE_MARKER_RE = /(?<!\\)\{#([^{}]*)\}\s*$/u;

export interface Mark {
  line: number;
  column: number;
}

interface Found {
  /** The id when it is valid, else null (no marker, or a bad one). */
  id: string | null;
  /** Characters to cut from the end of the plain text to strip the marker. */
  cut: number;
  mark: Mark;
}

/** A section as read, before its anchor is known. */
export interface Pending {
  kind: Section['kind'];
  explicit: string | null;
  mark: Mark | null;
  /** For automatic item anchors: n among the ordered items under the heading; 0 otherwise. */
  ordinal: number;
  parent: number | null;
  number: string;
  label: string;
  title: string;
  line: number;
  depth: number;
  lines: string[];
  anchor: string;
}

interface Context {
  /** Where the text of the blocks met goes. */
  lines: string[];
  /** Index of the enclosing section, or null. */
  parent: number | null;
  /** Depth that items of a list met here get. */
  listDepth: number;
}

/** The sections of a parsed draft, in document order, parents before children; problems go to `messages`. */
export function readSections(root: Root, source: string, file: string, messages: Message[]): Pending[] {
  return new SectionReader(source, file, messages).read(root);
}

class SectionReader {
  readonly pending: Pending[] = [];

  constructor(
    private readonly source: string,
    private readonly file: string,
    private readonly messages: Message[],
  ) {}

  read(root: Root): Pending[] {
    let heading: number | null = null;
    let headingDepth = 0;
    let ordinal = 0;
    let lines: string[] = []; // the preamble's text is not kept
    const stack: { index: number; depth: number }[] = []; // open headings, for parents
    for (const node of root.children) {
      if (node.type === 'yaml') continue;
      if (node.type === 'heading') {
        while ((stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
        const section = headingSection(node, this.findMarker(node.children, true));
        section.parent = stack[stack.length - 1]?.index ?? null;
        this.pending.push(section);
        heading = this.pending.length - 1;
        stack.push({ index: heading, depth: node.depth });
        headingDepth = node.depth;
        ordinal = 0;
        lines = section.lines;
        continue;
      }
      if (node.type === 'list' && node.ordered === true && heading !== null) {
        // Items standing directly under the heading: every one is a section.
        for (const [i, item] of node.children.entries()) {
          ordinal += 1;
          const found = this.firstMarker(item);
          const idx = this.addItem(node, i, item, found, heading, headingDepth + 1, ordinal);
          this.walkItem(item, { lines: this.pending[idx]?.lines ?? [], parent: idx, listDepth: headingDepth + 2 }, found);
        }
        continue;
      }
      this.walkBlock(node, { lines, parent: heading, listDepth: headingDepth + 1 });
    }
    return this.pending;
  }

  private at(mark: Mark): { file: string; line: number; column: number } {
    return { file: this.file, line: mark.line, column: mark.column };
  }

  /** Detect a trailing `{#id}` in phrasing content; warn on a malformed one when asked. */
  private findMarker(children: readonly PhrasingContent[], warnBad: boolean): Found | null {
    const last = children[children.length - 1];
    if (last?.type !== 'text') return null;
    const m = MARKER_RE.exec(last.value);
    if (!m) return null;
    const id = m[1] ?? '';
    let mark: Mark = { line: last.position?.start.line ?? 0, column: last.position?.start.column ?? 0 };
    const start = last.position?.start.offset;
    const end = last.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      // The marker must be written as such (not escaped, not entities).
      const raw = this.source.slice(start, end);
      const s = SOURCE_MARKER_RE.exec(raw);
      if (!s || s[1] !== id) return null;
      mark = advance(mark, raw, s.index);
    }
    if (!ANCHOR_RE.test(id)) {
      if (warnBad) {
        this.messages.push(message(this.at(mark), 'warning', 'bad-anchor', words().draftFile.badAnchor(id)));
      }
      return { id: null, cut: 0, mark };
    }
    return { id, cut: m[0].length, mark };
  }

  /** A paragraph (or container heading) that is not a first item paragraph: a marker here anchors nothing. */
  private strayLine(node: Paragraph | Heading): string {
    const found = this.findMarker(node.children, false);
    if (found && found.id !== null) {
      this.messages.push(message(this.at(found.mark), 'warning', 'stray-anchor', words().draftFile.strayAnchor(found.id)));
    }
    return withoutMarker(node.children, found);
  }

  private walkBlock(node: RootContent, ctx: Context): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        push(ctx.lines, this.strayLine(node));
        return;
      case 'code':
        push(ctx.lines, foldSpace(node.value));
        return;
      case 'list':
        this.walkList(node, ctx);
        return;
      case 'table':
        tableLines(node, ctx.lines);
        return;
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children) this.walkBlock(child, ctx);
        return;
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        return;
      default:
        // Anything else (extensions): keep its plain text.
        push(ctx.lines, foldSpace(plain(node)));
    }
  }

  /** An item's content: first paragraph (marker already handled), then the rest. */
  private walkItem(item: ListItem, ctx: Context, found: Found | null): void {
    item.children.forEach((child, i) => {
      if (i === 0 && child.type === 'paragraph') push(ctx.lines, withoutMarker(child.children, found));
      else this.walkBlock(child, ctx);
    });
  }

  private firstMarker(item: ListItem): Found | null {
    const p = item.children[0];
    return p?.type === 'paragraph' ? this.findMarker(p.children, true) : null;
  }

  /** A list whose items are sections only when explicitly anchored. */
  private walkList(list: List, ctx: Context): void {
    list.children.forEach((item, i) => {
      const found = this.firstMarker(item);
      if (found?.id != null) {
        const idx = this.addItem(list, i, item, found, ctx.parent, ctx.listDepth, 0);
        this.walkItem(item, { lines: this.pending[idx]?.lines ?? [], parent: idx, listDepth: ctx.listDepth + 1 }, found);
      } else {
        this.walkItem(item, { lines: ctx.lines, parent: ctx.parent, listDepth: ctx.listDepth + 1 }, found);
      }
    });
  }

  private addItem(
    list: List,
    index: number,
    item: ListItem,
    found: Found | null,
    parent: number | null,
    depth: number,
    ordinal: number,
  ): number {
    let number = '';
    let label = '';
    if (list.ordered) {
      number = String((list.start ?? 1) + index);
      const offset = item.position?.start.offset;
      const delim = offset === undefined ? '.' : (/^\d+([.)])/u.exec(this.source.slice(offset, offset + 12))?.[1] ?? '.');
      label = number + delim;
    }
    const first = item.children[0];
    this.pending.push({
      kind: 'item',
      explicit: found?.id ?? null,
      mark: found?.mark ?? null,
      ordinal: found?.id != null ? 0 : ordinal,
      parent,
      number,
      label,
      title: first?.type === 'paragraph' ? withoutMarker(first.children, found) : '',
      line: item.position?.start.line ?? 0,
      depth,
      lines: [],
      anchor: '',
    });
    return this.pending.length - 1;
  }
}

function push(lines: string[], line: string): void {
  if (line !== '') lines.push(line);
}

/** The folded plain text of phrasing content, its anchor marker (when a valid one) cut off. */
function withoutMarker(children: readonly PhrasingContent[], found: Found | null): string {
  const raw = plainAll(children);
  return foldSpace(found && found.id !== null ? raw.slice(0, raw.length - found.cut) : raw);
}

function headingSection(node: Heading, found: Found | null): Pending {
  const { label, number, title } = splitLabel(withoutMarker(node.children, found));
  return {
    kind: 'heading',
    explicit: found?.id ?? null,
    mark: found?.mark ?? null,
    ordinal: 0,
    parent: null,
    number,
    label,
    title,
    line: node.position?.start.line ?? 0,
    depth: node.depth,
    lines: [],
    anchor: '',
  };
}

/** Move a position forward over `raw` up to index `to`. */
function advance(from: Mark, raw: string, to: number): Mark {
  let { line, column } = from;
  for (let i = 0; i < to; i++) {
    if (raw.charCodeAt(i) === 10) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  }
  return { line, column };
}
