import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { findSlips, quoteColonLines } from '../../src/load/yaml-slips.js';

const HEAD = 'delegate:\n  name: A\ncomments:\n';

describe('findSlips', () => {
  it.each([
    ['colon-in-text', `${HEAD}  mt-01: Ý kiến: nhất trí.\n`, 4],
    ['colon-in-text', `${HEAD}  mt-01:\n    text: Kết luận:\n`, 5],
    ['missing-colon', `${HEAD}  mt-01:\n    kind amend\n    text: abc\n`, 5],
    ['bad-indent', `${HEAD}  mt-01:\n    kind: amend\n     text: abc\n`, 6],
    ['tab', `${HEAD}\tmt-01: abc\n`, 4],
    ['dash-on-key', `${HEAD}  mt-01: - abc\n`, 4],
    ['unclosed-quote', `${HEAD}  mt-01: 'abc\n`, 4],
    ['unclosed-quote', `${HEAD}  mt-01:\n    - "abc\n`, 5],
    ['wrong-level', `${HEAD}  mt-01:\n  Đề nghị bổ sung.\n`, 5],
    ['wrong-level', `${HEAD}  mt-01: Đề nghị bổ sung\nthêm nội dung.\n`, 5],
  ])('%s on the line that is wrong', (kind, text, line) => {
    expect(findSlips(text)[0]).toMatchObject({ kind, line });
  });

  it('finds nothing in good files: continuations, block text, quotes, lists, citations', () => {
    const good = `${HEAD}  mt-01: Đề nghị bổ sung\n    thêm nội dung.\n  mt-02:\n    - abc\n    - kind: add\n      text: "x: y"\n      quote: |\n        a: b\n         c\n      proposal: 'it''s: ok'\n  Điều 5: ok\n  mt-03:\n    Nội dung ở dòng dưới.\n# ghi chú: có hai chấm\n`;
    expect(findSlips(good)).toEqual([]);
    expect(parseYaml(good, 'f.yaml').messages).toEqual([]);
  });

  it('quotes colon-space lines and nothing else, keeping line ends and comments', () => {
    const src = `${HEAD}  mt-01: Ý kiến: nhất trí. # ghi chú\r\n  mt-02: Tốt.\r\n  mt-03: 'Đã: có'\r\n`;
    const { text, changed } = quoteColonLines(src);
    expect(changed).toEqual([4]);
    expect(text).toBe(`${HEAD}  mt-01: "Ý kiến: nhất trí." # ghi chú\r\n  mt-02: Tốt.\r\n  mt-03: 'Đã: có'\r\n`);
    expect(parseYaml(text, 'f.yaml').messages).toEqual([]);
  });

  it('reports each colon-space line of a file, not only the first', () => {
    const { messages } = parseYaml(`${HEAD}  mt-01: A: b.\n  mt-02: C: d.\n`, 'f.yaml');
    expect(messages.map((m) => m.line)).toEqual([4, 5]);
  });
});
