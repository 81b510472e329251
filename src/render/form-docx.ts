// The comment form as a Word file ("Phiếu góp ý") a delegate fills in Word:
// the consultation's header, the delegate's name, title and unit, and a
// table with one row per section of the draft — its citation, title and
// text (shortened where long), then two empty columns, "Ý kiến góp ý" and
// "Đề xuất sửa đổi" — and a first row for general comments.
//
// What gopy needs to read it back is kept out of sight: the draft, its
// version, the delegate's file and the anchors in the document's custom
// properties, and in each row a hidden bookmark (`_gopy_<n>`, hidden because
// it starts with "_") naming its place in that list. Rows moved or deleted
// still read back right; a row without its bookmark is read by its citation.

import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { FORM_COLUMNS, FORM_DELEGATE, FORM_PROPS } from '../model/form.js';
import { foldSpace } from '../model/text.js';
import type { Draft, Lang, Settings } from '../model/types.js';
import { GENERAL } from '../model/types.js';
import { words } from '../i18n/index.js';

export interface WordFormInput {
  draft: Draft;
  delegate: { name: string | null; title: string | null; organization: string | null; file: string | null };
  settings: Settings;
  lang: Lang;
}

/** The form's words in a language: the catalogue's, and the column and delegate labels import reads back. */
function formWords(lang: Lang) {
  const W = words(lang);
  return {
    ...W.commentForm.word,
    country: W.report.country,
    draft: W.report.draft,
    version: W.report.version,
    generalTitle: W.report.generalTitle,
    ...FORM_DELEGATE[lang],
    columns: FORM_COLUMNS[lang],
  };
}

const FONT = 'Times New Roman';
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 851 };
const WIDTH = A4.height - MARGIN.left - MARGIN.right;
const COLUMNS = [1077, 2551, 4252, 3969, 0].map((w, i, all) => (i === all.length - 1 ? WIDTH - all.reduce((a, b) => a + b, 0) : w));
const TEXT_LIMIT = 300;

/** The draft's text shortened for a cell: whole words, with "…" when cut. */
export function shortText(text: string, limit = TEXT_LIMIT): string {
  const t = foldSpace(text);
  if (t.length <= limit) return t;
  const cut = t.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')} …`;
}

function run(text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    ...(o.bold ? { bold: true } : {}),
    ...(o.italics ? { italics: true } : {}),
    ...(o.underline ? { underline: {} } : {}),
    ...(o.size ? { size: o.size } : {}),
  });
}

function para(children: (TextRun | Bookmark)[], align: 'left' | 'center' | 'justify' = 'left', after = 60): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED }[align];
  return new Paragraph({ children, alignment, spacing: { before: 0, after } });
}

function cell(children: Paragraph[], width: number, shade?: string): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [para([])],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 57, bottom: 57, left: 85, right: 85 },
    ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
  });
}

