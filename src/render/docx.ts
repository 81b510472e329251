// The synthesis report as a Word file the secretariat edits and signs, laid
// out as a Party document (guidance 36-HD/VPTW): A4, Times New Roman 14 pt,
// the issuing body top left with the number, "ĐẢNG CỘNG SẢN VIỆT NAM" top
// right with place and date; the comment table on landscape pages with its
// header row repeated; the closing paragraph, "Nơi nhận" and the signature
// block kept together at the end. Printed in black and white: decisions are
// words, not colours.
//
// The WordprocessingML is written here, piece by piece, straight into the
// zip (fflate): formatting lives in shared styles (styles.xml), each
// paragraph names its style, and no object is kept per row, so memory grows
// with the compressed file only, not with a tree of the whole document.
//
// Same input → same bytes: the file's dates (document properties and the zip
// entries) are set from the report date instead of the clock.

import { Zip, ZipDeflate } from 'fflate';
import type { Synthesis } from '../model/synthesis.js';
import { DECISIONS } from '../model/types.js';
import {
  citedHeading,
  countLine,
  delegateDetails,
  documentFrame,
  partTitles,
  placeOf,
  rowCitation,
  sectionGroups,
  textParagraphs,
} from './frame.js';
import type { Frame } from './frame.js';
import { COLUMN_CHARS, tableRows } from './table-layout.js';
import type { Para, TableRow } from './table-layout.js';
import { xmlText } from './escape.js';
import { labels } from '../i18n/index.js';
import type { Labels } from '../i18n/index.js';

// Sizes: twips (1/20 pt; 1 mm ≈ 56.7) for the page, half-points for type.
const A4 = { width: 11906, height: 16838 };
const PORTRAIT_MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134, header: 567, footer: 567 };
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1021, left: 1134, right: 851, header: 567, footer: 567 };
const PORTRAIT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
/** STT · Mục dự thảo · Đại biểu/đơn vị · Nội dung góp ý · Tiếp thu, giải trình. */
const WIDE_COLUMNS = fill([680, 1300, 2950, 5500, 0], LANDSCAPE_WIDTH);
/** The same columns on a portrait page, for the few comments on unknown sections. */
const NARROW_COLUMNS = fill([700, 1650, 1750, 2750, 0], PORTRAIT_WIDTH);
const SUMMARY_INDENT = 0;

function fill(widths: number[], total: number): number[] {
  return widths.map((w, i) => (i === widths.length - 1 ? total - widths.reduce((a, b) => a + b, 0) : w));
}

/** Paragraph styles (styles.xml) by the name the document uses. */
type PStyle =
  'Body' | 'Part' | 'Lead' | 'Center' | 'Right' | 'Kind' | 'Title' | 'Cell' | 'CellC' | 'CellH' | 'SecRow' | 'Ctx' | 'Small' | 'Closing';
/** Character styles: bold, italic, underline. */
type RStyle = 'B' | 'I' | 'U' | 'BU' | 'Big';
type Run = string | [RStyle, string];

/** Pieces of XML gathered into chunks and deflated as they fill. */
class Sink {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly file: ZipDeflate) {}
  w(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.file.push(encoder.encode(this.parts.join('')), false);
    this.parts = [];
    this.size = 0;
  }
  end(): void {
    this.flush();
    this.file.push(new Uint8Array(0), true);
  }
}

const encoder = new TextEncoder();

export async function renderDocx(s: Synthesis): Promise<Uint8Array> {
  await Promise.resolve();
  return renderDocxSync(s);
}

function renderDocxSync(s: Synthesis): Uint8Array {
  const L = labels(s.lang);
  const f = documentFrame(s, L);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  const mtime = new Date(`${f.isoDate ?? '1980-01-01'}T12:00:00Z`);
  const add = (name: string, body: (out: Sink) => void): void => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    const out = new Sink(file);
    body(out);
    out.end();
  };
  const text = (name: string, xml: string): void => add(name, (o) => o.w(xml));

  text('[Content_Types].xml', CONTENT_TYPES);
  text('_rels/.rels', ROOT_RELS);
  text('docProps/core.xml', coreXml(`${f.kind} ${f.title}`, `${f.isoDate ?? '1980-01-01'}T00:00:00Z`));
  text('docProps/app.xml', APP);
  text('word/_rels/document.xml.rels', DOC_RELS);
  text('word/styles.xml', stylesXml(s.lang));
  text('word/settings.xml', SETTINGS);
  text('word/header1.xml', header(true));
  text('word/header2.xml', header(false));
  add('word/document.xml', (o) => documentXml(o, s, L, f));
  zip.end();
  // fflate reports a failure through the callback; rethrown as it came.
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- it is an Error
  if (failure !== null) throw failure;
  let total = 0;
  for (const c of chunks) total += c.length;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return fixZipDates(bytes, f.isoDate);
}

