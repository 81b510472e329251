import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check.js';
import { xmlForbiddenIn } from '../../src/model/text.js';
import { capture, makeWorkspace } from '../helpers/workspace.js';

describe('characters a Word file cannot hold', () => {
  it('finds C0 controls, U+FFFE/U+FFFF and lone surrogates, not tab, line ends or emoji', () => {
    expect(xmlForbiddenIn('a\u0001b')).toBe('U+0001');
    expect(xmlForbiddenIn('a\uFFFF')).toBe('U+FFFF');
    expect(xmlForbiddenIn('a\uD800b')).toBe('U+D800');
    expect(xmlForbiddenIn('tab\tline\r\nend 😀 tiếng Việt')).toBeNull();
  });

  it('check warns where they are, and the consultation is still valid', async () => {
    const dir = makeWorkspace({
      'drafts/du-thao-1.md': '---\ntitle: Dự thảo\n---\n\n## I. MỤC TIÊU {#muc-tieu}\n\nNội dung.\n',
      'comments/a.yaml': 'delegate:\n  name: A\ncomments:\n  muc-tieu: "trước\\uFFFFsau"\n',
      'responses/r.yaml': 'muc-tieu:\n  - to: all\n    decision: noted\n    note: "Ghi\\x01 nhận"\n',
    });
    const c = capture(dir);
    const r = await check(c.io);
    const found = r.messages.filter((m) => m.rule === 'xml-character');
    expect(found.map((m) => [m.file, m.line, m.severity])).toEqual([
      ['comments/a.yaml', 4, 'warning'],
      ['responses/r.yaml', 2, 'warning'],
    ]);
    expect(found[0]!.message).toContain('U+FFFF');
    expect(r.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });
});
