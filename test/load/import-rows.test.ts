import { describe, expect, it } from 'vitest';

import { setLang } from '../../src/i18n/index.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import {
  columnMap,
  dateCell,
  findHeaderRow,
  guessColumns,
  missingColumns,
  parseColumnChoice,
  parseKind,
  planImport,
  quoteAsSection,
  sectionMatcher,
} from '../../src/load/import-rows.js';
import type { ImportField, ImportRow } from '../../src/load/import-rows.js';
import type { ExistingFile } from '../../src/model/import-plan.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

const draft = parseDraft(SMALL_DRAFT, 'drafts/du-thao-1.md').draft;
const match = sectionMatcher(draft);
const fields = (headers: string[]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [f, i] of guessColumns(headers)) out[f] = headers[i] ?? '';
  return out;
};

describe('guessColumns', () => {
  it('reads a table typed in Excel with Vietnamese headers', () => {
    expect(fields(['STT', 'Họ tên', 'Đơn vị', 'Chức vụ', 'Mục', 'Nội dung góp ý', 'Đề xuất sửa', 'Loại', 'Ghi chú'])).toEqual({
      name: 'Họ tên',
      organization: 'Đơn vị',
      title: 'Chức vụ',
      section: 'Mục',
      text: 'Nội dung góp ý',
      proposal: 'Đề xuất sửa',
      kind: 'Loại',
    });
  });

  it("reads an online form's export, whose headers are questions", () => {
    expect(
      fields([
        'Dấu thời gian',
        'Họ và tên của đồng chí',
        'Cơ quan, đơn vị công tác',
        'Đồng chí góp ý vào mục nào của dự thảo?',
        'Nội dung góp ý',
        'Đề xuất sửa đổi (nếu có)',
      ]),
    ).toEqual({
      date: 'Dấu thời gian',
      name: 'Họ và tên của đồng chí',
      organization: 'Cơ quan, đơn vị công tác',
      section: 'Đồng chí góp ý vào mục nào của dự thảo?',
      text: 'Nội dung góp ý',
      proposal: 'Đề xuất sửa đổi (nếu có)',
    });
  });

  it("reads English headers, and tells the draft's words from the comment", () => {
    expect(fields(['Name', 'Organisation', 'Section', 'Comment', 'Proposed wording', 'Kind'])).toEqual({
      name: 'Name',
      organization: 'Organisation',
      section: 'Section',
      text: 'Comment',
      proposal: 'Proposed wording',
      kind: 'Kind',
    });
    expect(fields(['Đại biểu/đơn vị góp ý', 'Mục/Điều', 'Nội dung dự thảo', 'Ý kiến'])).toEqual({
      name: 'Đại biểu/đơn vị góp ý',
      section: 'Mục/Điều',
      quote: 'Nội dung dự thảo',
      text: 'Ý kiến',
    });
  });
});

describe('column choices', () => {
  const headers = ['TT', 'Người góp ý', 'Nơi công tác', 'Ý kiến', 'Ghi chú'];

  it('parses field=column and rejects what it cannot use', () => {
    expect(parseColumnChoice('text=Ghi chú')).toEqual({ field: 'text', spec: 'Ghi chú' });
    expect(parseColumnChoice('txt=C')).toMatch(/không có trường "txt" \(có phải ý bạn là "text"\?\)/u);
    expect(parseColumnChoice('text')).toMatch(/hãy viết dạng trường=cột/u);
    expect(parseColumnChoice('text=')).toMatch(/hãy ghi một cột/u);
    setLang('en');
    try {
      expect(parseColumnChoice('text')).toMatch(/write it as field=column/u);
      expect(parseColumnChoice('txt=C')).toMatch(/unknown field "txt" \(did you mean "text"\?\)/u);
    } finally {
      setLang('vi');
    }
  });

  it('takes a column by header, letter or number, over the guess', () => {
    const byHeader = columnMap(headers, [{ field: 'text', spec: 'ghi chu' }]);
    expect(byHeader.map.get('text')).toBe(4);
    const byLetter = columnMap(headers, [{ field: 'group', spec: 'D' }]);
    expect(byLetter.map.get('group')).toBe(3);
    expect(byLetter.map.has('text')).toBe(false);
    expect(columnMap(headers, [{ field: 'date', spec: '1' }]).map.get('date')).toBe(0);
    expect(columnMap(headers, [{ field: 'date', spec: 'Ngày' }]).errors[0]).toMatch(/dòng tiêu đề không có cột này.*"Người góp ý"/u);
  });

  it('says what is missing', () => {
    expect(missingColumns(new Map<ImportField, number>([['section', 0]]))).toHaveLength(2);
    expect(
      missingColumns(
        new Map<ImportField, number>([
          ['organization', 0],
          ['proposal', 1],
        ]),
      ),
    ).toEqual([]);
  });

  it('finds the header row under a title', () => {
    const rows = [
      { cells: ['BẢNG TỔNG HỢP Ý KIẾN GÓP Ý', 'BẢNG TỔNG HỢP Ý KIẾN GÓP Ý'] },
      { cells: ['', ''] },
      { cells: ['Họ tên', 'Nội dung góp ý'] },
      { cells: ['A', 'B'] },
    ];
    expect(findHeaderRow(rows, [])).toBe(2);
    expect(findHeaderRow([{ cells: ['x', 'y'] }], [])).toBe(-1);
  });
});

