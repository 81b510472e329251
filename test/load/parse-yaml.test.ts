import fc from 'fast-check';
import { parseResponses } from '../../src/load/parse-responses.js';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';

describe('parseYaml', () => {
  it('keeps every scalar as text as typed', () => {
    const { root } = parseYaml('a: 1.500\nb: no\nc: 1.10\nd: ~\ne: 2024-02-26\n', 'f.yaml');
    expect(root?.kind).toBe('map');
    if (root?.kind !== 'map') return;
    expect(root.entries.map((e) => [e.key.value, e.value.kind === 'scalar' ? e.value.value : null])).toEqual([
      ['a', '1.500'],
      ['b', 'no'],
      ['c', '1.10'],
      ['d', '~'],
      ['e', '2024-02-26'],
    ]);
  });

  it('gives 1-based line and column of values', () => {
    const { root } = parseYaml('x:\n  y: hello\n', 'f.yaml');
    if (root?.kind !== 'map') throw new Error('map expected');
    const inner = root.entries[0]?.value;
    if (inner?.kind !== 'map') throw new Error('map expected');
    expect(inner.entries[0]?.value).toMatchObject({ line: 2, column: 6, value: 'hello' });
  });

  it('accepts a BOM, CRLF and NFD text, giving NFC', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    const { root, messages } = parseYaml(`\uFEFFname: ${nfd}\r\nb: x\r\n`, 'f.yaml');
    expect(messages).toEqual([]);
    if (root?.kind !== 'map') throw new Error('map expected');
    expect(root.entries[0]?.value).toMatchObject({ value: 'Nguyễn', line: 1 });
    expect(root.entries[1]?.value).toMatchObject({ value: 'x', line: 2 });
  });

  it('reports duplicate keys and syntax errors with positions, not exceptions', () => {
    const dup = parseYaml('a: 1\na: 2\n', 'f.yaml');
    expect(dup.messages[0]).toMatchObject({ line: 2, column: 1, rule: 'duplicate-key', severity: 'error' });
    const bad = parseYaml('a: "open\n', 'f.yaml');
    expect(bad.messages[0]).toMatchObject({ severity: 'error', rule: 'yaml-syntax' });
    expect(bad.messages[0]?.message).not.toContain('\n');
  });

  it('stops an alias bomb with a message', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      bomb.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const { messages } = parseYaml(bomb.join('\n'), 'bomb.yaml');
    expect(messages.some((m) => m.rule === 'yaml-alias-limit')).toBe(true);
  });

  it('expands a small alias', () => {
    const { root, messages } = parseYaml('a: &x hello\nb: *x\n', 'f.yaml');
    expect(messages).toEqual([]);
    if (root?.kind !== 'map') throw new Error('map expected');
    expect(root.entries[1]?.value).toMatchObject({ kind: 'scalar', value: 'hello' });
  });

  it('rejects a second document and complex keys', () => {
    expect(parseYaml('a: 1\n---\nb: 2\n', 'f.yaml').messages[0]?.rule).toBe('yaml-multiple-documents');
    expect(parseYaml('? [a]\n: b\n', 'f.yaml').messages[0]?.rule).toBe('yaml-complex-key');
  });

  it('limits nesting depth', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    expect(parseYaml(`a: ${deep}\n`, 'f.yaml').messages.some((m) => m.rule === 'yaml-too-deep')).toBe(true);
  });

  it('returns no root for an empty file', () => {
    expect(parseYaml('', 'f.yaml').root).toBeNull();
    expect(parseYaml('# only a comment\n', 'f.yaml').root).toBeNull();
  });
});

