import { describe, expect, it } from 'vitest';
import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { findByName, placeAll } from '../../src/model/placement.js';
import type { PlacementIssue } from '../../src/model/placement.js';
import type { CommentFile, Draft, Placed } from '../../src/model/types.js';
import { GENERAL } from '../../src/model/types.js';

const draft = (file: string, version: string, body: string): Draft =>
  parseDraft(`---\ntitle: Dự thảo\nversion: ${version}\n---\n\n${body}`, file).draft;

const V1 = draft(
  'drafts/du-thao-1.md',
  '1',
  [
    '# CHƯƠNG TRÌNH',
    '',
    '## I. Mục tiêu',
    '',
    '### 1. Chỉ tiêu',
    '',
    '1. Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.',
    '2. Có 95% hộ gia đình hội viên được tuyên truyền về nghị quyết của Đảng.',
    '3. Mỗi năm đào tạo nghề cho 500 lao động nông thôn ở các huyện.',
    '',
    '## II. Nhiệm vụ cũ',
    '',
    'Tổ chức các lớp tập huấn ngắn ngày về kỹ thuật trồng chè cho hội viên vùng cao.',
    '',
    '## III. Tổ chức thực hiện {#tcth}',
    '',
    'Các cấp hội xây dựng kế hoạch cụ thể để triển khai chương trình này.',
    '',
  ].join('\n'),
);

// An item inserted above the others (the old items move down one place), a
// section removed, and the explicitly anchored one renamed.
const V2 = draft(
  'drafts/du-thao-2.md',
  '2',
  [
    '# CHƯƠNG TRÌNH',
    '',
    '## I. Mục tiêu',
    '',
    '### 1. Chỉ tiêu',
    '',
    '1. Mỗi xã, thị trấn có ít nhất 01 tổ hợp tác sản xuất nông nghiệp.',
    '2. Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.',
    '3. Có 95% hộ gia đình hội viên được tuyên truyền về nghị quyết của Đảng.',
    '4. Mỗi năm đào tạo nghề cho 500 lao động nông thôn ở các huyện.',
    '',
    '## II. Tổ chức thực hiện {#to-chuc}',
    '',
    'Các cấp hội xây dựng kế hoạch cụ thể để triển khai chương trình này.',
    '',
  ].join('\n'),
);

const file = (path: string, yaml: string): CommentFile => {
  const { data } = parseComments(yaml, path);
  if (!data) throw new Error(`bad fixture ${path}`);
  return data;
};

const where = (p: Placed): string | null => (p.section === null ? null : p.section === GENERAL ? GENERAL : p.section.anchor);
const kinds = (issues: readonly PlacementIssue[]): string[] => issues.map((i) => i.kind);

describe('placeAll', () => {
  const onV1 = file(
    'comments/a.yaml',
    [
      'delegate: {name: A}',
      'draft: du-thao-1',
      'comments:',
      '  general: Nhất trí.',
      '  chi-tieu.2: {text: Nâng lên 97%., quote: "95% hộ gia đình"}',
      '  nhiem-vu-cu: Giữ nhiệm vụ này.',
      '  tcth: Bổ sung kinh phí.',
      '  khong-co: Mục lạ.',
    ].join('\n'),
  );

  it('carries comments from the draft their file names to their counterparts in the report draft', () => {
    const { placed, issues } = placeAll({ report: V2, drafts: [V1, V2], files: [onV1] });
    expect(placed.map((p) => [p.comment.key, where(p), p.reason ?? null])).toEqual([
      ['general', GENERAL, null],
      // Not onto the new chi-tieu.2 (another item): onto the item it was about, now the third.
      ['chi-tieu.2', 'chi-tieu.3', null],
      ['nhiem-vu-cu', null, 'removed'],
      ['tcth', 'to-chuc', null],
      ['khong-co', null, 'unknown-anchor'],
    ]);
    expect(placed[1]?.from).toEqual({ draft: 'du-thao-1', version: '1', anchor: 'chi-tieu.2', code: expect.any(String) as string });
    expect(placed[2]?.from?.anchor).toBe('nhiem-vu-cu');
    expect(placed[4]?.from).toMatchObject({ draft: 'du-thao-1', anchor: 'khong-co', code: '' });
    // The quote is looked for in du-thao-1, where it is: no warning.
    expect(kinds(issues)).toEqual(['removed', 'unknown-anchor']);
  });

  it('reads a file against the report draft when it names it, or names none, and says so when there are several versions', () => {
    const named = file('comments/b.yaml', 'delegate: {name: B}\ndraft: "2"\ncomments:\n  chi-tieu.2: x\n');
    const none = file('comments/c.yaml', 'delegate: {name: C}\ncomments:\n  chi-tieu.2: y\n');
    const { placed, issues } = placeAll({ report: V2, drafts: [V1, V2], files: [named, none] });
    expect(placed.map(where)).toEqual(['chi-tieu.2', 'chi-tieu.2']);
    expect(placed.every((p) => p.from === undefined)).toBe(true);
    expect(issues).toEqual([{ kind: 'draft-unspecified', file: none, assumed: V2 }]);
    // One version only: nothing to warn about.
    expect(placeAll({ report: V2, drafts: [V2], files: [none] }).issues).toEqual([]);
  });

  it('reads a file naming a draft that is not there against the report draft, with a warning', () => {
    const lost = file('comments/d.yaml', 'delegate: {name: D}\ndraft: du-thao-9\ncomments:\n  tcth: z\n');
    const { placed, issues } = placeAll({ report: V1, drafts: [V1, V2], files: [lost] });
    expect(placed.map(where)).toEqual(['tcth']);
    expect(kinds(issues)).toEqual(['unknown-draft']);
  });

  it('checks quotes and hints in the delegate’s draft, not the report draft', () => {
    const f = file(
      'comments/e.yaml',
      'delegate: {name: E}\ndraft: du-thao-1\ncomments:\n  chi-tieu.1: {text: x, quote: "01 tổ hợp tác"}\n  tcht: y\n',
    );
    const { issues } = placeAll({ report: V2, drafts: [V1, V2], files: [f] });
    expect(issues.map((i) => [i.kind, 'hint' in i ? i.hint : null])).toEqual([
      ['quote-not-found', null],
      ['unknown-anchor', 'tcth'],
    ]);
  });

  it('places every comment exactly once, with no draft at all as unplaced', () => {
    const { placed, issues } = placeAll({ report: null, drafts: [], files: [onV1] });
    expect(placed).toHaveLength(onV1.comments.length);
    expect(placed.every((p) => p.section === null)).toBe(true);
    expect(issues).toEqual([]);
  });
});

