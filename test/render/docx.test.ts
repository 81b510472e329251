import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { fixZipDates, renderDocx } from '../../src/render/docx.js';
import { labels } from '../../src/i18n/index.js';
import type { Synthesis } from '../../src/model/synthesis.js';
import { attr, BASIC, cellTexts, elements, fold, hostileWorkspace, parseHtml, synthesisOf, unzip } from '../helpers/export.js';

async function readBack(bytes: Uint8Array): Promise<{ html: string; text: string }> {
  const buffer = Buffer.from(bytes);
  const [html, raw] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
  return { html: html.value, text: raw.value };
}

/** Every comment's text, delegate and decision in its own row; rows = comments + one header per table. */
async function checkAllComments(s: Synthesis): Promise<void> {
  const L = labels(s.lang);
  const { html } = await readBack(await renderDocx(s));
  const doc = parseHtml(html);
  const tables = elements(doc, 'table').filter(
    (t) => cellTexts(elements(t, 'tr')[0]!).join('|') === [L.no, L.section, L.delegateCol, L.contentCol, L.responseCol].join('|'),
  );
  expect(tables.length).toBe(s.unplaced.length > 0 ? 2 : 1);
  const rows = tables.flatMap((t) => elements(t, 'tr'));
  const comments = [...s.sections.flatMap((x) => x.comments), ...s.unplaced];
  expect(rows.length).toBe(comments.length + tables.length);
  const body = tables.flatMap((t) => elements(t, 'tr').slice(1));
  comments.forEach((c, i) => {
    const cells = cellTexts(body[i]!);
    expect(cells[0]).toBe(String(c.no));
    const row = cells.join(' | ');
    expect(row).toContain(fold(c.text));
    expect(row).toContain(fold(c.delegate.name));
    expect(cells[cells.length - 1]!.startsWith(L.decisions[c.decision ?? 'pending'])).toBe(true);
    if (c.note) expect(cells[cells.length - 1]).toContain(fold(c.note));
  });
}

function documentXml(bytes: Uint8Array): string {
  return unzip(bytes).get('word/document.xml')!.toString('utf8');
}

describe('DOCX', () => {
  it('holds every comment with its delegate and decision (read back with mammoth)', async () => {
    await checkAllComments(await synthesisOf(BASIC));
  });

  it('holds 500 hostile comments, a very long one among them', async () => {
    const s = await synthesisOf(hostileWorkspace(500));
    expect(s.summary.comments).toBe(500);
    await checkAllComments(s);
  });

  it('lays out a Party document: header, title, landscape table with a repeated header row, signature', async () => {
    const s = await synthesisOf(BASIC);
    const bytes = await renderDocx(s);
    const { text } = await readBack(bytes);
    const flat = fold(text);
    for (const part of [
      'ĐẢNG BỘ TỈNH LAI CHÂU',
      'TỈNH ỦY',
      'Số 215-BC/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Lai Châu, ngày 05 tháng 3 năm 2024',
      'BÁO CÁO',
      'I. TÓM TẮT KẾT QUẢ TỔNG HỢP',
      'III. NHỮNG VẤN ĐỀ XIN Ý KIẾN',
      'Nơi nhận:',
      '- Lưu Văn phòng Tỉnh ủy.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Giàng A Tính',
    ]) {
      expect(flat).toContain(part);
    }
    const xml = documentXml(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/u);
    // The header row repeats; no body row says anything about it.
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/gsu) ?? [];
    const headers = rows.filter((r) => r.includes('<w:tblHeader/>'));
    expect(headers.length).toBe(2 + 2); // two comment tables, two summary tables
    expect(xml).not.toMatch(/<w:tblHeader w:val="(false|0)"/u);
    expect(headers.some((r) => r.includes('Tiếp thu, giải trình'))).toBe(true);
    // Cells shaded by decision; Times New Roman throughout.
    expect(xml).toContain('w:fill="F8D7DA"');
    const styles = unzip(bytes).get('word/styles.xml')!.toString('utf8');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/u);
  });

  it('gives the same bytes for the same input, with dates from the report', async () => {
    const a = await renderDocx(await synthesisOf(BASIC));
    await new Promise((r) => setTimeout(r, 2100)); // the zip's clock has a 2 s step
    const b = await renderDocx(await synthesisOf(BASIC));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const core = unzip(a).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T00:00:00Z</dcterms:created>');
    const { text } = await readBack(a);
    expect(text).toBe((await readBack(b)).text);
  });

  it('leaves a file that is not a zip alone when fixing dates', () => {
    const junk = new Uint8Array([1, 2, 3]);
    expect(fixZipDates(junk, '2024-01-01')).toBe(junk);
  });

  it('keeps the section headings out of the cells when the draft title is their only parent', async () => {
    const s = await synthesisOf(BASIC);
    const { html } = await readBack(await renderDocx(s));
    expect(html).toContain('II. MỤC TIÊU › 2. Mục tiêu cụ thể');
    expect(html).not.toContain('CHƯƠNG TRÌNH HÀNH ĐỘNG ›');
    expect(attr(elements(parseHtml(html), 'table')[0]!, 'class')).toBeUndefined();
  });
});
