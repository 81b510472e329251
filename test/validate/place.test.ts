import { describe, expect, it } from 'vitest';
import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { placeComments } from '../../src/validate/place.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

describe('placeComments: regressions', () => {
  it('one unknown-anchor warning per key, however many comments stand under it', () => {
    const draft = parseDraft(SMALL_DRAFT, 'drafts/d.md').draft;
    const file = parseComments('delegate: {name: A}\ncomments:\n  mt-20:\n    - a\n    - b\n    - c\n  mt-21: d\n', 'comments/a.yaml').data;
    const { placed, messages } = placeComments(draft, file ? [file] : []);
    expect(placed.filter((p) => p.section === null)).toHaveLength(4);
    expect(messages.map((m) => `${m.line}:${m.rule}`)).toEqual(['3:unknown-anchor', '7:unknown-anchor']);
  });
});
