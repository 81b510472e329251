import { describe, expect, it } from 'vitest';
import type { SynthComment } from '../../src/model/synthesis.js';
import { labels } from '../../src/i18n/index.js';
import { BLOCK_LINES, COLUMN_CHARS, paraText, sentences, tableRows } from '../../src/render/table-layout.js';
import type { TableRow } from '../../src/render/table-layout.js';

const L = labels('vi');

const comment = (no: number, text: string, decidedBy: string | null = null, note: string | null = null): SynthComment => ({
  no,
  id: `a/x/${no}`,
  anchor: 'x',
  delegate: { name: `Đại biểu ${no}`, title: null, organization: null, group: null },
  kind: 'other',
  text,
  quote: null,
  proposal: null,
  decision: decidedBy === null ? null : 'noted',
  note,
  decidedBy,
  maybe: null,
  file: 'comments/a.yaml',
  line: 1,
});

const long = Array.from({ length: 30 }, (_, i) => `Câu thứ ${i + 1} nói về nhiệm vụ của Hội trong giai đoạn mới.`).join(' ');
const lines = (r: TableRow, width: number): number =>
  r.what.reduce((n, p) => n + Math.max(1, Math.ceil([...paraText(p)].length / width)), 0);

describe('sentences', () => {
  it('breaks after a sentence, not inside an abbreviation, a number or a citation', () => {
    expect(sentences('Nhất trí. Đề nghị bổ sung mục II.2.3 và 1.500 hội viên ở TP. Lai Châu; Hội tỉnh chủ trì.')).toEqual([
      'Nhất trí.',
      'Đề nghị bổ sung mục II.2.3 và 1.500 hội viên ở TP. Lai Châu;',
      'Hội tỉnh chủ trì.',
    ]);
  });
});

describe('tableRows', () => {
  it('cuts a long comment between sentences into short rows, losing nothing', () => {
    const rows = tableRows([comment(1, long)], L, COLUMN_CHARS.wide);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.map((r) => r.piece)).toEqual(rows.map((_, i) => i));
    for (const r of rows) expect(lines(r, COLUMN_CHARS.wide.what)).toBeLessThanOrEqual(BLOCK_LINES);
    // Every row's text ends a sentence; together they are the comment, in order.
    const texts = rows.flatMap((r) => r.what.map(paraText)).filter((t) => t !== L.kinds.other);
    for (const t of texts) expect(t).toMatch(/\.$/u);
    expect(texts.join(' ')).toBe(long);
  });

  it('keeps a section row with a shorter first row', () => {
    const alone = tableRows([comment(1, long)], L, COLUMN_CHARS.wide);
    const under = tableRows([comment(1, long)], L, COLUMN_CHARS.wide, { heading: ['x'.repeat(300)] });
    expect(lines(under[0]!, COLUMN_CHARS.wide.what)).toBeLessThan(lines(alone[0]!, COLUMN_CHARS.wide.what));
  });

  it('merges one decision over short rows kept together, and names it again for the next group', () => {
    const run = Array.from({ length: 8 }, (_, i) => comment(i + 1, 'Nhất trí.', 'r/all', 'Ghi nhận ý kiến nhất trí.'));
    const rows = tableRows(run, L, COLUMN_CHARS.wide);
    expect(rows).toHaveLength(8);
    const starts = rows.filter((r) => r.span > 1);
    expect(starts.length).toBeGreaterThan(1);
    expect(rows.reduce((n, r) => n + r.span, 0)).toBe(8);
    for (const [i, r] of rows.entries()) {
      if (r.span === 0) expect(r.resp).toBeNull();
      // Rows under one merged cell are kept with the next, but the group's last.
      expect(r.keepNext).toBe(rows[i + 1]?.span === 0);
    }
    expect(paraText(starts[0]!.resp![0]!)).toBe('Ghi nhận ý kiến nhất trí.');
    expect(paraText(starts[1]!.resp![0]!)).toBe(`Ghi nhận (${L.sameAs(1)}).`);
    // Every row of the run is decided where the note stands in full: comment 1.
    expect(starts[1]!.decidedAt).toBe(1);
    expect(rows.filter((r) => r.span === 0).every((r) => r.decidedAt < r.c.no)).toBe(true);
  });

  it('cuts a long decision too, and never merges it', () => {
    const note = Array.from({ length: 20 }, (_, i) => `Ý thứ ${i + 1} của phần giải trình.`).join(' ');
    const rows = tableRows([comment(1, 'Nhất trí.', 'r/1', note), comment(2, 'Nhất trí.', 'r/1', note)], L, COLUMN_CHARS.wide);
    expect(rows.every((r) => r.span === 1)).toBe(true);
    const first = rows.filter((r) => r.c.no === 1);
    expect(first.length).toBeGreaterThan(1);
    expect(first.flatMap((r) => r.resp!.map(paraText)).join(' ')).toBe(`Ghi nhận. ${note}`);
  });
});
