// The synthesis report as Markdown: readable as plain text, clean when rendered.

import type { SynthComment, SynthSection, Synthesis } from '../model/synthesis.js';
import { DECISIONS } from '../model/types.js';
import { mdInline as escapeInline, isInert, mdLines } from './escape.js';
import {
  citedHeading,
  countLine,
  decisionSpans,
  decisionText,
  delegateDetails,
  documentFrame,
  originNote,
  partTitles,
  placeOf,
  sectionContexts,
} from './frame.js';
import type { Frame } from './frame.js';
import { labels } from '../i18n/index.js';
import type { Labels } from '../i18n/index.js';

// Delegates' names, titles and organisations and the secretariat's notes
// repeat from comment to comment: each distinct short text is escaped once
// per report (escaping is a chain of regular expressions, the costliest step
// of rendering a large report). Long texts are mostly unique: caching them
// would only cost hashing and memory, so they are not kept, and the cache is
// emptied when it grows large.
const CACHED_CHARS = 160;
const CACHED_ENTRIES = 20_000;
let inlineCache = new Map<string, string>();
function mdInline(text: string): string {
  if (isInert(text)) return text;
  if (text.length > CACHED_CHARS) return escapeInline(text);
  let out = inlineCache.get(text);
  if (out === undefined) {
    out = escapeInline(text);
    if (inlineCache.size >= CACHED_ENTRIES) inlineCache = new Map();
    inlineCache.set(text, out);
  }
  return out;
}

export function renderMarkdown(s: Synthesis): string {
  return [...renderMarkdownChunks(s)].join('');
}

/**
 * The text of renderMarkdown in pieces of one comment or so, so that a large
 * report is never one string (for 200,000 comments it is some 200 MB).
 */
export function* renderMarkdownChunks(s: Synthesis): Generator<string, void, undefined> {
  inlineCache = new Map();
  try {
    yield* render(s);
  } finally {
    inlineCache = new Map();
  }
}

function* render(s: Synthesis): Generator<string, void, undefined> {
  const L = labels(s.lang);
  const frame = documentFrame(s, L);
  const parts = partTitles(s, L);
  const contexts = sectionContexts(s);
  const text = new Finisher();
  const emit = (lines: readonly string[]): string => {
    for (const line of lines) text.line(line);
    return text.take();
  };
  const out: string[] = [];
  out.push(...header(frame));
  out.push(...summary(s, L));

  out.push(`## ${parts.body}`, '');
  if (s.sections.length === 0) out.push(`*${L.none}.*`, '');
  yield emit(out);
  for (const sec of s.sections) {
    yield emit(sectionHead(sec, contexts.get(sec) ?? ''));
    yield* commentRun(sec.comments, L, emit);
  }

  if (parts.referred !== null) {
    const lines = [`## ${parts.referred}`, '', mdInline(L.referredIntro), ''];
    for (const c of s.referred) {
      lines.push(
        `- **${capitalise(L.commentNo)} ${c.no}** — ${mdInline(c.delegate.name)} (${mdInline(placeOf(c, s, L))}): ${mdInline(c.text)}`,
      );
      if (c.note) lines.push(`  - ${mdInline(c.note)}`);
      if (lines.length >= 64) yield emit(lines.splice(0));
    }
    lines.push('');
    yield emit(lines);
  }
  if (parts.unplaced !== null) {
    yield emit([`## ${parts.unplaced}`, '', mdInline(L.unplacedIntro), '']);
    for (const c of s.unplaced) {
      const where = `${mdInline(c.anchor)}${c.maybe === null ? '' : ` *(${mdInline(L.maybe(c.maybe))})*`}`;
      yield emit([...comment(c, L, where), ...response([c], L)]);
    }
  }
  const rest = emit([mdInline(frame.closing), '', ...footer(frame, L)]);
  yield rest + text.end();
}

/**
 * `${lines.join('\n').replace(/\n{3,}/gu, '\n\n').trimEnd()}\n`, computed
 * piece by piece so that the report is built as one string only once (for
 * 200,000 comments each copy of it is some 200 MB): a run of line ends is
 * cut to two as it is met, trailing white space is trimmed from the last
 * pieces, and one join makes the text.
 */
export function finish(lines: readonly string[]): string {
  const text = new Finisher();
  for (const line of lines) text.line(line);
  return text.take() + text.end();
}

/**
 * finish() for lines given a few at a time: take() hands back the text so
 * far, but for the white space at its end, held until more text comes (or
 * end() drops it).
 */
class Finisher {
  /** Line ends just emitted, in a row. */
  private newlines = 0;
  private started = false;
  /** Pieces ready to go. */
  private ready: string[] = [];
  /** The last piece with other than white space (if any yet), then the white space after it: trimmed at the end. */
  private tail: string[] = [];

  line(line: string): void {
    if (this.started) this.breaks(1);
    this.started = true;
    if (!line.includes('\n')) return this.text(line);
    for (const part of line.split(/(\n+)/u)) {
      if (part.startsWith('\n')) this.breaks(part.length);
      else this.text(part);
    }
  }

  take(): string {
    const out = this.ready.join('');
    this.ready = [];
    return out;
  }

  end(): string {
    // tail[0] is white space only when no other text came at all: then all of it goes.
    const last = this.tail[0]?.trimEnd() ?? '';
    const out = `${this.take()}${last}\n`;
    this.tail = [];
    return out;
  }

  private text(t: string): void {
    if (t === '') return;
    this.piece(t);
    this.newlines = 0;
  }

  private breaks(n: number): void {
    const emit = Math.max(0, Math.min(n, 2 - this.newlines));
    if (emit > 0) this.piece(emit === 1 ? '\n' : '\n\n');
    this.newlines += n;
  }

