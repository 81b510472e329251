// The diff as a Markdown redline: one part per changed section, deletions in
// <del> and insertions in <ins> (inline HTML, which CommonMark and GFM keep),
// every piece of draft text escaped so it cannot turn into markup.

import type { Change, DraftDiff, SectionDiff } from '../model/diff.js';
import type { CommentRef, Revision, RevisionCheck } from '../model/revision.js';
import { differs, isChanged } from '../model/diff.js';
import { changeLines, checkGroups, diffLabels, draftLine, parentName, sectionName, shown } from './diff-common.js';
import type { DiffLabels, DiffRenderOptions } from './diff-common.js';
import { mdInline } from './escape.js';
import { STATUSES } from '../model/diff.js';

export function renderDiffMarkdown(diff: DraftDiff, opts: DiffRenderOptions = {}): string {
  const L = diffLabels(opts.lang);
  const out: string[] = [];
  out.push(`# ${mdInline(L.title)}`, '');
  out.push(`- **${L.oldDraft}:** ${mdInline(draftLine(diff.old, L.version))}`);
  out.push(`- **${L.newDraft}:** ${mdInline(draftLine(diff.new, L.version))}`, '');
  out.push(
    `| ${STATUSES.map((s) => L.statuses[s]).join(' | ')} |`,
    `| ${STATUSES.map(() => '---:').join(' | ')} |`,
    `| ${STATUSES.map((s) => String(diff.summary[s])).join(' | ')} |`,
    '',
  );
  if (!differs(diff)) {
    out.push(mdInline(L.noChange), '');
    return finish(out);
  }
  if (!opts.stat) out.push(`*${mdInline(L.legend)}*`, '');
  const revision = opts.revision ?? null;
  for (const d of diff.sections.filter(isChanged)) {
    out.push(...section(diff, d, L, opts.stat === true));
    if (revision) out.push(...comments(revision.comments.get(d) ?? [], L));
  }
  if (revision) out.push(...checks(revision, L));
  return finish(out);
}

function finish(out: string[]): string {
  return `${out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trimEnd()}\n`;
}

function section(diff: DraftDiff, d: SectionDiff, L: DiffLabels, stat: boolean): string[] {
  const s = shown(d);
  const out: string[] = [];
  out.push(`## ${midLine(sectionName(s, 120)) || `\`${s.anchor}\``}`, '');
  const meta = [
    `**${L.statuses[d.status]}**`,
    d.old && d.new && d.old.anchor !== d.new.anchor ? `\`#${d.old.anchor}\` → \`#${d.new.anchor}\`` : `\`#${s.anchor}\``,
  ];
  if (d.old && d.new && d.old.label !== d.new.label && d.old.label !== '') meta.push(`${L.wasNumbered} ${midLine(d.old.label)}`);
  meta.push(`+${d.inserted} −${d.deleted}`);
  out.push(meta.join(' · '), '');
  if (d.changed.includes('place') && d.old && d.new) {
    const from = parentName(diff.old, d.old) ?? L.top;
    const to = parentName(diff.new, d.new) ?? L.top;
    out.push(`*${L.movedFrom}* “${mdInline(from)}” *${L.movedTo}* “${mdInline(to)}”`, '');
  }
  if (stat) return out;
  if (d.titleChanges) out.push(`**${L.titleLine}:** ${runs(d.titleChanges).join('')}`, '');
  const body = d.status === 'added' || d.status === 'removed' || d.changed.includes('text') ? d.changes : [];
  for (const line of changeLines(body)) {
    const text = runs(line).join('');
    if (text !== '') out.push(text, '');
  }
  return out;
}

/** One line's runs as Markdown: escaped text, changes wrapped in <del>/<ins>. */
function runs(line: readonly Change[]): string[] {
  return line.map((c, k) => {
    const text = escapeRun(c.text, k === 0);
    if (c.op === 'equal' || text.trim() === '') return text;
    return c.op === 'delete' ? `<del>${text}</del>` : `<ins>${text}</ins>`;
  });
}

/** Inline text that does not start a line of its own (after "## ", mid-sentence): no list-marker escape needed. */
function midLine(text: string): string {
  return mdInline(text)
    .replace(/^\\([-+=])/u, '$1')
    .replace(/^(\d{1,9})\\([.)])/u, '$1$2');
}

/** Escape like mdInline but keep a space at either end (it separates runs); none at a line's start. */
export function escapeRun(text: string, atLineStart: boolean): string {
  const flat = text.replace(/\s+/gu, ' ');
  const core = flat.trim();
  if (core === '') return atLineStart ? '' : flat;
  const lead = !atLineStart && flat.startsWith(' ') ? ' ' : '';
  const trail = flat.endsWith(' ') ? ' ' : '';
  return `${lead}${mdInline(core)}${trail}`;
}

function comments(list: readonly CommentRef[], L: DiffLabels): string[] {
  const out = [`**${L.comments}:**`, ''];
  if (list.length === 0) return [...out, `- ${L.none}`, ''];
  for (const c of list) {
    const decision = L.decisions[c.decision ?? 'pending'];
    out.push(`- ${mdInline(c.delegate)} (\`${c.id.replace(/`/gu, "'")}\`, ${L.kinds[c.kind]}): ${mdInline(c.text)}`);
    out.push(`  - *${decision}*${c.note ? `: ${mdInline(c.note)}` : ''}`);
  }
  out.push('');
  return out;
}

function checks(revision: Revision, L: DiffLabels): string[] {
  const out = [`## ${mdInline(L.checks)}`, ''];
  const group = (title: string, list: readonly RevisionCheck[]): void => {
    out.push(`### ${mdInline(title)}`, '');
    if (list.length === 0) out.push(`- ${L.none}`);
    for (const k of list) {
      const where = k.newAnchor !== null && k.oldAnchor !== k.newAnchor ? ` → \`#${k.newAnchor}\`` : '';
      out.push(
        `- \`${k.comment.id.replace(/`/gu, "'")}\` (${mdInline(k.comment.delegate)}, \`${k.comment.file.replace(/`/gu, "'")}:${k.comment.line}\`)${where}: ${mdInline(k.message)}`,
      );
    }
    out.push('');
  };
  for (const g of checkGroups(revision, L)) group(g.title, g.list);
  out.push(`### ${mdInline(L.drafting)}`, '');
  if (revision.drafting.length === 0) out.push(`- ${L.none}`);
  for (const d of revision.drafting) out.push(`- ${L.statuses[d.status]}: \`#${shown(d).anchor}\` ${midLine(sectionName(shown(d), 80))}`);
  out.push('');
  return out;
}
