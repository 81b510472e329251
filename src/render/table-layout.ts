// How the comment table is cut into rows that survive pagination, one plan
// for the Word file and the HTML/PDF alike.
//
// Word and LibreOffice cannot repeat a cell's text when a row or a merged
// cell runs onto the next page: the continuation shows blank STT and section
// cells, and a merged decision cell shows blank below the break. So no row
// is left to break by itself and no merged cell may cross a page. Instead:
// every printed row is short and kept whole (cantSplit / break-inside:
// avoid); a long comment is cut between sentences into several rows, each
// naming its section ("II.2.5 (tiếp)"); comments that one decision answers
// share a merged cell only in groups short enough to be kept on one page,
// and a later group of the same decision says "Ghi nhận (như ý kiến số 1)".
// A page then ends at most one short row before its foot.

import type { SynthComment } from '../model/synthesis.js';
import type { Labels } from '../i18n/index.js';
import { decisionSpans, decisionText, delegateDetails, originNote, textParagraphs } from './frame.js';

/** A piece of text, plain, bold or italic. */
export interface Span {
  text: string;
  em?: 'b' | 'i';
}
/** A paragraph of a cell. */
export type Para = Span[];

export interface TableRow {
  c: SynthComment;
  /** 0 for the comment's first row (with its delegate); 1, 2… for rows continuing it. */
  piece: number;
  /** The paragraphs of the comment cell in this row. */
  what: Para[];
  /** The decision cell's paragraphs; null where a merged cell above covers this row. */
  resp: Para[] | null;
  /** Rows the decision cell spans: 1 its own, more when merged over the rows below, 0 when covered. */
  span: number;
  /** The number of the comment whose row holds the decision cell covering this one (its own number otherwise). */
  decidedAt: number;
  /** Kept on the page with the next row (the rows of one merged decision cell). */
  keepNext: boolean;
}

/** Characters per line of the table's wide columns at 13 pt, in the landscape (wide) and portrait (narrow) tables. */
export const COLUMN_CHARS = {
  wide: { who: 25, what: 48, resp: 40 },
  narrow: { who: 16, what: 26, resp: 22 },
} as const;
export type ColumnChars = (typeof COLUMN_CHARS)[keyof typeof COLUMN_CHARS];

/**
 * The tallest block kept whole on a page, in lines: a row, the rows of one
 * merged decision cell, or a section's own row with the first row below it.
 * A landscape page holds about 27 lines of the table besides its header
 * row; with the space between rows, a page then ends less than a third of a
 * page above its foot.
 */
export const BLOCK_LINES = 7;
/**
 * The tallest group of rows one merged decision cell may span ("one
 * decision, one cell"): two short comments fit; a page then still ends
 * less than a third of a page above its foot.
 */
const MERGE_LINES = 9;
/** A paragraph longer than this many lines may be cut between its sentences. */
const CUT_LINES = 2;
/** Characters per line of a section's own row across the table (bold, landscape). */
const HEADING_CHARS = 120;

interface Unit {
  para: Para;
  lines: number;
  /** Continues the paragraph of the unit before it (a long paragraph cut between sentences). */
  joins: boolean;
  /** Never the last of a row: the comment's kind stays with its first words. */
  glue?: boolean;
}

/**
 * The rows of one section's comments, under its own row of `heading` text
 * (kept with the first row below it); without a heading, any list of
 * comments, each deciding alone when `merge` is false.
 */
export function tableRows(
  comments: readonly SynthComment[],
  L: Labels,
  chars: ColumnChars,
  opts: { heading?: readonly string[]; merge?: boolean } = {},
): TableRow[] {
  const spans = opts.merge === false ? comments.map(() => 1) : decisionSpans(comments);
  const out: TableRow[] = [];
  // The first block shares its page with the section's own row.
  const headingLines = (opts.heading ?? []).filter((t) => t !== '').reduce((n, t) => n + lines(t, HEADING_CHARS), 0);
  const room = (): number => (out.length === 0 ? Math.max(3, BLOCK_LINES - headingLines) : BLOCK_LINES);
  for (let i = 0; i < comments.length;) {
    const run = comments.slice(i, i + Math.max(1, spans[i] ?? 1));
    layoutRun(run, L, chars, out, room);
    i += run.length;
  }
  return out;
}

/** Comments one decision answers, one after another: in merged groups that fit on a page, or alone. */
function layoutRun(run: readonly SynthComment[], L: Labels, chars: ColumnChars, out: TableRow[], room: () => number): void {
  const lead = run[0];
  if (lead === undefined) return;
  const full = decisionUnits(lead, L, chars.resp);
  const d = decisionText(lead, L);
  const see = [unit([{ text: d.lead, em: 'b' }, { text: ` (${L.sameAs(lead.no)}).` }], chars.resp)];
  for (let j = 0; j < run.length;) {
    const resp = j === 0 ? full : see;
    const respLines = sum(resp);
    const limit = room();
    const mergeLimit = Math.max(limit, limit + MERGE_LINES - BLOCK_LINES);
    let k = j;
    let height = 0;
    while (k < run.length) {
      const own = ownLines(run[k]!, L, chars);
      if (Math.max(height + own, respLines) > (k > j ? mergeLimit : limit)) break;
      height += own;
      k++;
    }
    if (k - j >= 2) {
      const at = lead.no;
      for (let m = j; m < k; m++) {
        const c = run[m]!;
        out.push({
          c,
          piece: 0,
          what: joinUnits(whatUnits(c, L, chars.what)),
          resp: m === j ? joinUnits(resp) : null,
          span: m === j ? k - j : 0,
          decidedAt: at,
          keepNext: m < k - 1,
        });
      }
      j = k;
    } else {
      const c = run[j]!;
      pieces(whoLines(c, chars.who), whatUnits(c, L, chars.what), resp, limit).forEach((p, n) =>
        out.push({ c, piece: n, what: p.what, resp: p.resp, span: 1, decidedAt: c.no, keepNext: false }),
      );
      j++;
    }
  }
}

