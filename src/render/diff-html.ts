// The diff as a self-contained, printable HTML redline: <del>/<ins> in the
// text, an inline view and a side-by-side view, and unchanged sections that
// can be shown too. The views are switched on the page by CSS alone (radio
// buttons and a checkbox), so the file has no script and no outside link;
// the view chosen is the one printed. Every piece of text is escaped.

import type { Change, DraftDiff, SectionDiff } from '../model/diff.js';
import { STATUSES } from '../model/diff.js';
import type { CommentRef, Revision, RevisionCheck } from '../model/revision.js';
import { differs } from '../model/diff.js';
import { changeLines, checkGroups, diffLabels, draftName, parentChain, parentName, sectionName, shown, side } from './diff-common.js';
import type { DiffLabels, DiffRenderOptions } from './diff-common.js';
import { html } from './escape.js';

const CSS = `
:root { --del: #b3261e; --del-bg: #fde7e7; --ins: #1b6e20; --ins-bg: #e3f4e1; --muted: #5f6368; --rule: #d0d4d8; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.45; color: #111; margin: 0; }
header, main { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
header h1 { font-size: 1.5rem; text-align: center; margin: 1.5rem 0 .5rem; }
.drafts { text-align: center; margin: 0 0 1rem; color: var(--muted); }
table.summary { border-collapse: collapse; margin: 0 auto 1rem; font-family: system-ui, sans-serif; font-size: 10.5pt; }
table.summary th, table.summary td { border: 1px solid var(--rule); padding: .2rem .6rem; text-align: center; }
.legend { text-align: center; font-style: italic; color: var(--muted); }
.toggles { position: absolute; opacity: 0; pointer-events: none; }
nav.views { display: flex; gap: .5rem; justify-content: center; flex-wrap: wrap; margin: .75rem 0 1.25rem; font-family: system-ui, sans-serif; font-size: 10.5pt; }
nav.views label { border: 1px solid var(--rule); border-radius: 1rem; padding: .25rem .8rem; cursor: pointer; user-select: none; }
#view-inline:checked ~ header nav label[for="view-inline"], #view-side:checked ~ header nav label[for="view-side"], #show-unchanged:checked ~ header nav label[for="show-unchanged"] { background: #1f3b57; color: #fff; border-color: #1f3b57; }
#view-inline:focus-visible ~ header nav label[for="view-inline"], #view-side:focus-visible ~ header nav label[for="view-side"], #show-unchanged:focus-visible ~ header nav label[for="show-unchanged"] { outline: 2px solid #1f3b57; outline-offset: 2px; }
#view-inline:checked ~ main .side { display: none; }
#view-side:checked ~ main .inline { display: none; }
main section.unchanged { display: none; }
.tech { display: none; }
#show-tech:checked ~ header .tech, #show-tech:checked ~ main .tech { display: inline; }
#show-tech:checked ~ header nav label[for="show-tech"] { background: #1f3b57; color: #fff; border-color: #1f3b57; }
p.ctx { font-size: 10.5pt; color: var(--muted); margin: 0; font-style: italic; }
#show-unchanged:checked ~ main section.unchanged { display: block; }
section.s { border-top: 1px solid var(--rule); padding: .6rem 0 .4rem; break-inside: avoid-page; }
section.s h2 { font-size: 1.05rem; margin: .2rem 0; }
section.unchanged h2 { color: var(--muted); font-weight: normal; }
.d1 { margin-left: 0; } .d2 { margin-left: 0; } .d3 { margin-left: 1rem; } .d4 { margin-left: 2rem; } .d5, .d6, .d7, .d8 { margin-left: 3rem; }
.meta { font-family: system-ui, sans-serif; font-size: 9.5pt; color: var(--muted); margin: 0 0 .35rem; }
.badge { display: inline-block; border-radius: .25rem; padding: 0 .4rem; font-weight: 600; color: #fff; background: #6b5b00; }
.badge.added { background: var(--ins); } .badge.removed { background: var(--del); } .badge.unchanged { background: #8a8f94; }
.text p { margin: .25rem 0; text-align: justify; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side > div { min-width: 0; }
.side h3 { font-family: system-ui, sans-serif; font-size: 9pt; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0; }
.empty { color: var(--muted); font-style: italic; }
.comments { font-family: system-ui, sans-serif; font-size: 10pt; background: #f6f7f8; border-left: 3px solid var(--rule); padding: .3rem .6rem; margin: .4rem 0; }
.comments ul, .checks ul { margin: .2rem 0; padding-left: 1.2rem; }
.checks { border-top: 2px solid #1f3b57; margin-top: 1.5rem; font-family: system-ui, sans-serif; font-size: 10.5pt; }
.checks h2 { font-size: 1.15rem; } .checks h3 { font-size: 1rem; margin-bottom: .2rem; }
code { font-size: .9em; }
@media print {
  nav.views { display: none; }
  body { font-size: 12pt; }
  header, main { max-width: none; padding: 0; }
  del, ins { background: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.s { break-inside: auto; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 2cm 2cm 2cm 3cm; }
`;

