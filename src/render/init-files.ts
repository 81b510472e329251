// The files of a new workspace (gopy init), in Vietnamese: settings with
// every field explained, a short starter draft with explicit anchors, one
// example comment file and one example decisions file that work together,
// so that check, status and collate show something from the first minute.

import type { CalendarDate } from '../model/dates.js';
import { dayMonthYear, daysBetween, isoDate } from '../model/dates.js';
import { WORKSPACE_SCHEMA_DIR } from '../model/fields.js';
import { schemaLine } from './yaml-text.js';

export interface InitFile {
  /** Path inside the workspace, forward slashes. */
  rel: string;
  data: string;
}

/** The example files' names, shown in messages and in the files themselves. */
export const EXAMPLE_COMMENTS = 'comments/vi-du-nguyen-van-a.yaml';
export const EXAMPLE_RESPONSES = 'responses/vi-du.yaml';
export const STARTER_DRAFT = 'drafts/du-thao-1.md';

function addDays(d: CalendarDate, n: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  const out = { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  return daysBetween(d, out) === n ? out : d;
}

function settingsFile(today: CalendarDate): string {
  const meeting = dayMonthYear(addDays(today, 14));
  return [
    ...schemaLine(`${WORKSPACE_SCHEMA_DIR}/settings.schema.json`),
    '# CÀI ĐẶT CỦA ĐỢT LẤY Ý KIẾN',
    '# Mọi mục đều không bắt buộc: sửa cho đúng, để trống hoặc xoá mục không dùng.',
    '# Ngày tháng ghi theo thứ tự ngày/tháng/năm, ví dụ 15/03/2024 (hoặc 2024-03-15). Kiểm tra bằng lệnh: gopy check',
    '',
    '# Tên báo cáo tổng hợp (mặc định: "Tổng hợp ý kiến góp ý vào dự thảo" và tên dự thảo).',
    'title: Báo cáo tổng hợp ý kiến góp ý vào dự thảo Chương trình hành động',
    '',
    '# Phụ đề dưới tên báo cáo (bỏ dấu "#" đầu dòng để dùng).',
    '# subtitle: (Tài liệu trình Hội nghị)',
    '',
    '# Ngôn ngữ của báo cáo: vi (tiếng Việt) hoặc en (tiếng Anh).',
    'lang: vi',
    '',
    '# Chỗ nào trong dấu [ ] là chỗ để trống: chỉ bạn biết nên ghi gì. Hãy thay cả dấu [ ] bằng',
    '# thông tin thật; còn chỗ để trống thì gopy check, collate và export nhắc (cảnh báo).',
    '',
    '# Cơ quan ban hành báo cáo: cơ quan cấp trên (parent) và tên cơ quan (name),',
    '# ví dụ ĐẢNG BỘ TỈNH LAI CHÂU và BAN THƯỜNG VỤ TỈNH ỦY.',
    'issuer:',
    '  parent: "[CƠ QUAN CẤP TRÊN]"',
    '  name: "[TÊN CƠ QUAN BAN HÀNH]"',
    '',
    '# Số, ký hiệu của báo cáo, ví dụ Số 125-BC/TU; để trống số (Số    -BC/TU) nếu văn thư',
    '# ghi số khi phát hành.',
    'number: "Số [số]-BC/[ký hiệu cơ quan]"',
    '',
    '# Địa danh (ví dụ Lai Châu) và ngày ghi ở đầu báo cáo.',
    'place: "[Địa danh]"',
    `date: ${dayMonthYear(today)}`,
    '',
    '# Hội nghị cho ý kiến: tên và ngày họp (gopy status đếm số ngày còn lại).',
    'meeting:',
    '  name: Hội nghị Ban Thường vụ Tỉnh ủy',
    `  date: ${meeting}`,
    '',
    '# Nơi nhận: mỗi dòng một nơi, bắt đầu bằng "- ", ví dụ:',
    '#   - Thường trực Tỉnh ủy (b/c)',
    '#   - Lưu Văn phòng Tỉnh ủy',
    'recipients:',
    '  - "[Nơi nhận]"',
    '',
    '# Người ký: thay mặt (on_behalf, ví dụ T/M BAN THƯỜNG VỤ), chức vụ (title, ví dụ',
    '# PHÓ BÍ THƯ), họ tên (name).',
    'signer:',
    '  on_behalf: "[T/M CƠ QUAN]"',
    '  title: "[CHỨC VỤ NGƯỜI KÝ]"',
    '  name: "[Họ và tên người ký]"',
    '',
    '# Đại biểu, đơn vị được xin ý kiến. gopy status cho biết ai chưa gửi góp ý;',
    '# gopy template --all làm sẵn phiếu góp ý cho từng người (trong thư mục forms/).',
    '#   name: họ tên (hoặc tên đơn vị), title: chức vụ, organization: cơ quan, đơn vị,',
    '#   group: nhóm đại biểu (để thống kê), file: tên tệp góp ý trong comments/',
    '#   (không ghi file thì tên tệp đặt theo họ tên, ví dụ tran-thi-binh.yaml).',
    'delegates:',
    '  - name: Nguyễn Văn A',
    '    organization: Hội Nông dân xã Bản Hon',
    '    group: Cấp cơ sở',
    `    file: ${EXAMPLE_COMMENTS.slice('comments/'.length)}`,
    '  - name: Trần Thị Bình',
    '    title: Giám đốc Sở',
    '    organization: Sở Nông nghiệp và Phát triển nông thôn',
    '    group: Các sở, ngành',
    '',
  ].join('\n');
}

function starterDraft(today: CalendarDate): string {
  return `---
title: Dự thảo Chương trình hành động thực hiện Nghị quyết (bản mẫu)
version: 1
date: ${isoDate(today)}
---

<!--
  DỰ THẢO MẪU do "gopy init" tạo: thay tệp này bằng dự thảo thật (Markdown).
  Mỗi đề mục (dòng bắt đầu bằng #) là một mục để góp ý; mỗi ý đánh số 1., 2., ...
  ngay dưới một đề mục cũng vậy. Dấu {#...} ở cuối dòng là MÃ MỤC: tên cố định,
  không dấu, mà đại biểu ghi trong tệp góp ý; nó không hiện ra trong báo cáo.
  Đề mục không có mã thì gopy tự đặt theo tiêu đề. Xem mọi mã mục: gopy anchors
-->

# CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT (BẢN MẪU)

Để thực hiện có hiệu quả Nghị quyết, Ban Thường vụ Tỉnh ủy xây dựng Chương trình
hành động như sau:

## I. MỤC ĐÍCH, YÊU CẦU {#muc-dich-yeu-cau}

### 1. Mục đích {#muc-dich}

Quán triệt sâu sắc, tổ chức thực hiện nghiêm túc, hiệu quả quan điểm, mục tiêu,
nhiệm vụ, giải pháp của Nghị quyết; tạo sự chuyển biến mạnh mẽ về nhận thức,
trách nhiệm của các cấp ủy, tổ chức đảng, cán bộ, đảng viên và hội viên.

### 2. Yêu cầu {#yeu-cau}

Các cấp ủy, tổ chức đảng, cơ quan, đơn vị căn cứ chức năng, nhiệm vụ xây dựng kế
hoạch cụ thể, sát với tình hình thực tế; thường xuyên kiểm tra, giám sát, đôn đốc.

## II. MỤC TIÊU {#muc-tieu}

1. Hàng năm 100% cán bộ, hội viên được tuyên truyền, quán triệt nội dung Nghị quyết. {#mt-01}
2. Hàng năm kết nạp từ 1.200 hội viên mới trở lên. {#mt-02}
3. Đến năm 2030, trên 80% cơ sở Hội xếp loại hoàn thành tốt nhiệm vụ trở lên. {#mt-03}

## III. NHIỆM VỤ, GIẢI PHÁP {#nhiem-vu}

### 1. Nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng {#nv-01}

Tổ chức học tập, quán triệt Nghị quyết gắn với tuyên truyền sâu rộng trong cán bộ,
đảng viên và Nhân dân.

### 2. Đổi mới nội dung, phương thức hoạt động {#nv-02}

Hướng mạnh về cơ sở, lấy chi hội, tổ hội làm địa bàn hoạt động chủ yếu.

### 3. Xây dựng đội ngũ cán bộ {#nv-03}

Nâng cao chất lượng đội ngũ cán bộ các cấp, nhất là cán bộ cơ sở.

## IV. TỔ CHỨC THỰC HIỆN {#to-chuc-thuc-hien}

1. Các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện Chương trình hành động. {#tc-01}
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy. {#tc-02}
`;
}

function exampleComments(today: CalendarDate): string {
  return [
    ...schemaLine(`../${WORKSPACE_SCHEMA_DIR}/comments.schema.json`),
    '# TỆP GÓP Ý MẪU do "gopy init" tạo, để xem cách ghi. Khi nhận góp ý thật, xoá tệp này',
    `# cùng với ${EXAMPLE_RESPONSES} (tệp đó xử lý các ý kiến ở đây).`,
    '# Phiếu góp ý trống cho một đại biểu: gopy template --delegate "Họ tên" -o comments/ho-ten.yaml',
    '',
    'delegate:',
    '  name: Nguyễn Văn A                        # họ tên, hoặc tên đơn vị (bắt buộc)',
    '  title: Chủ tịch Hội Nông dân xã           # chức vụ',
    '  organization: Hội Nông dân xã Bản Hon     # cơ quan, đơn vị',
    '  group: Cấp cơ sở                          # nhóm đại biểu, để thống kê',
    'draft: du-thao-1                            # dự thảo được góp ý (tên tệp trong drafts/)',
    `date: ${isoDate(today)}                          # ngày góp ý`,
    '',
    '# Các ý kiến, theo mã mục của dự thảo ("general" là ý kiến chung).',
    'comments:',
    '  # Một ý kiến: viết ngay sau mã mục.',
    '  general: Nhất trí với bố cục và nội dung cơ bản của dự thảo.',
    '',
    '  # Một ý kiến có ghi loại (kind), câu chữ trong dự thảo (quote) và đề nghị sửa (proposal).',
    '  # Loại: agree nhất trí, amend sửa đổi, add bổ sung, delete bỏ, question làm rõ, other khác.',
    '  mt-02:',
    '    kind: amend',
    '    text: Thực tế mấy năm gần đây đều kết nạp trên 1.300 hội viên; đề nghị nâng chỉ tiêu.',
    '    quote: 1.200',
    '    proposal: 1.500',
    '',
    '  # Nhiều ý kiến về một mục: mỗi ý kiến một dòng bắt đầu bằng "- ".',
    '  nv-02:',
    '    - Đề nghị bổ sung giải pháp ứng dụng công nghệ số trong sinh hoạt chi hội.',
    '    - kind: question',
    '      text: Đề nghị làm rõ cơ quan chủ trì thực hiện nhiệm vụ này.',
    '',
  ].join('\n');
}

function exampleResponses(): string {
  const stem = EXAMPLE_COMMENTS.slice('comments/'.length).replace(/\.yaml$/u, '');
  return [
    ...schemaLine(`../${WORKSPACE_SCHEMA_DIR}/responses.schema.json`),
    `# TỆP XỬ LÝ MẪU: kết quả xử lý các ý kiến trong ${EXAMPLE_COMMENTS}; xoá cùng tệp đó.`,
    '# Ghi theo mã mục. "to" là mã ý kiến: tên tệp góp ý/mã mục/số thứ tự của ý kiến ở mục đó',
    `# (ví dụ ${stem}/mt-02/1), một danh sách mã trong [ ], hoặc "all" = mọi ý kiến chưa xử lý ở mục.`,
    '# Kết quả (decision): accepted tiếp thu, partial tiếp thu một phần, explained giải trình,',
    '# noted ghi nhận, referred xin ý kiến Hội nghị. explained và referred bắt buộc có note.',
    '# Ý kiến chưa có dòng nào ở đây là "Chưa xử lý" (gopy status liệt kê chúng).',
    '',
    'general:',
    '  - to: all',
    '    decision: noted',
    '    note: Ghi nhận.',
    '',
    'mt-02:',
    `  - to: ${stem}/mt-02/1`,
    '    decision: referred',
    '    note: "Phương án 1: giữ chỉ tiêu 1.200 hội viên mỗi năm. Phương án 2: nâng lên 1.500 hội viên mỗi năm."',
    '',
  ].join('\n');
}

/** The workspace files, not counting the editor files (see commands/editor-files.ts). */
export function workspaceFiles(today: CalendarDate): InitFile[] {
  return [
    { rel: 'gopy.yaml', data: settingsFile(today) },
    { rel: STARTER_DRAFT, data: starterDraft(today) },
    { rel: EXAMPLE_COMMENTS, data: exampleComments(today) },
    { rel: EXAMPLE_RESPONSES, data: exampleResponses() },
  ];
}
