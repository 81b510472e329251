import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseDraft } from '../../src/load/parse-draft.js';
import type { Section } from '../../src/model/types.js';

interface Expected {
  draft: string;
  sections: Pick<Section, 'anchor' | 'number' | 'title' | 'line' | 'parent'>[];
}

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/spec/${name}`, import.meta.url), 'utf8');
const sharedUrl = (name: string): URL => new URL(`../../../shared/spec/examples/${name}`, import.meta.url);

const pick = (s: Section): Expected['sections'][number] => ({
  anchor: s.anchor,
  number: s.number,
  title: s.title,
  line: s.line,
  parent: s.parent,
});

const parse = (text: string, file = 'drafts/du-thao-1.md') => parseDraft(text, file);
const byAnchor = (sections: Section[], anchor: string): Section => {
  const s = sections.find((x) => x.anchor === anchor);
  if (!s) throw new Error(`no section ${anchor}; have ${sections.map((x) => x.anchor).join(', ')}`);
  return s;
};

describe('parseDraft: the worked example', () => {
  it('matches anchors.expected.json (fixture copy)', () => {
    const expected = JSON.parse(fixture('anchors.expected.json')) as Expected;
    const { draft, messages } = parseDraft(fixture('anchors.md'), 'drafts/anchors.md');
    expect(messages).toEqual([]);
    expect(draft.sections.map(pick)).toEqual(expected.sections);
    expect(draft.file).toBe('drafts/anchors.md');
    expect(draft.stem).toBe('anchors');
    expect(draft.title).toBe('Ví dụ về neo mục');
    expect(draft.version).toBe('1');
    expect(draft.date).toBe('');
    expect(draft.frontMatter).toEqual({ title: 'Ví dụ về neo mục', version: '1' });
  });

  it.runIf(existsSync(sharedUrl('anchors.md')))('matches the shared spec example', () => {
    const expected = JSON.parse(readFileSync(sharedUrl('anchors.expected.json'), 'utf8')) as Expected;
    const { draft } = parseDraft(readFileSync(sharedUrl('anchors.md'), 'utf8'), expected.draft);
    expect(draft.sections.map(pick)).toEqual(expected.sections);
  });

  it('fills label, kind, depth, explicit and text', () => {
    const { draft } = parseDraft(fixture('anchors.md'), 'anchors.md');
    const s = draft.sections;
    expect(byAnchor(s, 'nhung-quy-dinh-chung')).toMatchObject({ label: 'Chương I.', kind: 'heading', depth: 2, explicit: false });
    expect(byAnchor(s, 'dieu-3')).toMatchObject({ label: 'Điều 3.', number: 'Điều 3', title: '' });
    expect(byAnchor(s, 'MUC-DICH')).toMatchObject({ explicit: true, depth: 3, text: 'Các bên cam kết thêm:' });
    expect(byAnchor(s, 'md-01')).toMatchObject({ kind: 'item', label: '1.', depth: 4, explicit: true, text: 'Thống nhất nhận thức.' });
    expect(byAnchor(s, 'MUC-DICH.3')).toMatchObject({
      depth: 4,
      explicit: false,
      text: 'Báo cáo định kỳ sáu tháng.\nNội dung báo cáo lồng ghép.',
    });
    expect(byAnchor(s, 'thoi-han')).toMatchObject({ depth: 5, text: 'Thời hạn gửi báo cáo.' });
    expect(byAnchor(s, 'chuyen-tiep')).toMatchObject({ number: '', label: '', depth: 4, text: 'Điều khoản chuyển tiếp.' });
    expect(byAnchor(s, 'dieu-3').text).toBe('Hiệu lực thi hành.');
    expect(byAnchor(s, 'quy-che-mau').text).toBe('');
    expect(byAnchor(s, 'o-cap-tinh-1').text).toBe('Giao các sở phối hợp.');
  });
});

describe('parseDraft: input normalisation', () => {
  const text = fixture('anchors.md');

  it('gives identical sections for CRLF + BOM input', () => {
    const plain = parse(text).draft;
    const crlf = parse(`\uFEFF${text.replace(/\n/gu, '\r\n')}`).draft;
    expect(crlf.sections).toEqual(plain.sections);
    expect(crlf.frontMatter).toEqual(plain.frontMatter);
    expect(crlf.title).toBe(plain.title);
  });

  it('gives NFC titles and text for NFD input', () => {
    const nfd = parse(text.normalize('NFD')).draft;
    const plain = parse(text).draft;
    expect(nfd.sections).toEqual(plain.sections);
    expect(nfd.title).toBe('Ví dụ về neo mục');
    for (const s of nfd.sections) {
      expect(s.title).toBe(s.title.normalize('NFC'));
      expect(s.text).toBe(s.text.normalize('NFC'));
    }
    expect(nfd.sections[1]?.title).toBe('NHỮNG QUY ĐỊNH CHUNG');
  });

  it('never leaves {#id} in a title or text', () => {
    const md = [
      '# Đầu {#dau}',
      '',
      'Đoạn mở đầu.',
      '',
      '1. Mục một. {#m1}',
      '',
      '   Đoạn thêm.',
      '',
      '   - Ý con {#y-con}',
      '   - Ý khác',
      '2. Mục hai',
      '',
      '## Hai **đậm** {#hai}',
      '',
      '- Điểm *nghiêng* {#diem}',
    ].join('\n');
    const { draft, messages } = parse(md);
    expect(messages).toEqual([]);
    expect(draft.sections.map((s) => s.anchor)).toEqual(['dau', 'm1', 'y-con', 'dau.2', 'hai', 'diem']);
    for (const s of draft.sections) {
      expect(s.title).not.toMatch(/\{#/u);
      expect(s.text).not.toMatch(/\{#/u);
    }
    expect(byAnchor(draft.sections, 'm1')).toMatchObject({ title: 'Mục một.', text: 'Mục một.\nĐoạn thêm.\nÝ khác' });
    expect(byAnchor(draft.sections, 'y-con')).toMatchObject({ parent: 'm1', depth: 3, title: 'Ý con' });
    expect(byAnchor(draft.sections, 'hai').title).toBe('Hai đậm');
    expect(byAnchor(draft.sections, 'diem')).toMatchObject({ title: 'Điểm nghiêng', parent: 'hai', depth: 3 });
  });

  it('takes the explicit anchor off the heading only when it is really at the end', () => {
    const md = ['# A {#x} b', '', '# C \\{#y}', '', '# D `{#z}`', '', '## E {#e} ##', ''].join('\n');
    const { draft, messages } = parse(md);
    expect(messages).toEqual([]);
    expect(draft.sections.map((s) => [s.anchor, s.title, s.explicit])).toEqual([
      ['a-x-b', 'A {#x} b', false],
      ['c-y', 'C {#y}', false],
      ['d-z', 'D {#z}', false],
      ['e', 'E', true],
    ]);
  });
});

