import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../src/load/parse-draft.js';
import { citationIndex, citeSections, normalizeCitation } from '../../src/model/citation.js';
import type { Citable } from '../../src/model/citation.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/spec/${name}`, import.meta.url), 'utf8');
const codes = (md: string): Record<string, string> =>
  Object.fromEntries(parseDraft(md, 'drafts/x.md').draft.sections.map((s) => [s.anchor, s.code]));

describe('section citations (contract §6 code)', () => {
  it('cites every section of the worked example as the contract table does', () => {
    expect(codes(fixture('anchors.md'))).toEqual({
      'quy-che-mau': 'QUY CHẾ MẪU',
      'nhung-quy-dinh-chung': 'Chương I',
      'pham-vi-dieu-chinh': 'Điều 1',
      'MUC-DICH': 'Điều 2',
      'md-01': 'khoản 1 Điều 2',
      'MUC-DICH.2': 'khoản 2 Điều 2',
      'MUC-DICH.3': 'khoản 1 Điều 2 (2)',
      'thoi-han': 'điểm 2 khoản 1 Điều 2 (2)',
      'MUC-DICH.4': 'khoản 2 Điều 2 (2)',
      'dieu-3': 'Điều 3',
      'chuyen-tiep': 'Điều 3 › Điều khoản chuyển tiếp.',
      'to-chuc-thuc-hien': 'II',
      'o-cap-tinh': 'II.1',
      'o-cap-tinh-1': 'II.2',
      'don-vi-chu-tri': 'II.2.a',
      'kinh-phi': 'II.2.1',
    });
  });

  it('does not double a dotted label written under the section it extends', () => {
    const md = [
      '## III. NHIỆM VỤ',
      '### 2. Đổi mới',
      '#### 2.1. Tuyên truyền',
      '#### 2.2. Hội viên',
      '##### 2.2.1. Kết nạp',
      '## IV. KINH PHÍ',
      '### 3.1. Lạ',
    ].join('\n');
    expect(codes(md)).toEqual({
      'nhiem-vu': 'III',
      'doi-moi': 'III.2',
      'tuyen-truyen': 'III.2.1',
      'hoi-vien': 'III.2.2',
      'ket-nap': 'III.2.2.1',
      'kinh-phi': 'IV',
      la: 'IV.3.1',
    });
  });

  it('cites a programme by dotted labels, skipping unlabelled headings, and titles under them', () => {
    const md = [
      '# CHƯƠNG TRÌNH HÀNH ĐỘNG',
      '## II. MỤC TIÊU',
      '### 2. Mục tiêu cụ thể',
      '1. Một.',
      '2. Hai.',
      '3. Ba.',
      '## III. NHIỆM VỤ',
      '### 1. Nhận thức',
      '#### Kết quả cần đạt',
      '##### a) Điểm một',
    ].join('\n');
    expect(codes(md)).toEqual({
      'chuong-trinh-hanh-dong': 'CHƯƠNG TRÌNH HÀNH ĐỘNG',
      'muc-tieu': 'II',
      'muc-tieu-cu-the': 'II.2',
      'muc-tieu-cu-the.1': 'II.2.1',
      'muc-tieu-cu-the.2': 'II.2.2',
      'muc-tieu-cu-the.3': 'II.2.3',
      'nhiem-vu': 'III',
      'nhan-thuc': 'III.1',
      'ket-qua-can-dat': 'III.1 › Kết quả cần đạt',
      'diem-mot': 'III.1.a',
    });
  });

  it('cites points of a clause of an article the legal way', () => {
    const md = ['## Điều 5. Trách nhiệm', '### 2. Các sở', '#### a) Sở Tài chính', '##### 1. Lập dự toán'].join('\n');
    expect(Object.values(codes(md))).toEqual(['Điều 5', 'khoản 2 Điều 5', 'điểm a khoản 2 Điều 5', 'tiết 1 điểm a khoản 2 Điều 5']);
  });

  it('gives every section a unique code whatever the outline', () => {
    const section = fc.record({
      number: fc.constantFrom('', 'I', 'II', '1', '2', 'a', 'Điều 1', 'Điều 2', 'Chương I'),
      title: fc.constantFrom('', 'A', 'B'),
      parentBack: fc.nat(4),
    });
    fc.assert(
      fc.property(fc.array(section, { maxLength: 40 }), (specs) => {
        const sections: Citable[] = specs.map((s, i) => ({
          anchor: `s${i}`,
          number: s.number,
          title: s.title,
          parent: i === 0 || s.parentBack === 0 ? null : `s${Math.max(0, i - s.parentBack)}`,
        }));
        const cited = citeSections(sections);
        expect(cited).toHaveLength(sections.length);
        expect(new Set(cited.map((c) => c.toLowerCase())).size).toBe(cited.length);
      }),
    );
  });
});

describe('citations as a reader types them', () => {
  it('folds case, spaces, a leading Mục/Điểm and the dotted article form', () => {
    expect(normalizeCitation('Mục  II.2.1.')).toBe('ii.2.1');
    expect(normalizeCitation('Điều 3.2')).toBe(normalizeCitation('khoản 2 Điều 3'));
    expect(normalizeCitation('điều 3.2.a')).toBe(normalizeCitation('Điểm a khoản 2 Điều 3'));
    expect(normalizeCitation('ĐIỀU 5')).toBe('điều 5');
    expect(normalizeCitation('  ')).toBe('');
  });

  it('indexes codes so that a key finds exactly the sections that have it', () => {
    const { draft } = parseDraft(fixture('anchors.md'), 'drafts/x.md');
    const index = citationIndex(draft.sections);
    expect(index.get(normalizeCitation('Điều 2.1'))).toEqual(['md-01']);
    expect(index.get(normalizeCitation('mục ii.2.a'))).toEqual(['don-vi-chu-tri']);
    expect(index.get(normalizeCitation('II.9'))).toBeUndefined();
  });
});
