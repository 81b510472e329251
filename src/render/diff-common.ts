// What the diff renderers share: the words a reader sees, how a section is
// named, and how changes are cut into lines.

import type { Change, DiffSummary, DraftDiff, SectionDiff, SectionStatus } from '../model/diff.js';
import { STATUSES } from '../model/diff.js';
import type { CommentKind, Decision, Draft, Lang, Section } from '../model/types.js';
import type { Revision, RevisionCheck } from '../validate/revision.js';
import { labels as reportLabels } from './labels.js';

export interface DiffRenderOptions {
  lang?: Lang | undefined;
  /** Counts only: no word-level changes. */
  stat?: boolean | undefined;
  /** Comments and checks (`--comments`). */
  revision?: Revision | null | undefined;
}

export interface DiffLabels {
  title: string;
  oldDraft: string;
  newDraft: string;
  version: string;
  statuses: Record<SectionStatus, string>;
  kinds: Record<CommentKind, string>;
  decisions: Record<Decision | 'pending', string>;
  summary: string;
  noChange: string;
  titleLine: string;
  anchorChanged: string;
  movedFrom: string;
  movedTo: string;
  top: string;
  wasNumbered: string;
  inline: string;
  sideBySide: string;
  showUnchanged: string;
  before: string;
  after: string;
  empty: string;
  comments: string;
  checks: string;
  notReflected: string;
  explainedApplied: string;
  carryOver: string;
  shifted: string;
  unknownAnchor: string;
  drafting: string;
  generalComments: string;
  none: string;
  legend: string;
  deleted: string;
  inserted: string;
}

const vi: DiffLabels = {
  title: 'So sánh các bản dự thảo',
  oldDraft: 'Bản trước',
  newDraft: 'Bản sau',
  version: 'phiên bản',
  statuses: {
    added: 'Bổ sung',
    removed: 'Bỏ',
    modified: 'Sửa đổi',
    renamed: 'Đổi mã mục',
    moved: 'Chuyển vị trí',
    unchanged: 'Giữ nguyên',
  },
  kinds: reportLabels('vi').kinds,
  decisions: reportLabels('vi').decisions,
  summary: 'Tóm tắt',
  noChange: 'Hai bản dự thảo không khác nhau về nội dung.',
  titleLine: 'Tiêu đề',
  anchorChanged: 'Mã mục',
  movedFrom: 'Chuyển từ',
  movedTo: 'sang',
  top: '(cấp cao nhất)',
  wasNumbered: 'trước là',
  inline: 'Xem lồng ghép',
  sideBySide: 'Xem song song',
  showUnchanged: 'Hiện cả các mục giữ nguyên',
  before: 'Bản trước',
  after: 'Bản sau',
  empty: '(không có nội dung)',
  comments: 'Ý kiến góp ý về mục này',
  checks: 'Kiểm tra việc tiếp thu',
  notReflected: 'Ý kiến đã tiếp thu nhưng chưa thấy thể hiện trong bản sau',
  explainedApplied: 'Ý kiến đã giải trình (không tiếp thu) nhưng đề xuất lại xuất hiện trong bản sau',
  carryOver: 'Ý kiến ghi mã mục không còn trong bản sau (cần chuyển sang mã mới)',
  shifted: 'Mã mục nay chỉ một mục khác',
  unknownAnchor: 'Ý kiến ghi mã mục không có trong cả hai bản',
  drafting: 'Thay đổi không xuất phát từ ý kiến góp ý',
  generalComments: 'Ý kiến chung',
  none: 'Không có.',
  legend: 'Chữ gạch ngang là phần bỏ đi; chữ gạch chân là phần bổ sung.',
  deleted: 'bỏ',
  inserted: 'thêm',
};

