// gopy.yaml as the secretariat writes it (spawned): dates typed day first,
// printed the Vietnamese way; impossible dates refused on their line.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { exampleWorkspace, gopy } from '../helpers/workspace.js';

/** The bundled example with its gopy.yaml changed by `edit`. */
function exampleWith(edit: (settings: string) => string): string {
  const ws = exampleWorkspace();
  const file = path.join(ws, 'gopy.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return ws;
}

describe('dates in gopy.yaml (spawned)', () => {
  it.each([['1/12/2026'], ['1.12.2026'], ['"01-12-2026"']])(
    'prints date: %s as "ngày 01 tháng 12 năm 2026", and in English with --lang en',
    (typed) => {
      const ws = exampleWith((s) => s.replace(/^date: .*$/mu, `date: ${typed}`));
      const vi = gopy(['collate'], { cwd: ws });
      expect(vi.stderr).not.toContain('gopy.yaml');
      expect(vi.code).toBe(0);
      expect(vi.stdout).toContain('*Lai Châu, ngày 01 tháng 12 năm 2026*');
      const en = gopy(['collate', '--lang', 'en'], { cwd: ws });
      expect(en.code).toBe(0);
      expect(en.stdout).toContain('*Lai Châu, 1 December 2026*');
    },
  );

  it('counts the days to a meeting dated day first', () => {
    const ws = exampleWith((s) => s.replace(/^ {2}date: .*$/mu, '  date: 15/3/2024'));
    const r = gopy(['status'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hội nghị: Hội nghị Ban Thường vụ Tỉnh ủy tháng 3\/2024 — ngày 15\/03\/2024, /u);
  });

  it('refuses an impossible date on its line, in plain Vietnamese, with the fix', () => {
    const ws = exampleWith((s) => s.replace(/^date: .*$/mu, 'date: 31/02/2026').replace(/^ {2}date: .*$/mu, '  date: 13/13/2026'));
    const r = gopy(['check'], { cwd: ws });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('[bad-date]'));
    expect(lines).toEqual([
      'gopy.yaml:9:7: error: "date: 31/02/2026" không phải là ngày có thật: tháng 2 năm 2026 chỉ có 28 ngày; hãy sửa lại ngày cho đúng [bad-date]',
      'gopy.yaml:12:9: error: "meeting.date: 13/13/2026" không phải là ngày có thật: không có tháng 13 (tháng từ 1 đến 12); ngày ghi theo thứ tự ngày/tháng/năm, ví dụ 01/12/2026 [bad-date]',
    ]);
    const collate = gopy(['collate'], { cwd: ws });
    expect(collate.code).toBe(1);
    expect(collate.stdout).toBe('');
  });
});