describe('sectionMatcher', () => {
  it.each([
    ['mt-02', 'mt-02', 'anchor'],
    ['MT-02', 'mt-02', 'anchor'],
    ['{#mt-02}', 'mt-02', 'anchor'],
    ['#muc-tieu', 'muc-tieu', 'anchor'],
    ['', 'general', 'empty'],
    ['general', 'general', 'general'],
    ['Ý kiến chung', 'general', 'general'],
    ['Toàn văn dự thảo', 'general', 'general'],
    ['II.2', 'mt-02', 'number'],
    ['Mục II.2', 'mt-02', 'number'],
    ['mục 2 phần II', 'mt-02', 'number'],
    ['II.3', 'muc-tieu.3', 'number'],
    ['III.1', 'nhiem-vu-1', 'number'],
    ['III', 'nhiem-vu-giai-phap', 'number'],
    ['Phần II', 'muc-tieu', 'number'],
    ['MỤC TIÊU', 'muc-tieu', 'title'],
    ['II. Mục tiêu', 'muc-tieu', 'title'],
    ['Đổi mới nội dung, phương thức hoạt động', 'nhiem-vu-1', 'title'],
    ['Hàng năm kết nạp từ 1.200 hội viên', 'mt-02', 'title'],
    ['III.1. Đổi mới nội dung', 'nhiem-vu-1', 'number'],
  ])('"%s" → %s (%s)', (cell, anchor, how) => {
    expect(match(cell)).toMatchObject({ anchor, how });
  });

  it('keeps what it cannot match as written, saying what it might be', () => {
    expect(match('Mục V.9')).toEqual({ anchor: 'Mục V.9', how: 'unmatched', candidates: [] });
    expect(match('1')).toEqual({ anchor: '1', how: 'unmatched', candidates: ['mt-01', 'nhiem-vu-1'] });
    expect(match('nhiem-vu-9')).toMatchObject({ anchor: 'nhiem-vu-9', how: 'unmatched', candidates: ['nhiem-vu-1'] });
    expect(match('  Mục   V.9 ')).toMatchObject({ anchor: 'Mục V.9' });
  });
});

describe('sectionMatcher and citations', () => {
  it('finds a section by the citation the report prints, a dotted label under the section it extends included', () => {
    const md = [
      '# CT',
      '## III. NHIỆM VỤ',
      '### 2. Đổi mới',
      'Văn bản.',
      '#### 2.1. Tuyên truyền',
      'Nội dung.',
      '#### 2.2. Hội viên',
      'Nội dung.',
    ].join('\n');
    const m = sectionMatcher(parseDraft(md, 'drafts/x.md').draft);
    expect(m('III.2.1')).toMatchObject({ anchor: 'tuyen-truyen', how: 'number' });
    expect(m('Mục III.2.2.')).toMatchObject({ anchor: 'hoi-vien', how: 'number' });
  });
});

