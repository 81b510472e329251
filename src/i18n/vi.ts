// Every word gopy says in Vietnamese (the default language). The English
// catalogue (en.ts) must have the same keys: its type is `typeof vi`, so a
// key missing on either side is a type error, and test/i18n checks it too.
// How to add a word: README, "Adding a word".

import type { CommentKind, Decision } from '../model/types.js';
import type { SectionStatus } from '../model/diff.js';
import type { DateProblem } from '../model/dates.js';
import type { DecisionImportSummary, DraftNoteText, DraftSummary, FormSummary, TablesSummary } from '../model/import-summary.js';
import type { SheetSummary } from '../model/import-summary.js';

const kinds: Record<CommentKind, string> = {
  agree: 'Nhất trí',
  amend: 'Đề nghị sửa đổi',
  add: 'Đề nghị bổ sung',
  delete: 'Đề nghị bỏ',
  question: 'Đề nghị làm rõ',
  other: 'Ý kiến khác',
};

const decisions: Record<Decision | 'pending', string> = {
  accepted: 'Tiếp thu',
  partial: 'Tiếp thu một phần',
  explained: 'Giải trình',
  noted: 'Ghi nhận',
  referred: 'Xin ý kiến',
  pending: 'Chưa xử lý',
};

/**
 * "ngày 01 tháng 12 năm 2026" from 2026-12-01, the way Party and State
 * documents write it: a zero before days under 10 and before months 1 and 2.
 */
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]) <= 2 ? m[2] : String(Number(m[2]));
  return `ngày ${m[3]} tháng ${month} năm ${m[1]}`;
}

