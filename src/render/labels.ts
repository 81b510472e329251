// Every word a reader of the report sees, in Vietnamese (default) and English.

import type { CommentKind, Decision, Lang } from '../model/types.js';

export interface Labels {
  kinds: Record<CommentKind, string>;
  decisions: Record<Decision | 'pending', string>;
  generalTitle: string;
  reportKind: string;
  reportTitle: string;
  country: string;
  draft: string;
  version: string;
  meeting: string;
  summary: string;
  body: string;
  referredPart: string;
  referredIntro: string;
  unplacedPart: string;
  unplacedIntro: string;
  delegatesCount: string;
  commentsCount: string;
  byGroup: string;
  group: string;
  noGroup: string;
  delegates: string;
  comments: string;
  decision: string;
  count: string;
  mostCommented: string;
  onlyAgree: string;
  none: string;
  quote: string;
  proposal: string;
  response: string;
  section: string;
  no: string;
  delegateCol: string;
  contentCol: string;
  responseCol: string;
  kind: string;
  anchor: string;
  recipients: string;
  unknownSection: string;
  commentsOf: (n: number) => string;
  commentNo: string;
  date: (iso: string, place: string | null) => string;
  // Export (html, docx, csv): the frame of a Party document and the pack's extras.
  /** "Số" before the document number; a blank number when none is set. */
  numberPrefix: string;
  numberBlank: string;
  /** Place and date line when gopy.yaml sets no date: blanks to fill in by hand. */
  dateBlank: (place: string | null) => string;
  defaultRecipients: string[];
  contents: string;
  chartBySection: string;
  chartDecisions: string;
  referredNote: string;
  commentsRange: (from: number, to: number) => string;
  columns: Record<
    | 'no'
    | 'id'
    | 'sectionNumber'
    | 'sectionTitle'
    | 'anchor'
    | 'name'
    | 'title'
    | 'organization'
    | 'group'
    | 'kind'
    | 'kindCode'
    | 'text'
    | 'quote'
    | 'proposal'
    | 'decision'
    | 'decisionCode'
    | 'note',
    string
  >;
}

const vi: Labels = {
  kinds: {
    agree: 'Nhất trí',
    amend: 'Đề nghị sửa đổi',
    add: 'Đề nghị bổ sung',
    delete: 'Đề nghị bỏ',
    question: 'Đề nghị làm rõ',
    other: 'Ý kiến khác',
  },
  decisions: {
    accepted: 'Tiếp thu',
    partial: 'Tiếp thu một phần',
    explained: 'Giải trình',
    noted: 'Ghi nhận',
    referred: 'Xin ý kiến',
    pending: 'Chưa xử lý',
  },
  generalTitle: 'Ý kiến chung về dự thảo',
  reportKind: 'BÁO CÁO',
  reportTitle: 'Tổng hợp ý kiến góp ý vào dự thảo',
  country: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  draft: 'Dự thảo',
  version: 'phiên bản',
  meeting: 'Trình',
  summary: 'TÓM TẮT KẾT QUẢ TỔNG HỢP',
  body: 'Ý KIẾN GÓP Ý VÀ VIỆC TIẾP THU, GIẢI TRÌNH',
  referredPart: 'NHỮNG VẤN ĐỀ XIN Ý KIẾN',
  referredIntro: 'Các ý kiến dưới đây còn khác nhau, cơ quan soạn thảo đề nghị Hội nghị cho ý kiến:',
  unplacedPart: 'Ý KIẾN VỀ NỘI DUNG KHÔNG CÓ TRONG DỰ THẢO',
  unplacedIntro: 'Các ý kiến dưới đây ghi mục không có trong dự thảo; được giữ nguyên để xem xét:',
  delegatesCount: 'Số đại biểu, đơn vị góp ý',
  commentsCount: 'Tổng số ý kiến',
  byGroup: 'Theo nhóm đại biểu',
  group: 'Nhóm',
  noGroup: 'Khác',
  delegates: 'Đại biểu, đơn vị',
  comments: 'Ý kiến',
  decision: 'Kết quả xử lý',
  count: 'Số ý kiến',
  mostCommented: 'Các mục được góp ý nhiều nhất',
  onlyAgree: 'Đại biểu, đơn vị nhất trí hoàn toàn với dự thảo',
  none: 'Không có',
  quote: 'Nội dung dự thảo',
  proposal: 'Đề xuất',
  response: 'Tiếp thu, giải trình',
  section: 'Mục dự thảo',
  no: 'STT',
  delegateCol: 'Đại biểu/đơn vị góp ý',
  contentCol: 'Nội dung góp ý',
  responseCol: 'Tiếp thu, giải trình',
  kind: 'Loại ý kiến',
  anchor: 'Mã mục',
  recipients: 'Nơi nhận',
  unknownSection: 'mục không có trong dự thảo',
  commentsOf: (n) => `${n} ý kiến`,
  commentNo: 'ý kiến số',
  date: (iso, place) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
    const body = m ? `ngày ${m[3]} tháng ${Number(m[2])} năm ${m[1]}` : iso;
    return place ? `${place}, ${body}` : body;
  },
  numberPrefix: 'Số',
  numberBlank: 'Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/…',
  dateBlank: (place) =>
    `${place ? `${place}, ngày` : 'Ngày'}\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0`,
  defaultRecipients: ['Lưu Văn phòng'],
  contents: 'MỤC LỤC',
  chartBySection: 'Số ý kiến theo mục của dự thảo',
  chartDecisions: 'Kết quả xử lý ý kiến',
  referredNote: 'Ý kiến của cơ quan soạn thảo',
  commentsRange: (from, to) => (from === to ? `ý kiến số ${from}` : `ý kiến số ${from}–${to}`),
  columns: {
    no: 'STT',
    id: 'Mã ý kiến',
    sectionNumber: 'Số mục',
    sectionTitle: 'Mục dự thảo',
    anchor: 'Mã mục',
    name: 'Đại biểu/đơn vị góp ý',
    title: 'Chức vụ',
    organization: 'Cơ quan, đơn vị',
    group: 'Nhóm',
    kind: 'Loại ý kiến',
    kindCode: 'Mã loại ý kiến',
    text: 'Nội dung góp ý',
    quote: 'Nội dung dự thảo',
    proposal: 'Đề xuất',
    decision: 'Kết quả xử lý',
    decisionCode: 'Mã kết quả xử lý',
    note: 'Tiếp thu, giải trình',
  },
};

