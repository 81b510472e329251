// Comment files written the way delegates and staff write them by hand, each
// checked as a user would: exit code, the line named, a fix in plain words,
// and none of the YAML parser's own wording.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gopy, makeWorkspace, SMALL_DRAFT } from '../helpers/workspace.js';

const HEAD = 'delegate:\n  name: Lê Văn A\ncomments:\n';
const JARGON = /mapping|implicit|block-seq|compact|flow|scalar|YAML syntax|Nested|indicator/iu;

interface Case {
  name: string;
  file: string | Uint8Array;
  code: 0 | 1;
  /** The line the message must name, and words it must hold (the fix). */
  line?: number;
  says?: RegExp;
}

const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Uint8Array => {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return be;
};

const CASES: Case[] = [
  { name: 'colon-space in a one-line comment', file: `${HEAD}  mt-01: Ý kiến: nhất trí.\n`, code: 1, line: 4, says: /dấu nháy kép|\|/u },
  {
    name: 'colon-space in text:',
    file: `${HEAD}  mt-01:\n    kind: amend\n    text: Đề nghị sửa: "1.500"\n`,
    code: 1,
    line: 6,
    says: /dấu nháy/u,
  },
  {
    name: 'a missing colon',
    file: `${HEAD}  mt-01 Nhất trí với dự thảo.\n  mt-02: Đồng ý.\n`,
    code: 1,
    line: 4,
    says: /thiếu dấu hai chấm sau "mt-01"/u,
  },
  { name: 'one extra space', file: `${HEAD}  mt-01:\n    kind: amend\n     text: Sửa.\n`, code: 1, line: 6, says: /thẳng cột/u },
  { name: 'one space too few', file: `${HEAD}  mt-01:\n    kind: amend\n   text: Sửa.\n`, code: 1, line: 6, says: /thẳng cột/u },
  { name: 'a tab', file: `${HEAD}\tmt-01: Nhất trí.\n`, code: 1, line: 4, says: /Tab/u },
  { name: 'a dash on the key line', file: `${HEAD}  mt-01: - Bổ sung A.\n    - Bổ sung B.\n`, code: 1, line: 4, says: /dòng riêng/u },
  {
    name: 'an unclosed quote',
    file: `${HEAD}  mt-01: "Đề nghị bổ sung\n  mt-02: Nhất trí.\n`,
    code: 1,
    line: 4,
    says: /không có dấu đóng/u,
  },
  {
    name: 'text at the wrong level',
    file: `${HEAD}  mt-01:\n  Đề nghị bổ sung nội dung.\n  mt-02: Nhất trí.\n`,
    code: 1,
    line: 5,
    says: /thụt vào sâu hơn "mt-01"/u,
  },
  {
    name: 'Windows-1258 bytes',
    file: Buffer.concat([
      Buffer.from(HEAD),
      Buffer.from([0x20, 0x20]),
      Buffer.from('mt-01: Nh'),
      Buffer.from([0xe1, 0xba]),
      Buffer.from('t\n'),
    ]),
    code: 1,
    says: /UTF-8/u,
  },
  { name: 'UTF-16 LE with BOM', file: utf16(`${HEAD}  mt-01: Nhất trí.\n`, 'le', true), code: 0 },
  { name: 'UTF-16 BE without BOM', file: utf16(`${HEAD}  mt-01: Nhất trí.\n`, 'be', false), code: 0 },
  {
    name: 'Vietnamese kinds',
    file: `${HEAD}  mt-01:\n    kind: Đề nghị bổ sung\n    text: Thêm.\n  mt-02:\n    kind: nhất trí\n    text: Được.\n`,
    code: 0,
  },
  { name: 'a near-miss kind', file: `${HEAD}  mt-01:\n    kind: ammend\n    text: Sửa.\n`, code: 1, line: 5, says: /có phải là "amend"/u },
  {
    name: "Word's quotes around quote:",
    file: `${HEAD}  mt-02:\n    kind: amend\n    text: Sửa.\n    quote: “kết nạp từ 1.200 hội viên”\n`,
    code: 0,
  },
];

describe('comment files as delegates write them (spawned)', () => {
  it.each(CASES)('$name', ({ file, code, line, says }) => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'comments/le-van-a.yaml': file });
    const r = gopy(['check'], { cwd: ws });
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).not.toMatch(JARGON);
    if (code === 0) expect(r.stderr).not.toMatch(/: error: /u);
    if (line !== undefined) expect(r.stderr).toContain(`comments/le-van-a.yaml:${line}:`);
    if (says) expect(r.stderr).toMatch(says);
  });

  it('says the same in English with --lang en, without Vietnamese words', () => {
    const ws = makeWorkspace({ 'drafts/du-thao-1.md': SMALL_DRAFT, 'comments/le-van-a.yaml': `${HEAD}  mt-01: Ý kiến: nhất trí.\n` });
    const r = gopy(['check', '--lang', 'en'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('comments/le-van-a.yaml:4:10: error: "Ý kiến: nhất trí." has a colon and a space');
    expect(r.stdout).toMatch(/1 error\(s\)/u);
  });

  it('check --fix quotes colon-space lines, says which, and the file then passes', () => {
    const ws = makeWorkspace({
      'drafts/du-thao-1.md': SMALL_DRAFT,
      'comments/le-van-a.yaml': `${HEAD}  mt-01: Ý kiến: nhất trí. # ghi chú\n  mt-02:\n    text: Sửa: "1.500"\n`,
    });
    expect(gopy(['check'], { cwd: ws }).code).toBe(1);
    const r = gopy(['check', '--fix'], { cwd: ws });
    expect(r.stdout).toContain('comments/le-van-a.yaml: đã đặt câu trong dấu nháy kép ở dòng 4, 6');
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(ws, 'comments/le-van-a.yaml'), 'utf8')).toBe(
      `${HEAD}  mt-01: "Ý kiến: nhất trí." # ghi chú\n  mt-02:\n    text: 'Sửa: "1.500"'\n`,
    );
    // Without --fix, nothing is ever written.
    expect(gopy(['check', '--fix'], { cwd: ws }).stdout).toContain('không có dòng nào cần đặt trong dấu nháy');
  });
});
