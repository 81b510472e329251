// The tables of a Word file as rows of cell text, for import: a cell's
// paragraphs joined by line breaks (what was typed, paragraphs and all), a
// merged cell's text in its first column, the hidden bookmarks in each row,
// and the document's custom properties and loose paragraphs (a letter that
// names its sender above the table). Pure: bytes in, rows out.

import { child, children, descendants, docProperties, openDocx, textOf } from './ooxml.js';
import type { XmlElement } from './ooxml.js';

export interface WordRow {
  /** 1-based, counted through all the document's tables in order: the number messages give. */
  row: number;
  cells: string[];
  /** Names of the bookmarks that start in the row. */
  bookmarks: string[];
}

export interface WordTable {
  /** 1-based place among the document's tables. */
  index: number;
  rows: WordRow[];
}

export interface WordTables {
  tables: WordTable[];
  /** The text of the paragraphs outside tables, in order. */
  paragraphs: string[];
  custom: Map<string, string>;
}

function cellText(tc: XmlElement): string {
  return children(tc)
    .filter((e) => e.tagName === 'w:p' || e.tagName === 'w:sdt')
    .flatMap((e) => (e.tagName === 'w:p' ? [e] : descendants(e, 'w:p')))
    .map((p) => textOf(p).replace(/\t/gu, ' '))
    .join('\n')
    .replace(/^\n+|\n+$/gu, '');
}

export function readWordTables(bytes: Uint8Array): WordTables {
  const docx = openDocx(bytes);
  const body = child(docx.document.documentElement, 'w:body');
  const tables: WordTable[] = [];
  const paragraphs: string[] = [];
  let row = 0;
  const visit = (el: XmlElement): void => {
    for (const e of children(el)) {
      if (e.tagName === 'w:p') paragraphs.push(textOf(e));
      else if (e.tagName === 'w:sdt') visit(child(e, 'w:sdtContent') ?? e);
      else if (e.tagName === 'w:tbl') {
        const rows: WordRow[] = [];
        for (const tr of children(e, 'w:tr')) {
          const cells: string[] = [];
          const tcs = children(tr).flatMap((c) =>
            c.tagName === 'w:sdt' ? children(child(c, 'w:sdtContent'), 'w:tc') : c.tagName === 'w:tc' ? [c] : [],
          );
          for (const tc of tcs) {
            const span = Number(child(child(tc, 'w:tcPr'), 'w:gridSpan')?.getAttribute('w:val') ?? '1') || 1;
            cells.push(cellText(tc));
            for (let i = 1; i < Math.min(span, 64); i++) cells.push('');
          }
          const bookmarks = descendants(tr, 'w:bookmarkStart').map((b) => b.getAttribute('w:name') ?? '');
          rows.push({ row: ++row, cells, bookmarks });
        }
        tables.push({ index: tables.length + 1, rows });
      }
    }
  };
  if (body) visit(body);
  return { tables, paragraphs, custom: docProperties(docx.parts).custom };
}