describe('parseDraft: anchors', () => {
  it('reports a duplicate explicit anchor at the second place, naming the first line', () => {
    const md = ['# Một {#a}', '', 'Chữ.', '', '## Hai {#A}', ''].join('\n');
    const { draft, messages } = parse(md);
    expect(messages).toEqual([
      {
        file: 'drafts/du-thao-1.md',
        line: 5,
        column: 8,
        severity: 'error',
        rule: 'duplicate-anchor',
        message: 'mã mục "A" đã dùng ở dòng 1: mỗi mục cần một mã riêng, hãy đổi một trong hai',
      },
    ]);
    expect(draft.sections.map((s) => s.anchor)).toEqual(['a', 'A']);
  });

  it('places a duplicate anchor on a wrapped list item line', () => {
    const md = ['# T', '', '1. Một {#x}', '2. Hai', '   tiếp {#x}', ''].join('\n');
    const { messages } = parse(md);
    expect(messages.map((m) => [m.rule, m.line, m.column, m.severity])).toEqual([['duplicate-anchor', 5, 9, 'error']]);
  });

  it('rejects an explicit {#general} and keeps automatic ones off it', () => {
    const md = ['# General', '', '# Khác {#General}', '', '# General', ''].join('\n');
    const { draft, messages } = parse(md);
    expect(messages.map((m) => [m.rule, m.line, m.severity])).toEqual([['reserved-anchor', 3, 'error']]);
    expect(draft.sections.map((s) => s.anchor)).toEqual(['general-1', 'General', 'general-2']);
  });

  it('suffixes repeated automatic anchors in document order, explicit ones reserved first', () => {
    const md = ['# Mục tiêu', '', '# Mục tiêu', '', '# Khác {#muc-tieu-2}', '', '# Mục tiêu', '', '# Muc tieu 1', ''].join('\n');
    const { draft, messages } = parse(md);
    expect(messages).toEqual([]);
    expect(draft.sections.map((s) => s.anchor)).toEqual(['muc-tieu', 'muc-tieu-1', 'muc-tieu-2', 'muc-tieu-3', 'muc-tieu-1-1']);
  });

  it('reserves an explicit anchor that comes later in the document', () => {
    const md = ['# Kinh phí', '', '# Khác {#kinh-phi}', ''].join('\n');
    const { draft } = parse(md);
    expect(draft.sections.map((s) => s.anchor)).toEqual(['kinh-phi-1', 'kinh-phi']);
  });

  it('falls back to "section" for an empty slug', () => {
    const md = ['# ★★★', '', '#', '', '# Введение', ''].join('\n');
    const { draft } = parse(md);
    expect(draft.sections.map((s) => s.anchor)).toEqual(['section', 'section-1', 'section-2']);
  });

  it('warns about a malformed {#...} and leaves it in the text', () => {
    const md = ['# Mục {#mục-tiêu}', '', '- Ý {#}', ''].join('\n');
    const { draft, messages } = parse(md);
    expect(messages.map((m) => [m.rule, m.severity, m.line, m.column])).toEqual([
      ['bad-anchor', 'warning', 1, 7],
      ['bad-anchor', 'warning', 3, 5],
    ]);
    expect(draft.sections).toHaveLength(1);
    expect(draft.sections[0]).toMatchObject({ title: 'Mục {#mục-tiêu}', explicit: false, text: 'Ý {#}' });
  });

  it('warns about a marker on a plain paragraph and keeps it out of the text', () => {
    const md = ['# A', '', 'Đoạn văn. {#p1}', ''].join('\n');
    const { draft, messages } = parse(md);
    expect(messages.map((m) => [m.rule, m.line, m.column])).toEqual([['stray-anchor', 3, 11]]);
    expect(draft.sections[0]?.text).toBe('Đoạn văn.');
  });
});

