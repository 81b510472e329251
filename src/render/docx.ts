// The synthesis report as a Word file the secretariat edits and signs, laid
// out as a Party document (guidance 36-HD/VPTW): A4, Times New Roman 14 pt,
// the issuing body top left with the number, "ĐẢNG CỘNG SẢN VIỆT NAM" top
// right with place and date; the comment table on landscape pages with its
// header row repeated; "Nơi nhận" and the signature block at the end.
//
// Same input → same bytes: the file's dates (document properties and the zip
// entries) are set from the report date instead of the clock.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ISectionOptions, IRunOptions } from 'docx';
import type { Synthesis } from '../model/synthesis.js';
import { DECISIONS } from '../model/types.js';
import {
  countLine,
  DECISION_COLOURS,
  delegateDetails,
  documentFrame,
  paragraphs,
  partTitles,
  placeOf,
  sectionGroups,
  sectionHeading,
} from './frame.js';
import type { Frame, Group } from './frame.js';
import { labels } from '../i18n/index.js';
import type { Labels } from '../i18n/index.js';

// Sizes: twips (1/20 pt; 1 mm ≈ 56.7) for the page, half-points for type.
const A4 = { width: 11906, height: 16838 };
const PORTRAIT_MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134, header: 567, footer: 567 };
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1021, left: 1134, right: 851, header: 567, footer: 567 };
const PORTRAIT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
/** STT · Mục dự thảo · Đại biểu/đơn vị · Nội dung góp ý · Tiếp thu, giải trình. */
const WIDE_COLUMNS = fill([737, 2835, 2665, 5329, 0], LANDSCAPE_WIDTH);
/** The same columns on a portrait page, for the few comments on unknown sections. */
const NARROW_COLUMNS = fill([624, 1474, 1871, 2891, 0], PORTRAIT_WIDTH);

function fill(widths: number[], total: number): number[] {
  return widths.map((w, i) => (i === widths.length - 1 ? total - widths.reduce((a, b) => a + b, 0) : w));
}
const BODY = 28;
const TABLE = 26;
const SMALL = 24;
const FONT = 'Times New Roman';

type Block = Paragraph | Table;

export async function renderDocx(s: Synthesis): Promise<Uint8Array> {
  const L = labels(s.lang);
  const f = documentFrame(s, L);
  const parts = partTitles(s, L);

  const first: Block[] = [...head(f), ...titleBlock(f), ...summary(s, L)];
  const sections: ISectionOptions[] = [];
  const portrait = (children: Block[], firstPage = false): void => {
    sections.push({
      properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: PORTRAIT_MARGIN }, titlePage: firstPage },
      headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
      children,
    });
  };
  const landscape = (children: Block[]): void => {
    sections.push({
      properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } },
      headers: { default: pageNumberHeader() },
      children,
    });
  };

  portrait(first, true);
  landscape([
    heading(parts.body),
    ...(s.sections.length === 0 ? [para([run(`${L.none}.`, { italics: true })])] : [commentTable(sectionGroups(s), L)]),
  ]);
  const tail: Block[] = [];
  if (parts.referred) tail.push(...referred(s, L, parts.referred));
  if (parts.unplaced) {
    tail.push(
      heading(parts.unplaced),
      para([run(L.unplacedIntro)], { indent: true }),
      commentTable(
        s.unplaced.map((c) => ({ sec: null, context: '', comments: [c] })),
        L,
        NARROW_COLUMNS,
      ),
    );
  }
  tail.push(...signature(f, L));
  portrait(tail);

  const doc = new Document({
    title: `${f.kind} ${f.title}`,
    creator: 'gopy',
    description: f.facts.join('\n'),
    lastModifiedBy: 'gopy',
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { before: 0, after: 0, line: 264 } } },
      },
    },
    sections,
  });
  const when = `${f.isoDate ?? '1980-01-01'}T00:00:00Z`;
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(`${f.kind} ${f.title}`, 'gopy', when) }]);
  return fixZipDates(new Uint8Array(zip), f.isoDate);
}

// ---- blocks ---------------------------------------------------------------

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

