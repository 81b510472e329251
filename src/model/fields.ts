// One definition of what the YAML files hold: the field names the loaders
// accept (parse-comments, parse-responses, parse-settings import them from
// here), with the Vietnamese descriptions editors show beside them
// (render/json-schema.ts turns these tables into the JSON Schemas).
//
// Adding a field: add it to its table here; the loader warns about unknown
// fields from these keys, and the schema lists it from the same table.

import type { Decision } from './types.js';

/** The keys of a field table, in its order. */
function keys(table: object): string[] {
  return Object.keys(table);
}

// ---- comment files (comments/*.yaml) ----

export const COMMENT_FILE_FIELDS = {
  delegate: 'Người góp ý (hoặc đơn vị góp ý): bắt buộc có "name:".',
  draft: 'Dự thảo được góp ý: tên tệp trong drafts/ (không có đuôi .md) hoặc số phiên bản, ví dụ du-thao-1.',
  date: 'Ngày góp ý, dạng NĂM-THÁNG-NGÀY, ví dụ 2024-02-26.',
  comments: 'Các ý kiến, theo mã mục (anchor) của dự thảo; "general" là ý kiến chung về cả dự thảo. Xem các mã mục bằng lệnh: gopy anchors',
} as const;

export const DELEGATE_FIELDS = {
  name: 'Họ tên đại biểu, hoặc tên đoàn/đơn vị (bắt buộc).',
  title: 'Chức vụ.',
  organization: 'Cơ quan, đơn vị.',
  group: 'Nhóm đại biểu, dùng cho thống kê (ví dụ: Các ban đảng Tỉnh ủy).',
} as const;

export const COMMENT_FIELDS = {
  text: 'Nội dung góp ý (bắt buộc).',
  kind: 'Loại ý kiến: agree (nhất trí), amend (sửa đổi), add (bổ sung), delete (bỏ), question (đề nghị làm rõ), other (khác, mặc định).',
  quote: 'Nguyên văn cụm từ trong dự thảo mà ý kiến nói tới.',
  proposal: 'Câu chữ đề nghị thay thế hoặc bổ sung.',
  id: 'Tên riêng, cố định của ý kiến (một từ, không dấu cách, không "/"), để phần xử lý gọi tới.',
} as const;

export const COMMENT_FILE_KEYS = keys(COMMENT_FILE_FIELDS);
export const DELEGATE_KEYS = keys(DELEGATE_FIELDS);
export const COMMENT_KEYS = keys(COMMENT_FIELDS);

// ---- response files (responses/*.yaml) ----

export const RESPONSE_FIELDS = {
  to: 'Các ý kiến được xử lý: mã ý kiến (ví dụ le-duc-duc/mt-02/1), danh sách mã, hoặc "all" (mọi ý kiến chưa xử lý ở mục này).',
  decision:
    'Kết quả xử lý: accepted (tiếp thu), partial (tiếp thu một phần), explained (giải trình), noted (ghi nhận), referred (xin ý kiến Hội nghị).',
  note: 'Nội dung tiếp thu, giải trình; bắt buộc với explained và referred.',
} as const;

export const DECISION_MEANINGS: Record<Decision, string> = {
  accepted: 'Tiếp thu',
  partial: 'Tiếp thu một phần',
  explained: 'Giải trình (bắt buộc có note)',
  noted: 'Ghi nhận',
  referred: 'Xin ý kiến Hội nghị (bắt buộc có note)',
};

export const RESPONSE_KEYS = keys(RESPONSE_FIELDS);
/** Decisions that must say why (explained) or set out the options (referred). */
export const NOTE_REQUIRED: readonly Decision[] = ['explained', 'referred'];

// ---- settings (gopy.yaml) ----