describe('parseDraft: front matter', () => {
  it('keeps values as text: version 1.10 stays "1.10"', () => {
    const md = [
      '---',
      'title: Dự thảo',
      'version: 1.10',
      'date: 2024-02-26',
      'issuer:',
      '  name: Hội',
      'flag: no',
      '---',
      '',
      '# A',
      '',
    ].join('\n');
    const { draft, messages } = parse(md);
    expect(messages).toEqual([]);
    expect(draft.version).toBe('1.10');
    expect(draft.date).toBe('2024-02-26');
    expect(draft.title).toBe('Dự thảo');
    expect(draft.frontMatter).toEqual({
      title: 'Dự thảo',
      version: '1.10',
      date: '2024-02-26',
      issuer: { name: 'Hội' },
      flag: 'no',
    });
    expect(draft.sections[0]?.line).toBe(10);
  });

  it('reports broken front matter as an error message, not an exception', () => {
    const md = ['---', 'title: Dự thảo', 'version: [1', '---', '', '# A', ''].join('\n');
    const { draft, messages } = parse(md);
    expect(messages.length).toBeGreaterThan(0);
    const m = messages[0];
    expect(m).toMatchObject({ severity: 'error', rule: 'draft-front-matter', file: 'drafts/du-thao-1.md' });
    expect(m?.line).toBeGreaterThanOrEqual(3);
    expect(m?.column).toBeGreaterThan(0);
    expect(m?.message).not.toMatch(/\n/u);
    expect(draft.frontMatter).toEqual({});
    expect(draft.title).toBe('A');
    expect(draft.sections.map((s) => s.anchor)).toEqual(['a']);
  });

  it('says a slip in plain words, on its line in the draft, as in the other YAML files', () => {
    const { draft, messages } = parse(['---', 'version: 2', 'title: Dự thảo: lần 2', '---', '', '# A', ''].join('\n'));
    expect(messages.map((m) => [m.rule, m.severity, m.line])).toEqual([['draft-front-matter', 'error', 3]]);
    expect(messages[0]?.message).toMatch(/^câu "Dự thảo: lần 2" có dấu hai chấm .*đặt cả câu trong dấu nháy \(title: "Dự thảo: lần 2"\)/u);
    expect(draft.title).toBe('A');
  });

  it('reports a duplicate key at its line', () => {
    const md = ['---', 'title: A', 'title: B', '---', ''].join('\n');
    const { messages } = parse(md);
    expect(messages.map((m) => [m.rule, m.line, m.column])).toEqual([['draft-front-matter', 3, 1]]);
  });

  it('survives an alias bomb', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      '---',
      '# A',
    ].join('\n');
    const { messages, draft } = parse(bomb);
    expect(messages.map((m) => [m.rule, m.severity])).toEqual([['draft-front-matter', 'error']]);
    expect(draft.frontMatter).toEqual({});
  });

  it('requires a mapping, and text for title/version/date', () => {
    expect(parse('---\n- a\n---\n').messages.map((m) => m.rule)).toEqual(['draft-front-matter']);
    const { draft, messages } = parse('---\ntitle: [a, b]\n---\n# H\n');
    expect(messages.map((m) => [m.rule, m.severity])).toEqual([['draft-front-matter', 'warning']]);
    expect(draft.title).toBe('H');
    expect(parse('---\n---\n# H\n').draft.frontMatter).toEqual({});
  });

  it('takes the first heading title when there is no title', () => {
    expect(parse('Lời mở.\n\n## I. Mở đầu\n\n# Sau\n').draft.title).toBe('Mở đầu');
    expect(parse('# Điều 3.\n').draft.title).toBe('Điều 3.');
  });
});