const en: DiffLabels = {
  title: 'Comparison of draft versions',
  oldDraft: 'Earlier version',
  newDraft: 'Later version',
  version: 'version',
  statuses: { added: 'Added', removed: 'Removed', modified: 'Modified', renamed: 'Renamed', moved: 'Moved', unchanged: 'Unchanged' },
  kinds: reportLabels('en').kinds,
  decisions: reportLabels('en').decisions,
  summary: 'Summary',
  noChange: 'The two drafts do not differ in content.',
  titleLine: 'Title',
  anchorChanged: 'Anchor',
  movedFrom: 'Moved from',
  movedTo: 'to',
  top: '(top level)',
  wasNumbered: 'was',
  inline: 'Inline',
  sideBySide: 'Side by side',
  showUnchanged: 'Show unchanged sections too',
  before: 'Earlier version',
  after: 'Later version',
  empty: '(no text)',
  comments: 'Comments on this section',
  checks: 'Checks on the revision',
  notReflected: 'Comments accepted but not reflected in the later version',
  explainedApplied: 'Comments explained (not taken) whose proposal appears in the later version',
  carryOver: 'Comments on anchors gone from the later version (carry them over)',
  shifted: 'Anchors that now name another section',
  unknownAnchor: 'Comments on anchors in neither version',
  drafting: 'Changes not prompted by any comment',
  generalComments: 'General comments',
  none: 'None.',
  legend: 'Struck-through text is removed; underlined text is added.',
  deleted: 'removed',
  inserted: 'added',
};

export function diffLabels(lang: Lang | undefined): DiffLabels {
  return lang === 'en' ? en : vi;
}

/** The section the diff entry stands for: the new one, else the old. */
export function shown(d: SectionDiff): Section {
  const s = d.new ?? d.old;
  if (!s) throw new Error('a section diff without either side');
  return s;
}

/** "II. MỤC TIÊU", "2. Hàng năm kết nạp …" (long item titles cut to `max` characters). */
export function sectionName(s: Section, max = 90): string {
  const title = s.title.length > max ? `${s.title.slice(0, max).replace(/\s+\S*$/u, '')} …` : s.title;
  if (s.label === '') return title;
  return title === '' ? s.label : `${s.label} ${title}`;
}

/** The name of a section's parent in its draft, or null at the top. */
export function parentName(draft: Draft, s: Section): string | null {
  if (s.parent === null) return null;
  const p = draft.sections.find((x) => x.anchor === s.parent);
  return p ? sectionName(p, 60) : s.parent;
}

export function isChanged(d: SectionDiff): boolean {
  return d.status !== 'unchanged';
}

export function differs(diff: DraftDiff): boolean {
  return diff.sections.some(isChanged);
}

/** "2 added, 1 removed, …" in the order of the contract. */
export function summaryParts(summary: DiffSummary, names: Record<SectionStatus, string> = plainStatus): string[] {
  return STATUSES.map((s) => `${summary[s]} ${names[s]}`);
}

const plainStatus: Record<SectionStatus, string> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  moved: 'moved',
  unchanged: 'unchanged',
};

/** Changes cut at line breaks: one list of runs per line of the section text. */
export function changeLines(changes: readonly Change[]): Change[][] {
  const lines: Change[][] = [[]];
  for (const c of changes) {
    const parts = c.text.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]?.push({ op: c.op, text: part });
    });
  }
  return lines;
}

/** Only the runs one side keeps: the old text (equal + delete) or the new (equal + insert). */
export function side(changes: readonly Change[], which: 'old' | 'new'): Change[] {
  const skip = which === 'old' ? 'insert' : 'delete';
  return changes.filter((c) => c.op !== skip);
}

/** A version line: "drafts/du-thao-1.md (version 1)". */
export function draftLine(d: Draft, versionWord: string): string {
  return d.version !== '' ? `${d.file} (${versionWord} ${d.version})` : d.file;
}

/**
 * The revision checks in the order a report shows them, each group under its
 * title; the unknown-anchor group only when it has something in it.
 */
export function checkGroups(revision: Revision, L: DiffLabels): { title: string; list: RevisionCheck[] }[] {
  const of = (kind: RevisionCheck['kind']): RevisionCheck[] => revision.checks.filter((k) => k.kind === kind);
  const groups = [
    { title: L.notReflected, list: of('accepted-not-reflected') },
    { title: L.explainedApplied, list: of('explained-but-applied') },
    { title: L.shifted, list: of('anchor-shifted') },
    { title: L.carryOver, list: of('anchor-gone') },
  ];
  const unknown = of('anchor-unknown');
  if (unknown.length > 0) groups.push({ title: L.unknownAnchor, list: unknown });
  return groups;
}
