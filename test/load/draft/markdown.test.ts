import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/load/draft/markdown.js';
import { parseDraft } from '../../../src/load/parse-draft.js';

describe('parseMarkdown: parsing in pieces gives the same tree as one parse', () => {
  const pad = (i: number): string => `Đoạn đệm số ${i}: ${'chữ '.repeat(600)}`;
  const build = (blocks: string[]): string => blocks.map((b, i) => `${b}\n\n${pad(i)}`).join('\n\n');

  const cases: Record<string, string> = {
    plain: build(['# A', '## B\n\n1. x\n2. y\n   - z', '## C\n\n> trích\n> dẫn', '### D {#d}\n\n| a | b |\n|---|---|\n| 1 | 2 |']),
    frontMatter: `---\ntitle: T\n\n# chú thích YAML\n${'k: v\n'.repeat(600)}---\n\n${build(['# A', '# B'])}`,
    fence: build([
      '# A',
      '```md\n\n## không phải tiêu đề\n\n' + pad(99) + '\n\n## cũng không\n```',
      '# B',
      '~~~~\n\n# x\n\n~~~\n\n# y\n~~~~',
      '# C',
    ]),
    unclosedFence: build(['# A', '```\n\n# không đóng\n\n' + pad(98) + '\n\n# vẫn là mã']),
    html: build([
      '# A',
      '<!--\n\n# trong chú thích\n\n' + pad(97) + '\n\n# vẫn trong\n-->',
      '# B',
      '<pre>\n\n# x\n\n' + pad(96) + '\n\n# y\n</pre>',
      '<div>\n# C',
      '# D',
    ]),
    fenceInItem: build([
      '# A',
      '1. mục\n\n   ```\n   mã chưa đóng',
      '# B',
      '```\n\n# trong mã thật\n\n' + pad(95) + '\n\n# vẫn trong\n```',
      '# C',
    ]),
    definitions: build(['# A\n\nXem [luật][l] và chú thích[^1].', '# B\n\n[l]: https://example.com\n\n[^1]: Chú thích.']),
    setext: build(['Tiêu đề\n=======', '# A', 'Khác\n---']),
  };

  it.each(Object.keys(cases))('%s', (name) => {
    const text = cases[name] ?? '';
    expect(parseMarkdown(text)).toEqual(parseMarkdown(text, false));
  });

  it('keeps a draft identical either way', () => {
    const text = cases.plain ?? '';
    const { draft } = parseDraft(text, 'x.md');
    expect(draft.sections.map((s) => [s.anchor, s.line])).toEqual([
      ['a', 1],
      ['b', 5],
      ['b.1', 7],
      ['b.2', 8],
      ['c', 13],
      ['d', 20],
    ]);
  });
});