const en: Labels = {
  kinds: { agree: 'Agrees', amend: 'Amendment', add: 'Addition', delete: 'Deletion', question: 'Question', other: 'Other' },
  decisions: {
    accepted: 'Accepted',
    partial: 'Partly accepted',
    explained: 'Explained',
    noted: 'Noted',
    referred: 'Referred to the meeting',
    pending: 'Pending',
  },
  generalTitle: 'General comments on the draft',
  reportKind: 'REPORT',
  reportTitle: 'Synthesis of comments on the draft',
  country: 'COMMUNIST PARTY OF VIETNAM',
  draft: 'Draft',
  version: 'version',
  meeting: 'For',
  summary: 'SUMMARY',
  body: 'COMMENTS AND RESPONSES',
  referredPart: 'POINTS FOR THE MEETING TO DECIDE',
  referredIntro: 'Opinions differ on the points below; the drafting body asks the meeting to decide:',
  unplacedPart: 'COMMENTS ON SECTIONS NOT IN THE DRAFT',
  unplacedIntro: 'The comments below name a section the draft does not have; they are kept for review:',
  delegatesCount: 'Delegates and delegations',
  commentsCount: 'Comments',
  byGroup: 'By group',
  group: 'Group',
  noGroup: 'Other',
  delegates: 'Delegates',
  comments: 'Comments',
  decision: 'Decision',
  count: 'Comments',
  mostCommented: 'Most commented sections',
  onlyAgree: 'Delegates who agree with the draft as it stands',
  none: 'None',
  quote: 'Draft text',
  proposal: 'Proposed',
  response: 'Response',
  section: 'Section',
  no: 'No.',
  delegateCol: 'Delegate',
  contentCol: 'Comment',
  responseCol: 'Response',
  kind: 'Kind',
  anchor: 'Anchor',
  recipients: 'Recipients',
  unknownSection: 'section not in the draft',
  commentsOf: (n) => (n === 1 ? '1 comment' : `${n} comments`),
  commentNo: 'comment no.',
  date: (iso, place) => (place ? `${place}, ${iso}` : iso),
  numberPrefix: 'No.',
  numberBlank: 'No.\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/…',
  dateBlank: (place) =>
    `${place ? `${place}, ` : ''}\u00a0\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0`,
  defaultRecipients: ['Office files'],
  contents: 'CONTENTS',
  chartBySection: 'Comments per section of the draft',
  chartDecisions: 'Decisions on the comments',
  referredNote: "The drafting body's note",
  commentsRange: (from, to) => (from === to ? `comment ${from}` : `comments ${from}–${to}`),
  columns: {
    no: 'No.',
    id: 'Comment id',
    sectionNumber: 'Section number',
    sectionTitle: 'Section',
    anchor: 'Anchor',
    name: 'Delegate',
    title: 'Delegate title',
    organization: 'Organization',
    group: 'Group',
    kind: 'Kind',
    kindCode: 'Kind code',
    text: 'Comment',
    quote: 'Draft text',
    proposal: 'Proposed',
    decision: 'Decision',
    decisionCode: 'Decision code',
    note: 'Note',
  },
};

export function labels(lang: Lang): Labels {
  return lang === 'en' ? en : vi;
}
