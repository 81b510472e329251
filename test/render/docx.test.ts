import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { fixZipDates, renderDocx } from '../../src/render/docx.js';
import { decisionText, textParagraphs } from '../../src/render/frame.js';
import { sentences } from '../../src/render/table-layout.js';
import { labels } from '../../src/i18n/index.js';
import type { Synthesis } from '../../src/model/synthesis.js';
import { attr, BASIC, cellTexts, elements, fold, hostileWorkspace, parseHtml, synthesisOf, unzip } from '../helpers/export.js';
import { makeWorkspace, repoRoot } from '../helpers/workspace.js';

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

/**
 * Every comment in rows of its own: number, citation, delegate, text; a long
 * one in several rows, each naming its section ("II.2.5 (tiếp)"); the
 * decision in its cell or the one it shares.
 */
async function checkAllComments(s: Synthesis): Promise<void> {
  const L = labels(s.lang);
  const bytes = await renderDocx(s);
  const doc = parseHtml((await readBack(bytes)).html);
  const tables = elements(doc, 'table').filter((t) => cellTexts(elements(t, 'tr')[0]!)[0] === L.no);
  expect(tables.length).toBe(s.unplaced.length > 0 ? 2 : 1);
  const [body, unplaced] = tables;
  const rows = elements(body!, 'tr').slice(1);
  let r = 0;
  const rowsOf = (no: number, cite: string): string[][] => {
    const out: string[][] = [];
    while (r < rows.length) {
      const cells = cellTexts(rows[r]!);
      if (cells[0] !== String(no) || cells[1] !== (out.length === 0 ? cite : L.continued(cite))) break;
      out.push(cells);
      r++;
    }
    return out;
  };
  for (const sec of s.sections) {
    // The section's own row across the table, then the rows of each comment.
    const head = rows[r++]!;
    expect(attr(elements(head, 'td')[0]!, 'colspan')).toBe('5');
    const cite = sec.code || L.generalShort;
    for (const c of sec.comments) {
      const own = rowsOf(c.no, cite);
      expect(own.length, `comment ${c.no}`).toBeGreaterThan(0);
      expect(own[0]![2]).toContain(fold(c.delegate.name));
      const what = own.map((cells) => cells[3] ?? '').join(' ');
      for (const para of textParagraphs(c.text)) for (const x of sentences(para)) expect(what).toContain(fold(x));
      const first = own[0]!;
      if (first.length === 5) expect(first[4]!.startsWith(fold(decisionText(c, L).lead))).toBe(true);
      else expect(first.length).toBe(4); // under a decision cell merged from the row above
    }
  }
  expect(r).toBe(rows.length);
  if (unplaced) {
    const urows = elements(unplaced, 'tr').slice(1);
    r = 0;
    const seen = s.unplaced.map((c) => {
      const first = cellTexts(urows[r]!);
      expect(first[0]).toBe(String(c.no));
      expect(first[1]).toContain(fold(c.anchor));
      r++;
      while (r < urows.length && cellTexts(urows[r]!)[1] === L.continued(c.anchor)) r++;
      return c.no;
    });
    expect(seen.length).toBe(s.unplaced.length);
    expect(r).toBe(urows.length);
  }
}

/** Three short comments one entry decides, and a long one, on a small draft. */
const SHORT_AND_LONG = makeWorkspace({
  'drafts/du-thao-1.md':
    '---\ntitle: Dự thảo Chương trình\n---\n\n## I. MỤC TIÊU {#muc-tieu}\n\nNội dung.\n\n## II. NHIỆM VỤ {#nhiem-vu}\n\nNội dung.\n',
  ...Object.fromEntries(
    ['a', 'b', 'c'].map((x) => [
      `comments/${x}.yaml`,
      `delegate:\n  name: Đại biểu ${x.toUpperCase()}\ncomments:\n  muc-tieu: Nhất trí.\n`,
    ]),
  ),
  'comments/d.yaml': `delegate:\n  name: Đại biểu D\ncomments:\n  nhiem-vu: >-\n    ${Array.from({ length: 24 }, (_, i) => `Câu thứ ${i + 1} của một ý kiến rất dài về nhiệm vụ.`).join(' ')}\n`,
  'responses/r.yaml': 'muc-tieu:\n  - to: all\n    decision: noted\n    note: Ghi nhận ý kiến nhất trí.\n',
});

/**
 * The comment table as written: the header row repeated on each page; every
 * row kept whole and naming its comment's section ("II.2.5" or "II.2.5
 * (tiếp)"); merged cells only in the decision column, over rows kept on one
 * page (each paragraph kept with the next).
 */
function checkTableXml(xml: string, s: Synthesis): { rows: number; merged: number; continued: number } {
  const L = labels(s.lang);
  const table = (xml.match(/<w:tbl>.*?<\/w:tbl>/gsu) ?? []).find((t) => t.includes(`>${L.section}<`))!;
  expect(table).toBeDefined();
  const [header, ...rows] = xmlRows(table);
  expect(header!.xml).toContain('<w:tblHeader/>');
  expect(header!.xml).toContain('<w:cantSplit/>');
  const codes = new Map(s.sections.flatMap((sec) => sec.comments.map((c) => [String(c.no), sec.code || L.generalShort] as const)));
  const found = { rows: 0, merged: 0, continued: 0 };
  let open = false;
  rows.forEach((r, i) => {
    expect(r.xml, 'every row kept whole').toContain('<w:cantSplit/>');
    if (r.cells.length === 1) {
      expect(r.cells[0]).toContain('<w:gridSpan w:val="5"/>');
      expect(open, 'no merged cell runs past a section').toBe(false);
      return;
    }
    found.rows++;
    expect(r.cells).toHaveLength(5);
    const no = textOfXml(r.cells[0]!);
    const code = codes.get(no)!;
    expect(code, `row ${i + 1}`).toBeDefined();
    const where = textOfXml(r.cells[1]!);
    expect([code, L.continued(code)]).toContain(where);
    if (where !== code) found.continued++;
    for (const c of r.cells.slice(0, 4)) expect(c).not.toContain('vMerge');
    const decision = r.cells[4]!;
    if (decision.includes('<w:vMerge w:val="restart"/>')) {
      found.merged++;
      open = true;
    } else if (decision.includes('<w:vMerge/>')) expect(open).toBe(true);
    else open = false;
    const next = rows[i + 1]?.cells[4] ?? '';
    const continues = next.includes('<w:vMerge/>');
    if (!continues) open = false;
    // The rows of a merged cell stay on one page: each paragraph kept with the next, but the last row's.
    const paragraphs = r.xml.split('<w:p>').length - 1;
    const kept = r.xml.split('<w:keepNext/>').length - 1;
    expect(kept, `row ${i + 1}`).toBe(continues ? paragraphs : 0);
  });
  return found;
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

  it('names the section on every row, never merges a cell a page may cut, and repeats the header row', async () => {
    for (const dir of [BASIC, repoRoot, SHORT_AND_LONG]) {
      const s = await synthesisOf(dir);
      const found = checkTableXml(documentXml(await renderDocx(s)), s);
      if (dir === SHORT_AND_LONG) {
        // Short comments one entry decides share a merged cell; a long one runs on in rows of its own.
        expect(found.merged).toBeGreaterThan(0);
        expect(found.continued).toBeGreaterThan(0);
        expect(found.rows).toBeGreaterThan(s.summary.comments);
      }
    }
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
