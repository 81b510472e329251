// gopy import: the command called in-process over CommandIO.
import { existsSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check.js';
import { importSheet } from '../../src/commands/import.js';
import { capture, listAll, makeWorkspace, read, SMALL_DRAFT } from '../helpers/workspace.js';
import { makeXlsx } from '../helpers/xlsx.js';

const CSV = [
  'STT;Họ tên;Đơn vị;Mục;Nội dung góp ý;Đề xuất sửa;Loại',
  '1;Lê Văn C;Sở Tài chính;II.2;"Đề nghị nâng chỉ tiêu;',
  'vì thực tế cao hơn";1.500;Sửa đổi',
  '2;;;mt-01;Đề nghị làm rõ;;Làm rõ',
  ';;;;;;',
  '3;Phạm Thị D;Huyện ủy Tam Đường;Mục V.9;Bổ sung mục mới;;Bổ sung',
  '4;Lê Văn C;Sở Tài chính;II.2;"Đề nghị nâng chỉ tiêu;',
  'vì thực tế cao hơn";1.500;Sửa đổi',
  '5;Phạm Thị D;;;;;',
  '',
].join('\r\n');

describe('import', () => {
  it('turns the rows into new comment files, accounting for every row', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'gop-y.csv': `\ufeff${CSV}` });
    const c = capture(ws);
    const r = await importSheet({ ...c.io, file: 'gop-y.csv' });
    expect(r.messages.map((m) => `${m.file}:${m.line}:${m.column}:${m.severity}:${m.rule}`)).toEqual([
      'gop-y.csv:3:2:info:delegate-from-above',
      'gop-y.csv:5:4:warning:unknown-section',
      'gop-y.csv:6:0:warning:duplicate-row',
      'gop-y.csv:7:5:warning:no-text',
    ]);
    expect(listAll(path.join(ws, 'comments'))).toEqual(['le-van-c.yaml', 'pham-thi-d.yaml']);
    expect(c.out()).toContain('3 ý kiến đã nhập vào 2 tệp mới trong comments/');
    expect(c.out()).toContain('    comments/le-van-c.yaml  Lê Văn C: 2 ý kiến, dòng 2, 3');
    expect(c.out()).toContain('1 dòng trống được bỏ qua (dòng 4).');
    expect(c.out()).toContain('Không đọc: A "STT"');
    expect(r.messages.find((m) => m.rule === 'delegate-from-above')?.message).toBe(
      'dòng này không ghi đại biểu: lấy theo dòng 2 bên trên (Lê Văn C)',
    );
    const k = capture(ws);
    const checked = await check(k.io);
    expect(checked.messages.map((m) => m.rule)).toEqual(['unknown-anchor']);
    expect(k.out()).toContain('2 tệp góp ý, 3 ý kiến');
    const file = read(ws, 'comments/le-van-c.yaml');
    expect(file).toContain(
      '  mt-02:\n    kind: amend\n    text: |-\n      Đề nghị nâng chỉ tiêu;\n      vì thực tế cao hơn\n    proposal: 1.500\n',
    );

    const again = capture(ws);
    const r2 = await importSheet({ ...again.io, file: 'gop-y.csv' });
    expect(r2.messages.filter((m) => m.rule === 'duplicate-row')).toHaveLength(4);
    expect(again.out()).toContain('0 ý kiến đã nhập vào 0 tệp mới');
    expect(again.out()).toContain('4 dòng đã có trong các tệp góp ý: không nhập lại.');
    expect(again.out()).not.toContain('mục không có trong dự thảo');
    expect(r2.messages.some((m) => m.severity === 'error')).toBe(false);
    expect(listAll(path.join(ws, 'comments'))).toEqual(['le-van-c.yaml', 'pham-thi-d.yaml']);
  });

  it('reads an Excel workbook with merged cells, into -o, or only shows it with --dry-run', async () => {
    const book = makeXlsx([
      {
        name: 'Tổng hợp',
        rows: [
          ['TỔNG HỢP Ý KIẾN GÓP Ý', null, null, null],
          ['Đại biểu', 'Mục', 'Ý kiến', 'Ngày'],
          ['Lê Đức Dục', 'mt-01', 'Một', { date: 45348 }],
          [null, 'III.1', 'Hai', null],
          ['Huyện ủy Tam Đường', 'Mục tiêu', 'Ba', null],
        ],
        merges: ['A1:D1', 'A3:A4'],
      },
    ]);
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'gop-y.xlsx': book });
    const dry = capture(ws);
    await importSheet({ ...dry.io, file: 'gop-y.xlsx', dryRun: true, output: 'nhap' });
    expect(dry.out()).toContain('3 ý kiến sẽ được nhập vào 2 tệp mới trong nhap/');
    expect(dry.out()).toContain('Chạy thử: chưa ghi gì.');
    expect(existsSync(path.join(ws, 'nhap'))).toBe(false);
    const c = capture(ws);
    const r = await importSheet({ ...c.io, file: 'gop-y.xlsx', output: 'nhap' });
    expect(r.messages.map((m) => `${m.line}:${m.rule}`)).toEqual(['1:above-header']);
    expect(listAll(path.join(ws, 'nhap'))).toEqual(['huyen-uy-tam-duong.yaml', 'le-duc-duc.yaml']);
    const le = read(ws, 'nhap/le-duc-duc.yaml');
    expect(le).toContain('date: 2024-02-26\n');
    expect(le).toContain('  mt-01: Một\n');
    expect(le).toContain('  nhiem-vu-1: Hai\n');
    expect(read(ws, 'nhap/huyen-uy-tam-duong.yaml')).toContain('  muc-tieu: Ba\n');
  });

  it('takes columns from --column, and says what it cannot tell', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'a.csv': 'Người,Điều,Góp\nA,mt-01,Một\n' });
    await expect(importSheet({ ...capture(ws).io, file: 'a.csv', columns: ['text=Góp'] })).rejects.toThrow(
      /không biết cột nào chứa đại biểu/u,
    );
    const c = capture(ws);
    await importSheet({ ...c.io, file: 'a.csv', columns: ['text=Góp', 'name=A'] });
    expect(read(ws, 'comments/a.yaml')).toContain('  mt-01: Một\n');
    await expect(importSheet({ ...capture(ws).io, file: 'a.csv', columns: ['bad'] })).rejects.toThrow(/hãy viết dạng trường=cột/u);
  });

  it('gives every row the delegate of --delegate when the sheet has no delegate column', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'd.csv': 'Mục,Ý kiến\nII.2,Một\n,Hai\n' });
    await expect(importSheet({ ...capture(ws).io, file: 'd.csv' })).rejects.toThrow(/hoặc cho --delegate/u);
    const r = await importSheet({ ...capture(ws).io, file: 'd.csv', delegate: 'Huyện ủy Tam Đường', organization: 'Huyện ủy Tam Đường' });
    expect(r.messages).toEqual([]);
    expect(read(ws, 'comments/huyen-uy-tam-duong.yaml')).toContain(
      'delegate:\n  name: Huyện ủy Tam Đường\ndraft: du-thao-1\ncomments:\n  # dòng 2\n  mt-02: Một\n  # dòng 3\n  general: Hai\n',
    );
  });

  it('refuses files it cannot read, and reports when no row could be imported', async () => {
    const ws = makeWorkspace({
      'drafts/du-thao-1.md': SMALL_DRAFT,
      'old.xls': 'x',
      'b.csv': 'Họ tên,Nội dung góp ý\nA,\n',
      'c.csv': 'Họ tên,Nội dung góp ý\nA,x\n',
    });
    await expect(importSheet({ ...capture(ws).io, file: 'old.xls' })).rejects.toThrow(/hãy lưu thành \.xlsx/u);
    await expect(importSheet({ ...capture(ws).io, file: 'missing.csv' })).rejects.toThrow(/không đọc được missing.csv \(không tìm thấy\)/u);
    await expect(importSheet({ ...capture(ws).io, file: 'c.csv', sheet: '1' })).rejects.toThrow(/--sheet chỉ dùng cho tệp Excel/u);
    await expect(importSheet({ ...capture(ws).io, file: 'c.csv', headerRow: '9' })).rejects.toThrow(
      /--header-row 9: c.csv không có dòng này/u,
    );
    const r = await importSheet({ ...capture(ws).io, file: 'b.csv' });
    expect(r.messages.map((m) => `${m.severity}:${m.rule}`)).toEqual(['warning:no-text', 'error:nothing-imported']);
    expect(existsSync(path.join(ws, 'comments'))).toBe(false);
  });

  it('reads a workbook written by another program: rich text, a date, several sheets, the one named by --sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hướng dẫn').addRow(['Điền ở trang "Ý kiến"']);
    const ws1 = wb.addWorksheet('Ý kiến');
    ws1.addRow(['Họ tên', 'Ngày', 'Mục', 'Nội dung góp ý', 'Đề xuất sửa đổi']);
    ws1.addRow([
      'Lê Đức Dục',
      new Date(Date.UTC(2024, 1, 26)),
      'II.2',
      { richText: [{ text: 'Đề nghị ', font: { bold: true } }, { text: 'nâng chỉ tiêu;\r\nvì thực tế cao hơn' }] },
      '1.500',
    ]);
    ws1.getCell('B2').numFmt = 'dd/mm/yyyy';
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'gop-y.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()) });
    // Without --sheet the first sheet is read, as Excel opens on it.
    await expect(importSheet({ ...capture(ws).io, file: 'gop-y.xlsx', dryRun: true })).rejects.toThrow(
      /\(dòng tiêu đề 1: A "Điền ở trang "Ý kiến""\); hãy chỉ rõ bằng --column/u,
    );
    const c = capture(ws);
    const r = await importSheet({ ...c.io, file: 'gop-y.xlsx', sheet: 'ý kiến' });
    expect(r.messages).toEqual([]);
    expect(c.out()).toContain('gop-y.xlsx (trang "Ý kiến"): dòng tiêu đề là dòng 1, bên dưới có 1 dòng');
    const file = read(ws, 'comments/le-duc-duc.yaml');
    expect(file).toContain('date: 2024-02-26\n');
    expect(file).toContain(
      '  mt-02:\n    kind: amend\n    text: |-\n      Đề nghị nâng chỉ tiêu;\n      vì thực tế cao hơn\n    proposal: 1.500\n',
    );
    await expect(importSheet({ ...capture(ws).io, file: 'gop-y.xlsx', sheet: 'Tổng hợp' })).rejects.toThrow(
      'gop-y.xlsx: không có trang tính "Tổng hợp"; bảng tính có: "Hướng dẫn", "Ý kiến" (--sheet nhận tên hoặc số thứ tự của trang)',
    );
  });

  it('reads CR line ends and cells broken with CR as LF, and a CSV saved as UTF-16 without a BOM', async () => {
    const csv = 'Họ tên\tMục\tÝ kiến\rLê Văn C\tmt-01\t"Dòng một\rdòng hai\r\ndòng ba"\r';
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'u.csv': Buffer.from(csv, 'utf16le') });
    const r = await importSheet({ ...capture(ws).io, file: 'u.csv' });
    expect(r.messages).toEqual([]);
    expect(read(ws, 'comments/le-van-c.yaml')).toContain('  mt-01:\n    text: |-\n      Dòng một\n      dòng hai\n      dòng ba\n');
  });

  it('warns of a quote never closed, and reads the rest of the file into that cell', async () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'q.csv': 'Họ tên,Mục,Ý kiến\nA,mt-01,"Một\nB,mt-02,Hai\n' });
    const r = await importSheet({ ...capture(ws).io, file: 'q.csv' });
    expect(r.messages.map((m) => `${m.line}:${m.rule}:${m.message}`)).toEqual([
      '2:csv-quote:một ô mở dấu ngoặc kép (") mà không đóng: phần còn lại của tệp đã được đọc vào ô này; hãy thêm dấu ngoặc kép đóng ở cuối ô rồi nhập lại',
    ]);
    expect(read(ws, 'comments/a.yaml')).toContain('  mt-01:\n    text: |-\n      Một\n      B,mt-02,Hai\n');
  });

  it('converts rows typed in TCVN3 (.VnTime) under Unicode headers, with a warning', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('S');
    sheet.addRow(['Họ tên', 'Mục', 'Ý kiến']);
    sheet.addRow(['Lª V¨n C', 'mt-01', '§Ò nghÞ bæ sung chØ tiªu']);
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 't.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()) });
    const r = await importSheet({ ...capture(ws).io, file: 't.xlsx' });
    expect(r.messages.map((m) => m.rule)).toEqual(['encoding']);
    expect(r.messages[0]?.message).toMatch(/^có ô được gõ bằng bảng mã TCVN3 \(ABC, phông \.VnTime\): đã chuyển sang Unicode/u);
    expect(read(ws, 'comments/le-van-c.yaml')).toContain('  name: Lê Văn C\n');
    expect(read(ws, 'comments/le-van-c.yaml')).toContain('  mt-01: Đề nghị bổ sung chỉ tiêu\n');
  });

  it('reads a CSV that is not UTF-8 as Windows-1258, with a warning', async () => {
    const latin = Buffer.from('Họ tên,Nội dung góp ý\nNguyen Van A,D\xe1\n', 'latin1');
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'w.csv': latin });
    const r = await importSheet({ ...capture(ws).io, file: 'w.csv', columns: ['name=1', 'text=2'] });
    expect(r.messages.map((m) => m.rule)).toEqual(['encoding']);
    expect(read(ws, 'comments/nguyen-van-a.yaml')).toContain('general: Dá\n');
  });
});