export function renderDiffHtml(diff: DraftDiff, opts: DiffRenderOptions = {}): string {
  const L = diffLabels(opts.lang);
  const revision = opts.revision ?? null;
  const lang = opts.lang === 'en' ? 'en' : 'vi';
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
  );
  out.push(`<title>${html(`${L.title}: ${diff.old.stem} → ${diff.new.stem}`)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  out.push(
    `<input class="toggles" type="radio" name="view" id="view-inline" checked aria-label="${html(L.inline)}">`,
    `<input class="toggles" type="radio" name="view" id="view-side" aria-label="${html(L.sideBySide)}">`,
    `<input class="toggles" type="checkbox" id="show-unchanged" aria-label="${html(L.showUnchanged)}">`,
    `<input class="toggles" type="checkbox" id="show-tech" aria-label="${html(L.showTech)}">`,
  );
  out.push('<header>', `<h1>${html(L.title)}</h1>`);
  out.push(
    `<p class="drafts">${html(L.oldDraft)}: ${html(draftName(diff.old, L.version))}<span class="tech"> — <code>${html(diff.old.file)}</code></span><br>${html(L.newDraft)}: ${html(draftName(diff.new, L.version))}<span class="tech"> — <code>${html(diff.new.file)}</code></span></p>`,
  );
  out.push(
    '<table class="summary"><tr>',
    ...STATUSES.map((s) => `<th>${html(L.statuses[s])}</th>`),
    '</tr><tr>',
    ...STATUSES.map((s) => `<td>${diff.summary[s]}</td>`),
    '</tr></table>',
  );
  out.push(`<p class="legend">${html(differs(diff) ? L.legend : L.noChange)}</p>`);
  out.push(
    `<nav class="views"><label for="view-inline">${html(L.inline)}</label><label for="view-side">${html(L.sideBySide)}</label><label for="show-unchanged">${html(L.showUnchanged)}</label><label for="show-tech">${html(L.showTech)}</label></nav>`,
  );
  out.push('</header>', '<main>');
  for (const d of diff.sections) {
    const notes = revision && d.status !== 'unchanged' ? comments(revision.comments.get(d) ?? [], L) : '';
    out.push(section(diff, d, L, opts.stat === true, notes));
  }
  if (revision) out.push(checks(revision, L, diff));
  out.push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function section(diff: DraftDiff, d: SectionDiff, L: DiffLabels, stat: boolean, notes: string): string {
  const s = shown(d);
  const depth = Math.min(8, Math.max(1, s.depth));
  const out: string[] = [];
  out.push(`<section class="s ${d.status} d${depth}" id="s-${html(s.anchor)}">`);
  // The headings above it, so that an item of III.5 is not read as one of III.4.
  const chain = parentChain(d.new ? diff.new : diff.old, s);
  if (chain.length > 0) out.push(`<p class="ctx">${chain.map(html).join(' › ')}</p>`);
  out.push(`<h2>${html(sectionName(s, 200)) || `<code>${html(s.anchor)}</code>`}</h2>`);
  const meta = [`<span class="badge ${d.status}">${html(L.statuses[d.status])}</span>`];
  meta.push(
    d.old && d.new && d.old.anchor !== d.new.anchor
      ? `<span class="tech"><code>#${html(d.old.anchor)}</code> → <code>#${html(d.new.anchor)}</code></span>`
      : `<span class="tech"><code>#${html(s.anchor)}</code></span>`,
  );
  if (d.old && d.new && d.old.label !== d.new.label && d.old.label !== '') meta.push(`${html(L.wasNumbered)} ${html(d.old.label)}`);
  if (d.status !== 'unchanged') meta.push(`+${d.inserted} −${d.deleted}`);
  out.push(`<p class="meta">${meta.join(' ')}</p>`);
  if (d.changed.includes('place') && d.old && d.new) {
    const from = parentName(diff.old, d.old) ?? L.top;
    const to = parentName(diff.new, d.new) ?? L.top;
    out.push(`<p class="meta">${html(L.movedFrom)} “${html(from)}” ${html(L.movedTo)} “${html(to)}”</p>`);
  }
  if (!stat) {
    if (d.titleChanges) out.push(`<p class="meta">${html(L.titleLine)}: ${line(d.titleChanges)}</p>`);
    const changes = d.changes;
    if (changes.length > 0) {
      out.push(`<div class="text inline">${paragraphs(changes, L)}</div>`);
      out.push(
        '<div class="text side">',
        `<div><h3>${html(L.before)}</h3>${d.old ? paragraphs(side(changes, 'old'), L) : `<p class="empty">${html(L.empty)}</p>`}</div>`,
        `<div><h3>${html(L.after)}</h3>${d.new ? paragraphs(side(changes, 'new'), L) : `<p class="empty">${html(L.empty)}</p>`}</div>`,
        '</div>',
      );
    }
  }
  if (notes !== '') out.push(notes);
  out.push('</section>');
  return out.join('\n');
}