describe('quoteAsSection', () => {
  const row = (n: number, cells: string[]): ImportRow => ({ row: n, cells });
  it('reads a "Nội dung dự thảo" column that names sections as the section column', () => {
    const cols = new Map<ImportField, number>([
      ['quote', 1],
      ['text', 2],
    ]);
    const rows = [row(2, ['1', 'Mục II.2', 'a']), row(3, ['2', 'MỤC TIÊU', 'b']), row(4, ['3', 'Toàn văn', 'c'])];
    expect([...quoteAsSection(cols, rows, match)]).toEqual([
      ['text', 2],
      ['section', 1],
    ]);
  });
  it('keeps a column of quoted words as quotes, and a section column when there is one', () => {
    const cols = new Map<ImportField, number>([
      ['quote', 1],
      ['text', 2],
    ]);
    const rows = [row(2, ['1', 'trừ văn bản mật', 'a']), row(3, ['2', 'hàng năm kết nạp', 'b']), row(4, ['3', 'Mục II.2', 'c'])];
    expect(quoteAsSection(cols, rows, match)).toBe(cols);
    const withSection = new Map<ImportField, number>([...cols, ['section', 0]]);
    expect(quoteAsSection(withSection, rows, match)).toBe(withSection);
  });
});

describe('parseKind and dateCell', () => {
  it.each([
    ['amend', 'amend'],
    ['Đề nghị sửa đổi', 'amend'],
    ['Sửa', 'amend'],
    ['Bổ sung', 'add'],
    ['Đề nghị bỏ', 'delete'],
    ['Lược bỏ', 'delete'],
    ['Nhất trí', 'agree'],
    ['Đồng ý', 'agree'],
    ['Đề nghị làm rõ', 'question'],
    ['Khác', 'other'],
    ['', null],
    ['???', null],
  ])('"%s" → %s', (cell, kind) => {
    expect(parseKind(cell)).toBe(kind);
  });

  it('reads dates as typed and form timestamps', () => {
    expect(dateCell('26/02/2024')).toBe('2024-02-26');
    expect(dateCell('2024-02-26')).toBe('2024-02-26');
    expect(dateCell('26/02/2024 10:33:12')).toBe('2024-02-26');
    expect(dateCell('tháng 2')).toBe('tháng 2');
    expect(dateCell(' ')).toBeNull();
  });
});