function run(text: string, style: RunStyle = {}, breakBefore = false): TextRun {
  const o: IRunOptions = {
    text: clean(text),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.size ? { size: style.size } : {}),
    ...(breakBefore ? { break: 1 } : {}),
  };
  return new TextRun(o);
}

interface ParaStyle {
  align?: 'left' | 'center' | 'right' | 'justify';
  indent?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
}

function para(children: TextRun[], style: ParaStyle = {}): Paragraph {
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[
    style.align ?? 'justify'
  ];
  return new Paragraph({
    children,
    alignment: align,
    spacing: { before: style.before ?? 60, after: style.after ?? 60 },
    ...(style.indent ? { indent: { firstLine: 567 } } : {}),
    ...(style.keepNext ? { keepNext: true } : {}),
  });
}

/** Lines of text as runs, the line breaks kept. */
function lines(ls: string[], style: RunStyle = {}): TextRun[] {
  return ls.map((l, i) => run(l, style, i > 0));
}

function heading(text: string): Paragraph {
  return para([run(text, { bold: true })], { align: 'left', before: 180, after: 120, keepNext: true, indent: true });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY })] })],
  });
}

const NO_BORDERS = TableBorders.NONE;

function head(f: Frame): Block[] {
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA } });
  const left = 4252;
  const right = PORTRAIT_WIDTH - left;
  const issuer: Paragraph[] = [];
  if (f.parent) issuer.push(para([run(f.parent)], { align: 'center', before: 0, after: 0 }));
  if (f.issuer) issuer.push(para([run(f.issuer, { bold: true })], { align: 'center', before: 0, after: 0 }));
  if (f.parent || f.issuer) issuer.push(para([run('*')], { align: 'center', before: 0, after: 0 }));
  if (issuer.length === 0) issuer.push(para([]));
  const table = new Table({
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    rows: [
      new TableRow({
        children: [
          cell(issuer, left),
          cell([para([run(f.country, { bold: true, underline: true, size: 30 })], { align: 'center', before: 0, after: 0 })], right),
        ],
      }),
      new TableRow({
        children: [
          cell([para([run(f.number)], { align: 'center', before: 120, after: 0 })], left),
          cell([para([run(f.placeDate, { italics: true })], { align: 'right', before: 120, after: 0 })], right),
        ],
      }),
    ],
  });
  return [table];
}

function titleBlock(f: Frame): Block[] {
  const out: Block[] = [
    para([run(f.kind, { bold: true, size: 32 })], { align: 'center', before: 360, after: 0 }),
    para([run(f.title, { bold: true })], { align: 'center', before: 0, after: 0 }),
  ];
  if (f.subtitle) out.push(para([run(f.subtitle, { italics: true })], { align: 'center', before: 0, after: 0 }));
  out.push(para([run('-----')], { align: 'center', before: 0, after: 240 }));
  for (const fact of f.facts) out.push(para([run(fact)], { indent: true }));
  return out;
}

function summary(s: Synthesis, L: Labels): Block[] {
  const m = s.summary;
  const out: Block[] = [heading(`I. ${L.summary}`)];
  out.push(
    para(
      [
        run(`${L.delegatesCount}: `),
        run(String(m.delegates), { bold: true }),
        run(`. ${L.commentsCount}: `),
        run(String(m.comments), { bold: true }),
        run('.'),
      ],
      { indent: true },
    ),
  );
  out.push(para([run(`${L.decision}:`, { bold: true })], { indent: true, keepNext: true }));
  out.push(
    smallTable(
      [L.decision, L.count],
      [...DECISIONS, 'pending' as const].map((d) => [L.decisions[d], String(m.decisions[d])]),
      [5670, 1701],
      [...DECISIONS, 'pending' as const].map((d) => DECISION_COLOURS[d].tint),
    ),
  );
  if (m.groups.length > 0) {
    out.push(para([run(`${L.byGroup}:`, { bold: true })], { indent: true, keepNext: true, before: 180 }));
    out.push(
      smallTable(
        [L.group, L.delegates, L.comments],
        m.groups.map((g) => [g.group ?? L.noGroup, String(g.delegates), String(g.comments)]),
        [4536, 1985, 1701],
        null,
      ),
    );
  }
  if (m.mostCommented.length > 0) {
    out.push(para([run(`${L.mostCommented}:`, { bold: true })], { indent: true, keepNext: true, before: 180 }));
    for (const x of m.mostCommented) out.push(para([run(`- ${countLine(x)}`)], { indent: true, before: 0, after: 0 }));
  }
  out.push(
    para(
      [run(`${L.onlyAgree}: `, { bold: true }), run(`${m.onlyAgree.length > 0 ? m.onlyAgree.map((d) => d.name).join(', ') : L.none}.`)],
      { indent: true, before: 120 },
    ),
  );
  return out;
}

