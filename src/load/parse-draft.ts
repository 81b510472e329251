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

import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { splitLabel } from '../model/label.js';
import { GENERAL } from '../model/types.js';
import type { Draft, Section } from '../model/types.js';
import { citeSections } from '../model/citation.js';
import { ANCHOR_RE, cleanSource, foldSpace, nfc, slugify, stemOf } from '../model/text.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Parse Markdown into mdast, as `processor.parse` would, but in pieces.
 *
 * micromark spends time proportional to the whole document each time a
 * container (list, block quote) closes, so one parse of a draft with
 * thousands of lists is quadratic (seconds for 1 MB). A top-level ATX heading
 * after a blank line starts afresh — nothing before it can continue past it —
 * unless it sits inside a fenced code block or an HTML block of kinds 1–5
 * (or the front matter). The document is cut before such headings and the
 * pieces are parsed one by one, positions shifted back into the file.
 * Link reference and footnote definitions reach across the whole document,
 * so any `]:` in the text means one parse; and if a piece turns out to end
 * inside an open code or HTML block the scan misjudged, it falls back to one
 * parse as well. `chunked: false` forces one parse (tests compare the two).
 */
export function parseMarkdown(source: string, chunked = true): Root {
  const cuts = chunked && !source.includes(']:') ? cutPoints(source) : [];
  if (cuts.length === 0) return processor.parse(source);
  const root: Root = { type: 'root', children: [] };
  const bounds = [0, ...cuts, source.length];
  let line = 0; // lines before the current piece
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? source.length;
    const text = source.slice(from, to);
    const piece = processor.parse(text);
    const last = piece.children[piece.children.length - 1];
    if (i > 0 && piece.children[0]?.type !== 'heading') return processor.parse(source);
    if (i + 2 < bounds.length && last && endsOpen(last, text)) return processor.parse(source);
    if (i > 0) for (const child of piece.children) shift(child, line, from);
    root.children.push(...piece.children);
    if (i + 2 === bounds.length) {
      const end = piece.position?.end;
      if (end) {
        root.position = {
          start: { line: 1, column: 1, offset: 0 },
          end: { line: end.line + line, column: end.column, offset: (end.offset ?? 0) + from },
        };
      }
    }
    line += countLines(source, from, to);
  }
  return root;
}

const FENCE_OPEN_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/u;
const FENCE_CLOSE_RE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u;
const HEADING_START_RE = /^#{1,6}(?:[ \t]|$)/u;
const BLANK_RE = /^[ \t]*$/u;
/** HTML blocks that run over blank lines (CommonMark kinds 1–5): start, end. */
const HTML_BLOCKS: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^ {0,3}<!--/u, /-->/u],
  [/^ {0,3}<\?/u, /\?>/u],
  [/^ {0,3}<!\[CDATA\[/u, /\]\]>/u],
  [/^ {0,3}<![A-Za-z]/u, />/u],
];
/** Pieces smaller than this are not worth a parse of their own. */
const MIN_PIECE = 2048;

/** Offsets of the lines where a piece may start (see parseMarkdown). */
function cutPoints(source: string): number[] {
  const cuts: number[] = [];
  let pos = 0;
  // Front matter: from the opening `---` to the closing one.
  if (/^---[ \t]*\n/u.test(source)) {
    const close = /\n---[ \t]*(?:\n|$)/u.exec(source.slice(3));
    pos = close ? 3 + close.index + close[0].length : source.length;
  }
  let last = 0;
  let fence: { char: string; length: number } | null = null;
  let html: RegExp | null = null;
  let blankBefore = true;
  while (pos < source.length) {
    const nl = source.indexOf('\n', pos);
    const end = nl < 0 ? source.length : nl;
    const text = source.slice(pos, end);
    if (fence) {
      const m = FENCE_CLOSE_RE.exec(text);
      if (m?.[1]?.startsWith(fence.char) === true && m[1].length >= fence.length) fence = null;
    } else if (html) {
      if (html.test(text)) html = null;
    } else {
      if (blankBefore && HEADING_START_RE.test(text) && pos - last >= MIN_PIECE) {
        cuts.push(pos);
        last = pos;
      }
      const f = FENCE_OPEN_RE.exec(text);
      const marker = f?.[1];
      if (marker !== undefined && !(marker.startsWith('`') && (f?.[2] ?? '').includes('`'))) {
        fence = { char: marker.charAt(0), length: marker.length };
      } else {
        for (const [start, stop] of HTML_BLOCKS) {
          const h = start.exec(text);
          if (h) {
            if (!stop.test(text.slice(h[0].length))) html = stop;
            break;
          }
        }
      }
    }
    blankBefore = BLANK_RE.test(text);
    pos = end + 1;
  }
  return cuts;
}

