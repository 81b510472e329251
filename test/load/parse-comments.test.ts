import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseComments } from '../../src/load/parse-comments.js';

const spec = (name: string): string => readFileSync(new URL(`../fixtures/spec/${name}`, import.meta.url), 'utf8');

describe('parseComments', () => {
  it('reads the contract example with its ids, kinds and text as typed', () => {
    const { data, messages } = parseComments(spec('nguyen-van-a.yaml'), 'comments/nguyen-van-a.yaml');
    expect(messages).toEqual([]);
    const expected = JSON.parse(spec('nguyen-van-a.expected.json')) as {
      comments: { id: string; kind: string; text: string; quote?: string; proposal?: string }[];
    };
    expect(data?.comments.map((c) => c.id)).toEqual(expected.comments.map((c) => c.id));
    expect(data?.comments.map((c) => c.kind)).toEqual(expected.comments.map((c) => c.kind));
    expect(data?.comments.map((c) => c.text)).toEqual(expected.comments.map((c) => c.text));
    expect(data?.comments.map((c) => c.quote)).toEqual(expected.comments.map((c) => c.quote ?? null));
    expect(data?.comments.map((c) => c.proposal)).toEqual(expected.comments.map((c) => c.proposal ?? null));
    expect(data?.delegate).toEqual({ name: 'Nguyễn Văn A', title: null, organization: 'Hội Nông dân xã Bản Hon', group: null });
  });

  it('counts n over every comment under a key, explicit ids included', () => {
    const src = 'delegate: {name: A}\ncomments:\n  mt-02:\n    - {id: x, text: one}\n    - two\n    - text: three\n';
    const ids = parseComments(src, 'comments/a.yml').data?.comments.map((c) => c.id);
    expect(ids).toEqual(['a/x', 'a/mt-02/2', 'a/mt-02/3']);
  });

  it('keeps draft, date and numbers as text', () => {
    const src = 'delegate:\n  name: B\ndraft: 1.10\ndate: 2024-02-26\ncomments:\n  mt-02:\n    text: Đề nghị\n    proposal: 1.500\n';
    const { data } = parseComments(src, 'b.yaml');
    expect(data?.draft).toBe('1.10');
    expect(data?.date).toBe('2024-02-26');
    expect(data?.comments[0]?.proposal).toBe('1.500');
  });

  it('reports every problem of a broken file in one run, with positions', () => {
    const src = [
      'delegate:',
      '  title: Trưởng ban',
      'comments:',
      '  mt-01:',
      '    kind: amendd',
      '    text: x',
      '  mt-02:',
      '    quote: y',
      '  mt-03: ""',
      '  mt-04:',
      '    - [nested]',
      '  mt-05:',
      '    text: ok',
      '    colour: red',
      '',
    ].join('\n');
    const { data, messages } = parseComments(src, 'comments/x.yaml');
    expect(data).toBeNull();
    const rules = messages.map((m) => `${m.rule}@${m.line}:${m.column}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'missing-name@1:1',
        'unknown-kind@5:11',
        'missing-text@8:5',
        'empty-comment@9:10',
        'comment-shape@11:7',
        'unknown-field@14:5',
      ]),
    );
    expect(messages.find((m) => m.rule === 'unknown-kind')?.message).toContain('có phải là "amend"');
  });

  it('rejects an empty file, a list at the top, and a missing comments key', () => {
    expect(parseComments('', 'e.yaml').messages[0]?.rule).toBe('empty-file');
    expect(parseComments('- a\n', 'e.yaml').messages[0]?.rule).toBe('comments-shape');
    expect(parseComments('delegate: {name: A}\n', 'e.yaml').messages[0]?.rule).toBe('missing-comments');
    expect(parseComments('delegate: Nguyễn\ncomments: {a: b}\n', 'e.yaml').messages[0]?.rule).toBe('delegate-shape');
    expect(parseComments('delegate: {name: A}\ncomments: [a]\n', 'e.yaml').messages[0]?.rule).toBe('comments-shape');
  });

  it('warns on an empty comments mapping but keeps the delegate', () => {
    const { data, messages } = parseComments('delegate: {name: A}\ncomments:\n', 'e.yaml');
    expect(data?.comments).toEqual([]);
    expect(messages[0]).toMatchObject({ severity: 'warning', rule: 'no-comments' });
  });

  it('rejects duplicate explicit ids and bad ids', () => {
    const src = 'delegate: {name: A}\ncomments:\n  a: {id: same, text: x}\n  b: {id: same, text: y}\n  c: {id: "two words", text: z}\n';
    const rules = parseComments(src, 'e.yaml').messages.map((m) => m.rule);
    expect(rules).toEqual(['duplicate-id', 'bad-id']);
  });

  it('keeps a key that is not an anchor as written: it may be a citation ("Điều 3"), which placement looks up', () => {
    const { data, messages } = parseComments('delegate: {name: A}\ncomments:\n  "khoản 2 Điều 3": x\n', 'e.yaml');
    expect(data?.comments.map((c) => [c.key, c.id])).toEqual([['khoản 2 Điều 3', 'e/khoản 2 Điều 3/1']]);
    expect(messages).toEqual([]);
  });
});