describe('parseDraft: numbering labels', () => {
  const heading = (h: string): Section => {
    const s = parse(`## ${h}\n`).draft.sections[0];
    if (!s) throw new Error('no section');
    return s;
  };

  it.each([
    ['Phần I. Mở đầu', 'Phần I.', 'Phần I', 'Mở đầu', 'mo-dau'],
    ['CHƯƠNG II QUY ĐỊNH', 'CHƯƠNG II', 'CHƯƠNG II', 'QUY ĐỊNH', 'quy-dinh'],
    ['chương iv', '', '', 'chương iv', 'chuong-iv'],
    ['Điều 3', 'Điều 3', 'Điều 3', '', 'dieu-3'],
    ['Điều 12. Hiệu lực', 'Điều 12.', 'Điều 12', 'Hiệu lực', 'hieu-luc'],
    ['Mục 2 Tổ chức', 'Mục 2', 'Mục 2', 'Tổ chức', 'to-chuc'],
    ['Mục tiêu chung', '', '', 'Mục tiêu chung', 'muc-tieu-chung'],
    ['Mục đích', '', '', 'Mục đích', 'muc-dich'],
    ['2.1 Kinh phí', '2.1', '2.1', 'Kinh phí', 'kinh-phi'],
    ['2.1. Kinh phí', '2.1.', '2.1', 'Kinh phí', 'kinh-phi'],
    ['2) Nhiệm vụ', '2)', '2', 'Nhiệm vụ', 'nhiem-vu'],
    ['2. Nhiệm vụ', '2.', '2', 'Nhiệm vụ', 'nhiem-vu'],
    ['2024 năm bản lề', '', '', '2024 năm bản lề', '2024-nam-ban-le'],
    ['a) x', 'a)', 'a', 'x', 'x'],
    ['đ) Điểm đ', 'đ)', 'đ', 'Điểm đ', 'diem-d'],
    ['b. Hai', 'b.', 'b', 'Hai', 'hai'],
    ['IV. KINH PHÍ', 'IV.', 'IV', 'KINH PHÍ', 'kinh-phi'],
    ['IIII. Sai', '', '', 'IIII. Sai', 'iiii-sai'],
    ['iv. thường', '', '', 'iv. thường', 'iv-thuong'],
    ['I Không dấu', '', '', 'I Không dấu', 'i-khong-dau'],
    ['II.', 'II.', 'II', '', 'ii'],
    ['3.Liền', '', '', '3.Liền', '3-lien'],
    ['Chương I – Những quy định chung', 'Chương I', 'Chương I', 'Những quy định chung', 'nhung-quy-dinh-chung'],
    ['**Điều 4.** Đậm', 'Điều 4.', 'Điều 4', 'Đậm', 'dam'],
  ])('%s', (h, label, number, title, anchor) => {
    expect(heading(h)).toMatchObject({ label, number, title, anchor });
  });
});