  private piece(p: string): void {
    if (p.trimEnd() === '') this.tail.push(p);
    else {
      for (const t of this.tail) this.ready.push(t);
      this.tail = [p];
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Blank runs in "Số    -BC/…" are kept: the number is written in by hand. */
function keepBlanks(text: string): string {
  return text
    .split(/([ \u00a0]{2,})/u)
    .map((part, i) => (i % 2 ? '\u00a0'.repeat(part.length) : mdInline(part)))
    .join('');
}

function header(f: Frame): string[] {
  const out: string[] = [];
  const left = [...(f.parent === null ? [] : [f.parent]), ...f.issuer].map((x) => `**${mdInline(x)}**`);
  left.push(keepBlanks(f.number));
  out.push(left.join('  \n'), '');
  // Emphasis cannot end after a blank: the blanks left for a date written by hand stay outside it.
  const date = /^(.*?)([ \u00a0]*)$/u.exec(f.placeDate);
  out.push([`**${f.country}**`, `*${keepBlanks(date?.[1] ?? f.placeDate)}*${keepBlanks(date?.[2] ?? '')}`].join('  \n'), '');
  out.push(`# ${f.kind}`, '', `**${mdInline(f.title)}**`, '');
  if (f.subtitle) out.push(`*${mdInline(f.subtitle)}*`, '');
  out.push(mdInline(f.opening), '');
  return out;
}

function summary(s: Synthesis, L: Labels): string[] {
  const m = s.summary;
  const out = [`## I. ${L.summary}`, ''];
  out.push(`- ${L.delegatesCount}: **${m.delegates}**`, `- ${L.commentsCount}: **${m.comments}**`, '');
  if (m.groups.length > 0) {
    out.push(`**${L.byGroup}**`, '', `| ${L.group} | ${L.delegates} | ${L.comments} |`, '| --- | ---: | ---: |');
    for (const g of m.groups) out.push(`| ${mdInline(g.group ?? L.noGroup)} | ${g.delegates} | ${g.comments} |`);
    out.push(`| **${L.total}** | **${m.delegates}** | **${m.comments}** |`, '');
  }
  out.push(`**${L.decision}**`, '', `| ${L.decision} | ${L.count} |`, '| --- | ---: |');
  for (const d of [...DECISIONS, 'pending'] as const) out.push(`| ${L.decisions[d]} | ${m.decisions[d]} |`);
  out.push(`| **${L.total}** | **${m.comments}** |`, '');
  if (m.mostCommented.length > 0) {
    out.push(`**${L.mostCommented}**`, '');
    for (const x of m.mostCommented) out.push(`- ${mdInline(countLine(x, L))}`);
    out.push('');
  }
  out.push(`**${L.onlyAgree}**: ${m.onlyAgree.length > 0 ? m.onlyAgree.map((d) => mdInline(d.name)).join(', ') : L.none}.`, '');
  return out;
}

function sectionHead(sec: SynthSection, context: string): string[] {
  const out = [`### ${mdInline(citedHeading(sec))}`, ''];
  if (context) out.push(`*${mdInline(context)}*`, '');
  return out;
}

function comment(c: SynthComment, L: Labels, where: string | null): string[] {
  const who = delegateDetails(c);
  const head = `**${c.no}.** **${mdInline(c.delegate.name)}**${who.length ? ` — ${who.map(mdInline).join(', ')}` : ''} · *${L.kinds[c.kind]}*${where ? ` · ${where}` : ''}`;
  const out = [head, ''];
  // A one-line text that needs no escaping is its own line (what mdLines would give).
  const lines = !c.text.includes('\n') && c.text !== '' && isInert(c.text) ? [c.text] : mdLines(c.text);
  for (const line of lines) out.push(line === '' ? '>' : `> ${line}`);
  out.push('');
  const details: string[] = [];
  const origin = originNote(c, L);
  if (origin) details.push(`- *${mdInline(origin)}*`);
  if (c.quote) details.push(`- ${L.quote}: “${mdInline(c.quote)}”`);
  if (c.proposal) details.push(`- ${L.proposal}: “${mdInline(c.proposal)}”`);
  out.push(...details, '');
  return out;
}

/** A section's comments; those that one decision answers stand together above that decision, said once. */
function* commentRun(comments: readonly SynthComment[], L: Labels, emit: (lines: readonly string[]) => string): Generator<string> {
  const spans = decisionSpans(comments);
  for (let i = 0; i < comments.length; i++) {
    const span = spans[i] ?? 1;
    const run = comments.slice(i, i + Math.max(1, span));
    for (const c of run) yield emit(comment(c, L, null));
    yield emit(response(run, L));
    i += run.length - 1;
  }
}

function response(run: readonly SynthComment[], L: Labels): string[] {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return [];
  const d = decisionText(first, L);
  const which = run.length > 1 ? ` (${L.commentsRange(first.no, last.no)})` : '';
  const lines = [`- ${L.response}${which}: **${mdInline(d.lead)}**${/^\s/u.test(d.first) ? ' ' : ''}${mdInline(d.first)}`];
  for (const x of d.rest) lines.push(`  ${mdInline(x)}`);
  return [...lines, ''];
}

function footer(f: Frame, L: Labels): string[] {
  const out: string[] = [`**${L.recipients}:**`, ''];
  for (const r of f.recipients) out.push(`- ${mdInline(r.replace(/^-\s*/u, ''))}`);
  out.push('');
  if (f.signer) {
    const lines = [f.signer.onBehalf, f.signer.title].filter((x): x is string => x !== null).map((x) => `**${mdInline(x)}**`);
    if (f.signer.name) lines.push('', '', `**${mdInline(f.signer.name)}**`);
    out.push(lines.join('  \n'), '');
  }
  return out;
}
