import { describe, expect, it } from 'vitest';
import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { applyResponses } from '../../src/validate/decide.js';
import { placeComments } from '../../src/validate/place.js';
import { parseResponses } from '../../src/load/parse-responses.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

describe('applyResponses: regressions', () => {
  it('"did you mean" for an unknown id looks in the same file, or in files with a close name', () => {
    const draft = parseDraft(SMALL_DRAFT, 'drafts/d.md').draft;
    const files = ['le-duc-duc', 'ly-thi-ha']
      .map((stem) => parseComments('delegate: {name: A}\ncomments:\n  mt-02: [a, b]\n  general: c\n', `comments/${stem}.yaml`).data)
      .filter((f) => f !== null);
    const { placed } = placeComments(draft, files);
    const r = parseResponses(
      'mt-02:\n  - to: [le-duc-duc/mt-02/3, le-duc-dc/mt-02/2, xyz/mt-02/1]\n    decision: noted\n',
      'responses/r.yaml',
    ).data;
    const { messages } = applyResponses(placed, r ? [r] : []);
    expect(messages.map((m) => m.message)).toEqual([
      'không có ý kiến nào mang mã "le-duc-duc/mt-02/3" (có phải là "le-duc-duc/mt-02/1"?): mã ý kiến viết dạng tên-tệp-góp-ý/mã-mục/số-thứ-tự, ví dụ le-duc-duc/mt-02/1',
      'không có ý kiến nào mang mã "le-duc-dc/mt-02/2" (có phải là "le-duc-duc/mt-02/2"?): mã ý kiến viết dạng tên-tệp-góp-ý/mã-mục/số-thứ-tự, ví dụ le-duc-duc/mt-02/1',
      'không có ý kiến nào mang mã "xyz/mt-02/1": mã ý kiến viết dạng tên-tệp-góp-ý/mã-mục/số-thứ-tự, ví dụ le-duc-duc/mt-02/1',
    ]);
  });
});
