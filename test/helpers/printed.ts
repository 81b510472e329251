// A printed report (PDF) read back page by page with pdftotext, and the
// checks that the comment table survives pagination: the header row on every
// page of the table, every page beginning with a row that names its section,
// no section's own row left at the foot of a page, no page of the table more
// than a third empty (but the part's last).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Synthesis } from '../../src/model/synthesis.js';
import { citedHeading } from '../../src/render/frame.js';
import { labels } from '../../src/i18n/index.js';

export interface PrintedPage {
  landscape: boolean;
  height: number;
  /** The lowest edge of any word on the page, in points from the top. */
  bottom: number;
  /** The page's text as pdftotext -layout gives it, line by line. */
  lines: string[];
}

export function pdftotext(pdf: Uint8Array, args: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-pdf-test-'));
  try {
    const file = path.join(dir, 'r.pdf');
    writeFileSync(file, pdf);
    const r = spawnSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printedPages(pdf: Uint8Array): PrintedPage[] {
  const layout = pdftotext(pdf, ['-layout', '-enc', 'UTF-8']).normalize('NFC').split('\f');
  const pages: PrintedPage[] = [];
  for (const m of pdftotext(pdf, ['-bbox']).matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gsu)) {
    const ys = [...(m[3] ?? '').matchAll(/<word [^>]*yMax="([\d.]+)"/gu)].map((w) => Number(w[1]));
    pages.push({
      landscape: Number(m[1]) > Number(m[2]),
      height: Number(m[2]),
      bottom: Math.max(0, ...ys),
      lines: (layout[pages.length] ?? '').split('\n'),
    });
  }
  return pages;
}

/** Page margins of the comment table's landscape pages (Word and HTML alike): 20 mm top, 18 mm bottom. */
const MM = 72 / 25.4;
const TOP = 20 * MM;
const FOOT = 18 * MM;

/** The checks of the comment table as printed; gives the worst empty fraction of its pages (the last left out). */
export function checkPrintedTable(pages: PrintedPage[], s: Synthesis): number {
  const L = labels(s.lang);
  const codes = new Map(s.sections.flatMap((sec) => sec.comments.map((c) => [String(c.no), sec.code || L.generalShort] as const)));
  const headings = s.sections.map((sec) => (sec.anchor === 'general' ? citedHeading(sec) : `${sec.code}.`));
  const isHeading = (line: string): boolean => headings.some((h) => line.trim().startsWith(h));
  const headerWords = new Set([L.no, L.section, L.delegateCol, L.contentCol, L.responseCol].join(' ').split(/\s+/u));
  const rowStart = /^\s*(\d+)\s+(\S.*?)(?:\s{2,}|$)/u;
  const table = pages.filter((p) => p.landscape);
  expect(table.length).toBeGreaterThan(0);
  let worst = 0;
  table.forEach((page, i) => {
    const where = `landscape page ${i + 1}`;
    const header = page.lines.findIndex((l) => l.includes(L.no) && l.includes(L.responseCol));
    expect(header, `${where}: the header row repeated`).toBeGreaterThanOrEqual(0);
    // The first row under the header: a section's own row, or a comment's naming its section.
    // (The header's own wrapped words, "thảo" under "Mục dự", are skipped; any other line is the first row's.)
    const first = page.lines.slice(header + 1).find(
      (l) =>
        l.trim() !== '' &&
        !l
          .trim()
          .split(/\s+/u)
          .every((w) => headerWords.has(w)),
    );
    expect(first, where).toBeDefined();
    expect(isHeading(first!) || rowStart.test(first!), `${where}: the first row names no section: ${first}`).toBe(true);
    if (!isHeading(first!)) {
      const m = rowStart.exec(first!)!;
      const code = codes.get(m[1]!);
      expect(code, `${where}: ${first}`).toBeDefined();
      expect([code, L.continued(code!)], `${where}: ${first}`).toContain(m[2]!.trim());
    }
    // A section's own row is followed on its page by a row of its comments.
    const lastHeading = page.lines.findLastIndex(isHeading);
    if (lastHeading >= 0)
      expect(
        page.lines.slice(lastHeading + 1).some((l) => rowStart.test(l)),
        `${where}: a heading at the foot`,
      ).toBe(true);
    if (i < table.length - 1) {
      const empty = (page.height - FOOT - page.bottom) / (page.height - FOOT - TOP);
      worst = Math.max(worst, empty);
    }
  });
  expect(worst, 'no page of the table more than a third empty').toBeLessThan(1 / 3);
  return worst;
}

/** The Word file printed by LibreOffice (soffice --convert-to pdf) in a folder of its own. */
export function printDocx(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-soffice-'));
  try {
    writeFileSync(path.join(dir, 'r.docx'), docx);
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, 'r.docx'),
      ],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: dir } },
    );
    expect(readdirSync(dir), r.stderr).toContain('r.pdf');
    return new Uint8Array(readFileSync(path.join(dir, 'r.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