export const SETTINGS_FIELDS = {
  title: 'Tên báo cáo tổng hợp (mặc định: "Tổng hợp ý kiến góp ý vào dự thảo …").',
  subtitle: 'Dòng phụ đề dưới tên báo cáo.',
  opening: 'Đoạn mở đầu báo cáo (mặc định: đã xin ý kiến bao nhiêu đại biểu, đơn vị, nhận được bao nhiêu ý kiến).',
  closing: 'Đoạn kết trước chữ ký (mặc định: "Trên đây là báo cáo …, kính trình … xem xét, cho ý kiến./.").',
  lang: 'Ngôn ngữ báo cáo: vi (mặc định) hoặc en.',
  issuer: 'Cơ quan ban hành báo cáo: một dòng chữ, hoặc name (tên cơ quan) và parent (cơ quan cấp trên).',
  number: 'Số, ký hiệu văn bản, ví dụ: Số 125-BC/TU.',
  place: 'Địa danh ghi trước ngày tháng, ví dụ: Lai Châu.',
  date: 'Ngày của báo cáo, dạng ngày/tháng/năm (01/12/2026) hoặc NĂM-THÁNG-NGÀY (2026-12-01).',
  meeting: 'Hội nghị cho ý kiến: một dòng chữ, hoặc name (tên hội nghị) và date (ngày họp, ngày/tháng/năm).',
  recipients: 'Nơi nhận: danh sách, mỗi dòng một nơi.',
  signer: 'Người ký: on_behalf (T/M …), title (chức vụ), name (họ tên).',
  delegates: 'Danh sách đại biểu, đơn vị được xin ý kiến: name, organization, file (tệp góp ý mong đợi trong comments/).',
} as const;

/**
 * A blank left for the user in square brackets ("[Họ và tên người ký]"), as
 * gopy init writes the settings only the user knows; null when there is none.
 */
export function placeholderIn(text: string): string | null {
  return /\[[^[\]]*\p{L}[^[\]]*\]/u.exec(text)?.[0] ?? null;
}

export const ISSUER_FIELDS = {
  parent: 'Cơ quan cấp trên (dòng trên), ví dụ: ĐẢNG BỘ TỈNH LAI CHÂU.',
  name: 'Tên cơ quan ban hành, ví dụ: TỈNH ỦY LAI CHÂU.',
} as const;

export const MEETING_FIELDS = {
  name: 'Tên hội nghị, ví dụ: Hội nghị Ban Thường vụ Tỉnh ủy.',
  date: 'Ngày họp, dạng ngày/tháng/năm (15/03/2024) hoặc NĂM-THÁNG-NGÀY; gopy status đếm số ngày còn lại.',
} as const;

export const SIGNER_FIELDS = {
  on_behalf: 'Thay mặt, ví dụ: T/M BAN THƯỜNG VỤ.',
  title: 'Chức vụ người ký, ví dụ: PHÓ BÍ THƯ.',
  name: 'Họ tên người ký.',
} as const;

export const EXPECTED_DELEGATE_FIELDS = {
  name: 'Họ tên đại biểu, hoặc tên đoàn/đơn vị.',
  title: 'Chức vụ.',
  organization: 'Cơ quan, đơn vị.',
  group: 'Nhóm đại biểu.',
  file: 'Tên tệp góp ý của đại biểu này trong comments/, ví dụ le-duc-duc.yaml (mặc định: đặt theo họ tên).',
} as const;

export const SETTINGS_KEYS = keys(SETTINGS_FIELDS);
export const ISSUER_KEYS = keys(ISSUER_FIELDS);
export const MEETING_KEYS = keys(MEETING_FIELDS);
export const SIGNER_KEYS = keys(SIGNER_FIELDS);
export const EXPECTED_DELEGATE_KEYS = keys(EXPECTED_DELEGATE_FIELDS);
export const LANGS = ['vi', 'en'] as const;

/** Where a workspace keeps its copy of the JSON Schemas (relative to the workspace). */
export const WORKSPACE_SCHEMA_DIR = '.gopy/schemas';
