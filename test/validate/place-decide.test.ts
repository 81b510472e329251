import { describe, expect, it } from 'vitest';
import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { parseResponses } from '../../src/load/parse-responses.js';
import type { CommentFile, ResponseFile } from '../../src/model/types.js';
import { applyResponses } from '../../src/validate/decide.js';
import { placeComments } from '../../src/validate/place.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

const draft = parseDraft(SMALL_DRAFT, 'drafts/d.md').draft;
const file = (name: string, yaml: string): CommentFile => {
  const { data } = parseComments(yaml, `comments/${name}.yaml`);
  if (!data) throw new Error(`bad fixture ${name}`);
  return data;
};
const responses = (yaml: string): ResponseFile => {
  const { data } = parseResponses(yaml, 'responses/r.yaml');
  if (!data) throw new Error('bad responses fixture');
  return data;
};

describe('placeComments', () => {
  it('places by anchor case-insensitively and keeps unknown anchors with a suggestion', () => {
    const f = file('a', 'delegate: {name: A}\ncomments:\n  MT-02: x\n  general: y\n  mt-20: z\n  muc-tieu.3: w\n');
    const { placed, messages } = placeComments(draft, [f]);
    expect(placed.map((p) => (p.section === null ? null : p.section === 'general' ? 'general' : p.section.anchor))).toEqual([
      'mt-02',
      'general',
      null,
      'muc-tieu.3',
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ rule: 'unknown-anchor', line: 5, column: 3, severity: 'warning' });
    expect(messages[0]?.message).toContain('có phải là "mt-02"');
  });

  it('checks quotes after NFC and white-space folding', () => {
    const nfd = 'kết nạp   từ\n 1.200 hội viên'.normalize('NFD');
    const f = file(
      'a',
      `delegate: {name: A}\ncomments:\n  mt-02:\n    - {text: ok, quote: "${nfd.replace(/\n/gu, ' ')}"}\n    - {text: bad, quote: kết nạp 2.000}\n`,
    );
    const { messages } = placeComments(draft, [f]);
    expect(messages.map((m) => [m.rule, m.line])).toEqual([['quote-not-found', 5]]);
  });

  it('refuses two comment files with the same name', () => {
    const a = file('a', 'delegate: {name: A}\ncomments:\n  general: x\n');
    const b = { ...a, file: 'comments/a.yml' };
    expect(placeComments(draft, [a, b]).messages[0]?.rule).toBe('duplicate-file-name');
  });
});

describe('applyResponses', () => {
  const files = [
    file('a', 'delegate: {name: A}\ncomments:\n  mt-02: x\n  general: [y, z]\n  nowhere: q\n'),
    file('b', 'delegate: {name: B}\ncomments:\n  Mt-02: x\n  general: y\n'),
  ];
  const { placed } = placeComments(draft, files);

  it('applies explicit ids before "to: all", whatever the order', () => {
    const r = responses('general:\n  - {to: all, decision: noted}\n  - {to: [a/general/2], decision: accepted}\n');
    const { rulings, messages } = applyResponses(placed, [r]);
    expect(messages).toEqual([]);
    expect(rulings.get('a/general/1')?.decision).toBe('noted');
    expect(rulings.get('a/general/2')?.decision).toBe('accepted');
    expect(rulings.get('b/general/1')?.decision).toBe('noted');
    expect(rulings.has('a/mt-02/1')).toBe(false);
  });

  it('matches "to: all" on the anchor as the draft or the delegate spells it, and unplaced keys', () => {
    const r = responses('MT-02:\n  to: all\n  decision: explained\n  note: Vì…\nnowhere:\n  to: all\n  decision: noted\n');
    const { rulings } = applyResponses(placed, [r]);
    expect(rulings.get('a/mt-02/1')?.decision).toBe('explained');
    expect(rulings.get('b/Mt-02/1')?.decision).toBe('explained');
    expect(rulings.get('a/nowhere/1')?.decision).toBe('noted');
  });

  it('reports unknown ids with a suggestion, conflicts, wrong anchors and unused "all"', () => {
    const r = responses(
      [
        'mt-02:',
        '  - {to: [a/mt-02/1], decision: accepted}',
        '  - {to: [a/mt-02/1], decision: noted}',
        '  - {to: [a/mt-02/9], decision: noted}',
        '  - {to: [a/general/1], decision: noted}',
        'mt-01:',
        '  - {to: all, decision: noted}',
      ].join('\n'),
    );
    const { messages } = applyResponses(placed, [r]);
    expect(messages.map((m) => `${m.rule}:${m.severity}@${m.line}`)).toEqual([
      'conflicting-decision:error@3',
      'unknown-comment:error@4',
      'wrong-anchor:warning@5',
      'decision-unused:warning@7',
    ]);
    expect(messages[1]?.message).toContain('(có phải là "a/mt-02/1"?)');
  });

  it("takes a response keyed by the section's citation as naming it", () => {
    const r = responses('Mục II.2:\n  - {to: [a/mt-02/1], decision: noted}\nII.3:\n  - {to: [b/Mt-02/1], decision: noted}\n');
    const { rulings, messages } = applyResponses(placed, [r]);
    expect(messages.map((m) => `${m.rule}@${m.line}`)).toEqual(['wrong-anchor@4']);
    expect(rulings.get('a/mt-02/1')?.decision).toBe('noted');
  });

  it('accepts the same decision twice', () => {
    const r = responses('mt-02:\n  - {to: [a/mt-02/1], decision: noted}\n  - {to: [a/mt-02/1], decision: noted}\n');
    expect(applyResponses(placed, [r]).messages).toEqual([]);
  });

  it('matches ids case-insensitively when that is unambiguous', () => {
    const r = responses('mt-02:\n  - {to: [B/MT-02/1], decision: noted}\n');
    const { rulings, messages } = applyResponses(placed, [r]);
    expect(messages).toEqual([]);
    expect(rulings.get('b/Mt-02/1')?.decision).toBe('noted');
  });
});
