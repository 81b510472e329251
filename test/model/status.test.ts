import { describe, expect, it } from 'vitest';

import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { parseResponses } from '../../src/load/parse-responses.js';
import { parseSettings } from '../../src/load/parse-settings.js';
import { daysBetween, parseCalendarDate } from '../../src/model/dates.js';
import { buildStatus, isFrom } from '../../src/model/status.js';
import { buildSynthesis } from '../../src/model/synthesis.js';
import type { CommentFile } from '../../src/model/types.js';
import { namedGeneral } from '../../src/render/general.js';
import { bar, renderStatusText } from '../../src/render/status-text.js';
import { applyResponses } from '../../src/validate/decide.js';
import { placeComments } from '../../src/validate/place.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

const draft = parseDraft(SMALL_DRAFT, 'drafts/du-thao-1.md').draft;

function statusOf(comments: Record<string, string>, responses: string, settings: string, today = { year: 2024, month: 3, day: 1 }) {
  const files = Object.entries(comments)
    .map(([f, t]) => parseComments(t, f).data)
    .filter((f): f is CommentFile => f !== null);
  const { placed } = placeComments(draft, files);
  const { rulings } = applyResponses(placed, [parseResponses(responses, 'responses/r.yaml').data ?? { file: 'r', entries: [] }]);
  const s = parseSettings(settings, 'gopy.yaml').data;
  const synthesis = namedGeneral(buildSynthesis({ draft, files, placed, rulings, settings: s, lang: 'vi' }));
  return buildStatus({
    draft,
    synthesis,
    files,
    expected: s.delegates,
    meeting: s.meeting,
    today,
  });
}

const COMMENTS = {
  'comments/le-duc-duc.yaml':
    'delegate:\n  name: Lê Đức Dục\ncomments:\n  general: Nhất trí.\n  mt-02:\n    - kind: amend\n      text: Nâng lên.\n    - Thêm.\n  mt-99: Không có mục này.\n',
  'comments/huyen-uy.yaml': 'delegate:\n  name: Nguyễn Văn X\n  organization: Huyện ủy Tam Đường\ncomments:\n  mt-02: Giữ nguyên.\n',
  'comments/trong.yaml': 'delegate:\n  name: Trần Văn Trống\ncomments:\n',
  'comments/la.yaml': 'delegate:\n  name: Người Lạ\ncomments:\n  nhiem-vu-1: Ý kiến.\n',
};
const RESPONSES =
  'mt-02:\n  - to: le-duc-duc/mt-02/1\n    decision: referred\n    note: Hai phương án.\n  - to: huyen-uy/mt-02/1\n    decision: noted\ngeneral:\n  to: all\n  decision: noted\n';
const SETTINGS =
  'meeting:\n  name: Hội nghị BTV\n  date: 2024-03-15\ndelegates:\n  - Lê Đức Dục\n  - organization: Huyện ủy Tam Đường\n  - name: Trần Văn Trống\n  - name: Hoàng Minh Đức\n    organization: Sở Tài chính\n    file: so-tai-chinh.yaml\n';