export const vi = {
  /** Words of the synthesis report and the meeting pack. */
  report: {
    kinds,
    decisions,
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
    /** A draft as the report names it: "dự thảo lần 1 (du-thao-1)". */
    draftNamed: (stem: string, version: string): string =>
      /^\d+$/u.test(version) ? `dự thảo lần ${version} (${stem})` : version ? `dự thảo ${version} (${stem})` : `dự thảo ${stem}`,
    /** Where a comment carried from another draft stood there. */
    commentedOn: (draft: string, section: string | null): string => `Góp ý trên ${draft}${section ? `, mục ${section}` : ''}`,
    /** Said of a carried comment whose section the report draft no longer has. */
    sectionGone: 'mục này không còn trong dự thảo này',
    commentsOf: (n: number): string => `${n} ý kiến`,
    commentNo: 'ý kiến số',
    date: (iso: string, place: string | null): string => (place ? `${place}, ${longDate(iso)}` : longDate(iso)),
    /** "Số" before the document number; a blank number when none is set. */
    numberPrefix: 'Số',
    numberBlank: 'Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/…',
    /** Place and date line when gopy.yaml sets no date: blanks to fill in by hand. */
    dateBlank: (place: string | null): string =>
      `${place ? `${place}, ngày` : 'Ngày'}\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0`,
    defaultRecipients: ['Lưu Văn phòng'],
    contents: 'MỤC LỤC',
    chartBySection: 'Số ý kiến theo mục của dự thảo',
    chartDecisions: 'Kết quả xử lý ý kiến',
    referredNote: 'Ý kiến của cơ quan soạn thảo',
    commentsRange: (from: number, to: number): string => (from === to ? `ý kiến số ${from}` : `ý kiến số ${from}–${to}`),
    /** Export: no PDF for a very long report. */
    pdfTooLong: (n: number, max: number, docx: string): string =>
      `không làm bản PDF: báo cáo có ${n.toLocaleString('vi-VN')} ý kiến, quá ${max.toLocaleString('vi-VN')} ý kiến thì in qua trình duyệt mất nhiều phút; hãy in từ tệp Word ${docx}; các tệp khác vẫn được ghi`,
    generalShort: 'Chung',
    total: 'Tổng cộng',
    /** Part IV: the closest section to a reference the draft does not have. */
    maybe: (code: string): string => `có thể là mục ${code}`,
    /** A comment whose decision is given once for several: "như ý kiến số 3". */
    sameAs: (no: number): string => `như ý kiến số ${no}`,
    /** The section column of Part IV. */
    typedSection: 'Mục ghi trong góp ý',
    /** Above the summary tables. */
    decisionsTable: 'Kết quả xử lý ý kiến',
    groupsTable: 'Ý kiến theo nhóm đại biểu, đơn vị',
    /** The default opening paragraph; `opening:` in gopy.yaml replaces it. */
    opening: (o: { draft: string; comments: number; delegates: number; asked: number | null; missing: string[] }): string =>
      [
        `Thực hiện việc lấy ý kiến góp ý vào ${o.draft}, `,
        o.asked !== null ? `đã gửi xin ý kiến ${o.asked} đại biểu, đơn vị; ` : '',
        `đã nhận được ${o.comments} ý kiến góp ý của ${o.delegates} đại biểu, đơn vị`,
        o.missing.length > 0 ? ` (chưa nhận được ý kiến của: ${o.missing.join(', ')})` : '',
        '. Kết quả tổng hợp, tiếp thu, giải trình như sau:',
      ].join(''),
    /** The default closing paragraph; `closing:` in gopy.yaml replaces it. */
    closing: (o: { report: string; meeting: string | null }): string =>
      `Trên đây là ${o.report}${o.meeting ? `, kính trình ${o.meeting} xem xét, cho ý kiến` : ''}./.`,
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
      origin: 'Góp ý trên dự thảo',
    },
    /** A table row continuing a long comment from the row above (perhaps on the page before): "II.2.5 (tiếp)". */
    continued: (cite: string): string => `${cite} (tiếp)`,
  },

  /** Words of `gopy diff` (text, md, html). */
  diff: {
    kinds,
    decisions,
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
    } satisfies Record<SectionStatus, string>,
    /** The same statuses in the middle of a sentence ("2 bổ sung, 1 bỏ"). */
    statusCounts: {
      added: 'bổ sung',
      removed: 'bỏ',
      modified: 'sửa đổi',
      renamed: 'đổi mã mục',
      moved: 'chuyển vị trí',
      unchanged: 'giữ nguyên',
    } satisfies Record<SectionStatus, string>,
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
    showTech: 'Hiện tệp và mã mục',
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
    text: {
      wordsChanged: (ins: number, del: number): string => `${ins} chữ thêm, ${del} chữ bỏ`,
      noChange: (n: number): string => `nội dung không thay đổi: ${n} mục giữ nguyên`,
      movedWithin: (to: string): string => `chuyển vị trí trong "${to}"`,
      movedFromTo: (from: string, to: string): string => `chuyển từ "${from}" sang "${to}"`,
      title: 'tiêu đề:',
      noComment: '(không có ý kiến về mục này)',
      comments: 'ý kiến:',
      notReflected: 'đã tiếp thu nhưng chưa thể hiện',
      explainedApplied: 'đã giải trình, nhưng đề xuất lại xuất hiện',
      shifted: 'mã mục nay chỉ một mục khác',
      gone: 'mã mục không còn trong bản sau (cần chuyển)',
      unknown: 'mã mục không có trong cả hai bản',
      drafting: 'thay đổi không xuất phát từ ý kiến góp ý',
      none: 'không có',
    },

    deleted: 'bỏ',
    inserted: 'thêm',
  },

  /** Words of `gopy status` in the terminal. */
  status: {
    heading: 'TÌNH HÌNH LẤY Ý KIẾN',
    draft: 'Dự thảo',
    version: 'phiên bản',
    commentNo: (n: number): string => `Ý kiến số ${n}`,
    meeting: 'Hội nghị',
    noMeetingDate: 'chưa có ngày họp (ghi meeting: date: trong gopy.yaml)',
    daysLeft: (n: number): string => (n > 0 ? `còn ${n} ngày` : n === 0 ? 'họp hôm nay' : `đã qua ${-n} ngày`),
    delegates: 'Đại biểu, đơn vị',
    sentOf: (sent: number, expected: number): string => `${sent}/${expected} đã gửi góp ý`,
    sentNoList: (sent: number): string =>
      `${sent} đã gửi góp ý (ghi danh sách đại biểu vào delegates: trong gopy.yaml để biết ai chưa gửi)`,
    missing: 'Chưa gửi',
    emptyForm: 'phiếu còn trống',
    empty: 'Phiếu chưa có ý kiến',
    unlisted: 'Đã gửi nhưng không có trong danh sách',
    bySection: (n: number): string => `Ý kiến theo mục (${n})`,
    unknownAnchor: 'mục không có trong dự thảo',
    pendingShort: (n: number): string => `${n} chưa xử lý`,
    decisions: 'Kết quả xử lý',
    pendingBySection: (n: number): string => `Chưa xử lý theo mục (${n})`,
    referred: (n: number): string => `Xin ý kiến Hội nghị (${n})`,
    noReferred: 'không có',
    allDone: 'Tất cả ý kiến đã được xử lý.',
    stillPending: (n: number): string => `Còn ${n} ý kiến chưa xử lý.`,
    noComments: 'Chưa có ý kiến nào.',
    date: (iso: string): string => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
      return m ? `ngày ${m[3]}/${m[2]}/${m[1]}` : iso;
    },
  },

  /** Words of `gopy anchors` in the terminal. */
  anchors: {
    anchor: 'MÃ MỤC',
    number: 'SỐ',
    title: 'TIÊU ĐỀ (dòng)',
    general: '(toàn bộ dự thảo)',
  },

  /** The blank comment form (gopy template): its instructions, in YAML comment lines, and the Word form's words. */
  commentForm: {
    heading: (title: string): string => `PHIẾU GÓP Ý${title ? `: ${title}` : ''}`,
    draftLine: (file: string, version: string | null): string => `Dự thảo: ${file}${version ? ` (phiên bản ${version})` : ''}`,
    /** How to fill in the form; `kinds` lists the kinds of comment, one line each. */
    how: (kinds: readonly string[]): string[] => [
      'Cách ghi ý kiến:',
      '  1. Dưới "comments:" là danh sách các mục của dự thảo. Ở mục muốn góp ý,',
      '     xoá dấu "# " đầu dòng (giữ 2 dấu cách thụt lề) và viết ý kiến ngay sau dấu hai chấm:',
      '       mt-02: Đề nghị nâng chỉ tiêu kết nạp hội viên.',
      '  2. Câu có dấu hai chấm và dấu cách (": ") ở giữa thì đặt cả câu trong dấu nháy kép,',
      '     hoặc ghi dấu "|" rồi xuống dòng, thụt lề thêm 2 dấu cách:',
      '       mt-01: "Ý kiến: nhất trí với dự thảo."',
      '       mt-03: |',
      '         Đề nghị sửa: "95%" thành "97%".',
      '  3. Muốn ghi rõ loại ý kiến, câu chữ trong dự thảo và câu chữ đề nghị sửa:',
      '       mt-02:',
      '         kind: amend',
      '         text: Đề nghị nâng chỉ tiêu kết nạp hội viên.',
      '         quote: 1.200',
      '         proposal: 1.500',
      '  4. Nhiều ý kiến về một mục: mỗi ý kiến một dòng, bắt đầu bằng "- ".',
      '  Loại ý kiến (kind):',
      ...kinds,
      '  Không cần xoá các dòng có dấu "#": đó là ghi chú. Lưu tệp dạng UTF-8.',
      '  Kiểm tra tệp: gopy check',
    ],
    defaultKind: '(mặc định)',
    hints: {
      name: 'họ tên đại biểu hoặc tên đơn vị (bắt buộc)',
      title: 'chức vụ',
      organization: 'cơ quan, đơn vị',
      group: 'nhóm đại biểu (không bắt buộc)',
      date: 'ngày góp ý, ví dụ 2024-02-26',
    },
    word: {
      kind: 'PHIẾU GÓP Ý',
      how: 'Cách ghi: ghi ý kiến vào cột "Ý kiến góp ý" ở dòng của mục muốn góp ý (một ô có thể có nhiều đoạn); câu chữ đề nghị sửa thì ghi vào cột "Đề xuất sửa đổi". Mục nào không có ý kiến thì để trống. Xin đừng thêm, bớt cột.',
      generalCode: 'Chung',
      dateLine: '…………, ngày …… tháng …… năm ……',
      signer: 'NGƯỜI GÓP Ý',
      signHint: '(Ký, ghi rõ họ tên)',
    },
  },

  /** The one line `gopy check` prints on standard output. */
  check: {
    fixedLines: (file: string, lines: readonly number[]): string =>
      `${file}: đã đặt câu trong dấu nháy kép ở dòng ${lines.join(', ')} (câu có dấu hai chấm ở giữa)`,
    nothingToFix: 'không có dòng nào cần đặt trong dấu nháy',
    fixFailed: (file: string, why: string): string => `không ghi được ${file} (${why}); tệp vẫn như cũ`,
    noDraft: 'chưa có dự thảo',
    summary: (c: { files: number; unread: number; comments: number; responses: number; errors: number; warnings: number }): string =>
      `${c.files} tệp góp ý${c.unread ? ` (${c.unread} tệp không đọc được)` : ''}, ${c.comments} ý kiến, ${c.responses} tệp tiếp thu, giải trình; ${c.errors} lỗi, ${c.warnings} cảnh báo`,
  },

  /** `--help`: the program, each command, each option. */
  help: {
    program: 'Tập hợp ý kiến góp ý của đại biểu vào dự thảo và lập báo cáo tổng hợp (góp ý).',
    titles: {
      'Usage:': 'Cách dùng:',
      'Options:': 'Tùy chọn:',
      'Commands:': 'Lệnh:',
      'Arguments:': 'Tham số:',
      'Global Options:': 'Tùy chọn chung:',
    } as Record<string, string>,
    usageOptions: '[tùy chọn]',
    usageCommand: '[lệnh]',
    afterError: '(gõ "gopy --help" để xem các lệnh)',
    helpOption: 'xem trợ giúp của lệnh',
    helpCommand: 'xem trợ giúp của một lệnh',
    version: 'xem số phiên bản',
    placeholders: {
      dir: '<thư-mục>',
      file: '<tệp>',
      format: '<định-dạng>',
      lang: '<ngôn-ngữ>',
      name: '<tên>',
      title: '<chức-vụ>',
      group: '<nhóm>',
      fieldColumn: '<trường=cột>',
      kind: '<loại>',
      n: '<số>',
      optDir: '[thư-mục]',
      command: '[lệnh]',
    },
    args: {
      old: 'bản-trước',
      new: 'bản-sau',
      dir: 'thư-mục',
      file: 'tệp',
    },
    options: {
      C: 'chạy như khi đứng ở <thư-mục> (như git -C)',
      draft: 'bản dự thảo làm căn cứ (đường dẫn, hoặc tên phiên bản trong drafts/)',
      comments: 'thư mục chứa các tệp góp ý (mặc định: comments/)',
      responses: 'thư mục chứa các tệp tiếp thu, giải trình (mặc định: responses/)',
      lang: 'ngôn ngữ của thông báo, trợ giúp và của báo cáo ở lệnh lập báo cáo: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định: lang: trong gopy.yaml, nếu không có thì vi',
      noColor: 'không tô màu',
      format: (formats: string): string => `định dạng đầu ra: ${formats}`,
      output: 'ghi ra tệp ("-" là in ra màn hình)',
    },
    commands: {
      check: {
        description: 'kiểm tra dự thảo, các tệp góp ý và tiếp thu, giải trình; mỗi vấn đề một dòng dạng tệp:dòng:cột',
        fix: 'sửa giúp các dòng có dấu hai chấm ở giữa câu (đặt câu trong dấu nháy kép); ghi lại các tệp đó và cho biết đã sửa gì',
      },
      anchors: { description: 'liệt kê các mục của dự thảo: mã mục, số, tiêu đề, dòng' },
      collate: { description: 'báo cáo tổng hợp có đánh số (mặc định: Markdown, in ra màn hình)' },
      export: {
        description: 'bộ tài liệu trình Hội nghị: báo cáo dạng Word, PDF, HTML, Markdown, JSON và CSV trong một thư mục',
        output: 'thư mục ghi ra (mặc định: bao-cao)',
        force: 'thay thư mục nếu trong đó đã có bộ tài liệu trước',
        noPdf: 'không làm bản PDF (cần trình duyệt Chromium)',
      },
      diff: {
        description: 'so sánh hai bản dự thảo theo từng mục, từng chữ (mặc định: hai bản mới nhất trong drafts/)',
        old: 'bản trước: đường dẫn, hoặc tên phiên bản trong drafts/',
        new: 'bản sau (mặc định: bản mới nhất)',
        format: 'định dạng đầu ra: text (mặc định), md, html, json',
        stat: 'chỉ đếm: mục nào thay đổi và bao nhiêu chữ',
        exitCode: 'thoát với mã 1 khi hai bản khác nhau, 0 khi giống nhau',
        comments: 'đối chiếu với các ý kiến góp ý (mặc định: comments/) và kết quả xử lý',
      },
      init: {
        description: 'tạo thư mục lấy ý kiến mới: gopy.yaml, dự thảo mẫu, tệp góp ý mẫu, thiết lập cho trình soạn thảo',
        dir: 'thư mục cần tạo (mặc định: thư mục hiện tại)',
        editor: 'chỉ thêm hoặc làm mới các tệp cho trình soạn thảo (JSON Schema, VS Code) trong thư mục đã có',
      },
      template: {
        description: 'phiếu góp ý trống cho một đại biểu, liệt kê mọi mục của dự thảo với tiêu đề',
        delegate: 'tên đại biểu (hoặc tên đơn vị)',
        organization: 'cơ quan, đơn vị của đại biểu',
        title: 'chức vụ của đại biểu',
        group: 'nhóm của đại biểu, dùng khi thống kê',
        all: 'một phiếu cho mỗi đại biểu có trong gopy.yaml, ghi thành tệp mới trong forms/ (hoặc -o <thư-mục>)',
        format: 'yaml (mặc định: tệp góp ý để điền) hoặc docx (phiếu góp ý Word để điền trong Word)',
        output: 'ghi phiếu ra một tệp mới hoặc vào một thư mục (mặc định: in ra màn hình); không bao giờ ghi đè',
      },
      status: {
        description: 'tình hình lấy ý kiến: ai chưa gửi, ý kiến nào chưa xử lý, còn bao nhiêu ngày đến Hội nghị',
        strict: 'thoát với mã 1 khi còn ý kiến chưa xử lý (kiểm tra lần cuối trước Hội nghị)',
      },
      decisions: {
        description:
          'bảng quyết định (Excel): mỗi ý kiến một dòng, chọn Tiếp thu / Giải trình… trong danh sách, rồi gopy import để ghi lại',
        output: 'tệp Excel sẽ ghi (mặc định: quyet-dinh.xlsx)',
      },
      import: {
        description:
          'chuyển dự thảo Word (.docx) thành dự thảo Markdown; chuyển ý kiến trong bảng tính (CSV, Excel), phiếu góp ý Word đã điền hoặc bảng Word thành tệp góp ý, mỗi đại biểu một tệp',
        file: 'tệp Word (.docx) hoặc bảng tính: .csv (phân cách bằng dấu phẩy, chấm phẩy hoặc tab) hoặc .xlsx',
        as: 'tệp chứa gì, khi gopy không tự nhận ra được: du-thao (dự thảo), y-kien (ý kiến) hoặc quyet-dinh (bảng quyết định)',
        force: 'thay tệp đã có (nhập lại một dự thảo hoặc một phiếu)',
        sheetWins: 'bảng quyết định khác quyết định đã có thì theo bảng (mặc định: giữ quyết định cũ và báo)',
        column:
          'cột chứa một trường: name, title, organization, group, date, section, kind, text, quote, proposal, id; cột ghi theo tiêu đề, chữ cái hoặc số thứ tự (mỗi trường một lần)',
        sheet: 'trang tính trong tệp Excel (tên hoặc số thứ tự; mặc định: trang đầu)',
        headerRow: 'dòng chứa tiêu đề cột (mặc định: tự tìm)',
        delegate: 'đại biểu của các dòng không ghi tên (bảng tính của một đại biểu hoặc một đơn vị)',
        organization: 'cơ quan, đơn vị của đại biểu đó',
        output: 'ghi các tệp mới vào thư mục này (mặc định: comments/; dự thảo: drafts/)',
        dryRun: 'chỉ cho xem sẽ nhập những gì; không ghi gì',
      },
    },
  },

  /** Where gopy reads from: the workspace, its folders, its drafts (load/workspace.ts). */
  workspace: {
    noFolder: (dir: string): string => `không có thư mục ${dir}`,
    optionNoFolder: (flag: string, dir: string): string => `${flag} ${dir}: không có thư mục này`,
    optionIsFile: (flag: string, dir: string): string =>
      `${flag} ${dir}: đây là một tệp, không phải thư mục; hãy cho đường dẫn tới một thư mục`,
    commentsIsFile: 'đây là một tệp, mà ở đây cần thư mục chứa các tệp góp ý (.yaml)',
    noComments:
      'chưa có thư mục này nên chưa có ý kiến góp ý nào để tổng hợp: hãy đặt các tệp góp ý (.yaml) vào đây, hoặc chỉ thư mục khác bằng --comments',
    notYaml: (n: number): string => `${n} tệp ở đây không phải tệp .yaml hay .yml nên không được đọc`,
    draftNotFound: (value: string, names: string): string =>
      `không có dự thảo "${value}"${names ? ` (trong drafts/ có: ${names})` : ' (ở đây không có thư mục drafts/)'}`,
    draftTooDeep: 'dự thảo có hàng nghìn lớp trích dẫn (>) hoặc danh sách lồng vào nhau nên không đọc được: hãy bỏ bớt các lớp lồng nhau',
    noDraft: 'chưa có dự thảo: hãy đặt dự thảo (tệp Markdown .md) vào thư mục drafts/, hoặc chỉ ra dự thảo bằng --draft',
  },

  /** gopy.yaml (load/parse-settings.ts): its shape, its dates, and the placeholders gopy init leaves for the user to fill in. */
  settings: {
    shape: (found: string): string => `gopy.yaml phải gồm các dòng "tên: giá trị" (title:, lang:, …), ở đây lại là ${found}`,
    top: 'gopy.yaml',
    under: (name: string): string => `mục "${name}:" của gopy.yaml`,
    badLang: '"lang:" phải là vi (tiếng Việt) hoặc en (tiếng Anh)',
    textOrMap: (name: string, known: string): string =>
      `"${name}:" phải là một dòng chữ, hoặc một khối gồm ${known}; ở đây lại là một danh sách`,
    signerShape: (known: string, found: string): string => `"signer:" phải là một khối gồm ${known}, ở đây lại là ${found}`,
    recipientsShape: (found: string): string =>
      `"recipients:" phải là một danh sách, mỗi nơi nhận một dòng bắt đầu bằng "- ", ở đây lại là ${found}`,
    delegatesShape: (found: string): string =>
      `"delegates:" phải là danh sách đại biểu, đơn vị được xin ý kiến, mỗi người một dòng bắt đầu bằng "- ", ở đây lại là ${found}`,
    delegateNoName: 'một đại biểu trong "delegates:" để trống tên: hãy ghi họ tên, hoặc xóa dòng này',
    delegateList:
      'mỗi đại biểu trong "delegates:" phải là một họ tên, hoặc một khối gồm name, organization, file; ở đây lại là một danh sách',
    delegateNeedsName: 'một đại biểu trong "delegates:" thiếu "name:" (họ tên; hoặc "organization:" nếu là một đơn vị)',
    dateProblem: (what: string, text: string, p: DateProblem): string => {
      switch (p.kind) {
        case 'short-year':
          return `"${what}: ${text}": năm cần ghi đủ 4 chữ số, ví dụ 01/12/2026`;
        case 'month':
          return `"${what}: ${text}" không phải là ngày có thật: không có tháng ${p.month} (tháng từ 1 đến 12); ngày ghi theo thứ tự ngày/tháng/năm, ví dụ 01/12/2026`;
        case 'day':
          return `"${what}: ${text}" không phải là ngày có thật: tháng ${p.month} năm ${p.year} ${p.day < 1 ? 'không có ngày 0' : `chỉ có ${p.last} ngày`}; hãy sửa lại ngày cho đúng`;
        default:
          return `"${what}: ${text}" không đọc được thành ngày: hãy ghi ngày/tháng/năm, ví dụ 01/12/2026 (hoặc 2026-12-01)`;
      }
    },
    placeholder: (what: string, blank: string): string =>
      `"${what}:" vẫn còn chỗ để trống ${blank}: hãy thay cả chỗ đó (gồm dấu [ ]) bằng thông tin thật, nếu không báo cáo sẽ in nguyên văn`,
  },

  /** The draft in Markdown (load/draft/). */
  draftFile: {
    frontMatterShape: 'phần đầu dự thảo (giữa hai dòng ---) phải gồm các dòng "tên: giá trị", ví dụ "title: …" và "version: 2"',
    frontMatterText: (key: string): string => `"${key}:" ở phần đầu dự thảo phải là một dòng chữ; bị bỏ qua`,
    reservedAnchor: (id: string): string =>
      `"{#${id}}": mã mục "general" dành cho ý kiến chung về cả dự thảo, không dùng cho một mục; hãy chọn mã khác`,
    duplicateAnchor: (id: string, line: number): string =>
      `mã mục "${id}" đã dùng ở dòng ${line}: mỗi mục cần một mã riêng, hãy đổi một trong hai`,
    badAnchor: (id: string): string =>
      `"{#${id}}" không phải mã mục hợp lệ (chỉ dùng chữ không dấu A-Z a-z, chữ số 0-9 và . _ -, bắt đầu bằng chữ hoặc số); được giữ nguyên như chữ thường`,
    strayAnchor: (id: string): string =>
      `"{#${id}}" không gắn được vào đâu: chỉ đề mục và ý đánh số (hoặc gạch đầu dòng) mới có mã mục; mã này được bỏ khỏi nội dung`,
    tooDeep: (depth: number, max: number): string =>
      `trích dẫn (>) hoặc danh sách lồng nhau ${thousands(depth)} lớp: không đọc được dự thảo như vậy (nhiều nhất ${thousands(max)} lớp); hãy bỏ bớt các lớp lồng nhau`,
    longRun: (count: number, mark: string, max: number): string =>
      `một dãy ${thousands(count)} ký tự "${mark}" liền nhau: không đọc được dự thảo như vậy (nhiều nhất ${thousands(max)} ký tự liền nhau); hãy xóa dãy này, hoặc đặt nó trong khối mã (giữa hai dòng \`\`\`)`,
    brackets: (max: number): string =>
      `một đoạn có hơn ${thousands(max)} dấu "[": không đọc được dự thảo như vậy (dò tìm liên kết mất quá lâu); hãy tách đoạn, xóa bớt, hoặc đặt chúng trong khối mã`,
    stars: (max: number): string =>
      `một đoạn có hơn ${thousands(max)} dấu "*" rời nhau: không đọc được dự thảo như vậy; hãy tách đoạn, xóa bớt, hoặc đặt chúng trong khối mã`,
  },

  /** The secretariat's decisions checked against the comments (validate/decide.ts). */
  decide: {
    conflicting: (id: string, prior: string, at: string, now: string): string =>
      `ý kiến ${id} đã có kết quả xử lý "${prior}" (${at}), không thể đồng thời là "${now}": hãy giữ một trong hai`,
    unknownComment: (id: string, hint: string | null): string =>
      `không có ý kiến nào mang mã "${id}"${hint ? ` (có phải là "${hint}"?)` : ''}: mã ý kiến viết dạng tên-tệp-góp-ý/mã-mục/số-thứ-tự, ví dụ le-duc-duc/mt-02/1`,
    wrongAnchor: (id: string, on: string, key: string): string =>
      `ý kiến ${id} góp ý vào mục "${on}", không phải mục "${key}": hãy chuyển kết quả xử lý này sang dưới "${on}:"`,
    unused: (key: string): string =>
      `"to: all" dưới "${key}" không áp dụng cho ý kiến nào (mục này không có ý kiến, hoặc các ý kiến đều đã được xử lý)`,
  },

  /** What the commands say when they are done, or why they stop (commands/). */
  tell: {
    created: (file: string): string => `đã tạo      ${file}`,
    wrote: (file: string): string => `đã ghi      ${file}`,
    kept: (file: string): string => `giữ nguyên  ${file}`,
    skipped: (file: string): string => `bỏ qua      ${file}`,
    fileExists: (shown: string): string => `${shown} đã có: không ghi đè, và chưa ghi tệp nào`,
    someFileExists: 'một tệp sắp ghi đã có: không ghi đè, và chưa ghi tệp nào',
    badCommandLine: 'dòng lệnh viết chưa đúng',
    collate: {
      notAvailable: (format: string): string => `chưa làm được định dạng "${format}"`,
      toTerminal: 'tệp Word hoặc Excel không hiện được trên màn hình: hãy ghi ra tệp, ví dụ -o bao-cao.docx',
    },
    decisions: { toTerminal: 'bảng quyết định là một tệp Excel: hãy cho -o <tệp>.xlsx' },
    status: { strict: (count: number): string => `--strict: còn ${count} ý kiến chưa có kết quả xử lý` },
    diff: {
      tooMany: (count: number): string => `diff so sánh nhiều nhất hai bản dự thảo (bản trước và bản sau), ở đây lại có ${count}`,
      nothingElse: (file: string): string =>
        `không có bản dự thảo nào khác để so sánh với ${file}: thư mục drafts/ còn trống (hãy ghi tên cả hai bản)`,
      onlyVersion: (file: string): string => `${file} là bản duy nhất trong drafts/: hãy ghi thêm tên bản cần so sánh với nó`,
      needTwo: (have: string | null): string =>
        `cần hai bản dự thảo để so sánh, ${have ? `mới có ${have}` : 'nhưng không có thư mục drafts/ hoặc trong đó chưa có dự thảo nào'}: hãy đặt cả hai bản vào drafts/, hoặc ghi tên hai bản (gopy diff <bản-trước> <bản-sau>)`,
    },
    export: {
      toTerminal: 'export ghi ra một thư mục: hãy cho tên thư mục bằng -o <thư-mục>',
      notFolder: (shown: string): string => `${shown} đã có và không phải là thư mục: hãy chọn chỗ khác với -o`,
      exists: (shown: string): string => `${shown} đã có: thêm --force để thay thế, hoặc chọn chỗ khác với -o`,
      notWholePack: (shown: string, missing: string): string =>
        `${shown} không phải một bộ tài liệu đầy đủ do gopy làm (thiếu ${missing}); gopy chỉ thay thư mục do chính nó ghi: hãy chọn chỗ khác với -o`,
      moreThanPack: (shown: string, list: string): string =>
        `trong ${shown} còn có những thứ khác ngoài bộ tài liệu của gopy (${list}); gopy chỉ thay thư mục do chính nó ghi: hãy chọn chỗ khác với -o`,
      noPdf: (why: string): string => `không làm được bản PDF: ${why}; các tệp khác vẫn được ghi`,
    },
    pdf: {
      badBrowserEnv: (named: string): string =>
        `không làm bản PDF: GOPY_CHROMIUM chỉ tới "${named}", không phải một chương trình chạy được; hãy đặt GOPY_CHROMIUM là đường dẫn tới Chromium hoặc Chrome, hoặc bỏ GOPY_CHROMIUM và cài Chromium (apt-get install chromium fonts-liberation2)`,
      noBrowser:
        'không làm bản PDF: không tìm thấy trình duyệt Chromium; hãy cài Chromium (apt-get install chromium fonts-liberation2), hoặc đặt GOPY_CHROMIUM là đường dẫn tới trình duyệt',
      wroteNothing: (browser: string): string => `${browser} không ghi ra bản PDF nào`,
      notPdf: (browser: string): string => `${browser} ghi ra một tệp không phải PDF`,
      timeout: (browser: string, seconds: number): string => `${browser} chạy quá ${seconds} giây nên đã bị dừng`,
      cannotRun: (program: string, why: string): string => `không chạy được ${program} (${why})`,
      failed: (browser: string, code: string, last: string): string => `${browser} bị lỗi (mã ${code})${last ? `: ${last}` : ''}`,
    },
    init: {
      isFile: (shown: string): string => `${shown} là một tệp: hãy cho tên một thư mục mới hoặc thư mục trống`,
      noFolder: (shown: string): string => `không có thư mục ${shown}`,
      already: (shown: string, found: string): string =>
        `${shown} đã là thư mục lấy ý kiến (có ${found}): không ghi gì. Hãy dùng một thư mục mới (gopy init <thư-mục>), hoặc "gopy init --editor" để chỉ thêm các tệp cho trình soạn thảo`,
      yours: (file: string, schemas: string | null): string =>
        `giữ nguyên  ${file} (tệp của bạn, không thay đổi)${schemas ? `: muốn trình soạn thảo kiểm tra tệp ngay khi gõ, hãy khai báo các schema trong ${schemas} ở mục "yaml.schemas"` : ''}`,
      there: (file: string): string => `giữ nguyên  ${file} (đã có)`,
      next: (cd: string, example: string, decisions: string): string =>
        [
          '',
          'Đã tạo thư mục lấy ý kiến mới, có dự thảo mẫu, một tệp góp ý mẫu và một tệp tiếp thu, giải trình mẫu. Tiếp theo:',
          `${cd}  gopy status                 xem tình hình (thử ngay)`,
          '  gopy anchors                các mục của dự thảo, với mã mục mà các ý kiến ghi theo',
          '  gopy template --delegate "Họ tên" -o comments/ho-ten.yaml',
          '                              phiếu góp ý cho một đại biểu (--all: mỗi đại biểu trong gopy.yaml một phiếu)',
          '  gopy check                  kiểm tra mọi tệp',
          '  gopy collate -o bao-cao.md  báo cáo tổng hợp',
          'Hãy đặt dự thảo thật vào drafts/ (dạng Markdown), sửa gopy.yaml, và xóa hai tệp mẫu',
          `(${example}, ${decisions}) khi nhận được góp ý thật.`,
        ].join('\n'),
    },
    template: {
      allWithDelegate: '--all lấy danh sách đại biểu trong gopy.yaml: hãy bỏ --delegate, --organization, --title và --group',
      noDelegates:
        'gopy.yaml chưa có danh sách đại biểu được xin ý kiến (delegates:): hãy ghi danh sách vào đó, hoặc làm một phiếu với --delegate "Họ tên"',
      allNeedsFolder: (o: string): string => `-o ${o}: với --all, -o phải là một thư mục, ở đây lại là một tệp`,
      needsFolder: (o: string): string => `-o ${o}: cần một thư mục, ở đây lại là một tệp`,
      sameFile: (shown: string, who: string): string => `${shown} (${who}: trùng tệp với một đại biểu ở trên)`,
      alreadyThere: (shown: string): string => `${shown} (đã có, giữ nguyên)`,
      written: (count: number, skipped: number): string =>
        `đã ghi ${count} phiếu, bỏ qua ${skipped}; hãy gửi mỗi đại biểu phiếu của mình, phiếu đã điền thì lưu vào comments/`,
      folderNeedsName: (o: string): string =>
        `-o ${o} là một thư mục: hãy cho --delegate "Họ tên" để đặt tên phiếu theo đại biểu, hoặc -o <tệp>.yaml`,
      exists: (shown: string): string => `${shown} đã có: gopy không ghi đè tệp góp ý (hãy chọn chỗ khác với -o)`,
      wordToTerminal: 'phiếu Word là một tệp: hãy cho -o <tệp>.docx hoặc một thư mục, không phải "-"',
      formExists: (shown: string): string => `${shown} đã có: gopy không ghi đè phiếu (hãy chọn chỗ khác với -o)`,
      wordWritten: (count: number, skipped: number): string =>
        `đã ghi ${count} phiếu Word, bỏ qua ${skipped}; hãy gửi mỗi đại biểu phiếu của mình, phiếu đã điền thì đọc lại bằng gopy import <tệp>.docx`,
      wordOne: 'hãy gửi phiếu cho đại biểu; phiếu đã điền thì đọc lại bằng gopy import <tệp>.docx',
    },
    word: {
      notDocx: 'không phải tệp Word (.docx): có thể là tệp .doc kiểu cũ; hãy mở bằng Word rồi lưu lại dạng .docx (Word Document)',
      noDocument: 'không phải tệp Word (.docx): bên trong không có phần văn bản (word/document.xml)',
      damaged: (part: string): string => `phần ${part} của tệp Word bị hỏng: hãy mở bằng Word rồi lưu lại`,
      noBody: 'tệp Word không có phần thân văn bản',
      decisionsFromWord:
        '--as quyet-dinh: quyết định được đọc từ bảng quyết định Excel (.xlsx) do gopy decisions làm ra, không đọc từ tệp Word',
      noTable: (shown: string): string =>
        `${shown}: không tìm thấy bảng ý kiến (bảng có một cột ghi ý kiến, ví dụ "Ý kiến góp ý", và một cột ghi đại biểu, ví dụ "Đơn vị"); hoặc cho --delegate`,
      mdIsFolder: (shown: string): string => `${shown} là một thư mục: hãy cho -o tên một tệp có đuôi .md`,
      mdExists: (shown: string): string => `${shown} đã có: không ghi đè (thêm --force để thay thế, hoặc -o tên khác)`,
      formDraft: (draft: string, file: string): string =>
        `phiếu được làm từ dự thảo "${draft}", mà dự thảo này không có trong drafts/: các mục được tìm trong ${file}`,
      noFormTable: (shown: string): string =>
        `${shown}: phiếu không còn bảng các mục: có phải đã bị xóa? Hãy làm phiếu mới bằng gopy template --format docx`,
      noWho: (shown: string): string =>
        `${shown}: phiếu không ghi của ai: hãy điền "Họ và tên" (hoặc "Cơ quan, đơn vị") trong phiếu, hoặc cho --delegate "Họ tên"`,
    },
    sheet: {
      needColumns: (decision: string, id: string): string =>
        `cần có cột "${decision}" và cột "${id}" (cột ẩn): hãy dùng bảng do gopy decisions làm ra và không xóa cột`,
      notDecision: (value: string, list: string): string =>
        `"${value}" không phải là một quyết định (hãy chọn trong danh sách: ${list}): dòng này không được đọc`,
      groupDiffers: (group: string): string =>
        `các dòng của nhóm "${group}" có quyết định khác nhau: mỗi dòng giữ quyết định của mình; các dòng chưa có quyết định vẫn là chưa xử lý`,
      exists: (shown: string): string => `${shown} đã có: không ghi đè (thêm --force để thay bằng các quyết định trong bảng này)`,
      unknownId: (id: string): string => `ý kiến "${id}" không còn trong comments/: dòng này không được đọc`,
      needsNote: (label: string): string =>
        `"${label}" cần có ghi chú (vì sao không tiếp thu, hoặc các phương án xin ý kiến Hội nghị): dòng này không được đọc`,
      conflict: (id: string, old: string, at: string, now: string): string =>
        `ý kiến ${id} đã có quyết định "${old}" ở ${at}; bảng ghi "${now}"`,
      keptOld: (what: string): string => `${what}: giữ quyết định cũ (muốn theo bảng thì dùng --sheet-wins)`,
      tookSheet: (what: string): string => `${what}: theo bảng (--sheet-wins)`,
    },
  },

  /** Problems found in the files (`gopy check` and every command that reads them). */
  messages: {
    xmlCharacter: (code: string): string =>
      `có ký tự điều khiển ${code} mà tệp Word không chứa được; báo cáo sẽ hiện nó thành "�": hãy xoá ký tự này`,
    files: {
      notRegular: 'đây không phải một tệp bình thường',
      tooLarge: (mb: string, limit: number): string => `tệp nặng ${mb} MB, quá giới hạn ${limit} MB cho loại tệp này`,
      cannotRead: (why: string): string => `không đọc được tệp (${why})`,
      cannotList: (why: string): string => `không xem được thư mục (${why})`,
      /** Files that look like inputs but are not read (rule skipped-file). */
      skippedLock: 'tệp khóa do Word hoặc Excel để lại khi đang mở một tài liệu: không đọc',
      skippedHidden: 'tệp ẩn (tên bắt đầu bằng "."): không đọc; đổi tên tệp nếu muốn gopy đọc',
      skippedFolder: 'đây là thư mục, không phải tệp: không đọc (các tệp bên trong cũng không được đọc)',
      skippedSpecial: 'đây không phải tệp bình thường (đường ống, thiết bị): không đọc',
      utf16: (order: string): string =>
        `tệp được lưu dạng UTF-16 ${order} (kiểu "Unicode" của Notepad); gopy vẫn đọc được, nhưng nên lưu lại dạng UTF-8 (Notepad: Lưu thành… › Mã hóa: UTF-8)`,
      notUtf8:
        'tệp không được lưu dạng văn bản UTF-8 (có thể là Windows-1258 hoặc TCVN3): mở tệp và lưu lại dạng UTF-8 (Notepad: Lưu thành… › Mã hóa: UTF-8)',
      codes: {
        notFound: 'không tìm thấy',
        permission: 'không có quyền',
        loop: 'đường dẫn tắt vòng quanh',
        isFolder: 'đây là thư mục',
        unknown: 'lỗi không rõ',
      },
    },
    found: { map: 'một khối các mục', seq: 'một danh sách', nothing: 'chỗ trống', text: 'một câu chữ' },
    unknownField: (field: string, where: string, hint: string | null): string =>
      `không có trường "${field}" ở ${where}${hint ? ` (có phải là "${hint}"?)` : ''}; trường này bị bỏ qua`,
    mustBeText: (field: string, found: string): string => `"${field}:" phải là một câu chữ, ở đây lại là ${found}`,
    comments: {
      empty: 'tệp trống: cần có "delegate:" (người góp ý) và "comments:" (các ý kiến)',
      shape: (found: string): string => `tệp góp ý phải có "delegate:" và "comments:", ở đây lại là ${found}`,
      topLevel: 'đầu tệp',
      missingComments: 'thiếu "comments:" (các ý kiến, theo mã mục)',
      noComments: '"comments:" còn trống: đại biểu này chưa có ý kiến',
      commentsShape: (found: string): string => `dưới "comments:" phải là các mã mục, mỗi mã mục kèm ý kiến, ở đây lại là ${found}`,
      emptyAnchor: 'mã mục bị để trống',
      emptyList: (anchor: string): string => `không có ý kiến nào dưới "${anchor}"`,
      duplicateId: (id: string, line: number): string => `mã ý kiến "${id}" đã dùng ở dòng ${line}`,
      missingDelegate: 'thiếu "delegate:" (ai góp ý: ít nhất phải có "name:")',
      delegateShape: (found: string): string => `"delegate:" phải là một khối có "name:", ở đây lại là ${found}`,
      missingName: 'thiếu "name:" dưới "delegate:" (họ tên đại biểu hoặc tên đơn vị)',
      emptyText: (anchor: string): string => `không có nội dung ý kiến dưới "${anchor}"`,
      listInList: (anchor: string): string =>
        `một ý kiến dưới "${anchor}" phải là một câu, hoặc một khối có "text:"; ở đây lại là danh sách lồng trong danh sách`,
      commentUnder: (anchor: string): string => `ý kiến dưới "${anchor}"`,
      missingText: (anchor: string): string => `một ý kiến dưới "${anchor}" không có "text:" (nội dung ý kiến)`,
      unknownKind: (value: string, kinds: readonly string[], hint: string | null): string =>
        `không có loại ý kiến "${value}"${hint ? ` (có phải là "${hint}"?)` : ''}: dùng một trong ${kinds.join(', ')}, hoặc nhất trí, sửa đổi, bổ sung, bỏ, làm rõ, khác (có thể thêm "đề nghị" ở trước)`,
      badId: (id: string): string => `mã ý kiến "${id}" phải là một từ, không có dấu cách hay "/"`,
    },
    responses: {
      empty: 'tệp trống: chưa có kết quả xử lý nào',
      shape: (found: string): string => `tệp xử lý phải gồm các mã mục, mỗi mã mục kèm kết quả xử lý, ở đây lại là ${found}`,
      entryShape: (key: string, found: string): string =>
        `kết quả xử lý dưới "${key}" phải là một khối có "to:" và "decision:", ở đây lại là ${found}`,
      inDecision: 'một kết quả xử lý',
      missingTo: (key: string): string => `kết quả xử lý dưới "${key}" thiếu "to:" (mã các ý kiến, hoặc "all" là tất cả)`,
      toList: (found: string): string => `"to:" phải liệt kê mã ý kiến, ở đây lại là ${found}`,
      toMixed: '"to:" vừa có mã ý kiến vừa có "all": viết "to: all", hoặc chỉ các mã ý kiến',
      toShape: '"to:" phải là một mã ý kiến, một danh sách mã ý kiến, hoặc "all"',
      missingDecision: (key: string, decisions: readonly string[]): string =>
        `kết quả xử lý dưới "${key}" thiếu "decision:" (${decisions.join(', ')}, hoặc tiếp thu, tiếp thu một phần, giải trình, ghi nhận, xin ý kiến)`,
      unknownDecision: (value: string, decisions: readonly string[], hint: string | null): string =>
        `không có kết quả xử lý "${value}"${hint ? ` (có phải là "${hint}"?)` : ''}: dùng một trong ${decisions.join(', ')}, hoặc tiếp thu, tiếp thu một phần, giải trình, ghi nhận, xin ý kiến`,
      missingNote: (decision: string): string =>
        decision === 'explained'
          ? '"giải trình" (explained) cần có "note:" nói vì sao không tiếp thu'
          : '"xin ý kiến" (referred) cần có "note:" nêu các phương án để Hội nghị cho ý kiến',
    },
    yaml: {
      tab: 'dòng này thụt đầu dòng bằng phím Tab, mà tệp này chỉ được thụt bằng dấu cách: xóa Tab, gõ dấu cách cho thẳng cột với các dòng cùng cấp',
      colonInText: (key: string, text: string, quoted: string): string =>
        `câu "${text}" có dấu hai chấm và dấu cách (": ") ở giữa nên bị đọc nhầm thành một tên mục mới: đặt cả câu trong dấu nháy (${key}: ${quoted}), hoặc xuống dòng sau dấu | (${key}: |) rồi viết câu ở dòng dưới, thụt vào; "gopy check --fix" tự thêm dấu nháy cho những dòng như vậy`,
      dashOnKey: (key: string): string =>
        `dấu "-" của danh sách không được đứng cùng dòng với "${key}:": xuống dòng sau "${key}:", rồi viết mỗi ý kiến trên một dòng riêng bắt đầu bằng "- ", thụt vào sâu hơn "${key}"`,
      unclosedQuote: (q: string): string =>
        `dấu nháy ${q} mở ở đây nhưng không có dấu đóng: thêm dấu ${q} ở cuối câu (nếu trong câu có dấu nháy kép thì dùng dấu nháy đơn ' ở hai đầu, hoặc xuống dòng sau dấu |)`,
      badIndent: (text: string, have: number, want: number): string =>
        `dòng "${text}" thụt vào ${have} dấu cách, không thẳng cột với các dòng cùng cấp (${want} dấu cách): sửa cho thẳng cột`,
      missingColon: (key: string, text: string): string => `thiếu dấu hai chấm sau "${key}": viết "${key}: ${text}"`,
      wrongLevel: (text: string, key: string, owner: number): string =>
        key
          ? `dòng "${text}" không thụt vào đúng chỗ: nếu đây là ý kiến (hoặc phần tiếp của câu) của "${key}" ở dòng ${owner}, hãy thụt vào sâu hơn "${key}", hoặc viết cả câu ngay sau "${key}: " trên một dòng`
          : `dòng "${text}" không thụt vào đúng chỗ, hoặc thiếu tên mục và dấu hai chấm ở đầu dòng`,
      other:
        'dòng này viết chưa đúng cách: kiểm tra dấu hai chấm sau mỗi tên mục, thụt đầu dòng bằng dấu cách (các dòng cùng cấp thẳng cột), và đặt câu có dấu hai chấm trong dấu nháy kép',
      duplicateKey: (key: string): string =>
        `tên "${key}" xuất hiện hai lần ở cùng một chỗ: chỉ giữ một (nhiều ý kiến về một mục thì viết thành danh sách dưới tên mục đó, mỗi ý kiến một dòng "- ")`,
      tooDeep: (max: number): string => `các mục lồng nhau quá ${max} cấp`,
      aliasLimit: (max: number): string => `các tham chiếu (*) bung ra hơn ${max} giá trị: hãy viết thẳng các giá trị`,
      unknownAlias: (name: string): string => `không có điểm tham chiếu &${name} cho *${name}`,
      complexKey: 'tên mục phải là chữ thường, không phải danh sách hay khối',
      control: (code: string): string =>
        `tệp có ký tự điều khiển (${code}) không được phép: đây có phải tệp văn bản không? Hãy lưu lại dưới dạng văn bản UTF-8`,
      multipleDocuments: 'tệp có hai phần ngăn nhau bởi dòng "---": xóa dòng "---" (mỗi tệp chỉ một phần)',
      more: (n: number): string => ` (${n} lỗi tiếp theo có thể do lỗi này gây ra)`,
    },
    duplicateFileName: (other: string): string => `tệp này và ${other} trùng tên nên mã ý kiến sẽ trùng nhau: hãy đổi tên một tệp`,
    unknownAnchor: (key: string, hint: string | null): string =>
      `dự thảo không có mục "${key}"${hint ? ` (có phải là "${hint}"?)` : ''}: ý kiến vẫn được giữ và liệt kê riêng trong báo cáo`,
    quoteNotFound: (anchor: string): string => `câu trích dẫn (quote:) không có trong mục "${anchor}" của dự thảo`,
    // Placement across draft versions (model/placement.ts).
    draftName: (stem: string, version: string): string => (version ? `${stem} (lần ${version})` : stem),
    unknownAnchorIn: (key: string, hint: string | null, draft: string): string =>
      `dự thảo ${draft} mà tệp này góp ý không có mục "${key}"${hint ? ` (có phải là "${hint}"?)` : ''}: ý kiến vẫn được giữ và liệt kê riêng trong báo cáo`,
    quoteNotFoundIn: (anchor: string, draft: string): string =>
      `câu trích dẫn (quote:) không có trong mục "${anchor}" của dự thảo ${draft}`,
    sectionRemoved: (anchor: string, draft: string, report: string): string =>
      `mục "${anchor}" của dự thảo ${draft} không còn trong dự thảo ${report} (đã bỏ hoặc gộp vào mục khác): ý kiến vẫn được giữ và liệt kê riêng trong báo cáo`,
    draftUnspecified: (assumed: string, stem: string): string =>
      `tệp này không ghi góp ý vào dự thảo nào (thiếu "draft:") mà thư mục drafts/ có nhiều bản: ý kiến được đọc theo dự thảo ${assumed}; hãy ghi "draft: ${stem}" (hoặc bản đã góp ý)`,
    unknownDraft: (name: string, assumed: string): string => `không có dự thảo "${name}" trong drafts/: ý kiến được đọc theo ${assumed}`,
  },

  /** What `diff --comments` finds about the revision (its checks and their messages). */
  revision: {
    acceptedNowhere: 'đã "tiếp thu" nhưng đề xuất không có ở đâu trong bản sau',
    removedFrom: (anchor: string, draft: string): string =>
      `mục "${anchor}" của ${draft} (bản dự thảo mà tệp góp ý ghi) không có trong bản trước`,
    inNeither: (key: string): string => `mã mục "${key}" không có trong cả hai bản (xem gopy check)`,
    removedNew: (was: string): string => `mục "${was}" đã bị bỏ khỏi bản sau`,
    carried: (was: string, now: string, status: string, draft: string): string =>
      `mục "${was}" nay là "${now}" (${status}); gopy collate tự chuyển ý kiến sang đó (tệp góp ý ghi ${draft})`,
    carry: (now: string, stem: string): string =>
      `: cần chuyển ý kiến sang mục mới (ghi mã "${now}", hoặc thêm "draft: ${stem}" vào tệp góp ý)`,
    gone: (key: string, now: string | null, status: string, carry: string): string =>
      now
        ? `"${key}" không còn trong bản sau; mục đó nay là "${now}" (${status})${carry}`
        : `"${key}" không còn trong bản sau; mục đó đã bị bỏ`,
    shifted: (key: string, now: string | null, carry: string): string =>
      now
        ? `"${key}" trong bản sau chỉ một mục khác; mục được góp ý nay là "${now}"${carry}`
        : `"${key}" trong bản sau chỉ một mục khác; mục được góp ý đã bị bỏ`,
    notReflected: (decision: string, problem: string): string =>
      `đã "${decision === 'partial' ? 'tiếp thu một phần' : 'tiếp thu'}" nhưng chưa thể hiện: ${problem}`,
    explainedApplied: 'đã "giải trình" (không tiếp thu) nhưng đề xuất lại xuất hiện trong bản sau',
    why: {
      removed: 'mục đó đã bị bỏ khỏi bản sau',
      unchanged: 'mục đó không thay đổi',
      stillThere: 'những chữ đề nghị bỏ vẫn còn trong mục',
      notIn: 'cách viết được đề xuất không có trong mục ở bản sau',
      partial: 'cả chữ được trích dẫn lẫn đề xuất đều không thay đổi trong mục',
    },
  },

  /** `gopy import`: reading a spreadsheet. */
  importer: {
    notFile: (shown: string): string => `${shown} không phải là một tệp`,
    tooLarge: (shown: string, mb: number): string => `${shown} nặng hơn ${mb} MB`,
    cannotRead: (shown: string, why: string): string => `không đọc được ${shown} (${why})`,
    badFormat: (shown: string): string =>
      `${shown}: gopy không đọc được kiểu bảng tính này; hãy lưu thành .xlsx (Excel Workbook) hoặc CSV UTF-8`,
    sheetForCsv: '--sheet chỉ dùng cho tệp Excel (.xlsx), không dùng cho tệp CSV',
    noHeaderRow: (n: string, shown: string): string => `--header-row ${n}: ${shown} không có dòng này`,
    noRows: (shown: string): string => `${shown} không có dòng nào`,
    outputIsFile: (target: string): string => `-o ${target}: cần một thư mục, đây lại là một tệp`,
  },

  /** What gopy says when the command line itself is wrong (exit 2) or it fails. */
  usage: {
    dirIsFile: (given: string): string =>
      `-C ${given}: đây là một tệp, không phải thư mục; -C cần thư mục lấy ý kiến (nơi có gopy.yaml hoặc drafts/)`,
    dirNotFound: (given: string): string => `-C ${given}: không có thư mục này`,
    noWorkspace: (dir: string): string =>
      `không tìm thấy thư mục lấy ý kiến: trong ${dir} và các thư mục bên trên không có gopy.yaml hay drafts/; hãy chạy "gopy init" để tạo mới, hoặc chuyển vào thư mục đó (hoặc dùng -C <thư-mục>)`,
    badLang: (value: string): string => `--lang phải là vi hoặc en, không phải "${value}"`,
    unknownFormat: (value: string, allowed: readonly string[]): string =>
      `không có định dạng "${value}": hãy chọn ${allowed.length === 2 ? allowed.join(' hoặc ') : `một trong ${allowed.join(', ')}`}`,
    unknownOption: (flag: string): string => `không có tùy chọn ${flag}`,
    unknownCommand: (name: string): string => `không có lệnh "${name}"`,
    didYouMean: (s: string): string => `(có phải ý bạn là ${s}?)`,
    missingArgument: (name: string): string => `thiếu ${name}`,
    optionMissingValue: (flag: string): string => `tùy chọn ${flag} cần một giá trị`,
    seeHelp: (command: string): string => `(gõ "gopy ${command} --help" để xem cách dùng lệnh này)`,
    pdfIsExport: 'collate không làm bản PDF: dùng "gopy export" (bộ tài liệu trình Hội nghị, có bản PDF), hoặc --format html rồi in ra PDF',
    tooManyArguments: 'thừa tham số',
    noCommand: 'hãy chọn một lệnh',
    willNotWriteInput: (shown: string, dir: string): string =>
      `không ghi ${shown}: tệp này nằm trong ${dir}, nơi gopy chỉ đọc; hãy chọn chỗ khác với -o`,
    internal: (detail: string): string => `lỗi bên trong gopy: ${detail} (xin báo lại cho người phát triển, kèm các tệp gây ra lỗi)`,
  },

  /** Where gopy will not write (exit 2) or could not write (exit 3); never the name of a temporary file. */
  output: {
    ontoSettings: (shown: string): string => `không ghi đè ${shown}: đó là tệp thiết lập gopy.yaml, gopy chỉ đọc; hãy chọn chỗ khác với -o`,
    ontoInput: (shown: string): string =>
      `không ghi đè ${shown}: đó là một tệp đầu vào của lệnh này, gopy chỉ đọc; hãy chọn chỗ khác với -o`,
    isFolder: (shown: string): string => `không ghi được ${shown}: đó là một thư mục; hãy cho tên một tệp với -o`,
    notRegular: (shown: string): string =>
      `không ghi đè ${shown}: đó không phải là một tệp thông thường (đường ống, thiết bị…); hãy chọn chỗ khác với -o`,
    noPermission: (shown: string): string => `không ghi được ${shown}: không có quyền ghi vào đó; hãy chọn chỗ khác với -o`,
    diskFull: (shown: string): string => `không ghi được ${shown}: ổ đĩa đã đầy; không có gì được ghi`,
    readOnly: (shown: string): string => `không ghi được ${shown}: ổ đĩa chỉ cho đọc; hãy chọn chỗ khác với -o`,
    notFolderOnPath: (shown: string): string =>
      `không ghi được ${shown}: một phần của đường dẫn là tệp, không phải thư mục; không có gì được ghi`,
    otherWrite: (shown: string, code: string): string => `không ghi được ${shown} (${code}); không có gì được ghi`,
    unknownError: 'lỗi không rõ',
    /** Standard output failed midway: what was written stays, the rest is lost. */
    stdoutFailed: (why: string): string => `không ghi tiếp được ra đầu ra chuẩn (${why}): phần đã ghi ra không đầy đủ`,
    stdoutFull: 'ổ đĩa đã đầy',
    stdoutNoPermission: 'không có quyền ghi',
  },

  /** What gopy import says when it is done with a Word file or a decision sheet. */
  importing: {
    comments: {
      form: (s: FormSummary): string =>
        lines([
          `${s.dryRun ? 'Chạy thử (chưa ghi gì): ' : ''}${s.source}: phiếu góp ý của ${s.who} (dự thảo ${s.draft})`,
          s.imported > 0
            ? `  ${s.imported} ý kiến → ${s.files.join(', ')}${s.replaced ? ' (thay tệp cũ)' : ''}`
            : s.already > 0
              ? '  Không có ý kiến mới: các ý kiến trong phiếu đã có trong comments/.'
              : '  Phiếu để trống: không có ý kiến nào, không ghi tệp nào.',
          s.empty > 0 ? `  ${s.empty} mục để trống (không có ý kiến).` : null,
          s.already > 0 && s.imported > 0 ? `  ${s.already} ý kiến đã có từ trước: không nhập lại.` : null,
          s.unmatched > 0 ? `  ${s.unmatched} ý kiến ở dòng không tìm thấy mục trong dự thảo: vẫn giữ, báo cáo sẽ liệt kê riêng.` : null,
          s.imported > 0 && !s.dryRun ? '  Tiếp theo: gopy check, rồi gopy status.' : null,
        ]),
      tables: (s: TablesSummary): string =>
        lines([
          `${s.dryRun ? 'Chạy thử (chưa ghi gì): ' : ''}${s.source}: bảng ý kiến (bảng số ${s.tables.join(', ')}), ${s.rows} dòng`,
          `  ${s.imported} ý kiến ${s.dryRun ? 'sẽ được nhập' : 'đã nhập'} vào ${s.files.length} tệp mới:`,
          ...s.files.map((f) => `    ${f.shown}  ${f.who}: ${f.count} ý kiến`),
          s.blank > 0 ? `  ${s.blank} dòng trống được bỏ qua.` : null,
          s.already > 0 ? `  ${s.already} dòng trùng hoặc đã có từ trước: không nhập lại.` : null,
          s.unmatched > 0 ? `  ${s.unmatched} ý kiến về mục không có trong dự thảo: vẫn giữ, báo cáo sẽ liệt kê riêng.` : null,
          s.skipped > 0 ? `  ${s.skipped} dòng không nhập được: xem các cảnh báo ở trên (số dòng đếm qua mọi bảng của tệp).` : null,
          s.imported > 0 && !s.dryRun ? '  Tiếp theo: gopy check, rồi gopy status.' : null,
        ]),
    },
    draft: {
      summary: (s: DraftSummary): string =>
        [
          `${s.dryRun ? 'Chạy thử (chưa ghi gì): ' : ''}${s.source} → ${s.target}${s.replaced ? ' (thay tệp cũ)' : ''}`,
          `  Tiêu đề: ${s.title}`,
          `  Phiên bản: ${s.version}`,
          `  ${s.sections} mục có mã neo: ${s.headings} đề mục, ${s.items} ý đánh số (chỉ tiêu, nhiệm vụ)${s.sections > s.headings + s.items ? ', và tiêu đề văn bản' : ''}`,
          s.notes > 0
            ? `  ${s.notes} chỗ không chuyển được nguyên vẹn: xem các dòng cảnh báo ở trên, rồi sửa bằng tay trong ${s.target}`
            : '  Toàn bộ nội dung đã được chuyển.',
          `  Tiếp theo: mở ${s.target} để soát lại; "gopy anchors" liệt kê các mục; "gopy template --format docx --all" làm phiếu góp ý.`,
          '',
        ].join('\n'),
      note: (n: DraftNoteText): string => {
        const where = n.where ? ` (trong mục "${n.where}")` : '';
        switch (n.rule) {
          case 'image':
            return `một hình ảnh${where} không đưa được vào dự thảo Markdown: nếu cần, hãy mô tả nó bằng lời`;
          case 'header-block':
            return `bảng tiêu đề văn bản (tên cơ quan, quốc hiệu) được bỏ qua: ghi các thông tin đó trong gopy.yaml (issuer, number, place, date)`;
          case 'signature-block':
            return `phần nơi nhận và chữ ký cuối văn bản được bỏ qua: ghi các thông tin đó trong gopy.yaml (recipients, signer)`;
          case 'empty-heading':
            return `một đề mục trống${where} được bỏ qua`;
          default:
            return `${n.detail}${where}`;
        }
      },
    },
    /** A CSV or Excel sheet of comments: the file, its rows, the summary. */
    sheet: {
      notXlsx:
        'không phải tệp Excel (.xlsx): có thể là tệp .xls cũ hoặc tệp đã bị đổi đuôi; hãy mở bằng Excel rồi lưu lại thành .xlsx (Excel Workbook) hoặc CSV UTF-8',
      damaged: 'tệp Excel (.xlsx) bị hỏng, không đọc được; hãy mở bằng Excel hoặc LibreOffice rồi lưu lại thành .xlsx',
      noSheets: 'bảng tính không có trang tính nào; hãy kiểm tra lại tệp (đúng tệp chưa, đã lưu chưa)',
      noSuchSheet: (wanted: string, names: readonly string[]): string =>
        `không có trang tính "${wanted}"; bảng tính có: ${names.map((n) => `"${n}"`).join(', ')} (--sheet nhận tên hoặc số thứ tự của trang)`,
      windows1258:
        'tệp không được lưu dạng UTF-8: đã đọc theo bảng mã Windows-1258 (kiểu "CSV" của Excel trên Windows tiếng Việt); hãy soát lại dấu tiếng Việt, hoặc lưu lại dạng "CSV UTF-8"',
      tcvn3:
        'có ô được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime): đã chuyển sang Unicode; hãy soát lại dấu tiếng Việt, hoặc chuyển cả tệp sang Unicode trước (Unikey: Công cụ chuyển mã)',
      quoteNotClosed:
        'một ô mở dấu ngoặc kép (") mà không đóng: phần còn lại của tệp đã được đọc vào ô này; hãy thêm dấu ngoặc kép đóng ở cuối ô rồi nhập lại',
      badAs: (value: string): string => `--as ${value}: phải là du-thao (dự thảo), y-kien (ý kiến) hoặc quyet-dinh (bảng quyết định)`,
      draftNeedsWord: '--as du-thao: dự thảo chỉ nhập được từ tệp Word (.docx)',
      notDecisionSheet: (shown: string): string =>
        `${shown}: không phải bảng quyết định do "gopy decisions" tạo ra (thiếu trang ẩn "gopy"); muốn nhập ý kiến trong bảng này thì dùng --as y-kien`,
      cannotTell: (shown: string, missing: readonly string[], headerRow: number, columns: readonly string[]): string =>
        `${shown}: không biết cột nào chứa ${missing.length > 0 ? missing.join(' và ') : 'nội dung cần nhập'} (dòng tiêu đề ${headerRow}: ${columns.join(', ')}); hãy chỉ rõ bằng --column, ví dụ --column text="Ý kiến" --column name=B`,
      missingText: 'nội dung góp ý (text, ví dụ "Nội dung góp ý")',
      missingDelegate: 'đại biểu (name, ví dụ "Họ tên", hoặc organization, ví dụ "Đơn vị"; hoặc cho --delegate để dùng cho mọi dòng)',
      aboveHeader: (rows: readonly number[], headerRow: number): string =>
        `${rowList(rows)} nằm trên dòng tiêu đề (dòng ${headerRow}): không đọc`,
      nothingImported: 'không nhập được dòng nào (xem các thông báo ở trên): không ghi tệp nào',
      summary: (s: SheetSummary): string => {
        return lines([
          `${s.shown}${s.sheet ? ` (trang "${s.sheet}")` : ''}: dòng tiêu đề là dòng ${s.headerRow}, bên dưới có ${s.rows} dòng`,
          `  Các cột: ${s.columns.join(', ')}`,
          s.unread.length > 0 ? `  Không đọc: ${s.unread.join(', ')}` : null,
          `  ${s.imported} ý kiến ${s.dryRun ? 'sẽ được nhập' : 'đã nhập'} vào ${s.files.length} tệp mới trong ${s.target}/`,
          ...s.files.map(
            (f) =>
              `    ${f.shown}  ${f.who}: ${f.count} ý kiến, ${rowList(f.rows)}${f.besides ? ` (ngoài tệp ${f.besides} đã có của đại biểu này, được giữ nguyên)` : ''}`,
          ),
          s.unmatched > 0 ? `  ${s.unmatched} ý kiến về mục không có trong dự thảo: giữ như đã ghi, báo cáo sẽ liệt kê riêng.` : null,
          s.blank.length > 0 ? `  ${s.blank.length} dòng trống được bỏ qua (${rowList(s.blank)}).` : null,
          s.duplicates > 0 ? `  ${s.duplicates} dòng lặp lại dòng trước: chỉ nhập một lần.` : null,
          s.already > 0 ? `  ${s.already} dòng đã có trong các tệp góp ý: không nhập lại.` : null,
          s.notImported > 0 ? `  ${s.notImported} dòng không nhập được: xem các thông báo ở trên (${s.shown}:dòng).` : null,
          s.dryRun ? '  Chạy thử: chưa ghi gì.' : s.files.length > 0 ? '  Tiếp theo: gopy check, rồi gopy status.' : null,
        ]);
      },
    },
    /** Why a row of a sheet, a Word table or a form was read as it was, or not imported. */
    rows: {
      columnSyntax: (text: string): string => `--column "${text}": hãy viết dạng trường=cột, ví dụ text="Nội dung góp ý" hoặc text=C`,
      unknownField: (field: string, hint: string | null, fields: readonly string[]): string =>
        `--column: không có trường "${field}"${hint ? ` (có phải ý bạn là "${hint}"?)` : ''}; các trường là ${fields.join(', ')}`,
      noColumnGiven: (field: string): string => `--column ${field}=: hãy ghi một cột (tiêu đề, chữ cái như C, hoặc số thứ tự)`,
      noSuchColumn: (field: string, spec: string, headers: readonly string[]): string =>
        `--column ${field}=${spec}: dòng tiêu đề không có cột này (các cột: ${headers.map((h) => `"${h}"`).join(', ')})`,
      numberingRow: 'dòng đánh số cột ngay dưới dòng tiêu đề: không đọc',
      kindAsText: (kind: string): string => `không có nội dung góp ý, chỉ có loại ý kiến "${kind}": dùng loại đó làm nội dung`,
      noText: 'dòng này không có nội dung góp ý: không nhập',
      noDelegate: 'dòng này và các dòng bên trên đều không ghi đại biểu (họ tên hoặc đơn vị): không nhập',
      delegateFromAbove: (row: number, name: string): string => `dòng này không ghi đại biểu: lấy theo dòng ${row} bên trên (${name})`,
      proposalAsText: 'không có nội dung góp ý, chỉ có đề xuất sửa đổi: dùng đề xuất đó làm cả nội dung',
      unknownKind: (kind: string, kinds: readonly string[]): string =>
        `loại ý kiến "${kind}" không phải loại gopy biết (${kinds.join(', ')}, hoặc Nhất trí, Sửa đổi, Bổ sung, Bỏ, Làm rõ, Khác): nhập thành "Ý kiến khác"`,
      alreadyIn: (file: string | null): string => `dòng này đã có trong ${file ?? 'một tệp góp ý'}: không nhập lại`,
      repeats: (row: number): string => `dòng này lặp lại dòng ${row} (cùng đại biểu, mục và nội dung): chỉ nhập một lần`,
      unknownSection: (cell: string, candidates: readonly string[], anchor: string): string => {
        const some = candidates.length > 5 ? `${candidates.slice(0, 5).join(', ')}, …` : candidates.join(', ');
        const why =
          candidates.length > 1 ? ` (có thể là ${some})` : candidates.length === 1 ? ` (có phải ý bạn là "${candidates[0]}"?)` : '';
        return `mục "${cell}" không có trong dự thảo${why}: ý kiến vẫn được giữ dưới mã "${anchor}" và báo cáo sẽ liệt kê riêng`;
      },
      badId: (id: string, twice: boolean): string =>
        `mã ý kiến "${id}" ${twice ? 'bị dùng hai lần cho cùng đại biểu' : 'phải là một từ, không có dấu cách hay "/"'}: bỏ mã này`,
    },
  },
  /** The decision sheet (gopy decisions) and its import. */
  decisionSheet: {
    sheet: 'Quyết định',
    columns: {
      no: 'STT',
      section: 'Mục',
      delegate: 'Đại biểu / đơn vị',
      comment: 'Nội dung góp ý',
      decision: 'Quyết định',
      note: 'Ghi chú / nội dung tiếp thu, giải trình',
      group: 'Nhóm',
      id: 'Mã ý kiến',
    },
    pickOne: 'Hãy chọn một quyết định trong danh sách.',
    written: (shown: string, rows: number, decided: number): string =>
      `Đã ghi ${shown}: ${rows} ý kiến, ${decided} đã có quyết định.\n  Điền cột "Quyết định" (chọn trong danh sách) và "Ghi chú"; các dòng cùng "Nhóm" được quyết định chung.\n  Xong thì: gopy import ${shown}\n`,
    summary: (s: DecisionImportSummary): string =>
      lines([
        `${s.dryRun ? 'Chạy thử (chưa ghi gì): ' : ''}${s.source}: bảng quyết định, ${s.rows} dòng`,
        s.written > 0
          ? `  ${s.written} quyết định mới hoặc thay đổi → ${s.target}${s.replaced ? ' (thay tệp cũ)' : ''}`
          : '  Không có quyết định mới: không ghi tệp nào.',
        s.unchanged > 0 ? `  ${s.unchanged} dòng giữ nguyên quyết định đã có.` : null,
        s.pending > 0 ? `  ${s.pending} dòng chưa có quyết định.` : null,
        s.conflicts > 0
          ? s.sheetWins
            ? `  ${s.conflicts} dòng khác quyết định đã có: theo bảng (--sheet-wins); quyết định cũ được gỡ khỏi ${s.changedFiles.join(', ')}.`
            : `  ${s.conflicts} dòng khác quyết định đã có: giữ quyết định cũ (xem các cảnh báo ở trên); muốn theo bảng thì chạy lại với --sheet-wins.`
          : null,
        s.skipped > 0 ? `  ${s.skipped} dòng không đọc được: xem các cảnh báo ở trên.` : null,
        s.written > 0 && !s.dryRun ? '  Tiếp theo: gopy status, rồi gopy collate.' : null,
      ]),
  },
};

export type Words = typeof vi;

/** "dòng 4", "dòng 2, 3, …" (at most twelve). */
function rowList(rows: readonly number[]): string {
  return `dòng ${rows.length > 12 ? `${rows.slice(0, 12).join(', ')}, …` : rows.join(', ')}`;
}

function lines(ls: (string | null)[]): string {
  return `${ls.filter((l): l is string => l !== null).join('\n')}\n`;
}

/** A count with the thousands grouped the Vietnamese way (20.000). */
function thousands(x: number): string {
  return x.toLocaleString('vi-VN');
}
