// gopy status: the command called in-process over CommandIO.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { status } from '../../src/commands/status.js';
import { capture, DELEGATES, makeWorkspace, read, SMALL_DRAFT } from '../helpers/workspace.js';

const STATUS_WS = {
  'drafts/du-thao-1.md': SMALL_DRAFT,
  'gopy.yaml': `meeting:\n  name: Hội nghị\n  date: 2024-03-15\n${DELEGATES}`,
  'comments/le-duc-duc.yaml': 'delegate:\n  name: Lê Đức Dục\ncomments:\n  general: Nhất trí.\n  mt-02: Nâng lên.\n',
  'responses/r.yaml': 'general:\n  to: all\n  decision: noted\n',
};

describe('status', () => {
  it('prints the overview, exit 0 with pending work', async () => {
    const c = capture(makeWorkspace(STATUS_WS));
    const r = await status(c.io);
    expect(r).toEqual({ messages: [] });
    expect(c.out()).toContain('Hội nghị: Hội nghị — ngày 15/03/2024, còn 14 ngày\n');
    expect(c.out()).toContain('Đại biểu, đơn vị: 2/3 đã gửi góp ý\n');
    expect(c.out()).toContain('Còn 1 ý kiến chưa xử lý.');
  });

  it('--format json for scripts, --lang en, -o a file', async () => {
    const ws = makeWorkspace(STATUS_WS);
    const c = capture(ws);
    await status({ ...c.io, format: 'json' });
    const st = JSON.parse(c.out());
    expect(st.schema).toBe('gopy/status@1');
    expect(st.pending.total).toBe(1);
    expect(st.meeting.daysLeft).toBe(14);
    expect(st.delegates.missing.map((m: { name: string }) => m.name)).toEqual(['Hoàng Minh Đức']);
    const e = capture(ws);
    await status({ ...e.io, lang: 'en', output: 'status.txt' });
    expect(e.out()).toBe('');
    expect(read(ws, 'status.txt')).toContain('1 comment(s) still pending.');
    await expect(status({ ...c.io, format: 'html' })).rejects.toThrow(/không có định dạng "html"/u);
  });

  it('--strict exits 1 while anything is pending, 0 when all is decided', async () => {
    const ws = makeWorkspace(STATUS_WS);
    const r = await status({ ...capture(ws).io, strict: true });
    expect(r.exitCode).toBe(1);
    expect(r.messages.map((m) => `${m.severity}:${m.rule}:${m.message}`)).toEqual([
      'info:pending:--strict: còn 1 ý kiến chưa có kết quả xử lý',
    ]);
    writeFileSync(path.join(ws, 'responses/r2.yaml'), 'mt-02:\n  to: all\n  decision: accepted\n');
    const c = capture(ws);
    expect(await status({ ...c.io, strict: true })).toEqual({ messages: [] });
    expect(c.out()).toContain('Tất cả ý kiến đã được xử lý.');
  });

  it('prints nothing, only the errors, when the files have errors', async () => {
    const c = capture(makeWorkspace({ ...STATUS_WS, 'comments/bad.yaml': 'delegate: {}\ncomments: {}\n' }));
    const r = await status(c.io);
    expect(r.messages.filter((m) => m.severity === 'error').map((m) => m.rule)).toEqual(['missing-name']);
    expect(c.out()).toBe('');
  });
});