function smallTable(header: string[], rows: string[][], widths: number[], shades: string[] | null): Table {
  const cell = (text: string, i: number, bold: boolean, fill: string | undefined): TableCell =>
    new TableCell({
      children: [para([run(text, { bold, size: TABLE })], { align: i === 0 ? 'left' : 'right', before: 20, after: 20 })],
      width: { size: widths[i] ?? 1000, type: WidthType.DXA },
      margins: { left: 100, right: 100 },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    indent: { size: 567, type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true, 'E7E6E6')) }),
      ...rows.map(
        (r, ri) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false, i === 0 ? shades?.[ri] : undefined)) }),
      ),
    ],
  });
}

/** The comment table, one row per comment; a section's cell spans its comments. */
function commentTable(groups: Group[], L: Labels, columns: number[] = WIDE_COLUMNS): Table {
  const cell = (col: number, children: Paragraph[], extra: { fill?: string; rowSpan?: number; center?: boolean } = {}): TableCell =>
    new TableCell({
      children,
      width: { size: columns[col] ?? 1000, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 90, right: 90 },
      ...(extra.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: extra.fill } } : {}),
      ...(extra.rowSpan && extra.rowSpan > 1 ? { rowSpan: extra.rowSpan } : {}),
      ...(extra.center ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    });
  const p = (children: TextRun[], align: ParaStyle['align'] = 'justify'): Paragraph => para(children, { align, before: 20, after: 20 });
  const t = (text: string, style: RunStyle = {}): TextRun => run(text, { size: TABLE, ...style });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [L.no, L.section, L.delegateCol, L.contentCol, L.responseCol].map((h, i) =>
      cell(i, [p([t(h, { bold: true })], 'center')], { fill: 'E7E6E6', center: true }),
    ),
  });
  const rows: TableRow[] = [header];
  for (const { sec, context, comments } of groups) {
    comments.forEach((c, i) => {
      const cells = [cell(0, [p([t(String(c.no))], 'center')])];
      if (i === 0) {
        const secParas = sec
          ? [
              p([t(sectionHeading(sec), { bold: true })], 'left'),
              ...(context ? [p([t(context, { italics: true, size: SMALL })], 'left')] : []),
            ]
          : [p([t(c.anchor)], 'left'), p([t(`(${L.unknownSection})`, { italics: true, size: SMALL })], 'left')];
        cells.push(cell(1, secParas, { rowSpan: comments.length }));
      }
      cells.push(cell(2, [p([t(c.delegate.name, { bold: true })], 'left'), ...delegateDetails(c).map((x) => p([t(x)], 'left'))]));
      const what = [p([t(L.kinds[c.kind], { italics: true })], 'left'), ...paragraphs(c.text).map((ls) => p(lines(ls, { size: TABLE })))];
      if (c.quote) what.push(p([t(`${L.quote}: `, { italics: true }), t(`“${c.quote}”`)]));
      if (c.proposal) what.push(p([t(`${L.proposal}: `, { italics: true }), t(`“${c.proposal}”`)]));
      cells.push(cell(3, what));
      const d = c.decision ?? 'pending';
      cells.push(
        cell(
          4,
          [
            p([t(L.decisions[d], { bold: true })], 'left'),
            ...(c.note ? paragraphs(c.note).map((ls) => p(lines(ls, { size: TABLE }))) : []),
          ],
          { fill: DECISION_COLOURS[d].tint },
        ),
      );
      // A row short enough to fit a page is kept whole; a very long one may break.
      const size = c.text.length + (c.quote?.length ?? 0) + (c.proposal?.length ?? 0) + (c.note?.length ?? 0);
      rows.push(new TableRow({ children: cells, ...(size < 1200 ? { cantSplit: true } : {}) }));
    });
  }
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
    },
    rows,
  });
}

