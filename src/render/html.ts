// The synthesis report as one self-contained HTML file: no scripts, no network
// (a Content-Security-Policy forbids both), print CSS for A4 with the comment
// table on landscape pages, and inline SVG charts. Laid out like the Word file.
// Every piece of text from the workspace goes through `html()`.

import type { SynthComment, SynthSection, Synthesis } from '../model/synthesis.js';
import { DECISIONS } from '../model/types.js';
import type { Decision } from '../model/types.js';
import { html } from './escape.js';
import {
  countLine,
  DECISION_COLOURS,
  delegateDetails,
  documentFrame,
  paragraphs,
  partTitles,
  citedHeading,
  placeOf,
  sectionGroups,
  sectionHeading,
} from './frame.js';
import type { Frame, Group } from './frame.js';
import { labels } from '../i18n/index.js';
import type { Labels } from '../i18n/index.js';

const ALL_DECISIONS = [...DECISIONS, 'pending'] as const;
type DecisionKey = (typeof ALL_DECISIONS)[number];

export function renderHtml(s: Synthesis): string {
  const L = labels(s.lang);
  const f = documentFrame(s, L);
  const parts = partTitles(s, L);
  const body = [
    head(f),
    titleBlock(f),
    contents(s, L, parts),
    summary(s, L),
    `<section class="wide" id="comments" aria-labelledby="comments-h">\n<h2 id="comments-h">${html(parts.body)}</h2>\n${s.sections.length === 0 ? `<p><i>${html(L.none)}.</i></p>` : commentTable(sectionGroups(s), L)}\n</section>`,
  ];
  if (parts.referred) body.push(referred(s, L, parts.referred));
  if (parts.unplaced) {
    body.push(
      `<section id="unplaced" aria-labelledby="unplaced-h">\n<h2 id="unplaced-h">${html(parts.unplaced)}</h2>\n<p>${html(L.unplacedIntro)}</p>\n${commentTable(
        s.unplaced.map((c) => ({ sec: null, context: '', comments: [c] })),
        L,
        'narrow',
      )}\n</section>`,
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
    f.issuer ? `<div><b>${html(f.issuer)}</b></div>` : '',
    f.parent || f.issuer ? '<div class="star">*</div>' : '',
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
  lines.push(`<div class="facts">${f.facts.map((x) => `<p>${html(x)}</p>`).join('')}</div>`);
  return lines.join('\n');
}

function contents(s: Synthesis, L: Labels, parts: ReturnType<typeof partTitles>): string {
  const secs = s.sections.map((sec) => {
    const first = sec.comments[0]?.no ?? 0;
    const last = sec.comments[sec.comments.length - 1]?.no ?? first;
    return `<li><a href="#${sectionId(sec)}" title="${html(sectionHeading(sec))}">${html(codedHeading(sec))}</a><span class="range">${html(L.commentsRange(first, last))}</span></li>`;
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
  out.push(`<p>${html(L.delegatesCount)}: <b>${m.delegates}</b>. ${html(L.commentsCount)}: <b>${m.comments}</b>.</p>`);
  if (m.comments > 0) {
    out.push(`<figure class="chart"><figcaption>${html(L.chartDecisions)}</figcaption>${decisionBar(m.decisions, L)}</figure>`);
    out.push(`<figure class="chart"><figcaption>${html(L.chartBySection)}</figcaption>${sectionBars(s.sections, L)}</figure>`);
  }
  out.push('<div class="tables">');
  out.push(
    `<table class="small"><caption>${html(L.decision)}</caption><thead><tr><th scope="col">${html(L.decision)}</th><th scope="col">${html(L.count)}</th></tr></thead><tbody>` +
      ALL_DECISIONS.map(
        (d) => `<tr><td><span class="swatch d-${d}"></span>${html(L.decisions[d])}</td><td class="num">${m.decisions[d]}</td></tr>`,
      ).join('') +
      '</tbody></table>',
  );
  if (m.groups.length > 0) {
    out.push(
      `<table class="small"><caption>${html(L.byGroup)}</caption><thead><tr><th scope="col">${html(L.group)}</th><th scope="col">${html(L.delegates)}</th><th scope="col">${html(L.comments)}</th></tr></thead><tbody>` +
        m.groups
          .map(
            (g) => `<tr><td>${html(g.group ?? L.noGroup)}</td><td class="num">${g.delegates}</td><td class="num">${g.comments}</td></tr>`,
          )
          .join('') +
        '</tbody></table>',
    );
  }
  out.push('</div>');
  if (m.mostCommented.length > 0) {
    out.push(
      `<p><b>${html(L.mostCommented)}:</b></p>`,
      `<ul>${m.mostCommented.map((x) => `<li>${html(countLine(x))}</li>`).join('')}</ul>`,
    );
  }
  out.push(
    `<p><b>${html(L.onlyAgree)}:</b> ${m.onlyAgree.length > 0 ? m.onlyAgree.map((d) => html(d.name)).join(', ') : html(L.none)}.</p>`,
  );
  out.push('</section>');
  return out.join('\n');
}

/** The comment table: STT · Mục dự thảo · Đại biểu/đơn vị · Nội dung góp ý · Tiếp thu, giải trình. */
function commentTable(groups: Group[], L: Labels, kind: 'wide' | 'narrow' = 'wide'): string {
  const rows: string[] = [];
  for (const { sec, context, comments } of groups) {
    comments.forEach((c, i) => {
      const cells = [`<td class="no">${c.no}</td>`];
      // The section shows once for its comments; the cells below it are left
      // open (no border between them) rather than merged, so that every row
      // can move to the next page whole.
      const open = i < comments.length - 1 ? ' open' : '';
      // A row that a page break separates from the section's first row still
      // says, quietly, which section it belongs to.
      if (i > 0)
        cells.push(`<td class="sec cont${open}">${sec ? `<span class="again">${html(sec.code || sectionHeading(sec))}</span>` : ''}</td>`);
      else if (sec)
        cells.push(
          `<td class="sec${open}" id="${sectionId(sec)}"><b>${html(sectionHeading(sec))}</b>${context ? `<div class="ctx">${html(context)}</div>` : ''}</td>`,
        );
      else cells.push(`<td class="sec${open}"><code>${html(c.anchor)}</code><div class="ctx">(${html(L.unknownSection)})</div></td>`);
      cells.push(
        `<td class="who"><b>${html(c.delegate.name)}</b>${delegateDetails(c)
          .map((x) => `<div>${html(x)}</div>`)
          .join('')}</td>`,
      );
      cells.push(`<td class="what">${commentBody(c, L)}</td>`);
      const d: DecisionKey = c.decision ?? 'pending';
      cells.push(`<td class="resp d-${d}"><b>${html(L.decisions[d])}</b>${c.note ? paragraphs(c.note).map(para).join('') : ''}</td>`);
      rows.push(`<tr id="c-${c.no}">${cells.join('')}</tr>`);
    });
  }
  return [
    `<table class="synth${kind === 'narrow' ? ' narrow' : ''}">`,
    '<colgroup><col class="c-no"><col class="c-sec"><col class="c-who"><col class="c-what"><col class="c-resp"></colgroup>',
    `<thead><tr><th scope="col">${html(L.no)}</th><th scope="col">${html(L.section)}</th><th scope="col">${html(L.delegateCol)}</th><th scope="col">${html(L.contentCol)}</th><th scope="col">${html(L.responseCol)}</th></tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function commentBody(c: SynthComment, L: Labels): string {
  const out = [`<div class="kind">${html(L.kinds[c.kind])}</div>`, ...paragraphs(c.text).map(para)];
  if (c.quote) out.push(`<p class="q"><i>${html(L.quote)}:</i> “${html(c.quote)}”</p>`);
  if (c.proposal) out.push(`<p class="q"><i>${html(L.proposal)}:</i> “${html(c.proposal)}”</p>`);
  return out.join('');
}

function para(lines: string[]): string {
  return `<p>${lines.map(html).join('<br>')}</p>`;
}

function referred(s: Synthesis, L: Labels, title: string): string {
  const items = s.referred.map((c) => {
    const head = `<a href="#c-${c.no}">${html(capital(L.commentNo))} ${c.no}</a> — <b>${html(c.delegate.name)}</b> (${html(placeOf(c, s, L))}):`;
    const text = paragraphs(c.text).map((p, i) => (i === 0 ? `<p>${head} ${p.map(html).join('<br>')}</p>` : para(p)));
    const note = c.note ? `<div class="note"><p><i>${html(L.referredNote)}:</i></p>${paragraphs(c.note).map(para).join('')}</div>` : '';
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
  return `<footer>\n<table class="sign" role="presentation"><tr><td class="recipients">${left}</td><td class="signer">${right}</td></tr></table>\n</footer>`;
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
        const short = codedHeading(sec);
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

/** "II.2.1. Hàng năm …": the title under its full number, which tells apart the many "1." of a draft. */
function codedHeading(sec: SynthSection): string {
  return citedHeading(sec);
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
@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 13pt "Times New Roman", "Liberation Serif", serif; } }
@page :first { @top-center { content: none; } }
@page wide { size: A4 landscape; margin: 20mm 15mm 15mm 20mm; }
:root { color: #000; background: #fff; }
body { font-family: "Times New Roman", Times, "Liberation Serif", Tinos, serif; font-size: 14pt; line-height: 1.3; margin: 0 auto; padding: 1em; max-width: 267mm; }
body > header, body > h1, body > .subtitle, body > .rule, body > .facts, body > nav, body > section:not(.wide), body > footer { max-width: 165mm; margin-left: auto; margin-right: auto; }
p { margin: 0.3em 0; }
table.doc-head, table.sign { width: 100%; border-collapse: collapse; }
table.doc-head td, table.sign td { vertical-align: top; padding: 0; }
table.doc-head td.issuer, table.doc-head td.number { width: 46%; text-align: center; }
table.doc-head td.country { text-align: center; }
table.doc-head td.country b { text-decoration: underline; text-underline-offset: 4px; }
table.doc-head td.date { text-align: right; padding-top: 0.6em; }
table.doc-head td.number { padding-top: 0.6em; }
.star { line-height: 1; }
h1 { text-align: center; font-size: 15pt; margin: 1.2em 0 0; }
h1 .kind { display: block; font-size: 16pt; }
h1 .title { display: block; font-size: 14pt; }
.subtitle { text-align: center; font-style: italic; }
.rule { text-align: center; margin: 0 0 0.8em; letter-spacing: 2px; }
.facts p { text-indent: 10mm; text-align: justify; }
h2 { font-size: 14pt; margin: 1em 0 0.4em; break-after: avoid; page-break-after: avoid; }
nav.toc ol { list-style: none; padding-left: 0; margin: 0; }
nav.toc ol ol { padding-left: 8mm; font-size: 13pt; }
nav.toc a { color: inherit; text-decoration: none; }
nav.toc ol ol li { display: flex; gap: 1em; }
nav.toc ol ol a { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
nav.toc .range { flex: none; color: #444; font-style: italic; }
figure.chart { margin: 0.6em 0; break-inside: avoid; }
figure.chart figcaption { font-weight: bold; font-size: 13pt; margin-bottom: 0.2em; }
figure.chart svg { display: block; width: 100%; height: auto; font-family: "Times New Roman", "Liberation Serif", serif; font-size: 12.5px; }
figure.chart svg text.in { fill: #fff; font-weight: bold; }
.tables { display: flex; flex-wrap: wrap; gap: 8mm; align-items: flex-start; }
table.small { border-collapse: collapse; font-size: 13pt; break-inside: avoid; }
table.small caption { font-weight: bold; text-align: left; }
table.small th, table.small td { border: 1px solid #000; padding: 1px 6px; }
table.small td.num { text-align: right; }
.swatch { display: inline-block; width: 0.7em; height: 0.7em; margin-right: 0.4em; border: 1px solid #555; }
section.wide { page: wide; break-before: page; }
table.synth { width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 13pt; }
table.synth col.c-no { width: 5%; } table.synth col.c-sec { width: 19%; } table.synth col.c-who { width: 18%; } table.synth col.c-what { width: 34%; } table.synth col.c-resp { width: 24%; }
table.synth.narrow { font-size: 12pt; }
table.synth.narrow col.c-no { width: 7%; } table.synth.narrow col.c-sec { width: 16%; } table.synth.narrow col.c-who { width: 21%; } table.synth.narrow col.c-what { width: 32%; } table.synth.narrow col.c-resp { width: 24%; }
table.synth thead { display: table-header-group; }
table.synth th { background: #e7e6e6; font-weight: bold; text-align: center; vertical-align: middle; }
table.synth th, table.synth td { border-right: 1px solid #000; border-bottom: 1px solid #000; padding: 3px 5px; vertical-align: top; overflow-wrap: anywhere; word-break: normal; }
table.synth th { border-top: 1px solid #000; }
table.synth th:first-child, table.synth td:first-child { border-left: 1px solid #000; }
table.synth td.open { border-bottom: none; }
table.synth tr { break-inside: avoid; page-break-inside: avoid; }
table.synth td.no { text-align: center; }
table.synth .ctx { font-style: italic; font-size: 12pt; margin-top: 0.2em; }
table.synth .again { color: #888; font-size: 9pt; }
table.synth .kind { font-style: italic; }
table.synth p { margin: 0.2em 0; text-align: justify; }
table.synth p.q { font-size: 12.5pt; }
${ALL_DECISIONS.map((d) => `.d-${d} { background: #${DECISION_COLOURS[d].tint}; }`).join('\n')}
${ALL_DECISIONS.map((d) => `.swatch.d-${d} { background: #${DECISION_COLOURS[d].strong}; }`).join('\n')}
ol.referred { padding-left: 0; list-style: none; }
ol.referred li { margin-bottom: 0.6em; text-align: justify; break-inside: avoid; }
ol.referred .note { margin-left: 10mm; }
ol.referred a { color: inherit; font-weight: bold; }
footer { margin-top: 1.5em; break-inside: avoid; }
table.sign td.recipients { width: 50%; font-size: 12pt; }
table.sign td.recipients p { margin: 0; }
table.sign td.recipients p.to { font-size: 14pt; font-weight: normal; }
table.sign td.signer { text-align: center; }
table.sign td.signer p { margin: 0; }
table.sign .space { height: 28mm; }
code { font-family: "Liberation Mono", "Courier New", monospace; font-size: 11pt; overflow-wrap: anywhere; }
@media print {
  body { padding: 0; max-width: none; }
  nav.toc ol ol { display: none; }
  a { color: inherit; text-decoration: none; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
