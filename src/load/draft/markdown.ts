// Markdown to mdast, for the draft parser: remark with GFM and front
// matter, fed in pieces so that a long draft parses in linear time.

import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

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

export const FENCE_OPEN_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/u;
export const FENCE_CLOSE_RE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u;
const HEADING_START_RE = /^#{1,6}(?:[ \t]|$)/u;
export const BLANK_RE = /^[ \t]*$/u;
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

export function countLines(source: string, from: number, to: number): number {
  let n = 0;
  for (let i = source.indexOf('\n', from); i >= 0 && i < to; i = source.indexOf('\n', i + 1)) n += 1;
  return n;
}
