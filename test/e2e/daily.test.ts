// A new user's walk with the built CLI (npm test builds it first): init in an
// empty folder, a form for a delegate, the form filled in, check, status,
// collate; then a spreadsheet imported. Exit codes, stdout and stderr.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { fillBlanks, gopy } from '../helpers/workspace.js';

describe("the secretariat's daily work (spawned)", () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'gopy-daily-'));
  const ws = path.join(parent, 'gop-y-46');
  const inWs = (args: string[]) => gopy(args, { cwd: ws });

  it('lists the daily commands in --help', () => {
    const h = gopy(['--help']);
    expect(h.code).toBe(0);
    for (const cmd of ['init', 'template', 'status', 'import']) expect(h.stdout).toContain(cmd);
    const t = gopy(['template', '--help']);
    expect(t.stdout).toContain('--delegate <tên>');
    expect(t.stdout).toContain('--all');
    expect(gopy(['import', '--help']).stdout).toContain('--column <trường=cột>');
    expect(gopy(['status', '--help']).stdout).toContain('--strict');
  });

  it('walks from an empty folder to the report', () => {
    const init = gopy(['init', 'gop-y-46'], { cwd: parent });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('đã tạo      gop-y-46/gopy.yaml\n');
    expect(init.stdout).toContain('đã tạo      gop-y-46/drafts/du-thao-1.md\n');

    // The settings only the user knows are blanks that check warns about (exit 0) until filled in.
    const fresh = inWs(['check']);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr.split('\n').filter((l) => l.endsWith('[settings-placeholder]'))).toHaveLength(8);
    expect(fresh.stderr).toContain(
      'gopy.yaml:48:9: warning: "signer.name:" vẫn còn chỗ để trống [Họ và tên người ký]: hãy thay cả chỗ đó (gồm dấu [ ]) bằng thông tin thật, nếu không báo cáo sẽ in nguyên văn [settings-placeholder]\n',
    );
    const settingsFile = path.join(ws, 'gopy.yaml');
    writeFileSync(settingsFile, fillBlanks(readFileSync(settingsFile, 'utf8')));

    const again = gopy(['init', 'gop-y-46'], { cwd: parent });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^gopy: gop-y-46 đã là thư mục lấy ý kiến \(có gopy\.yaml, drafts, comments, responses\): không ghi gì/u);

    const form = inWs([
      'template',
      '--delegate',
      'Trần Thị Bình',
      '--organization',
      'Sở Nông nghiệp và Phát triển nông thôn',
      '-o',
      'comments/tran-thi-binh.yaml',
    ]);
    expect(form).toEqual({ code: 0, stdout: 'đã tạo      comments/tran-thi-binh.yaml\n', stderr: '' });
    const file = path.join(ws, 'comments/tran-thi-binh.yaml');
    const blank = readFileSync(file, 'utf8');
    expect(blank.split('\n')[0]).toBe('# yaml-language-server: $schema=../.gopy/schemas/comments.schema.json');
    const filled = blank
      .replace('date:           #', 'date: 2024-02-27 #')
      .replace(/^ {2}# general: .*$/mu, '  general: Nhất trí với dự thảo.')
      .replace(
        /^ {2}# mt-03: .*$/mu,
        '  mt-03:\n    kind: amend\n    text: Đề nghị nâng chỉ tiêu lên 85%.\n    quote: trên 80%\n    proposal: trên 85%',
      );
    writeFileSync(file, filled);

    const check = inWs(['check']);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('drafts/du-thao-1.md: 2 tệp góp ý, 6 ý kiến, 1 tệp tiếp thu, giải trình; 0 lỗi, 0 cảnh báo\n');

    const status = inWs(['status']);
    expect(status.code).toBe(0);
    expect(status.stderr).toBe('');
    expect(status.stdout).toContain('Đại biểu, đơn vị: 2/2 đã gửi góp ý\n');
    expect(status.stdout).toContain(', còn 14 ngày\n');
    expect(status.stdout).toMatch(/mt-03 +II\.3\. Đến năm 2030/u);
    expect(status.stdout).toContain('Còn 3 ý kiến chưa xử lý.\n');

    const strict = inWs(['status', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('responses: info: --strict: còn 3 ý kiến chưa có kết quả xử lý [pending]\n');

    const json = inWs(['status', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ schema: 'gopy/status@1', pending: { total: 3 }, meeting: { daysLeft: 14 } });

    const report = inWs(['collate']);
    expect(report.code).toBe(0);
    expect(report.stderr).toBe('');
    expect(report.stdout).toContain('Trần Thị Bình');
    expect(report.stdout).toContain('Đề nghị nâng chỉ tiêu lên 85%.');
  });

  it('imports a spreadsheet export, every row accounted for', () => {
    const csv = [
      'Họ và tên;Đơn vị;Mục;Nội dung góp ý;Đề xuất sửa',
      'Lò Văn Hùng;Xã Bản Hon;III.2;Bổ sung sinh hoạt chuyên đề.;',
      ';;;;',
      'Lò Văn Hùng;Xã Bản Hon;V.1;Mục mới.;',
      'Lò Văn Hùng;Xã Bản Hon;III.2;Bổ sung sinh hoạt chuyên đề.;',
      '',
    ].join('\r\n');
    writeFileSync(path.join(ws, 'gop-y.csv'), `\ufeff${csv}`);
    const dry = inWs(['import', 'gop-y.csv', '--dry-run', '--lang', 'en']);
    expect(dry.code).toBe(0);
    const lines = dry.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^gop-y\.csv:4:3: .*section "V\.1" is not one of the draft's: the comment is kept under "V\.1" .*\[unknown-section\]$/u,
    );
    expect(lines[1]).toMatch(
      /^gop-y\.csv:5:0: .*this row repeats row 2 \(same delegate, section and text\): imported once \[duplicate-row\]$/u,
    );
    expect(dry.stdout).toContain('2 comment(s) would be imported into 1 new file(s) in comments/');
    expect(dry.stdout).toContain('1 blank row(s) skipped (row 3)');
    expect(dry.stdout).toContain('dry run: nothing was written');

    const r = inWs(['import', 'gop-y.csv']);
    expect(r.code).toBe(0);
    const vi = r.stderr.split('\n').filter((l) => l !== '');
    expect(vi).toHaveLength(2);
    expect(vi[0]).toMatch(
      /^gop-y\.csv:4:3: .*mục "V\.1" không có trong dự thảo: ý kiến vẫn được giữ dưới mã "V\.1" .*\[unknown-section\]$/u,
    );
    expect(vi[1]).toMatch(
      /^gop-y\.csv:5:0: .*dòng này lặp lại dòng 2 \(cùng đại biểu, mục và nội dung\): chỉ nhập một lần \[duplicate-row\]$/u,
    );
    expect(r.stdout).toContain('2 ý kiến đã nhập vào 1 tệp mới trong comments/');
    expect(r.stdout).toContain('1 dòng trống được bỏ qua (dòng 3).');
    expect(r.stdout).toContain('Tiếp theo: gopy check, rồi gopy status.');
    const check = inWs(['check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('3 tệp góp ý, 8 ý kiến');
    expect(check.stderr).toContain('comments/lo-van-hung.yaml');

    const bad = inWs(['import', 'nothing.csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('gopy: không đọc được nothing.csv (không tìm thấy)\n');
  });

  it('refuses a broken workbook in plain words, without a stack', () => {
    writeFileSync(path.join(ws, 'hong.xlsx'), 'Họ tên,Ý kiến\n');
    const notZip = inWs(['import', 'hong.xlsx']);
    expect(notZip.code).toBe(2);
    expect(notZip.stderr).toBe(
      'gopy: hong.xlsx: không phải tệp Excel (.xlsx): có thể là tệp .xls cũ hoặc tệp đã bị đổi đuôi; hãy mở bằng Excel rồi lưu lại thành .xlsx (Excel Workbook) hoặc CSV UTF-8\n',
    );
    // A zip cut short, as a download that stopped halfway.
    writeFileSync(path.join(ws, 'cut.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    const cut = inWs(['import', 'cut.xlsx', '--lang', 'en']);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toBe(
      'gopy: cut.xlsx: the Excel workbook (.xlsx) is damaged and cannot be read; open it in Excel or LibreOffice and save it again as .xlsx\n',
    );
  });
});