describe('findByName', () => {
  const list = [
    { file: 'drafts/du-thao-1.md', stem: 'du-thao-1', version: '1' },
    { file: 'drafts/Du-Thao-2.md', stem: 'Du-Thao-2', version: null },
  ];
  it('matches a file stem, a file name or a version, in any case', () => {
    expect(findByName(list, 'DU-THAO-1')?.stem).toBe('du-thao-1');
    expect(findByName(list, 'du-thao-2.md')?.stem).toBe('Du-Thao-2');
    expect(findByName(list, ' 1 ')?.stem).toBe('du-thao-1');
    expect(findByName(list, '3')).toBeNull();
    expect(findByName(list, '')).toBeNull();
  });
});

describe('keys written as citations', () => {
  const law = draft(
    'drafts/quy-che.md',
    '1',
    [
      '# QUY CHẾ',
      '',
      '## Điều 1.',
      '',
      'Phạm vi điều chỉnh.',
      '',
      '## Điều 2. Đối tượng {#dieu-1}',
      '',
      '1. Cán bộ, hội viên.',
      '2. Tổ chức hội các cấp.',
      '',
      '## II. Mục tiêu',
      '',
      '### 2. Cụ thể',
      '',
      '1. Chỉ tiêu một.',
      '',
    ].join('\n'),
  );
  const keys = (...ks: string[]): CommentFile =>
    file('comments/k.yaml', `delegate: {name: K}\ncomments:\n${ks.map((k) => `  "${k}": x`).join('\n')}\n`);

  it('name the one section with that citation, in any case, after Mục/Điểm or not, dotted or the legal way', () => {
    const { placed, issues } = placeAll({
      report: law,
      drafts: [law],
      files: [keys('II.2.1', 'mục ii.2.1', 'Điều 2', 'khoản 2 Điều 2', 'ĐIỀU 2.1', 'dieu-2.2')],
    });
    expect(placed.map(where)).toEqual(['cu-the.1', 'cu-the.1', 'dieu-1', 'dieu-1.2', 'dieu-1.1', null]);
    expect(kinds(issues)).toEqual(['unknown-anchor']);
  });

  it('let an anchor win over a citation', () => {
    // "dieu-1" is the explicit anchor of Điều 2, even though Điều 1's automatic anchor would read the same.
    const { placed } = placeAll({ report: law, drafts: [law], files: [keys('DIEU-1', 'Điều 1')] });
    expect(placed.map((p) => (p.section === null || p.section === GENERAL ? null : p.section.title))).toEqual(['Đối tượng', '']);
  });

  it('give "did you mean" over anchors and citations both', () => {
    const { issues } = placeAll({ report: law, drafts: [law], files: [keys('II.2.7', 'cu-thee')] });
    expect(issues.map((i) => ('hint' in i ? i.hint : null))).toEqual(['II.2.1', 'cu-the']);
  });
});