// ---- the document ---------------------------------------------------------------

function documentXml(o: Sink, s: Synthesis, L: Labels, f: Frame): void {
  const parts = partTitles(s, L);
  o.w(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>',
  );
  head(o, f);
  o.w(p('Kind', [f.kind]));
  o.w(p('Title', [f.title]));
  if (f.subtitle) o.w(p('Center', [['I', f.subtitle]]));
  o.w(p('Center', ['-----']));
  o.w(p('Body', [f.opening]));
  summary(o, s, L);
  o.w(sectionBreak('portrait', true));

  o.w(p('Part', [parts.body]));
  if (s.sections.length === 0) o.w(p('Body', [['I', `${L.none}.`]]));
  else commentTable(o, s, L);
  o.w(sectionBreak('landscape', false));

  if (parts.referred) referred(o, s, L, parts.referred);
  if (parts.unplaced) {
    o.w(p('Part', [parts.unplaced]));
    o.w(p('Body', [L.unplacedIntro]));
    unplacedTable(o, s, L);
  }
  o.w(p('Closing', [f.closing]));
  signature(o, f, L);
  o.w(`${sectPr('portrait', false)}</w:body></w:document>`);
}

/** A paragraph of one style, its runs plain or in a character style. */
function p(style: PStyle, runs: readonly Run[], extra = ''): string {
  let out = `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>`;
  for (const r of runs) {
    if (typeof r === 'string') {
      if (r !== '') out += `<w:r><w:t xml:space="preserve">${xmlText(r)}</w:t></w:r>`;
    } else if (r[1] !== '') {
      out += `<w:r><w:rPr><w:rStyle w:val="${r[0]}"/></w:rPr><w:t xml:space="preserve">${xmlText(r[1])}</w:t></w:r>`;
    }
  }
  return `${out}</w:p>`;
}

