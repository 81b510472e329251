import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { fixZipDates, renderDocx } from '../../src/render/docx.js';
import { decisionSpans, decisionText, textParagraphs } from '../../src/render/frame.js';
import { labels } from '../../src/i18n/index.js';
import type { Synthesis } from '../../src/model/synthesis.js';
import { attr, BASIC, cellTexts, elements, fold, hostileWorkspace, parseHtml, synthesisOf, unzip } from '../helpers/export.js';
import { makeWorkspace } from '../helpers/workspace.js';

async function readBack(bytes: Uint8Array): Promise<{ html: string; text: string }> {
  const buffer = Buffer.from(bytes);
  const [html, raw] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
  return { html: html.value, text: raw.value };
}

function documentXml(bytes: Uint8Array): string {
  return unzip(bytes).get('word/document.xml')!.toString('utf8');
}

/** The rows of every table in document.xml, each as its cells' XML. */
function xmlRows(xml: string): { xml: string; cells: string[] }[] {
  return (xml.match(/<w:tr>.*?<\/w:tr>/gsu) ?? []).map((r) => ({ xml: r, cells: r.match(/<w:tc>.*?<\/w:tc>/gsu) ?? [] }));
}

function textOfXml(xml: string): string {
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');
}

/**
 * Well-formed XML, checked independently of the writer: only characters
 * XML 1.0 allows, tags that nest and close, entities that exist.
 */
function expectWellFormed(xml: string, name: string): void {
  // eslint-disable-next-line no-control-regex -- the characters XML forbids
  expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u.test(xml), `${name}: forbidden character`).toBe(false);
  expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(xml), `${name}: lone surrogate`).toBe(false);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/u, '');
  const stack: string[] = [];
  for (const m of body.matchAll(
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/gu,
  )) {
    if (m[2] === undefined) throw new Error(`${name}: stray "${m[0]}" at ${m.index}`);
    if (m[4] === '/') continue;
    if (m[1] !== '/') stack.push(m[2]);
    else if (stack.pop() !== m[2]) throw new Error(`${name}: </${m[2]}> at ${m.index} closes another element`);
  }
  expect(stack, name).toEqual([]);
}

/** Every comment in a row of its own: number, citation, delegate, text; the decision in its cell or the one it shares. */
async function checkAllComments(s: Synthesis): Promise<void> {
  const L = labels(s.lang);
  const bytes = await renderDocx(s);
  const doc = parseHtml((await readBack(bytes)).html);
  const tables = elements(doc, 'table').filter((t) => cellTexts(elements(t, 'tr')[0]!)[0] === L.no);
  expect(tables.length).toBe(s.unplaced.length > 0 ? 2 : 1);
  const [body, unplaced] = tables;
  const rows = elements(body!, 'tr').slice(1);
  let r = 0;
  for (const sec of s.sections) {
    // The section's own row across the table, then one row per comment.
    const head = rows[r++]!;
    expect(attr(elements(head, 'td')[0]!, 'colspan')).toBe('5');
    const spans = decisionSpans(sec.comments);
    sec.comments.forEach((c, i) => {
      const cells = cellTexts(rows[r++]!);
      expect(cells[0]).toBe(String(c.no));
      expect(cells[1]).toBe(sec.code || L.generalShort);
      const row = cells.join(' | ');
      for (const para of textParagraphs(c.text)) expect(row).toContain(fold(para));
      expect(row).toContain(fold(c.delegate.name));
      expect(cells.length).toBe(spans[i]! > 0 ? 5 : 4);
      if (spans[i]! > 0) expect(cells[4]!.startsWith(fold(decisionText(c, L).lead))).toBe(true);
    });
  }
  expect(r).toBe(rows.length);
  if (unplaced) {
    const urows = elements(unplaced, 'tr').slice(1);
    expect(urows.length).toBe(s.unplaced.length);
    s.unplaced.forEach((c, i) => {
      const cells = cellTexts(urows[i]!);
      expect(cells[0]).toBe(String(c.no));
      expect(cells[1]).toContain(fold(c.anchor));
    });
  }
}