describe('planImport', () => {
  const header = ['STT', 'Họ tên', 'Đơn vị', 'Mục', 'Nội dung góp ý', 'Đề xuất sửa', 'Loại'];
  const rows = (data: string[][], title = false): ImportRow[] => {
    const all = [...(title ? [['TỔNG HỢP Ý KIẾN']] : []), header, ...data];
    return all.map((cells, i) => ({ row: i + 1, cells }));
  };
  const plan = (data: string[][], extra: { existing?: ExistingFile[]; taken?: string[]; title?: boolean } = {}) => {
    const rs = rows(data, extra.title);
    const headerIndex = findHeaderRow(rs, []);
    return planImport({
      rows: rs,
      headerIndex,
      columns: columnMap(rs[headerIndex]?.cells ?? [], []).map,
      match,
      existing: extra.existing ?? [],
      taken: new Set(extra.taken ?? []),
    });
  };

  it('accounts for every row: imported, blank, repeated, not imported', () => {
    const p = plan(
      [
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        ['1', 'Lê Văn C', 'Sở Tài chính', 'II.2', 'Đề nghị nâng chỉ tiêu.', '1.500', ''],
        ['2', '', '', 'mt-01', 'Đề nghị làm rõ.', '', 'Làm rõ'],
        ['', '', '', '', '', '', ''],
        ['3', 'Phạm Thị D', 'Huyện ủy Tam Đường', 'Mục V.9', 'Bổ sung mục mới.', '', 'Bổ sung'],
        ['4', 'Lê Văn C', 'Sở Tài chính', 'II.2', 'Đề nghị  nâng chỉ tiêu.', '1.500', ''],
        ['5', 'Phạm Thị D', '', '', '', '', ''],
        ['6', 'Phạm Thị D', 'Huyện ủy Tam Đường', 'Chung', '', '', 'Nhất trí'],
        ['7', 'Trần E', '', 'III.1', '', 'Đổi mới mạnh mẽ', ''],
        ['8', 'Lê Văn C', 'Sở Tài chính', 'III.1', 'Ý kiến', '', 'khó hiểu'],
      ],
      { title: true },
    );
    expect(p.counts).toMatchObject({
      rows: 10,
      imported: 6,
      blank: [6],
      duplicates: 1,
      already: 0,
      notImported: 1,
      unmatched: 1,
      aboveHeader: [1],
    });
    expect(p.reports.map((r) => `${r.row}:${r.column}:${r.severity}:${r.rule}`)).toEqual([
      '3:0:info:numbering-row',
      '5:2:info:delegate-from-above',
      '7:4:warning:unknown-section',
      '8:0:warning:duplicate-row',
      '9:5:warning:no-text',
      '10:5:info:kind-as-text',
      '11:5:info:proposal-as-text',
      '12:7:warning:unknown-kind',
    ]);
    expect(p.files.map((f) => [f.stem, f.delegate.name, f.comments.map((c) => `${c.row}:${c.key}:${c.kind ?? '-'}`)])).toEqual([
      ['le-van-c', 'Lê Văn C', ['4:mt-02:amend', '5:mt-01:question', '12:nhiem-vu-1:-']],
      ['pham-thi-d', 'Phạm Thị D', ['7:Mục V.9:add', '10:general:agree']],
      ['tran-e', 'Trần E', ['11:nhiem-vu-1:amend']],
    ]);
    expect(p.files[1]?.comments[1]?.text).toBe('Nhất trí');
    expect(p.files[2]?.comments[0]).toMatchObject({ text: 'Đổi mới mạnh mẽ', proposal: 'Đổi mới mạnh mẽ' });
  });

  it('does not import again what a comment file already holds, and never reuses a file name', () => {
    const existing: ExistingFile[] = [
      {
        file: 'comments/le-van-c.yaml',
        stem: 'le-van-c',
        delegate: { name: 'Lê Văn C', title: null, organization: 'Sở Tài chính', group: null },
        comments: [{ key: 'mt-02', text: 'Đề nghị nâng chỉ tiêu.', proposal: '1.500' }],
      },
    ];
    const p = plan(
      [
        ['1', 'Lê Văn C', 'Sở Tài chính', 'II.2', 'Đề nghị nâng chỉ tiêu.', '1.500', ''],
        ['2', 'Lê Văn C', 'Sở Tài chính', 'mt-01', 'Ý kiến mới.', '', ''],
        ['3', 'Lê Văn C', 'Sở Nội vụ', 'mt-01', 'Ý kiến khác.', '', ''],
      ],
      { existing, taken: ['le-van-c'] },
    );
    expect(p.counts).toMatchObject({ imported: 2, already: 1 });
    expect(p.reports[0]?.message).toBe('dòng này đã có trong comments/le-van-c.yaml: không nhập lại');
    expect(p.files.map((f) => [f.stem, f.besides])).toEqual([
      ['le-van-c-2', 'comments/le-van-c.yaml'],
      ['le-van-c-3', null],
    ]);
  });

  it('refuses a first row with no delegate, and a comment id used twice', () => {
    const cols = new Map<ImportField, number>([
      ['name', 0],
      ['text', 1],
      ['id', 2],
    ]);
    const rs: ImportRow[] = [
      { row: 1, cells: ['Họ tên', 'Ý kiến', 'Mã ý kiến'] },
      { row: 2, cells: ['', 'Không rõ ai.', ''] },
      { row: 3, cells: ['A', 'Một.', 'x1'] },
      { row: 4, cells: ['A', 'Hai.', 'x1'] },
      { row: 5, cells: ['A', 'Ba.', 'a b'] },
    ];
    const p = planImport({ rows: rs, headerIndex: 0, columns: cols, match, existing: [], taken: new Set() });
    expect(p.reports.map((r) => `${r.row}:${r.rule}`)).toEqual(['2:no-delegate', '4:bad-id', '5:bad-id']);
    expect(p.files[0]?.comments.map((c) => c.id)).toEqual(['x1', null, null]);
  });
});
