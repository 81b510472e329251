import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { DEFAULT_SETTINGS } from '../../src/load/parse-settings.js';
import { labels } from '../../src/i18n/index.js';
import { attr, BASIC, elements, fold, HOSTILE, hostileWorkspace, parseHtml, synthesisOf, textOf } from '../helpers/export.js';
import { makeWorkspace } from '../helpers/workspace.js';

describe('HTML', () => {
  it('shows hostile text as text: no script, handler, external link or resource', async () => {
    const s = await synthesisOf(hostileWorkspace(120));
    const source = renderHtml(s);
    const doc = parseHtml(source);
    const all = elements(doc);
    expect(elements(doc, 'script')).toHaveLength(0);
    expect(elements(doc, 'img')).toHaveLength(0);
    expect(elements(doc, 'iframe')).toHaveLength(0);
    expect(elements(doc, 'link')).toHaveLength(0);
    for (const el of all) {
      for (const a of el.attrs) {
        expect(a.name, `<${el.tagName} ${a.name}>`).not.toMatch(/^on/iu);
        expect(a.name, `<${el.tagName} ${a.name}>`).not.toMatch(/^(src|srcset|action|formaction|background|poster|data)$/iu);
      }
      const href = attr(el, 'href');
      if (href !== undefined) expect(href).toMatch(/^#[A-Za-z0-9._-]+$/u);
    }
    // No element that a delegate or the draft typed: only the generated structure.
    expect(s.summary.comments).toBe(120);
    expect(s.unplaced).toHaveLength(1);
    expect(elements(doc, 'b').some((e) => ['khác', 'hành động'].includes(textOf(e)))).toBe(false);
    expect(elements(doc, 'i').some((e) => textOf(e) === 'cụ thể')).toBe(false);
    expect(elements(doc, 'h1')).toHaveLength(1);
    expect(elements(doc, 'table').filter((t) => (attr(t, 'class') ?? '').split(' ').includes('synth'))).toHaveLength(2);
    for (const style of elements(doc, 'style')) expect(textOf(style)).not.toMatch(/url\(|@import|https?:/iu);
    const csp = elements(doc, 'meta').find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(csp ?? elements(doc, 'meta')[0]!, 'content')).toContain("default-src 'none'");

    // Every comment row holds its text, delegate and decision, as text.
    const L = labels(s.lang);
    const comments = [...s.sections.flatMap((x) => x.comments), ...s.unplaced];
    const rows = new Map(elements(doc, 'tr').map((tr) => [attr(tr, 'id'), tr]));
    for (const c of comments) {
      const tr = rows.get(`c-${c.no}`);
      expect(tr, `row of comment ${c.no}`).toBeDefined();
      const text = fold(textOf(tr!));
      expect(text).toContain(fold(c.text));
      expect(text).toContain(fold(c.delegate.name));
      expect(text).toContain(L.decisions[c.decision ?? 'pending']);
    }
    for (const h of HOSTILE) if (!h.startsWith('\t')) expect(fold(textOf(doc))).toContain(fold(h));
  });

  it('has the five columns and one row per comment', async () => {
    const s = await synthesisOf(BASIC);
    const doc = parseHtml(renderHtml(s));
    const tables = elements(doc, 'table').filter((t) => (attr(t, 'class') ?? '').split(' ').includes('synth'));
    expect(tables.length).toBe(2); // the body, and the comments on unknown sections
    tables.forEach((t, i) => {
      expect(elements(elements(t, 'thead')[0]!, 'th').map(textOf)).toEqual([
        'STT',
        i === 0 ? 'Mục dự thảo' : 'Mục ghi trong góp ý',
        'Đại biểu/đơn vị góp ý',
        'Nội dung góp ý',
        'Tiếp thu, giải trình',
      ]);
    });
    // One row per comment, each naming its section by citation; a row across the table opens each section.
    const bodyRows = tables
      .flatMap((t) => elements(elements(t, 'tbody')[0]!, 'tr'))
      .filter((tr) => (attr(tr, 'id') ?? '').startsWith('c-'));
    expect(bodyRows.length).toBe(s.summary.comments);
    expect(bodyRows.map((tr) => fold(textOf(elements(tr, 'td')[0]!)))).toEqual(bodyRows.map((_, i) => String(i + 1)));
    const code = new Map<string, string>(s.sections.flatMap((sec) => sec.comments.map((c) => [`c-${c.no}`, sec.code || 'Chung'] as const)));
    for (const tr of bodyRows) if (code.has(attr(tr, 'id')!)) expect(fold(textOf(elements(tr, 'td')[1]!))).toBe(code.get(attr(tr, 'id')!));
    const sectionRows = elements(tables[0]!, 'tr').filter((tr) => attr(tr, 'class') === 'sec-row');
    expect(sectionRows.length).toBe(s.sections.length);
    // A decision cell shared by several rows (rowspan) only over rows kept on one page (class "next").
    const all = elements(elements(tables[0]!, 'tbody')[0]!, 'tr').filter((tr) => attr(tr, 'class') !== 'sec-row');
    all.forEach((tr, i) => {
      const span = Number(attr(elements(tr, 'td')[4] ?? tr, 'rowspan') ?? '1');
      for (let k = i; k < i + span - 1; k++) expect((attr(all[k]!, 'class') ?? '').split(' ')).toContain('next');
    });
    // Part IV: the reference as typed, in normal type, with the closest section.
    const unplacedRow = elements(tables[1]!, 'tr').find((tr) => (attr(tr, 'id') ?? '').startsWith('c-'))!;
    expect(elements(unplacedRow, 'code')).toHaveLength(0);
  });

  it('lays out a Party document: header, contents, charts, referred points, signature', async () => {
    const s = await synthesisOf(BASIC);
    const doc = parseHtml(renderHtml(s));
    const text = fold(textOf(doc));
    for (const part of [
      'ĐẢNG BỘ TỈNH LAI CHÂU',
      'TỈNH ỦY',
      'Số 215-BC/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Lai Châu, ngày 05 tháng 3 năm 2024',
      'BÁO CÁO',
      'MỤC LỤC',
      'Thực hiện việc lấy ý kiến góp ý vào',
      'Tổng cộng',
      'Trên đây là báo cáo',
      'III. NHỮNG VẤN ĐỀ XIN Ý KIẾN',
      'IV. Ý KIẾN VỀ NỘI DUNG KHÔNG CÓ TRONG DỰ THẢO',
      'Nơi nhận:',
      '- Lưu Văn phòng Tỉnh ủy.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Giàng A Tính',
    ]) {
      expect(text).toContain(part);
    }
    expect(elements(doc, 'svg').length).toBeGreaterThanOrEqual(2);
    // Contents links lead somewhere.
    const ids = new Set(
      elements(doc)
        .map((e) => attr(e, 'id'))
        .filter((x) => x !== undefined),
    );
    for (const a of elements(doc, 'a')) expect(ids.has(attr(a, 'href')!.slice(1))).toBe(true);
    // Referred points: the two comments referred to the meeting, with their options.
    const referred = elements(doc, 'section').find((e) => attr(e, 'id') === 'referred')!;
    expect(elements(referred, 'li')).toHaveLength(2);
    expect(fold(textOf(referred))).toContain('Phương án 2');
  });

  it('fills defaults when gopy.yaml is missing and speaks English with --lang en', async () => {
    const s = await synthesisOf(BASIC, 'en');
    s.settings = DEFAULT_SETTINGS;
    const source = renderHtml(s);
    expect(source).toContain('<html lang="en">');
    const text = fold(textOf(parseHtml(source)));
    expect(text).toContain('COMMUNIST PARTY OF VIETNAM');
    expect(text).toContain('Synthesis of comments on the draft Chương trình hành động');
    expect(text).toContain('- Office files.');
  });

  it('prints a long comment in rows of its own, each naming its section, one card on a phone', async () => {
    const long = Array.from({ length: 24 }, (_, i) => `Câu thứ ${i + 1} của một ý kiến rất dài về mục tiêu.`).join(' ');
    const dir = makeWorkspace({
      'drafts/du-thao-1.md': '---\ntitle: Dự thảo\n---\n\n## I. MỤC TIÊU {#muc-tieu}\n\nNội dung.\n',
      'comments/a.yaml': `delegate:\n  name: Đại biểu A\ncomments:\n  muc-tieu:\n    - Nhất trí.\n    - ${long}\n`,
    });
    const s = await synthesisOf(dir);
    const doc = parseHtml(renderHtml(s));
    const table = elements(doc, 'table').find((t) => attr(t, 'class') === 'synth')!;
    const bodies = elements(table, 'tbody');
    const cards = bodies.filter((b) => attr(b, 'class') === 'long');
    expect(cards).toHaveLength(1);
    const rows = elements(cards[0]!, 'tr');
    expect(rows.length).toBeGreaterThan(2);
    expect(attr(rows[0]!, 'id')).toBe('c-2');
    for (const tr of rows.slice(1)) {
      expect(attr(tr, 'class')).toBe('cont');
      expect(fold(textOf(elements(tr, 'td')[0]!))).toBe('2');
      expect(fold(textOf(elements(tr, 'td')[1]!))).toBe('I (tiếp)');
    }
    expect(fold(rows.map((tr) => textOf(elements(tr, 'td')[3]!)).join(' '))).toContain(long.slice(-60));
  });

  it('gives the same bytes for the same input', async () => {
    expect(renderHtml(await synthesisOf(BASIC))).toBe(renderHtml(await synthesisOf(BASIC)));
  });
});