describe('DOCX', () => {
  it('holds every comment with its citation, delegate and decision (read back with mammoth)', async () => {
    await checkAllComments(await synthesisOf(BASIC));
  });

  it('holds 500 hostile comments, a very long one among them, in well-formed XML', async () => {
    const s = await synthesisOf(hostileWorkspace(500));
    expect(s.summary.comments).toBe(500);
    await checkAllComments(s);
    for (const [name, data] of unzip(await renderDocx(s)))
      if (name.endsWith('.xml') || name.endsWith('.rels')) expectWellFormed(data.toString('utf8'), name);
  });

  it('shows characters XML forbids visibly and stays well-formed', async () => {
    const dir = makeWorkspace({
      'drafts/du-thao-1.md': '---\ntitle: Dự thảo\n---\n\n## I. MỤC TIÊU {#muc-tieu}\n\nNội dung.\n',
      'comments/a.yaml': 'delegate:\n  name: "A\\x01B"\ncomments:\n  muc-tieu: "trước\\uFFFFsau \\x0B và \\uFFFE"\n',
    });
    const s = await synthesisOf(dir);
    const bytes = await renderDocx(s);
    for (const [name, data] of unzip(bytes)) if (name.endsWith('.xml')) expectWellFormed(data.toString('utf8'), name);
    const text = textOfXml(documentXml(bytes));
    expect(text).toContain('A\uFFFDB');
    expect(text).toContain('trước\uFFFDsau \uFFFD và \uFFFD');
  });

  it('lays out a Party document: header, opening, summary with totals, landscape table, closing and signature', async () => {
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
      'Thực hiện việc lấy ý kiến góp ý vào',
      `đã nhận được ${s.summary.comments} ý kiến góp ý của ${s.summary.delegates} đại biểu, đơn vị`,
      'I. TÓM TẮT KẾT QUẢ TỔNG HỢP',
      'Tổng cộng',
      'III. NHỮNG VẤN ĐỀ XIN Ý KIẾN',
      'Trên đây là báo cáo',
      'Nơi nhận:',
      '- Lưu Văn phòng Tỉnh ủy.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Giàng A Tính',
    ]) {
      expect(flat).toContain(part);
    }
    expect(flat).not.toMatch(/Dự thảo: |Trình: /u);
    // The closing paragraph comes after the last part and right before "Nơi nhận".
    expect(flat.indexOf('Trên đây là')).toBeGreaterThan(flat.indexOf('IV. '));
    expect(flat.indexOf('Nơi nhận')).toBeGreaterThan(flat.indexOf('Trên đây là'));

    const xml = documentXml(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/u);
    const rows = xmlRows(xml);
    const headers = rows.filter((r) => r.xml.includes('<w:tblHeader/>'));
    expect(headers.length).toBe(2 + 2); // two comment tables, two summary tables
    expect(headers.some((r) => r.xml.includes('Tiếp thu, giải trình'))).toBe(true);
    // Black and white: no cell is shaded by decision (only the grey header rows).
    expect([...xml.matchAll(/w:fill="([0-9A-F]{6})"/gu)].map((m) => m[1])).toEqual(
      headers.flatMap((r) => r.cells.map(() => 'E7E6E6')).slice(0, [...xml.matchAll(/w:fill=/gu)].length),
    );
    // Closing paragraph kept with the signature block, which does not split.
    expect(xml).toMatch(/<w:pStyle w:val="Closing"\/>.*?<\/w:p><w:tbl>.*?<w:cantSplit\/>/su);
    const styles = unzip(bytes).get('word/styles.xml')!.toString('utf8');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/u);
    expect(styles).toContain('w:styleId="Closing"');
    expect(styles).toMatch(/w:styleId="Closing">.*?<w:keepNext\/>/su);
  });

  it('writes paragraphs, never lines ended by manual breaks; formatting from shared styles', async () => {
    const s = await synthesisOf(hostileWorkspace(60));
    const xml = documentXml(await renderDocx(s));
    expect(xml).not.toContain('<w:br');
    expect(xml).not.toContain('<w:cr');
    // No run carries its own formatting beyond a named character style.
    for (const m of xml.matchAll(/<w:rPr>(.*?)<\/w:rPr>/gsu)) expect(m[1]).toMatch(/^<w:rStyle w:val="[A-Za-z]+"\/>$/u);
    // Justified text only in the body styles; table cells are left-aligned.
    expect(xml).not.toContain('<w:jc w:val="both"/>');
  });

  it('names the section on every comment row, and merges the decision cell of comments one entry decides', async () => {
    const s = await synthesisOf(BASIC);
    const xml = documentXml(await renderDocx(s));
    const rows = xmlRows(xml).filter((r) => r.cells.length >= 4 && /^\d+$/u.test(textOfXml(r.cells[0]!)));
    const codes = new Map(s.sections.flatMap((sec) => sec.comments.map((c) => [c.no, sec.code || 'Chung'] as const)));
    for (const r of rows) {
      const no = Number(textOfXml(r.cells[0]!));
      if (codes.has(no)) expect(textOfXml(r.cells[1]!)).toBe(codes.get(no));
    }
    // general: "to: all" decides every general comment: one cell, merged over their rows.
    const general = s.sections[0]!;
    expect(general.anchor).toBe('general');
    expect(general.comments.length).toBeGreaterThan(1);
    const generalRows = rows.filter((r) => general.comments.some((c) => String(c.no) === textOfXml(r.cells[0]!)));
    expect(generalRows[0]!.cells[4]).toContain('<w:vMerge w:val="restart"/>');
    for (const r of generalRows.slice(1)) expect(r.cells[4]).toMatch(/<w:vMerge\/>/u);
    expect(xml.split('Ghi nhận').length - 1).toBeLessThanOrEqual(3); // once in the cell, in the summary table, not per row
  });

  it('gives the same bytes for the same input, with dates from the report', async () => {
    const a = await renderDocx(await synthesisOf(BASIC));
    const b = await renderDocx(await synthesisOf(BASIC));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const core = unzip(a).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T00:00:00Z</dcterms:created>');
  });

  it('leaves a file that is not a zip alone when fixing dates', () => {
    const junk = new Uint8Array([1, 2, 3]);
    expect(fixZipDates(junk, '2024-01-01')).toBe(junk);
  });

  it('keeps the draft title out of the section rows when it is their only parent', async () => {
    const s = await synthesisOf(BASIC);
    const { html } = await readBack(await renderDocx(s));
    expect(html).toContain('II. MỤC TIÊU › 2. Mục tiêu cụ thể');
    expect(html).not.toContain('CHƯƠNG TRÌNH HÀNH ĐỘNG ›');
  });
});