export async function renderWordForm(input: WordFormInput): Promise<Uint8Array> {
  const { draft } = input;
  const W = formWords(input.lang);
  const anchors: string[] = [GENERAL, ...draft.sections.map((s) => s.anchor)];
  const version = draft.version ? ` (${W.version} ${draft.version})` : '';
  const doc = new Document({
    title: `${W.kind}: ${foldSpace(draft.title)}`,
    creator: 'gopy',
    lastModifiedBy: 'gopy',
    customProperties: [
      { name: FORM_PROPS.form, value: '1' },
      { name: FORM_PROPS.draft, value: draft.stem },
      { name: FORM_PROPS.version, value: draft.version },
      { name: FORM_PROPS.file, value: input.delegate.file ?? '' },
      { name: FORM_PROPS.anchors, value: anchors.join(' ') },
    ],
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
        children: [
          headerTable(input, W),
          para([], 'left', 240),
          para([run(W.kind, { bold: true, size: 32 })], 'center', 0),
          para([run(`${W.draft}: ${foldSpace(draft.title)}${version}`, { italics: true, size: 26 })], 'center', 240),
          delegateTable(input.delegate, W),
          para([run(W.how, { italics: true, size: 24 })], 'justify', 120),
          commentTable(draft, W),
          para([], 'left', 240),
          signatureTable(W),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

type FormWords = ReturnType<typeof formWords>;

/** The consultation's header: the body that asks for comments on the left, the Party on the right. */
function headerTable(input: WordFormInput, W: FormWords): Table {
  const oneLine = (v: string | null): string | null => (v === null ? null : foldSpace(v) || null);
  const upper = (s: string | null): string | null => (s === null ? null : s.toLocaleUpperCase(input.lang));
  const parent = upper(oneLine(input.settings.issuer.parent));
  const issuer = upper(oneLine(input.settings.issuer.name));
  const left: Paragraph[] = [];
  if (parent) left.push(para([run(parent, { size: 26 })], 'center', 0));
  if (issuer) left.push(para([run(issuer, { bold: true, size: 26 })], 'center', 0));
  if (parent || issuer) left.push(para([run('*', { size: 26 })], 'center', 0));
  return new Table({
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [5669, WIDTH - 5669],
    rows: [
      new TableRow({
        children: [cell(left, 5669), cell([para([run(W.country, { bold: true, underline: true, size: 28 })], 'center', 0)], WIDTH - 5669)],
      }),
    ],
  });
}

/** The delegate: a borderless table of label and value, so the values read back by their labels. */
function delegateTable(delegate: WordFormInput['delegate'], W: FormWords): Table {
  const lines = [
    [W.name, delegate.name],
    [W.title, delegate.title],
    [W.organization, delegate.organization],
  ] as const;
  return new Table({
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [2835, WIDTH - 2835],
    rows: lines.map(
      ([label, value]) =>
        new TableRow({
          children: [
            cell([para([run(`${label}:`, { bold: true, size: 26 })])], 2835),
            cell([para([run(value ?? '', { size: 26 })])], WIDTH - 2835),
          ],
        }),
    ),
  });
}

/** One row per section (and one for the whole draft), each with its hidden bookmark `_gopy_<n>` for import. */
function commentTable(draft: WordFormInput['draft'], W: FormWords): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: W.columns.map((c, i) => cell([para([run(c, { bold: true, size: 24 })], 'center', 0)], COLUMNS[i] ?? 0, 'D9E2F3')),
  });
  const row = (n: number, code: string, title: string, text: string, bold: boolean): TableRow =>
    new TableRow({
      cantSplit: true,
      children: [
        cell([para([new Bookmark({ id: `${FORM_PROPS.bookmark}${n}`, children: [run(code, { size: 24, bold })] })])], COLUMNS[0] ?? 0),
        cell([para([run(title, { size: 24, bold })])], COLUMNS[1] ?? 0),
        cell(text === '' ? [] : [para([run(text, { size: 22 })], 'justify', 0)], COLUMNS[2] ?? 0),
        cell([], COLUMNS[3] ?? 0),
        cell([], COLUMNS[4] ?? 0),
      ],
    });
  const rows = [headerRow, row(0, W.generalCode, W.generalTitle, '', true)];
  draft.sections.forEach((s, i) => {
    const title = [s.label, s.title].filter((x) => x !== '').join(' ');
    rows.push(row(i + 1, s.code, title, shortText(s.text), s.kind === 'heading'));
  });
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    rows,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

/** Date and signature, on the right. */
function signatureTable(W: FormWords): Table {
  return new Table({
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [WIDTH - 6236, 6236],
    rows: [
      new TableRow({
        children: [
          cell([], WIDTH - 6236),
          cell(
            [
              para([run(W.dateLine, { italics: true, size: 26 })], 'center', 0),
              para([run(W.signer, { bold: true, size: 26 })], 'center', 0),
              para([run(W.signHint, { italics: true, size: 24 })], 'center', 0),
            ],
            6236,
          ),
        ],
      }),
    ],
  });
}
