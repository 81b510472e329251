import { describe, expect, it } from 'vitest';
import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { parseResponses } from '../../src/load/parse-responses.js';
import { buildSynthesis } from '../../src/model/synthesis.js';
import type { CommentFile } from '../../src/model/types.js';
import { DEFAULT_SETTINGS } from '../../src/load/parse-settings.js';
import { applyResponses } from '../../src/validate/decide.js';
import { placeComments } from '../../src/validate/place.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

const draft = parseDraft(SMALL_DRAFT, 'drafts/d.md').draft;
const file = (path: string, yaml: string): CommentFile => {
  const { data } = parseComments(yaml, path);
  if (!data) throw new Error(`bad fixture ${path}`);
  return data;
};

function synth(files: CommentFile[], responses = '') {
  const { placed } = placeComments(draft, files);
  const r = parseResponses(responses, 'responses/r.yaml').data;
  const { rulings } = applyResponses(placed, r ? [r] : []);
  return buildSynthesis({ draft, files, placed, rulings, settings: DEFAULT_SETTINGS, lang: 'vi' });
}

describe('buildSynthesis', () => {
  // Given in an order that is not the path order, to prove the model sorts.
  const files = [
    file('comments/b.yaml', 'delegate: {name: Bình, group: Huyện}\ncomments:\n  nhiem-vu-1: b1\n  mt-01: b2\n  general: b3\n'),
    file('comments/B.yaml', 'delegate: {name: Ánh, group: Sở}\ncomments:\n  mt-01: {kind: agree, text: B1}\n'),
    file('comments/a.yaml', 'delegate: {name: An}\ncomments:\n  khong-co: a1\n  mt-01: [a2, {kind: amend, text: a3}]\n'),
  ];
  const s = synth(files, 'mt-01:\n  - {to: [a/mt-01/2], decision: referred, note: Hai phương án}\n  - {to: all, decision: accepted}\n');

  it('orders general first, then draft order, files by path code points inside a section', () => {
    expect(s.sections.map((x) => x.anchor)).toEqual(['general', 'mt-01', 'nhiem-vu-1']);
    expect(s.sections[1]?.comments.map((c) => c.id)).toEqual(['B/mt-01/1', 'a/mt-01/1', 'a/mt-01/2', 'b/mt-01/1']);
  });

  it('numbers every comment once, 1…N, unplaced last', () => {
    const all = [...s.sections.flatMap((x) => x.comments), ...s.unplaced];
    expect(all.map((c) => c.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(all.map((c) => c.id)).size).toBe(7);
    expect(s.unplaced.map((c) => [c.id, c.anchor, c.no])).toEqual([['a/khong-co/1', 'khong-co', 7]]);
  });

  it('gathers referred points and counts decisions', () => {
    expect(s.referred.map((c) => c.id)).toEqual(['a/mt-01/2']);
    expect(s.summary.decisions).toEqual({ accepted: 3, partial: 0, explained: 0, noted: 0, referred: 1, pending: 3 });
    expect(s.summary.comments).toBe(7);
    expect(s.summary.delegates).toBe(3);
  });

  it('summarises groups, most commented sections and who only agreed', () => {
    expect(s.summary.groups).toEqual([
      { group: 'Huyện', delegates: 1, comments: 3 },
      { group: 'Sở', delegates: 1, comments: 1 },
      { group: null, delegates: 1, comments: 3 },
    ]);
    expect(s.summary.mostCommented[0]).toMatchObject({ anchor: 'mt-01', comments: 4 });
    expect(s.summary.onlyAgree.map((d) => d.name)).toEqual(['Ánh']);
    expect(s.sections[1]?.context).toBe('CHƯƠNG TRÌNH HÀNH ĐỘNG › II. MỤC TIÊU');
  });

  it('gives the same result whatever order the files come in', () => {
    const again = synth(
      [...files].reverse(),
      'mt-01:\n  - {to: [a/mt-01/2], decision: referred, note: Hai phương án}\n  - {to: all, decision: accepted}\n',
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(s));
  });
});