function sectPr(orientation: 'portrait' | 'landscape', first: boolean): string {
  const [w, h, m] = orientation === 'portrait' ? [A4.width, A4.height, PORTRAIT_MARGIN] : [A4.height, A4.width, LANDSCAPE_MARGIN];
  return [
    '<w:sectPr>',
    '<w:headerReference w:type="default" r:id="rIdH1"/>',
    first ? '<w:headerReference w:type="first" r:id="rIdH2"/>' : '',
    `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${orientation}"/>`,
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>`,
    first ? '<w:titlePg/>' : '',
    '</w:sectPr>',
  ].join('');
}

/** The end of a section of pages: an empty paragraph that carries its page settings. */
function sectionBreak(orientation: 'portrait' | 'landscape', first: boolean): string {
  return `<w:p><w:pPr><w:pStyle w:val="Center"/>${sectPr(orientation, first)}</w:pPr></w:p>`;
}

interface TableOptions {
  widths: number[];
  borders: boolean;
  indent?: number;
}

function tableStart(t: TableOptions): string {
  const width = t.widths.reduce((a, b) => a + b, 0);
  return [
    '<w:tbl><w:tblPr>',
    `<w:tblStyle w:val="${t.borders ? 'Grid' : 'Plain'}"/>`,
    `<w:tblW w:w="${width}" w:type="dxa"/>`,
    t.indent ? `<w:tblInd w:w="${t.indent}" w:type="dxa"/>` : '',
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblLook w:val="0000"/>',
    '</w:tblPr><w:tblGrid>',
    ...t.widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
  ].join('');
}

function row(cells: string[], opts: { header?: boolean; cantSplit?: boolean } = {}): string {
  const pr = `${opts.cantSplit || opts.header ? '<w:cantSplit/>' : ''}${opts.header ? '<w:tblHeader/>' : ''}`;
  return `<w:tr>${pr ? `<w:trPr>${pr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

function cell(width: number, content: string, extra = ''): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extra}</w:tcPr>${content || '<w:p/>'}</w:tc>`;
}

function head(o: Sink, f: Frame): void {
  const left = 4252;
  const right = PORTRAIT_WIDTH - left;
  const issuer: string[] = [];
  if (f.parent) issuer.push(p('Center', [f.parent]));
  for (const line of f.issuer) issuer.push(p('Center', [['B', line]]));
  if (f.parent || f.issuer.length > 0) issuer.push(p('Center', ['*']));
  o.w(tableStart({ widths: [left, right], borders: false }));
  o.w(row([cell(left, issuer.join('')), cell(right, p('Center', [['BU', f.country]]))]));
  o.w(
    row([
      cell(left, p('Center', [f.number], '<w:spacing w:before="120"/>')),
      cell(right, p('Right', [['I', f.placeDate]], '<w:spacing w:before="120"/>')),
    ]),
  );
  o.w('</w:tbl>');
}

function summary(o: Sink, s: Synthesis, L: Labels): void {
  const m = s.summary;
  o.w(p('Part', [`I. ${L.summary}`]));
  const all = [...DECISIONS, 'pending' as const].filter((d) => m.decisions[d] > 0 || d !== 'pending');
  o.w(p('Lead', [`1. ${L.decisionsTable}`]));
  smallTable(
    o,
    [L.decision, L.count],
    all.map((d) => [L.decisions[d], String(m.decisions[d])]),
    [L.total, String(m.comments)],
  );
  if (m.groups.length > 0) {
    o.w(p('Lead', [`2. ${L.groupsTable}`]));
    smallTable(
      o,
      [L.group, L.delegates, L.comments],
      m.groups.map((g) => [g.group ?? L.noGroup, String(g.delegates), String(g.comments)]),
      [L.total, String(m.delegates), String(m.comments)],
    );
  }
  if (m.mostCommented.length > 0) {
    o.w(p('Lead', [`${L.mostCommented}:`]));
    for (const x of m.mostCommented) o.w(p('Body', [`- ${countLine(x, L)}`]));
  }
  if (m.onlyAgree.length > 0) o.w(p('Body', [['B', `${L.onlyAgree}: `], `${m.onlyAgree.map((d) => d.name).join(', ')}.`]));
}

/** A summary table: every one the same width (the text's), the first column wide, a total row at the foot. */
function smallTable(o: Sink, header: string[], rows: string[][], total: string[]): void {
  const rest = header.length - 1;
  const numberWidth = 1700;
  const widths = [PORTRAIT_WIDTH - SUMMARY_INDENT - rest * numberWidth, ...Array.from({ length: rest }, () => numberWidth)];
  const line = (r: string[], style: PStyle, bold: boolean): string[] =>
    r.map((t, i) => cell(widths[i] ?? numberWidth, p(i === 0 && style !== 'CellH' ? 'Cell' : style, [bold ? ['B', t] : t])));
  o.w(tableStart({ widths, borders: true, indent: SUMMARY_INDENT }));
  o.w(row(line(header, 'CellH', false), { header: true }));
  for (const r of rows) o.w(row(line(r, 'CellC', false), { cantSplit: true }));
  o.w(row(line(total, 'CellC', true), { cantSplit: true }));
  o.w('</w:tbl>');
}

function tableHeader(o: Sink, L: Labels, widths: number[], section: string): void {
  o.w(tableStart({ widths, borders: true }));
  o.w(
    row(
      [L.no, section, L.delegateCol, L.contentCol, L.responseCol].map((h, i) =>
        cell(widths[i] ?? 0, p('CellH', [h]), '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/><w:vAlign w:val="center"/>'),
      ),
      { header: true },
    ),
  );
}

/**
 * The comment table. Each section opens with a row of its own across the
 * table (its citation, title and place in the draft), kept with the row
 * below; every row then names the section by its citation, a row that
 * continues a long comment with "(tiếp)", so a row at the top of a page
 * still says where it belongs. Rows are short and never split (see
 * table-layout.ts); comments that one response entry decides share one
 * decision cell (merged vertically) in groups kept on one page.
 */
function commentTable(o: Sink, s: Synthesis, L: Labels): void {
  const W = WIDE_COLUMNS;
  const total = W.reduce((a, b) => a + b, 0);
  tableHeader(o, L, W, L.section);
  for (const { sec, context, comments } of sectionGroups(s)) {
    const heading = [p('SecRow', [citedHeading(sec)])];
    if (context) heading.push(p('Ctx', [context]));
    o.w(row([cell(total, heading.join(''), `<w:gridSpan w:val="5"/>`)], { cantSplit: true }));
    const where = rowCitation(sec, L);
    for (const r of tableRows(comments, L, COLUMN_CHARS.wide, { heading: [citedHeading(sec), context] })) {
      commentRow(o, r, L, W, (keep) => p('CellC', [r.piece === 0 ? where : L.continued(where)], keep));
    }
  }
  o.w('</w:tbl>');
}

function unplacedTable(o: Sink, s: Synthesis, L: Labels): void {
  const W = NARROW_COLUMNS;
  tableHeader(o, L, W, L.typedSection);
  for (const r of tableRows(s.unplaced, L, COLUMN_CHARS.narrow, { merge: false })) {
    const c = r.c;
    commentRow(o, r, L, W, (keep) => {
      if (r.piece > 0) return p('Cell', [L.continued(c.anchor)], keep);
      const where = [p('Cell', [c.anchor], keep)];
      if (c.maybe !== null) where.push(p('Cell', [['I', `(${L.maybe(c.maybe)})`]], keep));
      return where.join('');
    });
  }
  o.w('</w:tbl>');
}

/** Paragraphs of a cell from the table plan. */
function paras(list: readonly Para[], keep: string): string {
  return list
    .map((x) =>
      p(
        'Cell',
        x.map((span): Run => (span.em === 'b' ? ['B', span.text] : span.em === 'i' ? ['I', span.text] : span.text)),
        keep,
      ),
    )
    .join('');
}

/** A continuation row's cells are set off from the row above by a dotted line, not a full one. */
const DOTTED_TOP = '<w:tcBorders><w:top w:val="dotted" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>';

function commentRow(o: Sink, r: TableRow, L: Labels, W: number[], where: (keep: string) => string): void {
  const c = r.c;
  // Every paragraph of a row kept with the next keeps the rows of one merged cell on one page.
  const keep = r.keepNext ? '<w:keepNext/>' : '';
  const top = r.piece > 0 ? DOTTED_TOP : '';
  const who =
    r.piece > 0 ? '' : [p('Cell', [['B', c.delegate.name]], keep), ...delegateDetails(c).map((x) => p('Cell', [x], keep))].join('');
  const decision =
    // (tcPr in schema order: vMerge before tcBorders.)
    r.span === 0
      ? cell(W[4] ?? 0, '', `<w:vMerge/>${top}`)
      : cell(W[4] ?? 0, paras(r.resp ?? [], keep), `${r.span > 1 ? '<w:vMerge w:val="restart"/>' : ''}${top}`);
  o.w(
    row(
      [
        cell(W[0] ?? 0, p('CellC', [String(c.no)], keep), top),
        cell(W[1] ?? 0, where(keep), top),
        cell(W[2] ?? 0, who, top),
        cell(W[3] ?? 0, paras(r.what, keep), top),
        decision,
      ],
      { cantSplit: true },
    ),
  );
}

function referred(o: Sink, s: Synthesis, L: Labels, title: string): void {
  o.w(p('Part', [title]));
  o.w(p('Body', [L.referredIntro]));
  for (const c of s.referred) {
    const text = textParagraphs(c.text);
    const lead: Run[] = [
      ['B', `${L.commentNo.charAt(0).toLocaleUpperCase('vi')}${L.commentNo.slice(1)} ${c.no}`],
      ' — ',
      ['B', c.delegate.name],
      ` (${placeOf(c, s, L)}): `,
      text[0] ?? '',
    ];
    o.w(p('Body', lead, c.note !== null ? '<w:keepNext/>' : ''));
    for (const x of text.slice(1)) o.w(p('Body', [x]));
    if (c.note) {
      o.w(p('Body', [['I', `${L.referredNote}:`]], '<w:keepNext/>'));
      for (const x of textParagraphs(c.note)) o.w(p('Body', [x]));
    }
  }
}

/** "Nơi nhận" left, the signer right, in one row that does not split, kept with the closing paragraph above it. */
function signature(o: Sink, f: Frame, L: Labels): void {
  const left = 4536;
  const right = PORTRAIT_WIDTH - left;
  const recipients = [p('Small', [['U', `${L.recipients}:`]]), ...f.recipients.map((r) => p('Small', [r]))];
  const sg = f.signer;
  const signer: string[] = [];
  if (sg) {
    if (sg.onBehalf) signer.push(p('Center', [['B', sg.onBehalf.toLocaleUpperCase('vi')]]));
    if (sg.title) signer.push(p('Center', [['B', sg.title.toLocaleUpperCase('vi')]]));
    for (let i = 0; i < 4; i++) signer.push(p('Center', []));
    if (sg.name) signer.push(p('Center', [['B', sg.name]]));
  }
  o.w(tableStart({ widths: [left, right], borders: false }));
  o.w(row([cell(left, recipients.join('')), cell(right, signer.join(''))], { cantSplit: true }));
  o.w('</w:tbl>');
}

// ---- the other parts ----------------------------------------------------------------

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>';

const DOC_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>';

const APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>gopy</Application></Properties>';

const SETTINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

/** The page number at the top centre (the first page has none). */
function header(numbered: boolean): string {
  const body = numbered
    ? '<w:p><w:pPr><w:pStyle w:val="Center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    : '<w:p><w:pPr><w:pStyle w:val="Center"/></w:pPr></w:p>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:hdr>`;
}

/** Every format the document uses, once. */
function stylesXml(lang: string): string {
  const para = (id: string, name: string, ppr: string, rpr = '', based = 'Normal'): string =>
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${based}"/><w:qFormat/><w:pPr>${ppr}</w:pPr>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ''}</w:style>`;
  const char = (id: string, name: string, rpr: string): string =>
    `<w:style w:type="character" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:rPr>${rpr}</w:rPr></w:style>`;
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>',
    `<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="${lang === 'en' ? 'en-GB' : 'vi-VN'}"/></w:rPr></w:rPrDefault>`,
    '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    para('Body', 'gopy Body', '<w:spacing w:before="60" w:after="60"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>'),
    para(
      'Part',
      'gopy Part',
      '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:firstLine="567"/>',
      '<w:b/><w:bCs/>',
    ),
    para('Lead', 'gopy Lead', '<w:keepNext/><w:spacing w:before="180" w:after="60"/><w:ind w:firstLine="567"/>', '<w:b/><w:bCs/>'),
    para('Center', 'gopy Center', '<w:jc w:val="center"/>'),
    para('Right', 'gopy Right', '<w:jc w:val="right"/>'),
    para(
      'Kind',
      'gopy Kind',
      '<w:keepNext/><w:spacing w:before="360"/><w:jc w:val="center"/>',
      '<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>',
    ),
    para('Title', 'gopy Title', '<w:keepNext/><w:jc w:val="center"/>', '<w:b/><w:bCs/>'),
    para('Cell', 'gopy Cell', '<w:spacing w:before="20" w:after="20"/>', '<w:sz w:val="26"/><w:szCs w:val="26"/>'),
    para('CellC', 'gopy Cell Centred', '<w:jc w:val="center"/>', '', 'Cell'),
    para('CellH', 'gopy Cell Header', '<w:keepNext/><w:jc w:val="center"/>', '<w:b/><w:bCs/>', 'Cell'),
    para('SecRow', 'gopy Section Row', '<w:keepNext/><w:keepLines/><w:spacing w:before="60"/>', '<w:b/><w:bCs/>', 'Cell'),
    para('Ctx', 'gopy Section Context', '<w:keepNext/><w:keepLines/>', '<w:i/><w:iCs/>', 'Cell'),
    para('Small', 'gopy Small', '', '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
    para(
      'Closing',
      'gopy Closing',
      '<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="240"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>',
    ),
    char('B', 'gopy Bold', '<w:b/><w:bCs/>'),
    char('I', 'gopy Italic', '<w:i/><w:iCs/>'),
    char('U', 'gopy Underline', '<w:u w:val="single"/>'),
    char('BU', 'gopy Country', '<w:b/><w:bCs/><w:u w:val="single"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
    char('Big', 'gopy Big', '<w:sz w:val="32"/><w:szCs w:val="32"/>'),
    `<w:style w:type="table" w:customStyle="1" w:styleId="Grid"><w:name w:val="gopy Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    '<w:style w:type="table" w:customStyle="1" w:styleId="Plain"><w:name w:val="gopy Plain"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '</w:styles>',
  ].join('');
}

/** The document properties with fixed dates instead of the clock's. */
function coreXml(title: string, when: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(title)}</dc:title>`,
    '<dc:creator>gopy</dc:creator>',
    '<cp:lastModifiedBy>gopy</cp:lastModifiedBy>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

// ---- stable bytes ------------------------------------------------------------

/**
 * Set every zip entry's modification time to the report date (00:00), so the
 * same report gives the same bytes whatever the time zone. Walks the central
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
