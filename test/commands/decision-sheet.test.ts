// The decision sheet: written by gopy decisions, edited as a secretary
// edits it (by a program setting cells), read back by gopy import.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decisions } from '../../src/commands/decisions.js';
import { importSheet } from '../../src/commands/import.js';
import { withoutIds } from '../../src/commands/import-decisions.js';
import { capture, makeWorkspace } from '../helpers/workspace.js';

const DRAFT = `---\ntitle: Dự thảo thử\nversion: 1\n---\n## I. MỤC TIÊU {#muc-tieu}\n1. Kết nạp từ 1.200 hội viên. {#mt-01}\n2. Thành lập 05 tổ hội. {#mt-02}\n`;
const COMMENTS = {
  'comments/a.yaml': 'delegate:\n  name: Lê Văn A\ncomments:\n  mt-01: Nâng lên 1.500.\n  mt-02: Giữ nguyên.\n  general: Nhất trí.\n',
  'comments/b.yaml': 'delegate:\n  name: Trần Thị B\ncomments:\n  mt-01: Nâng lên 1.500 hội viên.\n',
};

async function edit(file: string, changes: Record<string, { decision?: string; note?: string; group?: string }>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const change = changes[row.getCell(8).text];
    if (!change) return;
    if (change.decision !== undefined) row.getCell(5).value = change.decision;
    if (change.note !== undefined) row.getCell(6).value = change.note;
    if (change.group !== undefined) row.getCell(7).value = change.group;
  });
  await wb.xlsx.writeFile(file);
}

describe('the decision sheet', () => {
  it('writes one row per comment with a drop-down, text cells and the current decisions', async () => {
    const ws = makeWorkspace({
      'drafts/du-thao-1.md': DRAFT,
      ...COMMENTS,
      'responses/r.yaml': 'general:\n  - to: all\n    decision: noted\n    note: Ghi nhận.\n',
    });
    const c = capture(ws);
    await decisions({ ...c.io });
    expect(c.out()).toContain('Đã ghi quyet-dinh.xlsx: 4 ý kiến, 1 đã có quyết định.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ws, 'quyet-dinh.xlsx'));
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('Quyết định');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Mục',
      'Đại biểu / đơn vị',
      'Nội dung góp ý',
      'Quyết định',
      'Ghi chú / nội dung tiếp thu, giải trình',
      'Nhóm',
      'Mã ý kiến',
    ]);
    const rows = [2, 3, 4, 5].map((n) => [1, 2, 3, 4, 5, 6, 8].map((col) => sheet.getRow(n).getCell(col).text));
    expect(rows).toEqual([
      ['1', 'Ý kiến chung về dự thảo', 'Lê Văn A', 'Nhất trí.', 'Ghi nhận', 'Ghi nhận.', 'a/general/1'],
      ['2', 'I.1', 'Lê Văn A', 'Nâng lên 1.500.', '', '', 'a/mt-01/1'],
      ['3', 'I.1', 'Trần Thị B', 'Nâng lên 1.500 hội viên.', '', '', 'b/mt-01/1'],
      ['4', 'I.2', 'Lê Văn A', 'Giữ nguyên.', '', '', 'a/mt-02/1'],
    ]);
    expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(5).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Tiếp thu,Tiếp thu một phần,Giải trình,Ghi nhận,Xin ý kiến,Chưa xử lý"'],
    });
    expect(sheet.getColumn(8).hidden).toBe(true);
    expect(wb.getWorksheet('gopy')?.state).toBe('hidden');
  });

  it('sheet → edited → import gives the same decisions; groups are decided together', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': DRAFT, ...COMMENTS });
    await decisions({ ...capture(ws).io });
    const file = path.join(ws, 'quyet-dinh.xlsx');
    await edit(file, {
      'a/mt-01/1': { decision: 'Tiếp thu', note: 'Đã nâng lên 1.500.', group: 'G1' },
      'b/mt-01/1': { group: 'g1' },
      'a/mt-02/1': { decision: 'Giải trình', note: 'Giữ như dự thảo:\nđủ nguồn lực.' },
    });
    const c = capture(ws);
    const r = await importSheet({ ...c.io, file: 'quyet-dinh.xlsx' });
    expect(r.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    expect(c.out()).toBe(
      'quyet-dinh.xlsx: bảng quyết định, 4 dòng\n  3 quyết định mới hoặc thay đổi → responses/quyet-dinh.yaml\n  1 dòng chưa có quyết định.\n  Tiếp theo: gopy status, rồi gopy collate.\n',
    );
    const yaml = parse(readFileSync(path.join(ws, 'responses/quyet-dinh.yaml'), 'utf8')) as unknown;
    expect(yaml).toEqual({
      'mt-01': [{ to: ['a/mt-01/1', 'b/mt-01/1'], decision: 'accepted', note: 'Đã nâng lên 1.500.' }],
      'mt-02': [{ to: ['a/mt-02/1'], decision: 'explained', note: 'Giữ như dự thảo:\nđủ nguồn lực.' }],
    });
    // The sheet made again shows the decisions just imported: the round trip is closed.
    await decisions({ ...capture(ws).io, output: 'lan-2.xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ws, 'lan-2.xlsx'));
    expect(wb.worksheets[0]!.getRow(5).getCell(6).text).toBe('Giữ như dự thảo:\nđủ nguồn lực.');

    const again = capture(ws);
    await expect(importSheet({ ...again.io, file: 'quyet-dinh.xlsx' })).rejects.toThrow(
      'responses/quyet-dinh.yaml đã có: không ghi đè (thêm --force',
    );
  });

  it('never overwrites a decision silently: a contradiction is reported, and --sheet-wins takes the sheet', async () => {
    const old = '# giữ chú thích\nmt-01:\n  - to: [a/mt-01/1, b/mt-01/1]\n    decision: accepted\n    note: Tiếp thu.\n';
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': DRAFT, ...COMMENTS, 'responses/cu.yaml': old });
    await decisions({ ...capture(ws).io, output: 'bang.xlsx' });
    await edit(path.join(ws, 'bang.xlsx'), { 'a/mt-01/1': { decision: 'Giải trình', note: 'Chưa đủ nguồn lực.' } });
    const kept = capture(ws);
    const r = await importSheet({ ...kept.io, file: 'bang.xlsx' });
    expect(r.messages.filter((m) => m.rule === 'sheet-conflict').map((m) => `${m.line}:${m.severity}`)).toEqual(['3:warning']);
    expect(kept.out()).toContain('1 dòng khác quyết định đã có: giữ quyết định cũ');
    expect(readFileSync(path.join(ws, 'responses/cu.yaml'), 'utf8')).toBe(old);

    const wins = capture(ws);
    await importSheet({ ...wins.io, file: 'bang.xlsx', sheetWins: true });
    expect(wins.out()).toContain('quyết định cũ được gỡ khỏi responses/cu.yaml');
    expect(readFileSync(path.join(ws, 'responses/cu.yaml'), 'utf8')).toBe(
      '# giữ chú thích\nmt-01:\n  - to: [ b/mt-01/1 ]\n    decision: accepted\n    note: Tiếp thu.\n',
    );
    expect(parse(readFileSync(path.join(ws, 'responses/bang.yaml'), 'utf8'))).toEqual({
      'mt-01': [{ to: ['a/mt-01/1'], decision: 'explained', note: 'Chưa đủ nguồn lực.' }],
    });
  });

  it('takes an id out of a decisions file, dropping an entry left empty', () => {
    expect(withoutIds('x:\n  - to: [a]\n    decision: noted\n', new Set(['a']))).toBe('{}\n');
  });
});
