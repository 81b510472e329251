// Word forms: made by gopy template --format docx, filled in by a program
// editing the cells, read back by gopy import into the same comments.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importSheet } from '../../src/commands/import.js';
import { template } from '../../src/commands/template.js';
import { capture, makeWorkspace } from '../helpers/workspace.js';
import { commentTableDocx, fillForm } from '../helpers/word.js';

const DRAFT = `---
title: Dự thảo thử
version: 2
---
## I. MỤC TIÊU {#muc-tieu}
### 1. Mục tiêu cụ thể {#muc-tieu-cu-the}
1. Kết nạp từ 1.200 hội viên mới. {#mt-01}
2. Thành lập 05 tổ hội. {#mt-02}
## II. NHIỆM VỤ {#nhiem-vu}
Tuyên truyền sâu rộng.
`;

function workspace(): string {
  return makeWorkspace({
    'drafts/du-thao-2.md': DRAFT,
    'gopy.yaml':
      'issuer:\n  parent: TỈNH ỦY LAI CHÂU\n  name: Ban Tuyên giáo\ndelegates:\n  - { name: Lê Đức Dục, organization: Ban Tuyên giáo Tỉnh ủy, file: le-duc-duc }\n',
  });
}

describe('Word forms round trip', () => {
  it('template → filled by a program → import gives the same comments, paragraphs and all', async () => {
    const ws = workspace();
    const made = capture(ws);
    await template({ ...made.io, format: 'docx', all: true });
    expect(made.out()).toContain('đã tạo      forms/le-duc-duc.docx\n');
    const form = readFileSync(path.join(ws, 'forms/le-duc-duc.docx'));
    const filled = fillForm(form, [
      { row: 'Chung', comment: 'Nhất trí cao với bố cục.' },
      { row: 'I.1.2', comment: 'Đề nghị nâng chỉ tiêu.\nLý do: nhu cầu thực tế.', proposal: 'Thành lập 10 tổ hội.' },
      { row: 'II', comment: 'Bổ sung "tuyên truyền" trên mạng xã hội: 1.500 lượt.' },
    ]);
    writeFileSync(path.join(ws, 'phieu.docx'), filled);
    const c = capture(ws);
    const r = await importSheet({ ...c.io, file: 'phieu.docx' });
    expect(r.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    expect(c.out()).toContain('phieu.docx: phiếu góp ý của Lê Đức Dục (dự thảo du-thao-2)\n  3 ý kiến → comments/le-duc-duc.yaml\n');
    const yaml = parse(readFileSync(path.join(ws, 'comments/le-duc-duc.yaml'), 'utf8')) as Record<string, unknown>;
    expect(yaml).toEqual({
      delegate: { name: 'Lê Đức Dục', organization: 'Ban Tuyên giáo Tỉnh ủy' },
      draft: 'du-thao-2',
      comments: {
        general: 'Nhất trí cao với bố cục.',
        'mt-02': { kind: 'amend', text: 'Đề nghị nâng chỉ tiêu.\nLý do: nhu cầu thực tế.', proposal: 'Thành lập 10 tổ hội.' },
        'nhiem-vu': 'Bổ sung "tuyên truyền" trên mạng xã hội: 1.500 lượt.',
      },
    });

    // Read again: nothing new, nothing overwritten; with --force the file is replaced by the form's content.
    const again = capture(ws);
    await importSheet({ ...again.io, file: 'phieu.docx' });
    expect(again.out()).toContain('Không có ý kiến mới');
    const forced = capture(ws);
    await importSheet({ ...forced.io, file: 'phieu.docx', force: true, lang: 'en' });
    expect(forced.out()).toContain('3 comment(s) → comments/le-duc-duc.yaml (replacing the old file)');
  });

  it('reads rows without their bookmarks by citation, and the delegate typed in the form', async () => {
    const ws = workspace();
    await template({ ...capture(ws).io, format: 'docx', delegate: 'X', output: 'x.docx' });
    // A word processor that drops hidden bookmarks: the rows are then read by their citation and title.
    const stripped = fillForm(
      readFileSync(path.join(ws, 'x.docx')),
      [
        { row: 'Chung', comment: 'Nhất trí.' },
        { row: 'I.1', comment: 'Rõ hơn.' },
        { row: 'I.1.2', comment: 'Tăng lên.' },
      ],
      { 'Họ và tên': 'Trần Văn B', 'Cơ quan, đơn vị': 'Sở Tài chính' },
      true,
    );
    writeFileSync(path.join(ws, 'b.docx'), stripped);
    const c = capture(ws);
    await importSheet({ ...c.io, file: 'b.docx' });
    expect(c.out()).toContain('phiếu góp ý của Trần Văn B');
    const yaml = parse(readFileSync(path.join(ws, 'comments/x.yaml'), 'utf8')) as { comments: unknown; delegate: unknown };
    expect(yaml.delegate).toEqual({ name: 'Trần Văn B', organization: 'Sở Tài chính' });
    expect(yaml.comments).toEqual({ general: 'Nhất trí.', 'muc-tieu-cu-the': 'Rõ hơn.', 'mt-02': 'Tăng lên.' });
    expect(c.out()).not.toContain('không tìm thấy mục');
  });

  it('says an empty form is empty and writes nothing', async () => {
    const ws = workspace();
    await template({ ...capture(ws).io, format: 'docx', delegate: 'Lê Văn C', output: 'c.docx' });
    const c = capture(ws);
    const r = await importSheet({ ...c.io, file: 'c.docx' });
    expect(r.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(c.out()).toContain('Phiếu để trống: không có ý kiến nào, không ghi tệp nào.');
  });

  it('reads an ordinary Word table of comments like a sheet: header guessed, sections by citation or title, unknown kept', async () => {
    const ws = workspace();
    writeFileSync(
      path.join(ws, 'cv.docx'),
      await commentTableDocx(
        ['Cơ quan: Sở Tài chính', 'Kính gửi: Ban Tuyên giáo'],
        [
          ['STT', 'Mục dự thảo', 'Nội dung góp ý', 'Đề xuất sửa'],
          ['1', 'I.1.2', 'Tăng số tổ hội.\nTheo thực tế.', 'Thành lập 08 tổ hội.'],
          ['2', 'Nhiệm vụ', 'Bổ sung nhiệm vụ chuyển đổi số.', ''],
          ['3', 'Mục V', 'Mục này không có.', ''],
          ['4', '', '', ''],
        ],
      ),
    );
    const c = capture(ws);
    const r = await importSheet({ ...c.io, file: 'cv.docx' });
    expect(r.messages.map((m) => m.rule)).toEqual(['unknown-section']);
    expect(c.out()).toContain(
      'cv.docx: bảng ý kiến (bảng số 1), 4 dòng\n  3 ý kiến đã nhập vào 1 tệp mới:\n    comments/so-tai-chinh.yaml  Sở Tài chính: 3 ý kiến\n',
    );
    const yaml = parse(readFileSync(path.join(ws, 'comments/so-tai-chinh.yaml'), 'utf8')) as { comments: unknown; delegate: unknown };
    expect(yaml.delegate).toEqual({ name: 'Sở Tài chính' });
    expect(yaml.comments).toEqual({
      'mt-02': { kind: 'amend', text: 'Tăng số tổ hội.\nTheo thực tế.', proposal: 'Thành lập 08 tổ hội.' },
      'nhiem-vu': 'Bổ sung nhiệm vụ chuyển đổi số.',
      'Mục V': 'Mục này không có.',
    });
  });
});
