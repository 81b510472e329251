// The diff for the terminal: a header per changed section (status, number and
// title, anchor), its word-level changes, a summary line. With colour,
// deletions and insertions are coloured; without, they are marked
// `[-old-]{+new+}` like `git diff --word-diff`, so the output stays readable
// when piped to a file. Long unchanged stretches are cut to some context.

import type { Style } from './style.js';
import type { Change, DraftDiff, SectionDiff } from '../model/diff.js';
import type { Revision, RevisionCheck } from '../model/revision.js';
import { differs, isChanged } from '../model/diff.js';
import { diffLabels, draftLine, parentName, sectionName, shown, summaryParts } from './diff-common.js';
import type { DiffLabels, DiffRenderOptions } from './diff-common.js';

/** Unchanged characters kept on each side of a change. */
const CONTEXT = 80;
const INDENT = '    ';

export interface TextRenderOptions extends DiffRenderOptions {
  /** Colours; none means plain text with `[-…-]{+…+}` markers. */
  style?: Style | undefined;
}

export function renderDiffText(diff: DraftDiff, opts: TextRenderOptions = {}): string {
  const style = opts.style;
  const bold = (s: string): string => (style ? style.bold(s) : s);
  const dim = (s: string): string => (style ? style.dim(s) : s);
  const L = diffLabels(opts.lang);
  const out: string[] = [];
  out.push(bold(`--- ${draftLine(diff.old, L.version)}`), bold(`+++ ${draftLine(diff.new, L.version)}`), '');
  const changed = diff.sections.filter(isChanged);
  const revision = opts.revision ?? null;

  if (opts.stat) {
    const rows = changed.map(
      (d) => [L.statusCounts[d.status], anchorText(d), sectionName(shown(d), 50), `+${d.inserted} -${d.deleted}`, d.status] as const,
    );
    const w0 = Math.max(0, ...rows.map((r) => r[0].length));
    const w1 = Math.max(0, ...rows.map((r) => r[1].length));
    const w2 = Math.max(0, ...rows.map((r) => r[2].length));
    for (const [word, anchor, name, counts, status] of rows) {
      out.push(` ${paintStatus(word.padEnd(w0), status, style)}  ${anchor.padEnd(w1)}  ${name.padEnd(w2)}  ${counts}`);
    }
    if (rows.length > 0) out.push('');
  } else {
    for (const d of changed) {
      out.push(...sectionBlock(diff, d, L, style, bold, dim));
      if (revision) out.push(...commentLines(revision, d, L, dim));
      out.push('');
    }
  }

  if (revision) out.push(...checkLines(revision, L, bold));
  const words = changed.reduce((n, d) => ({ ins: n.ins + d.inserted, del: n.del + d.deleted }), { ins: 0, del: 0 });
  out.push(
    bold(
      differs(diff)
        ? `${summaryParts(diff.summary, L.statusCounts).join(', ')} (${L.text.wordsChanged(words.ins, words.del)})`
        : L.text.noChange(diff.summary.unchanged),
    ),
  );
  return `${out.join('\n')}\n`;
}

function paintStatus(text: string, status: SectionDiff['status'], style: Style | undefined): string {
  if (!style) return text;
  if (status === 'added') return style.ok(text);
  if (status === 'removed') return style.error(text);
  return style.warning(text);
}

function anchorText(d: SectionDiff): string {
  if (d.old && d.new && d.old.anchor !== d.new.anchor) return `#${d.old.anchor} → #${d.new.anchor}`;
  return `#${shown(d).anchor}`;
}

function sectionBlock(
  diff: DraftDiff,
  d: SectionDiff,
  L: DiffLabels,
  style: Style | undefined,
  bold: (s: string) => string,
  dim: (s: string) => string,
): string[] {
  const s = shown(d);
  const out: string[] = [];
  const width = Math.max(...Object.values(L.statusCounts).map((w) => w.length));
  let head = `${paintStatus(L.statusCounts[d.status].padEnd(width), d.status, style)} ${bold(sectionName(s))}  ${dim(anchorText(d))}`;
  if (d.old && d.new && d.old.label !== d.new.label && d.old.label !== '') head += dim(` (${L.wasNumbered} ${d.old.label})`);
  out.push(head);
  if (d.status === 'moved' || d.changed.includes('place')) {
    const from = d.old ? (parentName(diff.old, d.old) ?? L.top) : '';
    const to = d.new ? (parentName(diff.new, d.new) ?? L.top) : '';
    out.push(`${INDENT}${dim(from === to ? L.text.movedWithin(to) : L.text.movedFromTo(from, to))}`);
  }
  if (d.titleChanges) out.push(`${INDENT}${dim(L.text.title)} ${inline(d.titleChanges, style, false).replace(/\n/gu, ' ')}`);
  const body = d.status === 'added' || d.status === 'removed' ? d.changes : d.changed.includes('text') ? d.changes : [];
  if (body.length > 0) {
    const text = inline(body, style, true);
    for (const line of text.split('\n')) out.push(`${INDENT}${line}`);
  }
  return out;
}

