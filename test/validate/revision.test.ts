import { readdirSync, readFileSync } from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { parseResponses } from '../../src/load/parse-responses.js';
import { diffDrafts } from '../../src/model/diff.js';
import type { CommentFile, ResponseFile } from '../../src/model/types.js';
import { applyResponses } from '../../src/validate/decide.js';
import { placeComments } from '../../src/validate/place.js';
import { checkRevision } from '../../src/validate/revision.js';
import type { CheckedRevision } from '../../src/validate/revision.js';
import { setLang } from '../../src/i18n/index.js';

// The English words; Vietnamese (the default) is checked in test/e2e/diff.test.ts.
setLang('en');
afterAll(() => setLang('vi'));

const dir = new URL('../fixtures/diff/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const commentFiles = (): CommentFile[] =>
  readdirSync(new URL('comments/', dir))
    .sort()
    .map((name) => {
      const { data } = parseComments(read(`comments/${name}`), `comments/${name}`);
      if (!data) throw new Error(`bad fixture ${name}`);
      return data;
    });
const responses = (text: string): ResponseFile => {
  const { data, messages } = parseResponses(text, 'responses/quyet-dinh.yaml');
  if (!data) throw new Error(`bad responses: ${JSON.stringify(messages)}`);
  return data;
};

function run(oldText: string, newText: string, files: CommentFile[], decisions: ResponseFile[]): CheckedRevision {
  const before = parseDraft(oldText, 'drafts/old.md').draft;
  const after = parseDraft(newText, 'drafts/new.md').draft;
  const { placed } = placeComments(before, files);
  const { rulings, messages } = applyResponses(placed, decisions);
  expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  return checkRevision(diffDrafts(before, after), placed, rulings);
}

const summary = (r: CheckedRevision): string[] => r.checks.map((k) => `${k.kind} ${k.comment.id} ${k.newAnchor ?? '-'}`);

describe('checkRevision on the fixture revision', () => {
  const r = run(read('old.md'), read('new.md'), commentFiles(), [responses(read('responses/quyet-dinh.yaml'))]);

  it('finds the planted accepted-but-not-reflected comments and nothing else of that kind', () => {
    expect(r.checks.filter((k) => k.kind === 'accepted-not-reflected').map((k) => [k.comment.id, k.message])).toEqual([
      ['dai-bieu-b/mt-03/1', 'decided "accepted" but not reflected: the section did not change'],
      ['dai-bieu-b/nhiem-vu-1/1', 'decided "accepted" but not reflected: the section did not change'],
      ['dai-bieu-b/mt-01/1', 'decided "partial" but not reflected: the section did not change'],
    ]);
  });

  it('notes an explained comment whose proposal appears, and anchors to carry over', () => {
    expect(summary(r).filter((s) => !s.startsWith('accepted-not-reflected'))).toEqual([
      'explained-but-applied dai-bieu-a/yeu-cau/2 yeu-cau',
      'anchor-gone dai-bieu-a/dieu-khoan-cu/1 -',
      'anchor-gone dai-bieu-a/muc-tieu/1 muc-tieu-chi-tieu',
      'anchor-gone dai-bieu-a/nhiem-vu-2/1 doi-moi-noi-dung',
    ]);
    const gone = r.checks.find((k) => k.comment.id === 'dai-bieu-a/muc-tieu/1');
    expect(gone).toMatchObject({ severity: 'info', oldAnchor: 'muc-tieu', newAnchor: 'muc-tieu-chi-tieu', status: 'renamed' });
    expect(gone?.message).toBe(
      'the section "muc-tieu" is now "muc-tieu-chi-tieu" (renamed); gopy collate carries the comment there (its file names old)',
    );
  });

  it('lists the comments on each changed section, and the drafting changes', () => {
    const yeuCau = [...r.comments.entries()].find(([d]) => d.new?.anchor === 'yeu-cau')?.[1];
    expect(yeuCau?.map((c) => [c.id, c.decision])).toEqual([
      ['dai-bieu-a/yeu-cau/1', 'accepted'],
      ['dai-bieu-a/yeu-cau/2', 'explained'],
    ]);
    expect(r.drafting.map((d) => `${d.status} ${(d.new ?? d.old)?.anchor ?? ''}`)).toEqual([
      'added quan-diem',
      'renamed nhiem-vu-va-giai-phap-chu-yeu',
    ]);
  });

  it('turns every check into a positioned message', () => {
    expect(r.messages).toHaveLength(r.checks.length);
    const m = r.messages.find((x) => x.rule === 'accepted-not-reflected');
    expect(m).toMatchObject({ file: 'comments/dai-bieu-b.yaml', line: 6, column: 5, severity: 'warning' });
    expect(m?.message).toBe('dai-bieu-b/mt-03/1: decided "accepted" but not reflected: the section did not change');
    expect(r.messages.map((x) => x.file)).toEqual([...r.messages.map((x) => x.file)].sort());
  });
});

describe('checkRevision: clean revisions and single cases', () => {
  const cleanDecisions = read('responses/quyet-dinh.yaml')
    .replace(/mt-03:\n {2}- to: all\n {4}decision: accepted/u, 'mt-03:\n  - to: all\n    decision: noted')
    .replace(/nhiem-vu-1:\n {2}- to: all\n {4}decision: accepted/u, 'nhiem-vu-1:\n  - to: all\n    decision: noted')
    .replace(/mt-01:\n {2}- to: all\n {4}decision: partial/u, 'mt-01:\n  - to: all\n    decision: noted');

  it('raises no accepted-but-not-reflected warning on a clean revision', () => {
    const r = run(read('old.md'), read('new.md'), commentFiles(), [responses(cleanDecisions)]);
    expect(r.checks.filter((k) => k.severity === 'warning')).toEqual([]);
  });

  it('flags an accepted proposal that the new draft does not carry', () => {
    const r = run(read('old.md'), read('new.md').replace('1.500', '1.300'), commentFiles(), [responses(cleanDecisions)]);
    expect(summary(r).filter((s) => s.startsWith('accepted'))).toEqual(['accepted-not-reflected dai-bieu-a/mt-02/1 mt-02']);
    expect(r.checks[0]?.message).toContain('the proposed wording is not in the new section');
  });

  it('flags an accepted deletion whose section is still there unchanged, and a removed section of an accepted amendment', () => {
    const kept = read('new.md') + '\n### Điều khoản cũ {#dieu-khoan-cu}\n\nNội dung sẽ bị bỏ trong dự thảo sau.\n';
    const r1 = run(read('old.md'), kept, commentFiles(), [responses(cleanDecisions)]);
    expect(summary(r1).filter((s) => s.startsWith('accepted'))).toEqual([
      'accepted-not-reflected dai-bieu-a/dieu-khoan-cu/1 dieu-khoan-cu',
    ]);
    const noMt02 = read('new.md').replace(/^3\. Hàng năm kết nạp.*\n/mu, '');
    const r2 = run(read('old.md'), noMt02, commentFiles(), [responses(cleanDecisions)]);
    expect(r2.checks.filter((k) => k.kind === 'accepted-not-reflected').map((k) => [k.comment.id, k.message])).toEqual([
      ['dai-bieu-a/mt-02/1', 'decided "accepted" but not reflected: its section was removed from the new draft'],
    ]);
  });

  it('accepts a partial decision that takes other words than proposed', () => {
    const file = parseComments(
      'delegate: {name: C}\ncomments:\n  mt-03:\n    text: Nâng tỷ lệ.\n    quote: Có 95,3% cơ sở Hội\n    proposal: Có 99% cơ sở Hội\n',
      'comments/c.yaml',
    ).data;
    if (!file) throw new Error('bad comment');
    const decided = responses('mt-03:\n  - to: all\n    decision: partial\n    note: Tiếp thu một phần, nâng lên 97%.\n');
    const partly = read('new.md').replace('Có 95,3% cơ sở Hội', 'Có 97% cơ sở Hội');
    expect(run(read('old.md'), partly, [file], [decided]).checks).toEqual([]);
    const none = run(
      read('old.md'),
      read('new.md').replace('hoàn thành tốt nhiệm vụ.', 'hoàn thành xuất sắc nhiệm vụ.'),
      [file],
      [decided],
    );
    expect(none.checks.map((k) => k.message)).toEqual([
      'decided "partial" but not reflected: neither the quoted words nor the proposal changed in the new section',
    ]);
  });

  it('warns when an automatic item anchor now names another item', () => {
    const before = '# A\n\n## Mục tiêu\n\n1. Kết nạp 1.200 hội viên mới.\n2. Đào tạo nghề cho 500 lao động.\n';
    const after =
      '# A\n\n## Mục tiêu\n\n1. Tổ chức hội thi nhà nông giỏi.\n2. Kết nạp 1.200 hội viên mới.\n3. Đào tạo nghề cho 500 lao động.\n';
    const file = parseComments('delegate: {name: C}\ncomments:\n  muc-tieu.1: Đề nghị giữ chỉ tiêu này.\n', 'comments/c.yaml').data;
    if (!file) throw new Error('bad comment');
    const r = run(before, after, [file], []);
    expect(summary(r)).toEqual(['anchor-shifted c/muc-tieu.1/1 muc-tieu.2']);
    expect(r.checks[0]?.severity).toBe('warning');
  });

  it('checks accepted general comments against the whole new draft', () => {
    const file = parseComments(
      'delegate: {name: C}\ncomments:\n  general:\n    text: Thêm quan điểm.\n    proposal: Nông dân là chủ thể\n',
      'comments/c.yaml',
    ).data;
    if (!file) throw new Error('bad comment');
    const decided = responses('general:\n  - to: all\n    decision: accepted\n    note: Tiếp thu.\n');
    expect(run(read('old.md'), read('new.md'), [file], [decided]).checks).toEqual([]);
    const r = run(read('old.md'), read('old.md'), [file], [decided]);
    expect(r.general).toHaveLength(1);
    expect(summary(r)).toEqual(['accepted-not-reflected c/general/1 -']);
  });
});