/** Whether a piece's last block is still open at its end (an unclosed fence, or HTML). */
function endsOpen(node: RootContent, piece: string): boolean {
  if (node.type === 'html') {
    for (const [start, stop] of HTML_BLOCKS) {
      const h = start.exec(node.value);
      if (h) return !stop.test(node.value.slice(h[0].length));
    }
    return false; // other HTML blocks end at a blank line
  }
  if (node.type !== 'code') return false;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return true;
  const raw = piece.slice(start, end);
  const open = /^[ \t]*(`{3,}|~{3,})/u.exec(raw)?.[1];
  if (open === undefined) return false; // indented code
  const lines = raw.split('\n');
  const close = lines.length > 1 ? FENCE_CLOSE_RE.exec(lines[lines.length - 1] ?? '')?.[1] : undefined;
  return !(close?.startsWith(open.charAt(0)) === true && close.length >= open.length);
}

function shift(node: Nodes, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
    p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
  }
  if ('children' in node) for (const child of node.children as readonly Nodes[]) shift(child, lines, offset);
}

function countLines(source: string, from: number, to: number): number {
  let n = 0;
  for (let i = source.indexOf('\n', from); i >= 0 && i < to; i = source.indexOf('\n', i + 1)) n += 1;
  return n;
}

/** A trailing `{#…}` marker (the id still to be checked against ANCHOR_RE). */
const MARKER_RE = /\s*\{#([^{}]*)\}\s*$/u;
/** The same marker in the source, not escaped. */
const SOURCE_MARKER_RE = /(?<!\\)\{#([^{}]*)\}\s*$/u;

interface Mark {
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

interface Pending {
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

export function parseDraft(text: string, file: string): { draft: Draft; messages: Message[] } {
  const source = nfc(cleanSource(text));
  const messages: Message[] = [];
  const tooComplex = findTooComplex(source);
  if (tooComplex.length > 0) {
    for (const p of tooComplex) messages.push(message({ file, line: p.line, column: p.column }, 'error', 'draft-too-complex', p.text));
    return { draft: unreadDraft(source, file, messages), messages };
  }
  const root = parseMarkdown(source);
  const at = (mark: Mark | null): { file: string; line: number; column: number } => ({
    file,
    line: mark?.line ?? 0,
    column: mark?.column ?? 0,
  });

  // ---- front matter -------------------------------------------------------
  let frontMatter: Record<string, unknown> = {};
  const first = root.children[0];
  if (first?.type === 'yaml') frontMatter = readFrontMatter(first, file, messages);

  // ---- sections -----------------------------------------------------------
  const pending: Pending[] = [];

  /** Detect a trailing `{#id}` in phrasing content; warn on a malformed one when asked. */
  const findMarker = (children: readonly PhrasingContent[], warnBad: boolean): Found | null => {
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
      const raw = source.slice(start, end);
      const s = SOURCE_MARKER_RE.exec(raw);
      if (!s || s[1] !== id) return null;
      mark = advance(mark, raw, s.index);
    }
    if (!ANCHOR_RE.test(id)) {
      if (warnBad) {
        messages.push(
          message(
            at(mark),
            'warning',
            'bad-anchor',
            `"{#${id}}" is not a valid anchor (use A-Z a-z 0-9 . _ -, starting with a letter or digit); left as text`,
          ),
        );
      }
      return { id: null, cut: 0, mark };
    }
    return { id, cut: m[0].length, mark };
  };

  const paragraphLine = (p: Paragraph, found: Found | null): string => {
    const raw = plainAll(p.children);
    return foldSpace(found && found.id !== null ? raw.slice(0, raw.length - found.cut) : raw);
  };

  const push = (lines: string[], line: string): void => {
    if (line !== '') lines.push(line);
  };

  /** A paragraph (or container heading) that is not a first item paragraph: a marker here anchors nothing. */
  const strayLine = (node: Paragraph | Heading): string => {
    const found = findMarker(node.children, false);
    if (found && found.id !== null) {
      messages.push(
        message(
          at(found.mark),
          'warning',
          'stray-anchor',
          `"{#${found.id}}" anchors nothing here: only headings and list items take an anchor; it is left out of the text`,
        ),
      );
    }
    const raw = plainAll(node.children);
    return foldSpace(found && found.id !== null ? raw.slice(0, raw.length - found.cut) : raw);
  };

  const walkBlocks = (nodes: readonly RootContent[], ctx: Context): void => {
    for (const node of nodes) walkBlock(node, ctx);
  };

  const walkBlock = (node: RootContent, ctx: Context): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        push(ctx.lines, strayLine(node));
        return;
      case 'code':
        push(ctx.lines, foldSpace(node.value));
        return;
      case 'list':
        walkList(node, ctx);
        return;
      case 'table':
        tableLines(node, ctx.lines);
        return;
      case 'blockquote':
      case 'footnoteDefinition':
        walkBlocks(node.children, ctx);
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
  };

  /** An item's content: first paragraph (marker already handled), then the rest. */
  const walkItem = (item: ListItem, ctx: Context, found: Found | null): void => {
    item.children.forEach((child, i) => {
      if (i === 0 && child.type === 'paragraph') push(ctx.lines, paragraphLine(child, found));
      else walkBlock(child, ctx);
    });
  };

  const firstMarker = (item: ListItem): Found | null => {
    const p = item.children[0];
    return p?.type === 'paragraph' ? findMarker(p.children, true) : null;
  };

  const itemTitle = (item: ListItem, found: Found | null): string => {
    const p = item.children[0];
    return p?.type === 'paragraph' ? paragraphLine(p, found) : '';
  };

  const addItem = (
    list: List,
    index: number,
    item: ListItem,
    found: Found | null,
    parent: number | null,
    depth: number,
    ordinal: number,
  ): number => {
    let number = '';
    let label = '';
    if (list.ordered) {
      number = String((list.start ?? 1) + index);
      const offset = item.position?.start.offset;
      const delim = offset === undefined ? '.' : (/^\d+([.)])/u.exec(source.slice(offset, offset + 12))?.[1] ?? '.');
      label = number + delim;
    }
    pending.push({
      kind: 'item',
      explicit: found?.id ?? null,
      mark: found?.mark ?? null,
      ordinal: found?.id != null ? 0 : ordinal,
      parent,
      number,
      label,
      title: itemTitle(item, found),
      line: item.position?.start.line ?? 0,
      depth,
      lines: [],
      anchor: '',
    });
    return pending.length - 1;
  };

  /** A list whose items are sections only when explicitly anchored. */
  const walkList = (list: List, ctx: Context): void => {
    list.children.forEach((item, i) => {
      const found = firstMarker(item);
      if (found?.id != null) {
        const idx = addItem(list, i, item, found, ctx.parent, ctx.listDepth, 0);
        const own = pending[idx];
        if (own) walkItem(item, { lines: own.lines, parent: idx, listDepth: ctx.listDepth + 1 }, found);
      } else {
        walkItem(item, { lines: ctx.lines, parent: ctx.parent, listDepth: ctx.listDepth + 1 }, found);
      }
    });
  };

  let heading: number | null = null;
  let headingDepth = 0;
  let ordinal = 0;
  let lines: string[] = []; // the preamble's text is not kept
  const stack: { index: number; depth: number }[] = []; // open headings, for parents
  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      while ((stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
      const section = headingSection(node, findMarker(node.children, true));
      section.parent = stack[stack.length - 1]?.index ?? null;
      pending.push(section);
      heading = pending.length - 1;
      stack.push({ index: heading, depth: node.depth });
      headingDepth = node.depth;
      ordinal = 0;
      lines = pending[heading]?.lines ?? [];
      continue;
    }
    const ctx: Context = { lines, parent: heading, listDepth: headingDepth + 1 };
    if (node.type === 'list' && node.ordered === true && heading !== null) {
      // Items standing directly under the heading: every one is a section.
      node.children.forEach((item, i) => {
        ordinal += 1;
        const found = firstMarker(item);
        const idx = addItem(node, i, item, found, heading, headingDepth + 1, ordinal);
        const own = pending[idx];
        if (own) walkItem(item, { lines: own.lines, parent: idx, listDepth: headingDepth + 2 }, found);
      });
      continue;
    }
    walkBlock(node, ctx);
  }

  // ---- anchors ------------------------------------------------------------
  // Explicit anchors first, in document order; then automatic ones.
  const taken = new Map<string, number>(); // lower-cased anchor -> index of its section
  for (const [i, p] of pending.entries()) {
    if (p.explicit === null) continue;
    p.anchor = p.explicit;
    const low = p.explicit.toLowerCase();
    if (low === GENERAL) {
      messages.push(
        message(at(p.mark), 'error', 'reserved-anchor', `"{#${p.explicit}}": the anchor "general" is reserved for the draft as a whole`),
      );
      continue;
    }
    const before = taken.get(low);
    if (before !== undefined) {
      const firstLine = pending[before]?.line ?? 0;
      messages.push(message(at(p.mark), 'error', 'duplicate-anchor', `anchor "${p.explicit}" is already used on line ${firstLine}`));
      continue;
    }
    taken.set(low, i);
  }
  if (!taken.has(GENERAL)) taken.set(GENERAL, -1);

  const nextSuffix = new Map<string, number>();
  const unique = (base: string, i: number): string => {
    const low = base.toLowerCase();
    if (!taken.has(low)) {
      taken.set(low, i);
      return base;
    }
    let k = nextSuffix.get(low) ?? 1;
    while (taken.has(`${low}-${k}`)) k += 1;
    nextSuffix.set(low, k + 1);
    taken.set(`${low}-${k}`, i);
    return `${base}-${k}`;
  };

  for (const [i, p] of pending.entries()) {
    if (p.explicit !== null) continue;
    if (p.kind === 'heading') {
      p.anchor = unique(slugify(p.title !== '' ? p.title : p.label) || 'section', i);
    } else {
      const parentAnchor = p.parent === null ? 'section' : (pending[p.parent]?.anchor ?? 'section');
      p.anchor = unique(`${parentAnchor}.${p.ordinal}`, i);
    }
  }

  const sections: Section[] = pending.map((p) => ({
    anchor: p.anchor,
    number: p.number,
    label: p.label,
    title: p.title,
    line: p.line,
    parent: p.parent === null ? null : (pending[p.parent]?.anchor ?? null),
    kind: p.kind,
    depth: p.depth,
    explicit: p.explicit !== null,
    text: p.lines.join('\n'),
    code: '',
  }));
  citeSections(sections).forEach((code, i) => {
    const s = sections[i];
    if (s) s.code = code;
  });

  // ---- draft --------------------------------------------------------------
  const field = (key: string): string => {
    const v = frontMatter[key];
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return foldSpace(v);
    messages.push(
      message(
        { file, line: first?.position?.start.line ?? 1, column: 1 },
        'warning',
        'draft-front-matter',
        `front matter "${key}" should be text; ignored`,
      ),
    );
    return '';
  };
  let title = field('title');
  const firstHeading = sections.find((s) => s.kind === 'heading');
  if (title === '' && firstHeading) title = firstHeading.title !== '' ? firstHeading.title : firstHeading.label;

  const draft: Draft = {
    file,
    stem: stemOf(file),
    frontMatter,
    title,
    version: field('version'),
    date: field('date'),
    sections,
  };
  return { draft, messages };
}

// ---- guard against pathological drafts -------------------------------------
// micromark takes time quadratic in some shapes of input (a long run of `]`,
// thousands of `*` in one paragraph, hundreds of nested lists or block
// quotes) and recurses once per level of nesting. One linear scan finds them
// first; the draft is then not parsed at all. The limits are far above what
// any real draft has: at the limits a parse still takes a few milliseconds.

/** Characters whose long runs micromark is slow on (`]` quadratically); a run longer than this is refused. */
export const MAX_RUN = 1000;
const RUN_CHARS = new Set(['*', '_', '~', '`', '[', ']', '<', '>', '!', '\\', '&', '|']);
/** Most block quotes / list items open on one line (or list indentation, two columns a level). */
export const MAX_NESTING = 100;
/** Most separate `*` runs in one paragraph (emphasis resolution is quadratic in them). */
export const MAX_EMPHASIS = 1000;
/** Most `[` in one paragraph (link labels are resolved in time quadratic in them: 80,000 `[a](` took 30 s). */
export const MAX_BRACKETS = 500;
/** Problems reported before the scan stops. */
const MAX_PROBLEMS = 20;
/** A table's delimiter row, loosely (`|---|:-:|`); linear, no backtracking. */
const TABLE_DELIMITER_RE = /^[|: \t-]*\|[|: \t-]*$/u;
const LIST_MARKER_RE = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/u;

interface Problem {
  line: number;
  column: number;
  text: string;
}

/** 50000 -> "50,000" (without Intl, whose first use is slow). */
const count = (n: number): string => String(n).replace(/\B(?=(?:\d{3})+$)/gu, ',');

/** Shapes of input the Markdown parser cannot read in reasonable time; outside fenced code blocks and the front matter. */
export function findTooComplex(source: string): Problem[] {
  const problems: Problem[] = [];
  let pos = 0;
  let line = 1;
  const fm = frontMatterEnd(source);
  if (fm > 0) {
    line += countLines(source, 0, fm);
    pos = fm;
  }
  let fence: { char: string; length: number } | null = null;
  let emphasis = 0; // `*` runs in the current paragraph-like block
  let emphasisAt: { line: number; column: number } | null = null;
  let reported = false; // one emphasis problem per block
  let brackets = 0; // `[` in the current paragraph-like block
  let bracketsAt: { line: number; column: number } | null = null;
  let bracketsReported = false;
  let deepReported = false; // one nesting problem per block
  let table = false; // inside a GFM table (from its delimiter row)
  for (; pos < source.length; line += 1) {
    const nl = source.indexOf('\n', pos);
    const end = nl < 0 ? source.length : nl;
    const text = source.slice(pos, end);
    pos = end + 1;
    if (fence) {
      const m = FENCE_CLOSE_RE.exec(text);
      if (m?.[1]?.startsWith(fence.char) === true && m[1].length >= fence.length) fence = null;
      continue;
    }
    const f = FENCE_OPEN_RE.exec(text);
    if (f?.[1] !== undefined && !(f[1].startsWith('`') && (f[2] ?? '').includes('`'))) {
      fence = { char: f[1].charAt(0), length: f[1].length };
      emphasis = 0;
      reported = false;
      continue;
    }
    if (BLANK_RE.test(text)) {
      table = false;
      emphasis = 0;
      emphasisAt = null;
      reported = false;
      deepReported = false;
      brackets = 0;
      bracketsAt = null;
      bracketsReported = false;
      continue;
    }
    // Each cell of a table is read on its own: count a table's `*` and `[` line by line.
    if (!table && text.includes('-') && TABLE_DELIMITER_RE.test(text)) table = true;
    if (table) {
      emphasis = 0;
      emphasisAt = null;
      reported = false;
      brackets = 0;
      bracketsAt = null;
      bracketsReported = false;
    }
    // Nesting: container markers (and indentation) opening the line.
    const depth = nesting(text);
    const deep = depth > MAX_NESTING;
    if (deep && !deepReported) {
      deepReported = true;
      problems.push({
        line,
        column: 1,
        text: `block quotes or lists nested ${count(depth)} levels deep: the draft cannot be read like this (at most ${count(MAX_NESTING)} levels); flatten them`,
      });
    }
    // Runs of one delimiter character, and `*` runs in the block.
    for (let i = 0; i < text.length;) {
      const c = text.charAt(i);
      let j = i + 1;
      while (j < text.length && text.charAt(j) === c) j += 1;
      if (RUN_CHARS.has(c) && j - i > MAX_RUN && !(deep && c === '>')) {
        if (c === '[') bracketsReported = true; // one problem is enough
        problems.push({
          line,
          column: i + 1,
          text: `a run of ${count(j - i)} "${c}" characters: the draft cannot be read like this (at most ${count(MAX_RUN)} in a row); remove it or put it in a code block`,
        });
      }
      if (c === '[') {
        brackets += j - i;
        bracketsAt ??= { line, column: i + 1 };
        if (brackets > MAX_BRACKETS && !bracketsReported) {
          bracketsReported = true;
          problems.push({
            ...bracketsAt,
            text: `more than ${count(MAX_BRACKETS)} "[" in one paragraph: the draft cannot be read like this (links take too long to resolve); split the paragraph, remove them, or put them in a code block`,
          });
        }
      }
      if (c === '*') {
        emphasis += 1;
        emphasisAt ??= { line, column: i + 1 };
        if (emphasis > MAX_EMPHASIS && !reported) {
          reported = true;
          problems.push({
            ...emphasisAt,
            text: `more than ${count(MAX_EMPHASIS)} separate "*" marks in one paragraph: the draft cannot be read like this; split the paragraph, remove them, or put them in a code block`,
          });
        }
      }
      i = j;
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** Block quote and list markers opening a line, plus their indentation counted two columns a level. */
function nesting(text: string): number {
  let markers = 0;
  let spaces = 0;
  let i = 0;
  for (;;) {
    while (i < text.length && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) {
      spaces += text.charAt(i) === '\t' ? 4 : 1;
      i += 1;
    }
    let marker = text.charAt(i) === '>' ? 1 : (LIST_MARKER_RE.exec(text.slice(i, i + 11))?.[0].length ?? 0);
    if (marker === 0) break;
    markers += 1;
    // The one space after a marker belongs to it, not to the indentation.
    if (text.charAt(i + marker) === ' ' || text.charAt(i + marker) === '\t') marker += 1;
    i += marker;
  }
  return markers === 0 ? 0 : markers + Math.floor(spaces / 2);
}

/** Offset just past the front matter (closing `---` line), or 0 when there is none. */
function frontMatterEnd(source: string): number {
  if (!/^---[ \t]*\n/u.test(source)) return 0;
  const close = /\n---[ \t]*(?:\n|$)/u.exec(source.slice(3));
  return close ? 3 + close.index + close[0].length : 0;
}

/** A draft not parsed (see findTooComplex): no sections, only what the front matter says. */
function unreadDraft(source: string, file: string, messages: Message[]): Draft {
  const end = frontMatterEnd(source);
  let frontMatter: Record<string, unknown> = {};
  if (end > 0) {
    const first = processor.parse(source.slice(0, end)).children[0];
    if (first?.type === 'yaml') frontMatter = readFrontMatter(first, file, messages);
  }
  const field = (key: string): string => {
    const v = frontMatter[key];
    return typeof v === 'string' ? foldSpace(v) : '';
  };
  return { file, stem: stemOf(file), frontMatter, title: field('title'), version: field('version'), date: field('date'), sections: [] };
}

function headingSection(node: Heading, found: Found | null): Pending {
  const raw = plainAll(node.children);
  const full = foldSpace(found && found.id !== null ? raw.slice(0, raw.length - found.cut) : raw);
  const { label, number, title } = splitLabel(full);
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

function readFrontMatter(node: Yaml, file: string, messages: Message[]): Record<string, unknown> {
  // The YAML starts on the line after the opening `---`.
  const base = node.position?.start.line ?? 1;
  const doc = parseDocument(node.value, { schema: 'failsafe' });
  const problems = [
    ...doc.errors.map((e) => ({ e, severity: 'error' as const })),
    ...doc.warnings.map((e) => ({ e, severity: 'warning' as const })),
  ];
  for (const { e, severity } of problems) {
    const pos = e.linePos?.[0];
    const text = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '') ?? e.message;
    messages.push(
      message(
        { file, line: pos ? base + pos.line : base, column: pos ? pos.col : 1 },
        severity,
        'draft-front-matter',
        `front matter: ${text}`,
      ),
    );
  }
  if (doc.errors.length > 0) return {};
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    messages.push(message({ file, line: base, column: 1 }, 'error', 'draft-front-matter', `front matter: ${text}`));
    return {};
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    messages.push(
      message({ file, line: base + 1, column: 1 }, 'error', 'draft-front-matter', 'front matter must be a mapping (key: value lines)'),
    );
    return {};
  }
  return value as Record<string, unknown>;
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

function tableLines(table: Table, lines: string[]): void {
  for (const row of table.children) {
    const line = foldSpace(row.children.map((cell) => foldSpace(plainAll(cell.children))).join(' | '));
    if (line.replace(/[|\s]/gu, '') !== '') lines.push(line);
  }
}

function plainAll(nodes: readonly Nodes[]): string {
  let out = '';
  for (const n of nodes) out += plain(n);
  return out;
}

/** Plain text of a node: markup dropped, inline code and image alt kept. */
function plain(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'html':
      return /^<br\s*\/?>$/iu.test(node.value) ? ' ' : '';
    case 'footnoteReference':
    case 'yaml':
      return '';
    default:
      if ('children' in node) return plainAll(node.children as readonly Nodes[]);
      return 'value' in node && typeof node.value === 'string' ? node.value : '';
  }
}