/** Runs as one string: equal text (cut to context when asked), marked or coloured changes. */
function inline(changes: readonly Change[], style: Style | undefined, cut: boolean): string {
  let out = '';
  changes.forEach((c, k) => {
    if (c.op === 'equal') {
      const where = changes.length === 1 ? 'only' : k === 0 ? 'first' : k === changes.length - 1 ? 'last' : 'middle';
      out += cut ? elide(c.text, where) : c.text;
      return;
    }
    // Paint line by line, so colour codes never span a line break.
    const paint = (s: string): string => {
      if (s === '') return s;
      if (style) return c.op === 'delete' ? style.del(s) : style.ins(s);
      return c.op === 'delete' ? `[-${s}-]` : `{+${s}+}`;
    };
    out += c.text.split('\n').map(paint).join('\n');
  });
  return out;
}

/** Cut a long unchanged run down to the context next to the changes. */
export function elide(text: string, where: 'first' | 'middle' | 'last' | 'only'): string {
  if (where === 'only') return text;
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  const keepHead = (line: string): string => line.slice(0, CONTEXT).replace(/\s+\S*$/u, '');
  const keepTail = (line: string): string => line.slice(line.length - CONTEXT).replace(/^\S*\s+/u, '');
  const cutHead = (line: string): string => (line.length <= CONTEXT ? line : `${keepHead(line)} …`);
  const cutTail = (line: string): string => (line.length <= CONTEXT ? line : `… ${keepTail(line)}`);
  if (where === 'first') return `${lines.length > 1 ? '…\n' : ''}${cutTail(last)}`;
  if (where === 'last') return `${cutHead(first)}${lines.length > 1 ? '\n…' : ''}`;
  if (lines.length === 1) return text.length <= 2 * CONTEXT + 10 ? text : `${keepHead(text)} … ${keepTail(text)}`;
  return `${cutHead(first)}\n${lines.length > 2 ? '…\n' : ''}${cutTail(last)}`;
}

function commentLines(revision: Revision, d: SectionDiff, L: DiffLabels, dim: (s: string) => string): string[] {
  const list = revision.comments.get(d) ?? [];
  if (list.length === 0) return [`${INDENT}${dim(L.text.noComment)}`];
  const out = [`${INDENT}${dim(L.text.comments)}`];
  for (const c of list) {
    const decision = L.decisions[c.decision ?? 'pending'];
    out.push(`${INDENT}  ${c.id} (${c.delegate}, ${L.kinds[c.kind]}): ${oneLine(c.text, 100)}`);
    out.push(`${INDENT}    → ${decision}${c.note ? `: ${oneLine(c.note, 100)}` : ''}`);
  }
  return out;
}

function checkLines(revision: Revision, L: DiffLabels, bold: (s: string) => string): string[] {
  const out: string[] = [bold(L.checks)];
  const T = L.text;
  const groups: [string, RevisionCheck[]][] = [
    [T.notReflected, revision.checks.filter((c) => c.kind === 'accepted-not-reflected')],
    [T.explainedApplied, revision.checks.filter((c) => c.kind === 'explained-but-applied')],
    [T.shifted, revision.checks.filter((c) => c.kind === 'anchor-shifted')],
    [T.gone, revision.checks.filter((c) => c.kind === 'anchor-gone')],
    [T.unknown, revision.checks.filter((c) => c.kind === 'anchor-unknown')],
  ];
  for (const [title, list] of groups) {
    out.push(`  ${title}: ${list.length === 0 ? T.none : list.length}`);
    for (const c of list) out.push(`    ${c.comment.id} (${c.comment.file}:${c.comment.line}): ${c.message}`);
  }
  const drafting = revision.drafting;
  out.push(`  ${T.drafting}: ${drafting.length === 0 ? T.none : drafting.length}`);
  for (const d of drafting) out.push(`    ${L.statusCounts[d.status]} #${shown(d).anchor} ${sectionName(shown(d), 60)}`);
  out.push('');
  return out;
}

function oneLine(text: string, max: number): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max).replace(/\s+\S*$/u, '')} …` : t;
}