function referred(s: Synthesis, L: Labels, title: string): Block[] {
  const out: Block[] = [heading(title), para([run(L.referredIntro)], { indent: true })];
  for (const c of s.referred) {
    const text = paragraphs(c.text);
    const head = [
      run(`${L.commentNo.charAt(0).toLocaleUpperCase('vi')}${L.commentNo.slice(1)} ${c.no}`, { bold: true }),
      run(' — '),
      run(c.delegate.name, { bold: true }),
      run(` (${placeOf(c, s, L)}): `),
    ];
    out.push(para([...head, ...lines(text[0] ?? [])], { indent: true, keepNext: c.note !== null }));
    for (const ls of text.slice(1)) out.push(para(lines(ls), { indent: true }));
    if (c.note) {
      out.push(para([run(`${L.referredNote}:`, { italics: true })], { indent: true, keepNext: true }));
      for (const ls of paragraphs(c.note)) out.push(para(lines(ls), { indent: true }));
    }
  }
  return out;
}

function signature(f: Frame, L: Labels): Block[] {
  const left = 4536;
  const right = PORTRAIT_WIDTH - left;
  const recipients = [
    para([run(`${L.recipients}:`, { underline: true })], { align: 'left', before: 0, after: 0 }),
    ...f.recipients.map((r) => para([run(r, { size: SMALL })], { align: 'left', before: 0, after: 0 })),
  ];
  const sg = f.signer;
  const signer: Paragraph[] = [];
  if (sg) {
    if (sg.onBehalf)
      signer.push(para([run(sg.onBehalf.toLocaleUpperCase('vi'), { bold: true })], { align: 'center', before: 0, after: 0 }));
    if (sg.title) signer.push(para([run(sg.title.toLocaleUpperCase('vi'), { bold: true })], { align: 'center', before: 0, after: 0 }));
    for (let i = 0; i < 4; i++) signer.push(para([], { align: 'center', before: 0, after: 0 }));
    if (sg.name) signer.push(para([run(sg.name, { bold: true })], { align: 'center', before: 0, after: 0 }));
  }
  if (signer.length === 0) signer.push(para([]));
  return [
    para([], { before: 240, after: 0 }),
    new Table({
      borders: NO_BORDERS,
      layout: TableLayoutType.FIXED,
      width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
      columnWidths: [left, right],
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ children: recipients, width: { size: left, type: WidthType.DXA } }),
            new TableCell({ children: signer, width: { size: right, type: WidthType.DXA } }),
          ],
        }),
      ],
    }),
  ];
}

// ---- stable bytes ------------------------------------------------------------

function xml(text: string): string {
  return clean(text).replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text without the control characters XML cannot hold (tab, LF and CR stay). */
function clean(text: string): string {
  return [...text]
    .filter((ch) => {
      const c = ch.charCodeAt(0);
      return c >= 0x20 || c === 9 || c === 10 || c === 13;
    })
    .join('');
}

/** The document properties with fixed dates instead of the clock's. */
function coreXml(title: string, creator: string, when: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xml(title)}</dc:title>`,
    `<dc:creator>${xml(creator)}</dc:creator>`,
    '<cp:lastModifiedBy>gopy</cp:lastModifiedBy>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/**
 * Set every zip entry's modification time (the packer writes the clock's) to
 * the report date, so the same report gives the same bytes. Walks the central
 * directory; leaves the file as it is if it is not the plain zip expected.
 */
export function fixZipDates(zip: Uint8Array, isoDate: string | null): Uint8Array {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate ?? '');
  const year = m ? Math.min(Math.max(Number(m[1]), 1980), 2107) : 1980;
  const dosDate = ((year - 1980) << 9) | ((m ? Number(m[2]) : 1) << 5) | (m ? Number(m[3]) : 1);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count && at + 46 <= zip.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) return zip;
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