describe('parseDraft: list items', () => {
  it('counts .n over every ordered item under a heading, across lists', () => {
    const md = [
      '## Nhiệm vụ',
      '',
      '1. Một',
      '2. Hai {#hai}',
      '',
      'Đoạn giữa.',
      '',
      '5) Năm',
      '6) Sáu',
      '',
      '- gạch đầu dòng',
      '',
      '1. Cuối',
      '',
      '## Khác',
      '',
      '1. Lại một',
    ].join('\n');
    const { draft, messages } = parse(md);
    expect(messages).toEqual([]);
    expect(draft.sections.map((s) => [s.anchor, s.number, s.label, s.title, s.line, s.parent])).toEqual([
      ['nhiem-vu', '', '', 'Nhiệm vụ', 1, null],
      ['nhiem-vu.1', '1', '1.', 'Một', 3, 'nhiem-vu'],
      ['hai', '2', '2.', 'Hai', 4, 'nhiem-vu'],
      ['nhiem-vu.3', '5', '5)', 'Năm', 8, 'nhiem-vu'],
      ['nhiem-vu.4', '6', '6)', 'Sáu', 9, 'nhiem-vu'],
      ['nhiem-vu.5', '1', '1.', 'Cuối', 13, 'nhiem-vu'],
      ['khac', '', '', 'Khác', 15, null],
      ['khac.1', '1', '1.', 'Lại một', 17, 'khac'],
    ]);
    expect(byAnchor(draft.sections, 'nhiem-vu').text).toBe('Đoạn giữa.\ngạch đầu dòng');
  });

  it('uses the suffixed anchor of the heading and suffixes a clashing item anchor', () => {
    const md = ['# A', '', '# A', '', '1. x', '2. y', '', '# B {#a-1.2}', ''].join('\n');
    const { draft } = parse(md);
    expect(draft.sections.map((s) => s.anchor)).toEqual(['a', 'a-1', 'a-1.1', 'a-1.2-1', 'a-1.2']);
  });

  it('keeps the text of child item sections out of the section text', () => {
    const md = [
      '### 2. Mục tiêu cụ thể',
      '',
      'Phấn đấu đến năm 2025:',
      '',
      '1. Hàng năm 100% cán bộ được tuyên truyền. {#mt-01}',
      '2. Hàng năm kết nạp từ 1.200 hội viên',
      '   nông dân mới trở lên. {#mt-02}',
      '',
      '| Chỉ tiêu | Số |',
      '| --- | --- |',
      '| Hội viên | 1.200 |',
      '',
      '```',
      'mã   nguồn',
      '```',
      '',
      '> Trích dẫn',
      '',
      '<!-- ghi chú -->',
      '',
      '---',
    ].join('\n');
    const { draft } = parse(md);
    const [h, a, b] = draft.sections;
    expect(h?.anchor).toBe('muc-tieu-cu-the');
    expect(h?.text).toBe('Phấn đấu đến năm 2025:\nChỉ tiêu | Số\nHội viên | 1.200\nmã nguồn\nTrích dẫn');
    expect(a?.text).toBe('Hàng năm 100% cán bộ được tuyên truyền.');
    expect(b).toMatchObject({
      anchor: 'mt-02',
      title: 'Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.',
      text: 'Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.',
    });
  });

  it('gives a heading with a paragraph its quote-relevant text', () => {
    const md = [
      '## II. MỤC TIÊU {#muc-tieu}',
      '',
      'Nâng cao   chất lượng *hoạt động*',
      'của Hội `Nông dân`.',
      '',
      'Đoạn<br>hai[^n] <!-- x -->m<sup>2</sup>.',
      '',
      '[^n]: Ghi chú.',
      '',
    ].join('\n');
    const s = parse(md).draft.sections[0];
    expect(s).toMatchObject({ anchor: 'muc-tieu', number: 'II', label: 'II.', title: 'MỤC TIÊU', explicit: true });
    expect(s?.text).toBe('Nâng cao chất lượng hoạt động của Hội Nông dân.\nĐoạn hai m2.\nGhi chú.');
    expect(s?.text.includes('chất lượng hoạt động của Hội')).toBe(true);
  });

  it('makes items before any heading sections only when anchored', () => {
    const md = ['1. Không neo', '2. Có neo {#co-neo}', '   - Con {#con}', '', '# Sau', ''].join('\n');
    const { draft } = parse(md);
    expect(draft.sections.map((s) => [s.anchor, s.parent, s.depth, s.kind])).toEqual([
      ['co-neo', null, 1, 'item'],
      ['con', 'co-neo', 2, 'item'],
      ['sau', null, 1, 'heading'],
    ]);
  });

  it('makes nested and bullet items sections only with an explicit anchor', () => {
    const md = ['## H', '', '- a', '  1. b', '  2. c {#c}', '     - d {#d}', '', '> 1. quoted {#q}', '> 2. not', ''].join('\n');
    const { draft } = parse(md);
    expect(draft.sections.map((s) => [s.anchor, s.parent, s.depth, s.number])).toEqual([
      ['h', null, 2, ''],
      ['c', 'h', 4, '2'],
      ['d', 'c', 5, ''],
      ['q', 'h', 3, '1'],
    ]);
    expect(draft.sections[0]?.text).toBe('a\nb\nnot');
    expect(draft.sections[1]?.text).toBe('c');
  });

  it('sets heading parents by depth', () => {
    const md = ['## A', '#### B', '### C', '# D', '### E'].join('\n\n');
    const { draft } = parse(md);
    expect(draft.sections.map((s) => [s.anchor, s.parent, s.depth])).toEqual([
      ['a', null, 2],
      ['b', 'a', 4],
      ['c', 'a', 3],
      ['d', null, 1],
      ['e', 'd', 3],
    ]);
  });
});

