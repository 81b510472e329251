// The synthesis report as one self-contained HTML file: no scripts, no network
// (a Content-Security-Policy forbids both), print CSS for A4 with the comment
// table on landscape pages, and inline SVG charts. Laid out like the Word file.
// Every piece of text from the workspace goes through `html()`.

import type { SynthSection, Synthesis } from '../model/synthesis.js';
import { DECISIONS } from '../model/types.js';
import type { Decision } from '../model/types.js';
import { html } from './escape.js';
import {
  citedHeading,
  countLine,
  DECISION_COLOURS,
  delegateDetails,
  documentFrame,
  partTitles,
  placeOf,
  rowCitation,
  sectionGroups,
  sectionHeading,
  textParagraphs,
} from './frame.js';
import type { Frame } from './frame.js';
import { COLUMN_CHARS, tableRows } from './table-layout.js';
import type { Para, TableRow } from './table-layout.js';
import { labels } from '../i18n/index.js';
import type { Labels } from '../i18n/index.js';

const ALL_DECISIONS = [...DECISIONS, 'pending'] as const;

export function renderHtml(s: Synthesis): string {
  const L = labels(s.lang);
  const f = documentFrame(s, L);
  const parts = partTitles(s, L);
  const body = [
    head(f),
    titleBlock(f),
    contents(s, L, parts),
    summary(s, L),
    `<section class="wide" id="comments" aria-labelledby="comments-h">\n<h2 id="comments-h">${html(parts.body)}</h2>\n${s.sections.length === 0 ? `<p><i>${html(L.none)}.</i></p>` : commentTable(s, L)}\n</section>`,
  ];
  if (parts.referred) body.push(referred(s, L, parts.referred));
  if (parts.unplaced) {
    body.push(
      `<section id="unplaced" aria-labelledby="unplaced-h">\n<h2 id="unplaced-h">${html(parts.unplaced)}</h2>\n<p class="body">${html(L.unplacedIntro)}</p>\n${unplacedTable(s, L)}\n</section>`,
    );
  }
  body.push(signature(f, L));
  return [
    '<!DOCTYPE html>',
    `<html lang="${s.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="gopy">',
    `<title>${html(`${f.kind} ${f.title}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function head(f: Frame): string {
  const issuer = [
    f.parent ? `<div>${html(f.parent)}</div>` : '',
    ...f.issuer.map((line) => `<div><b>${html(line)}</b></div>`),
    f.parent || f.issuer.length > 0 ? '<div class="star">*</div>' : '',
  ].join('');
  return [
    '<header>',
    '<table class="doc-head" role="presentation">',
    `<tr><td class="issuer">${issuer}</td><td class="country"><b>${html(f.country)}</b></td></tr>`,
    `<tr><td class="number">${html(f.number)}</td><td class="date"><i>${html(f.placeDate)}</i></td></tr>`,
    '</table>',
    '</header>',
  ].join('\n');
}

function titleBlock(f: Frame): string {
  const lines = [`<h1><span class="kind">${html(f.kind)}</span><span class="title">${html(f.title)}</span></h1>`];
  if (f.subtitle) lines.push(`<p class="subtitle">${html(f.subtitle)}</p>`);
  lines.push('<p class="rule" aria-hidden="true">-----</p>');
  lines.push(`<p class="body opening">${html(f.opening)}</p>`);
  return lines.join('\n');
}

function contents(s: Synthesis, L: Labels, parts: ReturnType<typeof partTitles>): string {
  const secs = s.sections.map((sec) => {
    const first = sec.comments[0]?.no ?? 0;
    const last = sec.comments[sec.comments.length - 1]?.no ?? first;
    return `<li><a href="#${sectionId(sec)}" title="${html(sectionHeading(sec))}">${html(citedHeading(sec))}</a><span class="range">${html(L.commentsRange(first, last))}</span></li>`;
  });
  const items = [
    `<li><a href="#summary">I. ${html(L.summary)}</a></li>`,
    `<li><a href="#comments">${html(parts.body)}</a>${secs.length > 0 ? `<ol>${secs.join('')}</ol>` : ''}</li>`,
  ];
  if (parts.referred) items.push(`<li><a href="#referred">${html(parts.referred)}</a></li>`);
  if (parts.unplaced) items.push(`<li><a href="#unplaced">${html(parts.unplaced)}</a></li>`);
  return `<nav class="toc" aria-labelledby="toc-h">\n<h2 id="toc-h">${html(L.contents)}</h2>\n<ol>${items.join('\n')}</ol>\n</nav>`;
}

function summary(s: Synthesis, L: Labels): string {
  const m = s.summary;
  const out = [`<section id="summary" aria-labelledby="summary-h">`, `<h2 id="summary-h">I. ${html(L.summary)}</h2>`];
  // The charts help on screen; the printed report (like the Word file) has the tables only.
  if (m.comments > 0) {
    out.push(`<figure class="chart"><figcaption>${html(L.chartDecisions)}</figcaption>${decisionBar(m.decisions, L)}</figure>`);
    out.push(`<figure class="chart"><figcaption>${html(L.chartBySection)}</figcaption>${sectionBars(s.sections, L)}</figure>`);
  }
  const table = (head: string[], rows: string[][], total: string[]): string =>
    `<table class="small"><thead><tr>${head.map((h) => `<th scope="col">${html(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((x, i) => (i === 0 ? `<td>${x}</td>` : `<td class="num">${x}</td>`)).join('')}</tr>`)
      .join(
        '',
      )}</tbody><tfoot><tr>${total.map((x, i) => `<th${i === 0 ? ' scope="row"' : ' class="num"'}>${html(x)}</th>`).join('')}</tr></tfoot></table>`;
  out.push(`<p class="lead">1. ${html(L.decisionsTable)}</p>`);
  out.push(
    table(
      [L.decision, L.count],
      ALL_DECISIONS.map((d) => [`<span class="swatch d-${d}"></span>${html(L.decisions[d])}`, String(m.decisions[d])]),
      [L.total, String(m.comments)],
    ),
  );
  if (m.groups.length > 0) {
    out.push(`<p class="lead">2. ${html(L.groupsTable)}</p>`);
    out.push(
      table(
        [L.group, L.delegates, L.comments],
        m.groups.map((g) => [html(g.group ?? L.noGroup), String(g.delegates), String(g.comments)]),
        [L.total, String(m.delegates), String(m.comments)],
      ),
    );
  }
  if (m.mostCommented.length > 0) {
    out.push(
      `<p class="lead">${html(L.mostCommented)}:</p>`,
      `<ul class="most">${m.mostCommented.map((x) => `<li>${html(countLine(x, L))}</li>`).join('')}</ul>`,
    );
  }
  if (m.onlyAgree.length > 0)
    out.push(`<p class="body"><b>${html(L.onlyAgree)}:</b> ${m.onlyAgree.map((d) => html(d.name)).join(', ')}.</p>`);
  out.push('</section>');
  return out.join('\n');
}

const HEAD_CELLS = (L: Labels, section: string): string =>
  `<thead><tr><th scope="col">${html(L.no)}</th><th scope="col">${html(section)}</th><th scope="col">${html(L.delegateCol)}</th><th scope="col">${html(L.contentCol)}</th><th scope="col">${html(L.responseCol)}</th></tr></thead>`;
const COLS = '<colgroup><col class="c-no"><col class="c-sec"><col class="c-who"><col class="c-what"><col class="c-resp"></colgroup>';

/**
 * The comment table: STT · Mục dự thảo · Đại biểu/đơn vị · Nội dung góp ý ·
 * Tiếp thu, giải trình, cut into rows as the Word file's (table-layout.ts):
 * each section opens with a row across the table; every row names its
 * section by citation, a row continuing a long comment with "(tiếp)"; rows
 * are short and never split by a page; comments that one response entry
 * decides share one decision cell (rowspan) in groups kept on one page.
 */
function commentTable(s: Synthesis, L: Labels): string {
  const groups = new RowGroups();
  for (const { sec, context, comments } of sectionGroups(s)) {
    groups.add(
      `<tr class="sec-row" id="${sectionId(sec)}"><th colspan="5" scope="rowgroup"><b>${html(citedHeading(sec))}</b>${context ? `<div class="ctx">${html(context)}</div>` : ''}</th></tr>`,
    );
    const where = rowCitation(sec, L);
    for (const r of groups.plan(tableRows(comments, L, COLUMN_CHARS.wide, { heading: [citedHeading(sec), context] }))) {
      groups.add(
        commentRow(r, L, `<td class="sec" data-label="${html(L.section)}">${html(r.piece === 0 ? where : L.continued(where))}</td>`),
        r,
      );
    }
  }
  return [`<table class="synth">`, COLS, HEAD_CELLS(L, L.section), ...groups.bodies(), '</table>'].join('\n');
}

function unplacedTable(s: Synthesis, L: Labels): string {
  const groups = new RowGroups();
  for (const r of groups.plan(tableRows(s.unplaced, L, COLUMN_CHARS.narrow, { merge: false }))) {
    const c = r.c;
    const typed =
      r.piece > 0
        ? html(L.continued(c.anchor))
        : `${html(c.anchor)}${c.maybe === null ? '' : `<div class="ctx">(${html(L.maybe(c.maybe))})</div>`}`;
    groups.add(commentRow(r, L, `<td class="sec" data-label="${html(L.typedSection)}">${typed}</td>`), r);
  }
  return [`<table class="synth narrow">`, COLS, HEAD_CELLS(L, L.typedSection), ...groups.bodies(), '</table>'].join('\n');
}

/**
 * The table's rows in row groups (tbody): a comment that runs on in several
 * rows has a group of its own, which a phone shows as one card with its
 * text before its decision.
 */
class RowGroups {
  private groups: { long: boolean; rows: string[]; heading: boolean }[] = [];
  private pieces = new Map<number, number>();

  /** Notes how many rows each comment takes; gives the rows back. */
  plan(rows: TableRow[]): TableRow[] {
    for (const r of rows) this.pieces.set(r.c.no, (this.pieces.get(r.c.no) ?? 0) + 1);
    return rows;
  }

  /** A row of a comment, or without `r` a section's own row. */
  add(tr: string, r?: TableRow): void {
    const long = r !== undefined && (this.pieces.get(r.c.no) ?? 1) > 1;
    const last = this.groups[this.groups.length - 1];
    if (last !== undefined && last.long === long && !(long && r?.piece === 0)) last.rows.push(tr);
    else if (long && last !== undefined && last.heading) {
      // A section's own row goes with the first row below it: Chromium keeps rows together
      // (break-after: avoid) within a row group, not across two.
      const heading = last.rows.pop() ?? '';
      if (last.rows.length === 0) this.groups.pop();
      this.groups.push({ long, rows: [heading, tr], heading: false });
      return;
    } else this.groups.push({ long, rows: [tr], heading: false });
    const now = this.groups[this.groups.length - 1];
    if (now) now.heading = r === undefined;
  }

  bodies(): string[] {
    return this.groups.map((g) => `<tbody${g.long ? ' class="long"' : ''}>\n${g.rows.join('\n')}\n</tbody>`);
  }
}

function commentRow(r: TableRow, L: Labels, where: string): string {
  const c = r.c;
  const cells = [`<td class="no" data-label="${html(L.no)}">${c.no}</td>`, where];
  cells.push(
    r.piece > 0
      ? '<td class="who"></td>'
      : `<td class="who" data-label="${html(L.delegateCol)}"><b>${html(c.delegate.name)}</b>${delegateDetails(c)
          .map((x) => `<div>${html(x)}</div>`)
          .join('')}</td>`,
  );
  let what = r.what.map(cellPara).join('');
  // A card on a phone stands alone: it says whose decision answers it.
  if (r.span === 0) what += `<p class="phone"><i>${html(L.responseCol)}:</i> ${html(L.sameAs(r.decidedAt))}</p>`;
  cells.push(`<td class="what" data-label="${html(L.contentCol)}">${what}</td>`);
  if (r.span > 0) {
    const d = c.decision ?? 'pending';
    cells.push(
      `<td class="resp d-${d}"${r.span > 1 ? ` rowspan="${r.span}"` : ''} data-label="${html(L.responseCol)}">${(r.resp ?? []).map(cellPara).join('')}</td>`,
    );
  }
  const classes = [r.piece > 0 ? 'cont' : '', r.keepNext ? 'next' : ''].filter((x) => x !== '');
  const id = r.piece === 0 ? ` id="c-${c.no}"` : '';
  return `<tr${id}${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${cells.join('')}</tr>`;
}

/** A paragraph of the table plan: the comment's kind, its quote and proposal labels in italics, the decision in bold. */
function cellPara(x: Para): string {
  const inner = x.map((s) => (s.em === 'b' ? `<b>${html(s.text)}</b>` : s.em === 'i' ? `<i>${html(s.text)}</i>` : html(s.text))).join('');
  return `<p>${inner}</p>`;
}

function para(text: string): string {
  return `<p>${html(text)}</p>`;
}

function referred(s: Synthesis, L: Labels, title: string): string {
  const items = s.referred.map((c) => {
    const head = `<a href="#c-${c.no}">${html(capital(L.commentNo))} ${c.no}</a> — <b>${html(c.delegate.name)}</b> (${html(placeOf(c, s, L))}):`;
    const text = textParagraphs(c.text).map((p, i) => (i === 0 ? `<p>${head} ${html(p)}</p>` : para(p)));
    const note = c.note ? `<div class="note"><p><i>${html(L.referredNote)}:</i></p>${textParagraphs(c.note).map(para).join('')}</div>` : '';
    return `<li>${text.join('')}${note}</li>`;
  });
  return `<section id="referred" aria-labelledby="referred-h">\n<h2 id="referred-h">${html(title)}</h2>\n<p>${html(L.referredIntro)}</p>\n<ol class="referred">${items.join('\n')}</ol>\n</section>`;
}

function signature(f: Frame, L: Labels): string {
  const left = `<p class="to"><u>${html(L.recipients)}:</u></p>${f.recipients.map((r) => `<p class="r">${html(r)}</p>`).join('')}`;
  const sg = f.signer;
  const right = sg
    ? [
        sg.onBehalf ? `<p><b>${html(sg.onBehalf.toLocaleUpperCase('vi'))}</b></p>` : '',
        sg.title ? `<p><b>${html(sg.title.toLocaleUpperCase('vi'))}</b></p>` : '',
        '<div class="space"></div>',
        sg.name ? `<p><b>${html(sg.name)}</b></p>` : '',
      ].join('')
    : '';
  return `<footer>\n<p class="body closing">${html(f.closing)}</p>\n<table class="sign" role="presentation"><tr><td class="recipients">${left}</td><td class="signer">${right}</td></tr></table>\n</footer>`;
}

// ---- charts -----------------------------------------------------------------

const CHART_W = 560;

/** One bar split by decision, with a legend: what became of the comments. */
function decisionBar(counts: Record<Decision | 'pending', number>, L: Labels): string {
  const total = ALL_DECISIONS.reduce((n, d) => n + counts[d], 0);
  const barW = CHART_W - 2;
  const parts: string[] = [];
  let x = 1;
  for (const d of ALL_DECISIONS) {
    const n = counts[d];
    if (n === 0) continue;
    const w = (n / total) * barW;
    parts.push(
      `<rect x="${fx(x)}" y="4" width="${fx(w)}" height="26" fill="#${DECISION_COLOURS[d].strong}" stroke="#fff" stroke-width="1"><title>${html(`${L.decisions[d]}: ${n}`)}</title></rect>`,
    );
    if (w > 24) parts.push(`<text x="${fx(x + w / 2)}" y="22" text-anchor="middle" class="in">${n}</text>`);
    x += w;
  }
  // Legend: two columns of swatches under the bar.
  const legend = ALL_DECISIONS.map((d, i) => {
    const lx = 1 + (i % 3) * (CHART_W / 3);
    const ly = 44 + Math.floor(i / 3) * 20;
    const pct = total > 0 ? Math.round((counts[d] / total) * 100) : 0;
    return `<rect x="${fx(lx)}" y="${ly}" width="12" height="12" fill="#${DECISION_COLOURS[d].strong}"/><text x="${fx(lx + 17)}" y="${ly + 11}">${html(`${L.decisions[d]}: ${counts[d]} (${pct}%)`)}</text>`;
  });
  const h = 44 + Math.ceil(ALL_DECISIONS.length / 3) * 20;
  return svg(h, `<title>${html(L.chartDecisions)}</title>${parts.join('')}${legend.join('')}`);
}

/** Comments per section, each bar split by decision; long lists in several pictures so none is cut by a page. */
function sectionBars(sections: SynthSection[], L: Labels): string {
  const max = Math.max(1, ...sections.map((s) => s.comments.length));
  const labelW = 230;
  const barMax = CHART_W - labelW - 40;
  const rowH = 19;
  const chunks: SynthSection[][] = [];
  for (let i = 0; i < sections.length; i += 30) chunks.push(sections.slice(i, i + 30));
  return chunks
    .map((chunk) => {
      const rows = chunk.map((sec, i) => {
        const y = i * rowH + 2;
        const name = sectionHeading(sec);
        const short = citedHeading(sec);
        const bars: string[] = [];
        let x = labelW;
        for (const d of ALL_DECISIONS) {
          const n = sec.comments.filter((c) => (c.decision ?? 'pending') === d).length;
          if (n === 0) continue;
          const w = (n / max) * barMax;
          bars.push(
            `<rect x="${fx(x)}" y="${y + 3}" width="${fx(w)}" height="${rowH - 6}" fill="#${DECISION_COLOURS[d].strong}"><title>${html(`${L.decisions[d]}: ${n}`)}</title></rect>`,
          );
          x += w;
        }
        return `<g><title>${html(`${name}: ${sec.comments.length}`)}</title><text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${html(shorten(short, 34))}</text>${bars.join('')}<text x="${fx(x + 4)}" y="${y + 14}">${sec.comments.length}</text></g>`;
      });
      return svg(
        chunk.length * rowH + 4,
        `<title>${html(L.chartBySection)}</title><line x1="${labelW}" y1="0" x2="${labelW}" y2="${chunk.length * rowH + 4}" stroke="#444"/>${rows.join('')}`,
      );
    })
    .join('');
}

function svg(height: number, inner: string): string {
  return `<svg role="img" viewBox="0 0 ${CHART_W} ${height}" width="${CHART_W}" height="${height}" preserveAspectRatio="xMinYMin meet">${inner}</svg>`;
}

function fx(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function sectionId(sec: SynthSection): string {
  return html(`s-${sec.anchor}`);
}

const CSS = `
@page { size: A4; margin: 20mm 20mm 20mm 30mm; @top-center { content: counter(page); font: 14pt "Times New Roman", "Liberation Serif", serif; } }
@page :first { @top-center { content: none; } }
@page wide { size: A4 landscape; margin: 20mm 15mm 18mm 20mm; }
:root { color: #000; background: #fff; }
body { font-family: "Times New Roman", Times, "Liberation Serif", Tinos, serif; font-size: 14pt; line-height: 1.25; margin: 0 auto; padding: 1em; max-width: 267mm; }
body > header, body > h1, body > .subtitle, body > .rule, body > .opening, body > nav, body > section:not(.wide), body > footer { max-width: 160mm; margin-left: auto; margin-right: auto; }
p { margin: 0; }
p.body, section > p, ol.referred li p { text-indent: 10mm; text-align: justify; margin: 0.2em 0; }
body > p.opening { margin: 0.4em auto; }
p.lead { text-indent: 10mm; font-weight: bold; margin: 0.6em 0 0.2em; break-after: avoid; page-break-after: avoid; }
table.doc-head, table.sign { width: 100%; border-collapse: collapse; }
table.doc-head td, table.sign td { vertical-align: top; padding: 0; }
table.doc-head td.issuer, table.doc-head td.number { width: 47%; text-align: center; }
table.doc-head td.country { text-align: center; }
table.doc-head td.country b { text-decoration: underline; text-underline-offset: 4px; }
table.doc-head td.date { text-align: right; padding-top: 0.4em; }
table.doc-head td.number { padding-top: 0.4em; }
.star { line-height: 1; }
h1 { text-align: center; font-size: 16pt; margin: 1.2em 0 0; }
h1 .kind { display: block; font-size: 16pt; }
h1 .title { display: block; font-size: 14pt; }
.subtitle { text-align: center; font-style: italic; }
.rule { text-align: center; margin: 0 0 0.6em; letter-spacing: 2px; }
h2 { font-size: 14pt; margin: 0.9em 0 0.3em; text-indent: 10mm; break-after: avoid; page-break-after: avoid; }
section.wide h2 { text-indent: 0; }
nav.toc ol { list-style: none; padding-left: 0; margin: 0; }
nav.toc ol ol { padding-left: 8mm; font-size: 13pt; }
nav.toc a { color: inherit; text-decoration: none; }
nav.toc ol ol li { display: flex; gap: 1em; }
nav.toc ol ol a { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
nav.toc .range { flex: none; color: #444; font-style: italic; }
figure.chart { margin: 0.6em 0; break-inside: avoid; }
figure.chart figcaption { font-weight: bold; font-size: 13pt; margin-bottom: 0.2em; }
figure.chart svg { display: block; width: 100%; height: auto; font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13px; }
figure.chart svg text.in { fill: #fff; font-weight: bold; }
table.small { width: 100%; border-collapse: collapse; font-size: 13pt; break-inside: avoid; }
table.small th, table.small td { border: 1px solid #000; padding: 1px 6px; }
table.small thead th { background: #e7e6e6; }
table.small td.num, table.small th.num { text-align: center; width: 30mm; }
table.small tfoot th { text-align: center; }
table.small tfoot th:first-child { text-align: left; }
ul.most { margin: 0; padding-left: 10mm; list-style: "- "; }
.swatch { display: inline-block; width: 0.7em; height: 0.7em; margin-right: 0.4em; border: 1px solid #555; }
section.wide { page: wide; break-before: page; }
table.synth { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 13pt; line-height: 1.2; }
table.synth col.c-no { width: 4.6%; } table.synth col.c-sec { width: 8.8%; } table.synth col.c-who { width: 19.9%; } table.synth col.c-what { width: 37%; } table.synth col.c-resp { width: 29.7%; }
table.synth.narrow col.c-no { width: 6.6%; } table.synth.narrow col.c-sec { width: 18.7%; } table.synth.narrow col.c-who { width: 19.3%; } table.synth.narrow col.c-what { width: 30.3%; } table.synth.narrow col.c-resp { width: 25.1%; }
table.synth thead { display: table-header-group; }
table.synth thead th { background: #e7e6e6; font-weight: bold; text-align: center; vertical-align: middle; }
table.synth th, table.synth td { border: 1px solid #000; padding: 2px 5px; vertical-align: top; overflow-wrap: break-word; }
table.synth tr.sec-row th { text-align: left; font-weight: normal; padding-top: 4px; break-after: avoid; page-break-after: avoid; }
/* Rows are cut short (table-layout.ts) and never split by a page; the rows of one merged decision cell stay together. */
table.synth tr { break-inside: avoid; page-break-inside: avoid; }
table.synth tr.next { break-after: avoid; page-break-after: avoid; }
/* A row continuing a long comment is set off by a dotted line (both sides dotted: a solid one would win). */
table.synth tr.cont > td, table.synth tr.cont > th { border-top-style: dotted; }
table.synth tr:has(+ tr.cont) > td { border-bottom-style: dotted; }
table.synth td.no, table.synth td.sec { text-align: center; }
table.synth.narrow td.sec { text-align: left; }
table.synth .ctx { font-style: italic; }
table.synth p { margin: 1px 0; }
table.synth .phone { display: none; }
${ALL_DECISIONS.map((d) => `.d-${d} { background: #${DECISION_COLOURS[d].tint}; }`).join('\n')}
${ALL_DECISIONS.map((d) => `.swatch.d-${d} { background: #${DECISION_COLOURS[d].strong}; }`).join('\n')}
ol.referred { padding-left: 0; list-style: none; }
ol.referred li { margin-bottom: 0.4em; }
ol.referred a { color: inherit; font-weight: bold; text-decoration: none; }
footer { margin-top: 0.6em; break-inside: avoid; page-break-inside: avoid; }
footer p.closing { margin-bottom: 1em; }
table.sign td.recipients { width: 50%; font-size: 12pt; }
table.sign td.recipients p { margin: 0; }
table.sign td.recipients p.to { font-weight: bold; font-style: italic; }
table.sign td.signer { text-align: center; }
table.sign td.signer p { margin: 0; }
table.sign .space { height: 22mm; }
@media print {
  body { padding: 0; max-width: none; }
  nav.toc, figure.chart, .swatch { display: none; }
  a { color: inherit; text-decoration: none; }
  /* Printed in black and white, as the Word file: decisions are words, not colours. */
  table.synth td.resp { background: none; }
}
@media screen and (max-width: 700px) {
  body { font-size: 12pt; padding: 0.5em; }
  body > header, body > section:not(.wide), body > footer { max-width: none; }
  table.doc-head, table.doc-head tbody, table.doc-head tr, table.doc-head td { display: block; width: auto !important; text-align: center !important; }
  p.body, section > p { text-indent: 0; text-align: left; }
  nav.toc ol ol a { white-space: normal; }
  figure.chart { display: none; }
  table.synth, table.synth tbody, table.synth tr, table.synth td, table.synth th { display: block; width: auto; }
  table.synth colgroup, table.synth thead { display: none; }
  table.synth { font-size: 12pt; border: none; }
  table.synth tr.sec-row th { border: none; border-bottom: 2px solid #000; padding: 0.8em 0 0.2em; }
  table.synth tbody tr:not(.sec-row) { border: 1px solid #000; border-radius: 4px; margin: 0.5em 0; }
  /* A comment in several rows is one card: its cells in order, the text before the decision. */
  /* The card's frame is drawn by its cells and the group's foot: a section's own row may open the group, above the card. */
  table.synth tbody.long { display: flex; flex-direction: column; margin: 0.5em 0; border-bottom: 1px solid #000; border-radius: 0 0 4px 4px; }
  table.synth tbody.long tr, table.synth tbody.long tr:not(.sec-row) { display: contents; }
  table.synth tbody.long tr.sec-row th { order: 0; margin-bottom: 0.5em; }
  table.synth tbody.long td { border-left: 1px solid #000; border-right: 1px solid #000; }
  table.synth tbody.long tr:not(.cont) td.no { border-top: 1px solid #000; border-radius: 4px 4px 0 0; }
  table.synth tbody.long td.no, table.synth tbody.long td.sec, table.synth tbody.long td.who { order: 1; }
  table.synth tbody.long td.what { order: 2; }
  table.synth tbody.long td.resp { order: 3; }
  table.synth tbody.long tr.cont td.no, table.synth tbody.long tr.cont td.sec, table.synth tbody.long tr.cont td.who { display: none; }
  table.synth tbody.long tr.cont td { border-top: none; }
  table.synth tbody.long tr > td { border-bottom: none; }
  table.synth tbody.long tr.cont td::before { content: none; }
  table.synth tbody.long td:empty { display: none; }
  table.synth td { border: none; border-top: 1px solid #ccc; text-align: left !important; }
  table.synth td:first-child { border-top: none; }
  table.synth td::before { content: attr(data-label) ": "; font-style: italic; color: #444; }
  table.synth td.what::before, table.synth td.resp::before { display: block; }
  table.synth .phone { display: block; }
  table.sign, table.sign tbody, table.sign tr, table.sign td { display: block; width: auto !important; }
}
`;
