import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finish } from '../../src/render/markdown.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';
import { markdownShape, runCollate, trackedWorkspaces } from '../quality/support.js';

const workspace = trackedWorkspaces();

describe('renderMarkdown: regressions', () => {
  it('an unknown anchor typed with blank lines cannot break out of its code span in the Markdown report', async () => {
    const key = 'x\\n\\n<script>alert(1)</script>\\n\\n# Tiêu đề chèn\\n\\n[a](http://evil.example)';
    const dir = workspace({
      'drafts/d.md': SMALL_DRAFT,
      'comments/a.yaml': `delegate: {name: A}\ncomments:\n  "${key}": hello\n  mt-02: hi\n`,
    });
    const plain = workspace({
      'drafts/d.md': SMALL_DRAFT,
      'comments/a.yaml': 'delegate: {name: A}\ncomments:\n  "x": hello\n  mt-02: hi\n',
    });
    const md = (await runCollate(dir, 'md')).out.toString('utf8');
    const shape = markdownShape(md);
    expect(shape['html']).toBeUndefined();
    expect(shape['link']).toBeUndefined();
    expect(shape).toEqual(markdownShape((await runCollate(plain, 'md')).out.toString('utf8')));
  });

  it('bare URLs and e-mail addresses in delegate text do not become links', async () => {
    const texts = [
      'http://evil.example',
      'Xem https://x.vn/a?b=1 và www.evil.example',
      'ai@evil.example',
      'mailto:ai@evil.example',
      'xmpp:ai@evil.example',
      'HTTP://HOA.VN',
    ];
    const dir = workspace({
      'drafts/d.md': SMALL_DRAFT,
      'comments/a.yaml': `delegate: {name: "www.ten.vn", title: "ai@chuc.vn"}\ncomments:\n  mt-02:\n${texts.map((t) => `    - text: ${JSON.stringify(t)}\n      quote: ${JSON.stringify(t)}`).join('\n')}\n`,
    });
    const md = (await runCollate(dir, 'md')).out.toString('utf8');
    expect(markdownShape(md)['link']).toBeUndefined();
    // The text itself is all there (the joiner is invisible).
    for (const t of texts) expect(md.replace(/\u2060/gu, '').replace(/\\(.)/gu, '$1')).toContain(t);
  });

  it('the Markdown report is assembled exactly as join, fold blank lines, trim', () => {
    const reference = (lines: string[]): string =>
      `${lines
        .join('\n')
        .replace(/\n{3,}/gu, '\n\n')
        .trimEnd()}\n`;
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[ab \n\t\u00a0\r]{0,6}$/u), { maxLength: 30 }),
        (lines) => finish(lines) === reference(lines),
      ),
      { numRuns: 300 },
    );
  });
});
