import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { convertDocxDraft, labelKind, shortAnchors } from '../../src/load/docx-draft.js';
import { DocxError } from '../../src/load/ooxml.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { draftWithBoldLines, draftWithHeadingStyles, draftWithListNumbering } from '../helpers/word.js';

function outline(markdown: string): string[] {
  const { draft, messages } = parseDraft(markdown, 'drafts/x.md');
  expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  return draft.sections.map((s) => `${s.depth}|${s.label}|${s.title}|${s.anchor}|${s.explicit ? 'explicit' : 'auto'}`);
}

describe('a Word draft as Markdown', () => {
  it('reads heading styles: title, sections, labels kept, targets as list items, bold, italics and tables', async () => {
    const r = await convertDocxDraft(await draftWithHeadingStyles(), 'du-thao-1');
    expect(r.title).toBe('CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 46-NQ/TW');
    expect(r.version).toBe('1');
    expect(outline(r.markdown)).toEqual([
      '1||CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 46-NQ/TW|chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-so|explicit',
      '2|I.|MỤC ĐÍCH, YÊU CẦU|muc-dich-yeu-cau|explicit',
      '3|1.|Mục đích|muc-dich|explicit',
      '2|II.|MỤC TIÊU|muc-tieu|explicit',
      '3|2.|Mục tiêu cụ thể|muc-tieu-cu-the|explicit',
      '4|1.|Hàng năm 100% cán bộ, hội viên nông dân được tuyên truyền.|muc-tieu-cu-the.1|explicit',
      '4|2.|Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.|muc-tieu-cu-the.2|explicit',
      '4|3.|Đến năm 2030, tập hợp trên 75% số hộ nông dân tham gia tổ chức Hội.|muc-tieu-cu-the.3|explicit',
    ]);
    expect(r.markdown).toContain('Quán triệt **sâu sắc** *Nghị quyết*');
    expect(r.markdown).toContain('| Chỉ tiêu     | Năm 2025 |\n| ------------ | -------- |\n| Hội viên mới | 1.200    |');
    expect(r.markdown).toMatch(/^---\ntitle: "CHƯƠNG TRÌNH[^\n]*"\nversion: "1"\n---\n/u);
    expect(r.notes).toEqual([]);
  });

  it('reads bold numbered lines without styles, the version from "Dự thảo lần 2", and a) points as sections', async () => {
    const r = await convertDocxDraft(await draftWithBoldLines(), 'du-thao');
    expect(r.version).toBe('2');
    expect(r.title).toBe('CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị');
    const o = outline(r.markdown);
    expect(o.slice(1, 5)).toEqual([
      '2|I.|MỤC ĐÍCH, YÊU CẦU|muc-dich-yeu-cau|explicit',
      '3|1.|Mục đích|muc-dich|explicit',
      '2|II.|MỤC TIÊU|muc-tieu|explicit',
      '3|2.|Mục tiêu cụ thể|muc-tieu-cu-the|explicit',
    ]);
    expect(o.slice(-3)).toEqual([
      '3|1.|Nâng cao nhận thức|nang-cao-nhan-thuc|explicit',
      '4|a)|Tăng cường tuyên truyền về vai trò của Hội.|tang-cuong-tuyen-truyen-ve-vai-tro-cua-hoi|explicit',
      '4|b)|Đổi mới phương thức tuyên truyền.|doi-moi-phuong-thuc-tuyen-truyen|explicit',
    ]);
    expect(r.markdown).not.toContain('DỰ THẢO LẦN 2');
    expect(r.markdown).toContain('\n2. Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên. {#muc-tieu-cu-the.2}\n');
  });

  it("writes Word's automatic numbers (I., 1., a)) as labels, counted as Word counts them", async () => {
    const r = await convertDocxDraft(await draftWithListNumbering(), 'du-thao-3');
    expect(r.title).toBe('Chương trình hành động (dự thảo)');
    expect(r.version).toBe('3');
    expect(outline(r.markdown)).toEqual([
      '2|I.|MỤC ĐÍCH, YÊU CẦU|muc-dich-yeu-cau|explicit',
      '3|1.|Mục đích|muc-dich|explicit',
      '3|2.|Yêu cầu|yeu-cau|explicit',
      '2|II.|MỤC TIÊU|muc-tieu|explicit',
      '3|1.|Mục tiêu cụ thể|muc-tieu-cu-the|explicit',
      '4|1.|Hàng năm 100% cán bộ, hội viên nông dân được tuyên truyền.|muc-tieu-cu-the.1|explicit',
      '4|2.|Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.|muc-tieu-cu-the.2|explicit',
      '4|3.|Đến năm 2030, tập hợp trên 75% số hộ nông dân tham gia tổ chức Hội.|muc-tieu-cu-the.3|explicit',
      '3|2.|Nhiệm vụ|nhiem-vu|explicit',
      '4|a)|Tăng cường tuyên truyền.|tang-cuong-tuyen-truyen|explicit',
      '4|b)|Đổi mới phương thức.|doi-moi-phuong-thuc|explicit',
    ]);
  });

  it('leaves out the header table and images, and says where', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const cell = (t: string): TableCell => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({ rows: [new TableRow({ children: [cell('TỈNH ỦY LAI CHÂU'), cell('ĐẢNG CỘNG SẢN VIỆT NAM')] })] }),
            new Paragraph({ children: [new TextRun({ text: 'Điều 1. Phạm vi', bold: true })] }),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }),
            new Paragraph({ children: [new TextRun({ text: 'Điều 2. Đối tượng', bold: true })], alignment: AlignmentType.LEFT }),
          ],
        },
      ],
    });
    const r = await convertDocxDraft(new Uint8Array(await Packer.toBuffer(doc)), 'x');
    expect(r.markdown).not.toContain('ĐẢNG CỘNG SẢN');
    expect(r.notes.map((n) => `${n.rule}@${n.where}`)).toEqual(['header-block@', 'image@Điều 1. Phạm vi']);
    expect(outline(r.markdown)).toEqual(['2|Điều 1.|Phạm vi|pham-vi|explicit', '2|Điều 2.|Đối tượng|doi-tuong|explicit']);
  });

  it('leaves out the recipients and signature at the end, as a table or as lines, and says so', async () => {
    const para = (text: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text, bold })] });
    const tableEnd = new Table({
      rows: [
        new TableRow({ children: [cellOf('Nơi nhận:', '- Ban Bí thư (b/c),'), cellOf('T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn A')] }),
      ],
    });
    const linesEnd = [para('T/M BAN THƯỜNG VỤ', true), para('PHÓ BÍ THƯ', true), para('Nguyễn Văn A', true)];
    for (const end of [[tableEnd], linesEnd]) {
      const doc = new Document({
        sections: [
          {
            children: [
              para('Điều 1. Phạm vi', true),
              para('Quy chế này quy định việc lấy ý kiến.'),
              para('Điều 2. Đối tượng', true),
              para('Các cơ quan.'),
              ...end,
            ],
          },
        ],
      });
      const r = await convertDocxDraft(new Uint8Array(await Packer.toBuffer(doc)), 'x');
      expect(r.markdown).not.toMatch(/BAN THƯỜNG VỤ|Nơi nhận|Nguyễn Văn A/u);
      expect(r.markdown).toContain('Các cơ quan.');
      expect(r.notes.map((n) => n.rule)).toEqual(['signature-block']);
    }
  });

  it('keeps a section that only mentions "T/M" inside its text', async () => {
    const para = (text: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text, bold })] });
    const doc = new Document({ sections: [{ children: [para('Điều 1. Ký', true), para('Văn bản ký T/M Ban Thường vụ.')] }] });
    const r = await convertDocxDraft(new Uint8Array(await Packer.toBuffer(doc)), 'x');
    expect(r.markdown).toContain('Văn bản ký T/M Ban Thường vụ.');
    expect(r.notes).toEqual([]);
  });

  it('refuses what is not a Word file, plainly', async () => {
    await expect(convertDocxDraft(new TextEncoder().encode('hello'), 'x')).rejects.toThrow(DocxError);
  });

  it('ranks labels by kind', () => {
    expect(['I.', '1.', '1.1.', '1.1.1', 'a)', 'Điều 3.', 'Chương II', '2)'].map(labelKind)).toEqual([
      'roman',
      'number.',
      'dotted:2',
      'dotted:3',
      'letter)',
      'word:điều',
      'word:chương',
      'number)',
    ]);
  });
});

describe('anchors of a converted draft', () => {
  it('cuts long anchors at a word, follows a renamed parent in item anchors, and keeps them unique', () => {
    const long = 'chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-so-46-nq-tw-ngay-20-11-2023';
    const names = shortAnchors([
      { anchor: long, parent: null, kind: 'heading' },
      { anchor: `${long}.1`, parent: long, kind: 'item' },
      { anchor: 'chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-so-47-nq-tw', parent: null, kind: 'heading' },
      { anchor: 'muc-tieu', parent: null, kind: 'heading' },
      { anchor: 'muc-tieu.1', parent: 'muc-tieu', kind: 'item' },
      { anchor: 'general', parent: null, kind: 'heading' },
    ]);
    expect(names).toEqual([
      'chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-so',
      'chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-so.1',
      'chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-so-2',
      'muc-tieu',
      'muc-tieu.1',
      'general-2',
    ]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(50);
  });
});

function cellOf(...lines: string[]): TableCell {
  return new TableCell({ children: lines.map((text) => new Paragraph({ children: [new TextRun({ text })] })) });
}