describe('parseDraft: edge cases', () => {
  it('parses an empty draft', () => {
    for (const text of ['', '\uFEFF', '\n\n', '---\n---\n']) {
      const { draft, messages } = parse(text, 'du-thao.md');
      expect(messages).toEqual([]);
      expect(draft).toEqual({ file: 'du-thao.md', stem: 'du-thao', frontMatter: {}, title: '', version: '', date: '', sections: [] });
    }
  });

  it('handles headings that are only a label', () => {
    const md = ['# Phần I', '', '## Điều 1.', '', '## Điều 2.', '', '### a)', '', '## Điều 1.', ''].join('\n');
    const { draft } = parse(md);
    expect(draft.sections.map((s) => [s.anchor, s.number, s.label, s.title, s.parent])).toEqual([
      ['phan-i', 'Phần I', 'Phần I', '', null],
      ['dieu-1', 'Điều 1', 'Điều 1.', '', 'phan-i'],
      ['dieu-2', 'Điều 2', 'Điều 2.', '', 'phan-i'],
      ['a', 'a', 'a)', '', 'dieu-2'],
      ['dieu-1-1', 'Điều 1', 'Điều 1.', '', 'phan-i'],
    ]);
  });

  it('computes the stem from the file name', () => {
    expect(parse('', 'drafts/du-thao.v2.md').draft.stem).toBe('du-thao.v2');
    expect(parse('', 'README').draft.stem).toBe('README');
  });

  // Its speed is measured by `npm run bench`, not here: timed tests fail on a busy machine.
  it('parses a large draft with thousands of sections', () => {
    const parts: string[] = ['---', 'title: Lớn', '---', ''];
    for (let i = 0; i < 1000; i++) {
      parts.push(
        `## ${i + 1}. Nhiệm vụ số ${i % 50}`,
        '',
        'Nội dung '.repeat(60),
        '',
        `1. Mục một của phần ${i}`,
        `2. Mục hai {#m-${i}}`,
        '',
      );
    }
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(500_000);
    const { draft, messages } = parse(text);
    expect(messages).toEqual([]);
    expect(draft.sections).toHaveLength(3000);
    expect(new Set(draft.sections.map((s) => s.anchor.toLowerCase())).size).toBe(3000);
    expect(new Set(draft.sections.map((s) => s.code)).size).toBe(3000);
  });
});