/**
 * A comment's own text and the decision as one row when they fit in `room`
 * lines, else cut between paragraphs or sentences into rows of at most
 * BLOCK_LINES (the delegate in the first).
 */
function pieces(who: number, what: Unit[], resp: Unit[], room: number): { what: Para[]; resp: Para[] }[] {
  if (Math.max(who, sum(what), sum(resp)) <= room) return [{ what: joinUnits(what), resp: joinUnits(resp) }];
  const out: { what: Para[]; resp: Para[] }[] = [];
  let a = 0;
  let b = 0;
  while (out.length === 0 || a < what.length || b < resp.length) {
    const limit = out.length === 0 ? Math.max(room, who) : BLOCK_LINES;
    const take = (units: Unit[], from: number): number => {
      let to = from;
      let used = 0;
      while (to < units.length) {
        // A unit glued to the next is taken with it.
        let end = to + 1;
        while (units[end - 1]?.glue && end < units.length) end++;
        const size = sum(units.slice(to, end));
        if (to > from && used + size > limit) break;
        used += size;
        to = end;
      }
      return to;
    };
    const a2 = take(what, a);
    const b2 = take(resp, b);
    out.push({ what: joinUnits(what.slice(a, a2)), resp: joinUnits(resp.slice(b, b2)) });
    a = a2;
    b = b2;
  }
  return out;
}

/** The height of a comment's row without its decision. */
function ownLines(c: SynthComment, L: Labels, chars: ColumnChars): number {
  return Math.max(whoLines(c, chars.who), sum(whatUnits(c, L, chars.what)));
}

function whoLines(c: SynthComment, width: number): number {
  return [c.delegate.name, ...delegateDetails(c)].reduce((n, t) => n + lines(t, width), 0);
}

/** The comment cell: its kind, its text, where it was read, the draft's words and the proposal. */
function whatUnits(c: SynthComment, L: Labels, width: number): Unit[] {
  const out: Unit[] = [{ ...unit([{ text: L.kinds[c.kind], em: 'i' }], width), glue: true }];
  for (const para of textParagraphs(c.text)) out.push(...cut([], para, width));
  const origin = originNote(c, L);
  if (origin) out.push(unit([{ text: origin, em: 'i' }], width));
  if (c.quote) out.push(...cut([{ text: `${L.quote}: `, em: 'i' }], `“${c.quote}”`, width));
  if (c.proposal) out.push(...cut([{ text: `${L.proposal}: `, em: 'i' }], `“${c.proposal}”`, width));
  return out;
}

/** The decision cell: the decision in words (bold), then the note. */
function decisionUnits(c: SynthComment, L: Labels, width: number): Unit[] {
  const d = decisionText(c, L);
  return [...cut([{ text: d.lead, em: 'b' }], d.first, width), ...d.rest.flatMap((x) => cut([], x, width))];
}

/**
 * A paragraph (after a lead in its own style) as one unit, or, when it is
 * long, as its sentences: a row may end between two sentences, never inside
 * one; sentences that fall in the same row make one paragraph again. A
 * sentence counts the part of a line it fills, so that a paragraph cut in
 * sentences measures about what it measures whole.
 */
function cut(lead: Para, text: string, width: number): Unit[] {
  const whole = unit(
    [...lead, { text }].filter((s) => s.text !== ''),
    width,
  );
  if (whole.lines <= CUT_LINES) return [whole];
  const leadText = lead.map((s) => s.text).join('');
  return sentences(text).map((sentence, i) => {
    const para = (i === 0 ? [...lead, { text: sentence }] : [{ text: sentence }]).filter((s) => s.text !== '');
    return { para, lines: ([...(i === 0 ? leadText : ' ')].length + [...sentence].length) / width, joins: i > 0 };
  });
}

/** Sentences: a break after . ! ? … ; that ends a word in lower case or a number, before a capital, a digit or an opening mark. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[\p{Ll}\d”")\]][.!?…;])\s+(?=[\p{Lu}\d“"(\-–])/u).filter((s) => s !== '');
}

function unit(para: Para, width: number): Unit {
  return { para, lines: lines(para.map((s) => s.text).join(''), width), joins: false };
}

/** Units as the paragraphs of one cell: pieces of one paragraph that fall in the same row become one again. */
function joinUnits(units: readonly Unit[]): Para[] {
  const out: Para[] = [];
  for (const u of units) {
    const last = out[out.length - 1];
    if (u.joins && last !== undefined) last.push({ text: ' ' }, ...u.para);
    else out.push([...u.para]);
  }
  return out;
}

function lines(text: string, width: number): number {
  return Math.max(1, Math.ceil([...text].length / width));
}

function sum(units: readonly Unit[]): number {
  return units.reduce((n, u) => n + u.lines, 0);
}

/** A paragraph's plain text. */
export function paraText(p: Para): string {
  return p.map((s) => s.text).join('');
}
