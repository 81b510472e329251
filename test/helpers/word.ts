// Word drafts built with the docx library in the ways Vietnamese drafts are
// typed: with heading styles, with bold numbered lines and no styles, and
// with Word's own list numbering (the numbers in no text run).

import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const TARGETS = [
  'Hàng năm 100% cán bộ, hội viên nông dân được tuyên truyền.',
  'Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.',
  'Đến năm 2030, tập hợp trên 75% số hộ nông dân tham gia tổ chức Hội.',
];

function table(): Table {
  const cell = (t: string): TableCell => new TableCell({ children: [new Paragraph(t)], width: { size: 3000, type: WidthType.DXA } });
  return new Table({
    rows: [
      new TableRow({ children: [cell('Chỉ tiêu'), cell('Năm 2025')] }),
      new TableRow({ children: [cell('Hội viên mới'), cell('1.200')] }),
    ],
  });
}

async function pack(children: (Paragraph | Table)[], extra: ConstructorParameters<typeof Document>[0] | object = {}): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }], ...extra });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Heading styles (Title, Heading 1, Heading 2) with typed labels; targets typed "1. …". */
export function draftWithHeadingStyles(): Promise<Uint8Array> {
  return pack([
    new Paragraph({ text: 'CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 46-NQ/TW', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'I. MỤC ĐÍCH, YÊU CẦU', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: '1. Mục đích', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({
      children: [
        new TextRun('Quán triệt '),
        new TextRun({ text: 'sâu sắc', bold: true }),
        new TextRun({ text: ' Nghị quyết', italics: true }),
      ],
    }),
    new Paragraph({ text: 'II. MỤC TIÊU', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: '2. Mục tiêu cụ thể', heading: HeadingLevel.HEADING_2 }),
    ...TARGETS.map((t, i) => new Paragraph(`${i + 1}. ${t}`)),
    table(),
  ]);
}

/** No styles at all: a centred bold title, bold numbered lines as headings, plain "1." targets, a) points. */
export function draftWithBoldLines(): Promise<Uint8Array> {
  const bold = (text: string, centred = false): Paragraph =>
    new Paragraph({ children: [new TextRun({ text, bold: true })], ...(centred ? { alignment: AlignmentType.CENTER } : {}) });
  return pack([
    new Paragraph({ children: [new TextRun({ text: 'DỰ THẢO LẦN 2', bold: true })], alignment: AlignmentType.RIGHT }),
    bold('CHƯƠNG TRÌNH HÀNH ĐỘNG', true),
    bold('thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị', true),
    new Paragraph('Để thực hiện có hiệu quả Nghị quyết, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:'),
    bold('I. MỤC ĐÍCH, YÊU CẦU'),
    bold('1. Mục đích'),
    new Paragraph('Quán triệt sâu sắc Nghị quyết.'),
    bold('II. MỤC TIÊU'),
    bold('2. Mục tiêu cụ thể'),
    ...TARGETS.map((t, i) => new Paragraph(`${i + 1}. ${t}`)),
    bold('III. NHIỆM VỤ, GIẢI PHÁP'),
    bold('1. Nâng cao nhận thức'),
    new Paragraph('a) Tăng cường tuyên truyền về vai trò của Hội.'),
    new Paragraph('b) Đổi mới phương thức tuyên truyền.'),
  ]);
}

/** Word's list numbering: headings numbered I., 1. by a multi-level list, targets by a plain numbered list, articles "Điều %1.". */
export function draftWithListNumbering(): Promise<Uint8Array> {
  const numbering = {
    config: [
      {
        reference: 'outline',
        levels: [
          { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
        ],
      },
      { reference: 'targets', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
      { reference: 'points', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT }] },
    ],
  };
  const head = (text: string, level: 0 | 1): Paragraph =>
    new Paragraph({ children: [new TextRun({ text, bold: true })], numbering: { reference: 'outline', level } });
  return pack(
    [
      head('MỤC ĐÍCH, YÊU CẦU', 0),
      head('Mục đích', 1),
      new Paragraph('Quán triệt sâu sắc Nghị quyết.'),
      head('Yêu cầu', 1),
      new Paragraph('Gắn với thực hiện Nghị quyết Đại hội.'),
      head('MỤC TIÊU', 0),
      head('Mục tiêu cụ thể', 1),
      ...TARGETS.map((t) => new Paragraph({ text: t, numbering: { reference: 'targets', level: 0 } })),
      head('Nhiệm vụ', 1),
      new Paragraph({ text: 'Tăng cường tuyên truyền.', numbering: { reference: 'points', level: 0 } }),
      new Paragraph({ text: 'Đổi mới phương thức.', numbering: { reference: 'points', level: 0 } }),
    ],
    { numbering, title: 'Chương trình hành động (dự thảo)' },
  );
}

/**
 * A form filled in "by a program editing the cells", as a delegate fills it
 * in Word: the comment and the proposal typed into the row whose first cell
 * reads `row`, one paragraph per line; the delegate's lines filled too.
 */
export function fillForm(
  bytes: Uint8Array,
  fills: { row: string; comment?: string; proposal?: string }[],
  who: Record<string, string> = {},
  dropBookmarks = false,
): Uint8Array {
  const parts = unzipSync(bytes);
  const doc = new DOMParser().parseFromString(strFromU8(parts['word/document.xml'] ?? new Uint8Array()), 'text/xml');
  const textOf = (el: Element): string =>
    Array.from(el.getElementsByTagName('w:t'))
      .map((t) => t.textContent ?? '')
      .join('');
  const setCell = (tc: Element, text: string): void => {
    const paras = Array.from(tc.getElementsByTagName('w:p'));
    const template = paras[0];
    for (const p of paras) tc.removeChild(p);
    for (const line of text.split('\n')) {
      const p = doc.createElement('w:p');
      if (template?.getElementsByTagName('w:pPr')[0]) p.appendChild(template.getElementsByTagName('w:pPr')[0]!.cloneNode(true));
      const r = doc.createElement('w:r');
      const t = doc.createElement('w:t');
      t.setAttribute('xml:space', 'preserve');
      t.appendChild(doc.createTextNode(line));
      r.appendChild(t);
      p.appendChild(r);
      tc.appendChild(p);
    }
  };
  for (const tr of Array.from(doc.getElementsByTagName('w:tr'))) {
    const cells = Array.from(tr.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === 'w:tc');
    const first = cells[0] ? textOf(cells[0]).replace(/:$/u, '') : '';
    const fill = fills.find((f) => f.row === first);
    if (fill && cells.length >= 5) {
      if (fill.comment !== undefined) setCell(cells[3]!, fill.comment);
      if (fill.proposal !== undefined) setCell(cells[4]!, fill.proposal);
    }
    if (cells.length === 2 && who[first] !== undefined) setCell(cells[1]!, who[first]);
  }
  if (dropBookmarks)
    for (const tag of ['w:bookmarkStart', 'w:bookmarkEnd'])
      for (const b of Array.from(doc.getElementsByTagName(tag))) b.parentNode?.removeChild(b);
  parts['word/document.xml'] = strToU8(new XMLSerializer().serializeToString(doc));
  return zipSync(parts);
}

/** A letter with lines above a table of comments, as an office answers without the form. */
export function commentTableDocx(lines: string[], rows: string[][]): Promise<Uint8Array> {
  const cell = (t: string): TableCell => new TableCell({ children: t.split('\n').map((l) => new Paragraph(l)) });
  return pack([...lines.map((l) => new Paragraph(l)), new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })]);
}
