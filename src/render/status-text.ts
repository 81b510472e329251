// gopy status in the terminal: a page to read at a glance, in Vietnamese by
// default (English with --lang en), with small bars for comments per section.

import type { Status, StatusSection } from '../model/status.js';
import { DECISIONS } from '../model/types.js';
import type { Lang } from '../model/types.js';
import { words } from '../i18n/index.js';
import type { Style } from './style.js';
import { plainStyle } from './style.js';
import { anchorColumn, anchorRow, wrapWords } from './columns.js';

const BAR = 16;
/** Section names wrap at this width, so the bars stay in one column; past two lines they are cut (the anchor never is). */
const NAME = 40;
const NAME_LINES = 2;

function fit(text: string, width: number): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > width ? `${t.slice(0, width - 1)}…` : t.padEnd(width);
}

export function bar(count: number, max: number, width = BAR): string {
  if (count <= 0 || max <= 0) return ''.padEnd(width);
  const n = Math.max(1, Math.round((count / max) * width));
  return '█'.repeat(n).padEnd(width);
}

export function renderStatusText(st: Status, lang: Lang, paint: Style = plainStyle): string {
  const W = words(lang).status;
  const L = words(lang).report;
  const out: string[] = [];
  const sectionName = (x: StatusSection): string =>
    x.unknown ? W.unknownAnchor : [x.path ? `${x.path}.` : '', x.title].filter((t) => t !== '').join(' ');
  const anchorWidth = anchorColumn(st.sections.map((x) => x.anchor));
  /** A section's row: its anchor whole, its name wrapped, `tail` (bar, counts) beside the name's first line. */
  const sectionRow = (x: StatusSection, tail: string): string[] => {
    const name = wrapWords(sectionName(x), NAME, NAME_LINES);
    return anchorRow(
      '  ',
      x.anchor,
      anchorWidth,
      name.map((n, i) => (i === 0 ? `${n.padEnd(NAME)} ${tail}` : n)),
    );
  };

  out.push(paint.bold(W.heading));
  out.push(`${W.draft}: ${st.draft.title || st.draft.file}`);
  out.push(paint.dim(`  ${st.draft.file}${st.draft.version ? `, ${W.version} ${st.draft.version}` : ''}`));
  const when = st.meeting.date
    ? `${W.date(st.meeting.date)}${st.meeting.daysLeft !== null ? `, ${paint.bold(W.daysLeft(st.meeting.daysLeft))}` : ''}`
    : W.noMeetingDate;
  out.push(`${W.meeting}: ${st.meeting.name ? `${st.meeting.name} — ` : ''}${when}`, '');

  const d = st.delegates;
  out.push(paint.bold(`${W.delegates}: ${d.expected > 0 ? W.sentOf(d.expected - d.missing.length, d.expected) : W.sentNoList(d.sent)}`));
  const person = (p: { name: string; organization: string | null; file: string | null }): string =>
    `${p.name}${p.organization && p.organization !== p.name ? ` — ${p.organization}` : ''}${p.file ? paint.dim(` (${p.file})`) : ''}`;
  if (d.missing.length > 0) {
    out.push(`  ${paint.warning(`${W.missing} (${d.missing.length}):`)}`);
    for (const m of d.missing) out.push(`    - ${person(m)}${m.reason === 'empty' ? ` — ${W.emptyForm}` : ''}`);
  }
  const emptyUnlisted = d.empty.filter((e) => !d.missing.some((m) => m.file === e.file));
  if (emptyUnlisted.length > 0) {
    out.push(`  ${W.empty} (${emptyUnlisted.length}):`);
    for (const e of emptyUnlisted) out.push(`    - ${person(e)}`);
  }
  if (d.unlisted.length > 0) {
    out.push(`  ${W.unlisted} (${d.unlisted.length}):`);
    for (const u of d.unlisted) out.push(`    - ${person(u)}`);
  }
  out.push('');

  if (st.comments.total === 0) {
    out.push(W.noComments);
    return `${out.join('\n')}\n`;
  }

  out.push(paint.bold(W.bySection(st.comments.total)));
  const max = st.sections.reduce((m, x) => Math.max(m, x.comments), 0);
  for (const x of st.sections) {
    const pending = x.pending > 0 ? `  ${paint.warning(W.pendingShort(x.pending))}` : '';
    out.push(...sectionRow(x, `${paint.ok(bar(x.comments, max))} ${String(x.comments).padStart(3)}${pending}`));
  }
  out.push('');

  out.push(paint.bold(W.decisions));
  for (const k of [...DECISIONS, 'pending'] as const) {
    const n = st.decisions[k];
    const line = `  ${L.decisions[k].padEnd(24)} ${String(n).padStart(4)}`;
    out.push(k === 'pending' && n > 0 ? paint.warning(line) : line);
  }
  out.push('');

  if (st.pending.total > 0) {
    out.push(paint.bold(W.pendingBySection(st.pending.total)));
    for (const x of st.pending.sections) out.push(...sectionRow(x, String(x.pending).padStart(3)));
    out.push('');
  }

  out.push(paint.bold(W.referred(st.referred.length)));
  if (st.referred.length === 0) out.push(`  ${W.noReferred}`);
  for (const r of st.referred) {
    out.push(`  ${W.commentNo(r.no)} — ${r.anchor}${r.path ? ` (${r.path})` : ''} — ${r.delegate}: ${fit(r.text, 56).trimEnd()}`);
    if (r.note) out.push(`      ${paint.dim(`→ ${fit(r.note, 72).trimEnd()}`)}`);
  }
  out.push('');
  out.push(st.pending.total > 0 ? paint.warning(W.stillPending(st.pending.total)) : paint.ok(W.allDone));
  return `${out.join('\n')}\n`;
}