describe('buildStatus', () => {
  const st = statusOf(COMMENTS, RESPONSES, SETTINGS);

  it('tells who has not sent comments, by file, name or organisation', () => {
    expect(st.delegates.expected).toBe(4);
    expect(st.delegates.sent).toBe(3);
    expect(st.delegates.missing).toEqual([
      { name: 'Trần Văn Trống', organization: null, file: 'comments/trong.yaml', reason: 'empty' },
      { name: 'Hoàng Minh Đức', organization: 'Sở Tài chính', file: 'so-tai-chinh.yaml', reason: 'no-file' },
    ]);
    expect(st.delegates.unlisted).toEqual([{ name: 'Người Lạ', organization: null, file: 'comments/la.yaml' }]);
    expect(st.delegates.empty.map((d) => d.file)).toEqual(['comments/trong.yaml']);
  });

  it('counts comments and pending decisions per section, unknown anchors last', () => {
    expect(st.sections.map((x) => [x.anchor, x.path, x.comments, x.pending, x.unknown])).toEqual([
      ['general', '', 1, 0, false],
      ['mt-02', 'II.2', 3, 1, false],
      ['nhiem-vu-1', 'III.1', 1, 1, false],
      ['mt-99', '', 1, 1, true],
    ]);
    expect(st.decisions).toEqual({ accepted: 0, partial: 0, explained: 0, noted: 2, referred: 1, pending: 3 });
    expect(st.pending.total).toBe(3);
    expect(st.pending.sections.map((x) => x.anchor)).toEqual(['mt-02', 'nhiem-vu-1', 'mt-99']);
    expect(st.comments).toEqual({ total: 6, unplaced: 1 });
  });

  it('gathers the points referred to the meeting and counts the days to it', () => {
    expect(st.referred).toEqual([
      {
        no: 3,
        id: 'le-duc-duc/mt-02/1',
        anchor: 'mt-02',
        path: 'II.2',
        heading: '2. Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.',
        delegate: 'Lê Đức Dục',
        text: 'Nâng lên.',
        note: 'Hai phương án.',
      },
    ]);
    expect(st.meeting).toEqual({ name: 'Hội nghị BTV', date: '2024-03-15', daysLeft: 14 });
    expect(st.today).toBe('2024-03-01');
  });

  it('renders a page for the terminal in Vietnamese or English', () => {
    const vi = renderStatusText(st, 'vi');
    expect(vi).toContain('Hội nghị: Hội nghị BTV — ngày 15/03/2024, còn 14 ngày');
    expect(vi).toContain('Đại biểu, đơn vị: 2/4 đã gửi góp ý');
    expect(vi).toContain('    - Trần Văn Trống (comments/trong.yaml) — phiếu còn trống');
    expect(vi).toContain('    - Hoàng Minh Đức — Sở Tài chính (so-tai-chinh.yaml)');
    expect(vi).toMatch(/ {2}mt-02 {7}II\.2\. Hàng năm kết nạp .*█{16}\s+3 {2}1 chưa xử lý/u);
    expect(vi).toContain('  Chưa xử lý                  3');
    expect(vi).toContain('  Ý kiến số 3 — mt-02 (II.2) — Lê Đức Dục: Nâng lên.');
    expect(vi.trimEnd().endsWith('Còn 3 ý kiến chưa xử lý.')).toBe(true);
    const en = renderStatusText(st, 'en');
    expect(en).toContain('Meeting: Hội nghị BTV — 15 March 2024, 14 days left');
    expect(en).toContain('Delegates: 2 of 4 have sent comments');
    expect(en).toContain('section not in the draft');
  });

  it('says when all is done, and when there is no list or no meeting date', () => {
    const done = statusOf(
      { 'comments/a.yaml': 'delegate:\n  name: A\ncomments:\n  general: Nhất trí.\n' },
      'general:\n  to: all\n  decision: noted\n',
      '',
    );
    expect(done.meeting).toEqual({ name: null, date: null, daysLeft: null });
    const text = renderStatusText(done, 'vi');
    expect(text).toContain('chưa có ngày họp');
    expect(text).toContain('1 đã gửi góp ý (ghi danh sách đại biểu');
    expect(text.trimEnd().endsWith('Tất cả ý kiến đã được xử lý.')).toBe(true);
    expect(renderStatusText(statusOf({}, '', ''), 'en')).toContain('No comments yet.');
  });
});

describe('status helpers', () => {
  it('draws bars in proportion, at least one block for a non-zero count', () => {
    expect(bar(10, 10, 10)).toBe('██████████');
    expect(bar(1, 100, 10)).toBe('█         ');
    expect(bar(0, 10, 4)).toBe('    ');
  });

  it('matches an expected delegate to a file', () => {
    const file = parseComments('delegate:\n  name: Le Duc Duc\n  organization: Ban Tuyên giáo\ncomments:\n', 'comments/ldd.yaml').data;
    if (!file) throw new Error('no file');
    const e = { name: 'Lê Đức Dục', title: null, organization: null, group: null, file: null };
    expect(isFrom(e, file)).toBe(true);
    expect(isFrom({ ...e, file: 'other.yaml' }, file)).toBe(false);
    expect(isFrom({ ...e, name: 'Ban Tuyên giáo', organization: 'Ban Tuyên giáo' }, file)).toBe(true);
    expect(isFrom({ ...e, name: 'X', organization: 'Ban Tuyên giáo' }, file)).toBe(false);
  });

  it('reads dates and counts days across months and years', () => {
    expect(parseCalendarDate('15/03/2024')).toEqual({ year: 2024, month: 3, day: 15 });
    expect(parseCalendarDate('2024-02-30')).toBeNull();
    expect(parseCalendarDate('tháng 3')).toBeNull();
    expect(daysBetween({ year: 2023, month: 12, day: 31 }, { year: 2024, month: 3, day: 1 })).toBe(61);
    expect(daysBetween({ year: 2024, month: 3, day: 1 }, { year: 2024, month: 2, day: 28 })).toBe(-2);
  });
});