describe('YAML errors in plain words', () => {
  it('points at the unclosed quotation mark and counts what followed', () => {
    const src = 'delegate:\n  name: A\ncomments:\n  general: "open quote\n  mt-01: x\n  mt-02: y\n';
    const { messages } = parseYaml(src, 'f.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 4, column: 12, severity: 'error' });
    expect(messages[0]?.message).toContain('dấu nháy " mở ở đây nhưng không có dấu đóng');
  });

  it('names the repeated key', () => {
    const { messages } = parseYaml('comments:\n  mt-01: a\n  mt-01: b\n', 'f.yaml');
    expect(messages[0]?.message).toContain('tên "mt-01" xuất hiện hai lần');
    expect(messages[0]).toMatchObject({ line: 3, column: 3, rule: 'duplicate-key' });
  });

  it('finds repeated keys itself, in every mapping, and names the first', () => {
    const { root, messages } = parseYaml('a: 1\nb:\n  x: 1\n  "x": 2\n  y: 3\nc: [ {k: 1, k: 2} ]\na: 4\n', 'f.yaml');
    expect(root).toBeNull();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 4, column: 3, rule: 'duplicate-key', severity: 'error' });
    expect(messages[0]?.message).toMatch(/^tên "x" xuất hiện hai lần ở cùng một chỗ/u);
    // The same text twice is the same key; keys that only look alike are not.
    expect(parseYaml('"1": a\n1.0: b\n01: c\n', 'f.yaml').messages).toEqual([]);
  });

  it('reads 100,000 keys in one mapping, and finds the one repeated at the end (linear time: see npm run bench)', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `  muc-${i}: Ý kiến ${i}`);
    const ok = parseYaml(`comments:\n${lines.join('\n')}\n`, 'f.yaml');
    expect(ok.messages).toEqual([]);
    if (ok.root?.kind !== 'map' || ok.root.entries[0]?.value.kind !== 'map') throw new Error('map expected');
    expect(ok.root.entries[0].value.entries).toHaveLength(100_000);
    const dup = parseYaml(`comments:\n${lines.join('\n')}\n  muc-7: lặp lại\n`, 'f.yaml');
    expect(dup.messages).toEqual([expect.objectContaining({ line: 100_002, column: 3, rule: 'duplicate-key' })]);
  });

  it('reports one line for a file full of garbage', () => {
    const { messages } = parseYaml('*a *b *c\n: : :\n- [\n&x &y\n'.repeat(30), 'f.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).not.toMatch(/YAML|mapping|implicit|alias/iu);
  });
});

describe('parseYaml: regressions', () => {
  it('a long YAML file parsed in pieces gives exactly what one parse gives', () => {
    const scalar = fc.oneof(
      fc.constantFrom('x', 'Ý kiến', 'a: b', '1.500', 'no', '"q"', "it's", '# không', '[a, b]', '{a: 1}', '- mục', 'key: |', '  thụt'),
      fc.string({ maxLength: 6 }),
    );
    const q = (s: string): string => JSON.stringify(s);
    const value = fc.oneof(
      scalar.map((s) => ` ${q(s)}`),
      scalar.map((s) => ` ${s.replace(/\n/gu, ' ')}`),
      fc.array(scalar, { minLength: 1, maxLength: 3 }).map((xs) => `\n${xs.map((x) => `  - ${q(x)}`).join('\n')}`),
      fc.array(scalar, { minLength: 1, maxLength: 3 }).map((xs) => ` |\n${xs.map((x) => `  ${x.replace(/\n/gu, ' ')}`).join('\n')}`),
      fc.array(scalar, { minLength: 1, maxLength: 2 }).map((xs) => `\n${xs.map((x) => `- ${q(x)}`).join('\n')}`),
      fc.constantFrom(
        ' "chưa đóng',
        '\n    decision: x\n  bad: [',
        ' [a,\nb: c]',
        '',
        ' {a: 1}',
        '\n  - to: all\n    decision: noted',
        ' &a x',
        ' *a',
      ),
    );
    const key = fc.oneof(fc.constantFrom('general', 'mt-01', 'mt-02', 'nv-1.2', 'a', 'B'), fc.stringMatching(/^[a-z][a-z0-9.-]{0,6}$/u));
    const line = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}:${v}`) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '# chú thích',
          '',
          '  # chú thích thụt',
          'dòng trơn',
          '- mục ở gốc',
          '? khoá phức',
          '"trong ngoặc": x',
          'k:v',
          '---',
          '%YAML 1.2',
        ),
      },
    );
    const doc = fc.array(line, { maxLength: 25 }).map((ls) => `${ls.join('\n')}\n`);
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 40 }), (text, size) => {
        expect(parseYaml(text, 'f.yaml', size)).toEqual(parseYaml(text, 'f.yaml', Infinity));
      }),
      { numRuns: 400 },
    );
    // A real decision file: 2,000 anchors, parsed in pieces, the same.
    const big = Array.from(
      { length: 2000 },
      (_, i) => `mt-${i}:\n  - to: [a/mt-${i}/1, b/mt-${i}/2]\n    decision: noted\n    note: "Ghi nhận ý kiến số ${i}."`,
    ).join('\n');
    expect(parseYaml(big, 'r.yaml')).toEqual(parseYaml(big, 'r.yaml', Infinity));
    expect(parseResponses(`${big}\nmt-7:\n  - {to: all, decision: noted}\n`, 'r.yaml').messages.map((m) => m.rule)).toEqual([
      'duplicate-key',
    ]);
  });
});
