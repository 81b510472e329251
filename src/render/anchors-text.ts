// gopy anchors: the draft's sections, as a table for the terminal (anchor,
// number, title and line; anchors whole, titles wrapped to the width) or as
// JSON for tools.

import { GENERAL } from '../model/types.js';
import type { Draft, Lang } from '../model/types.js';
import { words } from '../i18n/index.js';
import { anchorColumn, anchorRow, DEFAULT_WIDTH, wrapWords } from './columns.js';
import type { Style } from './style.js';
import { plainStyle } from './style.js';

/** Titles never get narrower than this, however narrow the terminal. */
const MIN_TITLE = 24;

export function renderAnchorsJson(draft: Draft): string {
  const sections = draft.sections.map((s) => ({ anchor: s.anchor, number: s.number, title: s.title, line: s.line, parent: s.parent }));
  return `${JSON.stringify({ schema: 'gopy/anchors@1', draft: draft.file, sections }, null, 2)}\n`;
}

export function renderAnchorsText(draft: Draft, lang: Lang, width = DEFAULT_WIDTH, paint: Style = plainStyle): string {
  const W = words(lang).anchors;
  const depths = depthsOf(draft);
  const rows = [
    ...draft.sections.map((s) => ({
      anchor: s.anchor,
      number: s.number,
      depth: depths.get(s.anchor) ?? 0,
      title: `${s.title} (${s.line})`,
    })),
    { anchor: GENERAL, number: '', depth: 0, title: W.general },
  ];
  const anchorWidth = anchorColumn(
    rows.map((r) => r.anchor),
    W.anchor.length,
  );
  const numWidth = rows.reduce((w, r) => Math.max(w, r.number.length), W.number.length);
  const titleWidth = Math.max(MIN_TITLE, width - anchorWidth - numWidth - 4);
  const out = [paint.bold(`${W.anchor.padEnd(anchorWidth)}  ${W.number.padEnd(numWidth)}  ${W.title}`)];
  for (const r of rows) {
    const indent = '  '.repeat(Math.min(r.depth, 8));
    const title = wrapWords(r.title, Math.max(MIN_TITLE / 2, titleWidth - indent.length)).map((t) => `${indent}${t}`);
    const rest = title.map((t, i) => `${(i === 0 ? r.number : '').padEnd(numWidth)}  ${t}`);
    out.push(...anchorRow('', r.anchor, anchorWidth, rest));
  }
  return `${out.join('\n')}\n`;
}

/** How far down the outline each section stands; parents come before their children in a draft. */
function depthsOf(draft: Draft): Map<string, number> {
  const depths = new Map<string, number>();
  for (const s of draft.sections) depths.set(s.anchor, s.parent === null ? 0 : (depths.get(s.parent) ?? -1) + 1);
  return depths;
}