function paragraphs(changes: readonly Change[], L: DiffLabels): string {
  const lines = changeLines(changes).filter((l) => l.length > 0);
  if (lines.length === 0) return `<p class="empty">${html(L.empty)}</p>`;
  return lines.map((l) => `<p>${line(l)}</p>`).join('');
}

function line(runs: readonly Change[]): string {
  return runs
    .map((c) => {
      const t = html(c.text).replace(/\n/gu, '<br>');
      return c.op === 'equal' ? t : c.op === 'delete' ? `<del>${t}</del>` : `<ins>${t}</ins>`;
    })
    .join('');
}

function comments(list: readonly CommentRef[], L: DiffLabels): string {
  const items = list.map((c) => {
    const decision = html(L.decisions[c.decision ?? 'pending']);
    return `<li><strong>${html(c.delegate)}</strong> (<span class="tech"><code>${html(c.id)}</code>, </span>${html(L.kinds[c.kind])}): ${html(c.text)}<br><em>${decision}</em>${c.note ? `: ${html(c.note)}` : ''}</li>`;
  });
  return `<div class="comments"><strong>${html(L.comments)}:</strong>${items.length > 0 ? `<ul>${items.join('')}</ul>` : ` ${html(L.none)}`}</div>`;
}

function checks(revision: Revision, L: DiffLabels, diff: DraftDiff): string {
  const named = (anchor: string): string => {
    const sec = diff.new.sections.find((x) => x.anchor === anchor);
    return sec ? sectionName(sec, 80) : anchor;
  };
  const out = ['<section class="checks">', `<h2>${html(L.checks)}</h2>`];
  const group = (title: string, list: readonly RevisionCheck[]): void => {
    out.push(`<h3>${html(title)}</h3>`);
    if (list.length === 0) {
      out.push(`<p>${html(L.none)}</p>`);
      return;
    }
    const items = list.map((k) => {
      const where =
        k.newAnchor !== null && k.oldAnchor !== k.newAnchor ? ` → <a href="#s-${html(k.newAnchor)}">${html(named(k.newAnchor))}</a>` : '';
      return `<li><strong>${html(k.comment.delegate)}</strong><span class="tech"> (<code>${html(k.comment.id)}</code>, <code>${html(k.comment.file)}:${k.comment.line}</code>)</span>${where}: ${html(k.message)}</li>`;
    });
    out.push(`<ul>${items.join('')}</ul>`);
  };
  for (const g of checkGroups(revision, L)) group(g.title, g.list);
  out.push(`<h3>${html(L.drafting)}</h3>`);
  if (revision.drafting.length === 0) out.push(`<p>${html(L.none)}</p>`);
  else {
    const items = revision.drafting.map(
      (d) => `<li>${html(L.statuses[d.status])}: <a href="#s-${html(shown(d).anchor)}">${html(sectionName(shown(d), 80))}</a></li>`,
    );
    out.push(`<ul>${items.join('')}</ul>`);
  }
  out.push('</section>');
  return out.join('\n');
}
