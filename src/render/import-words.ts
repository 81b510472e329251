// What `gopy import` says when it is done with a Word file or a decision
// sheet, in Vietnamese (default) and English: what was made, what was not
// and why, and what to do next, for a secretariat, not a programmer.

import type { Lang } from '../model/types.js';

export interface DraftSummary {
  source: string;
  target: string;
  title: string;
  version: string;
  sections: number;
  headings: number;
  items: number;
  notes: number;
  replaced: boolean;
  dryRun: boolean;
}

export interface DraftNoteText {
  rule: string;
  where: string;
  detail: string;
}

export interface FormSummary {
  source: string;
  who: string;
  draft: string;
  files: string[];
  imported: number;
  /** Rows left empty. */
  empty: number;
  already: number;
  unmatched: number;
  dryRun: boolean;
  replaced: boolean;
}

export interface TablesSummary {
  source: string;
  tables: number[];
  rows: number;
  files: { shown: string; who: string; count: number }[];
  imported: number;
  skipped: number;
  blank: number;
  already: number;
  unmatched: number;
  dryRun: boolean;
}

export interface ImportWords {
  comments: {
    form: (s: FormSummary) => string;
    tables: (s: TablesSummary) => string;
  };
  draft: {
    summary: (s: DraftSummary) => string;
    note: (n: DraftNoteText) => string;
  };
}

const vi: ImportWords = {
  comments: {
    form: (s) =>
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
    tables: (s) =>
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
    summary: (s) =>
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
    note: (n) => {
      const where = n.where ? ` (trong mục "${n.where}")` : '';
      switch (n.rule) {
        case 'image':
          return `một hình ảnh${where} không đưa được vào dự thảo Markdown: nếu cần, hãy mô tả nó bằng lời`;
        case 'header-block':
          return `bảng tiêu đề văn bản (tên cơ quan, quốc hiệu) được bỏ qua: ghi các thông tin đó trong gopy.yaml (issuer, number, place, date)`;
        case 'empty-heading':
          return `một đề mục trống${where} được bỏ qua`;
        default:
          return `${n.detail}${where}`;
      }
    },
  },
};

const en: ImportWords = {
  comments: {
    form: (s) =>
      lines([
        `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.source}: comment form from ${s.who} (draft ${s.draft})`,
        s.imported > 0
          ? `  ${s.imported} comment(s) → ${s.files.join(', ')}${s.replaced ? ' (replacing the old file)' : ''}`
          : s.already > 0
            ? '  No new comments: those in the form are already in comments/.'
            : '  The form is empty: no comments, no file written.',
        s.empty > 0 ? `  ${s.empty} section(s) left empty (no comment).` : null,
        s.already > 0 && s.imported > 0 ? `  ${s.already} comment(s) already there: not imported again.` : null,
        s.unmatched > 0
          ? `  ${s.unmatched} comment(s) on a row whose section is not in the draft: kept, listed apart in the report.`
          : null,
        s.imported > 0 && !s.dryRun ? '  Next: gopy check, then gopy status.' : null,
      ]),
    tables: (s) =>
      lines([
        `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.source}: table(s) of comments (table ${s.tables.join(', ')}), ${s.rows} row(s)`,
        `  ${s.imported} comment(s) ${s.dryRun ? 'would be imported' : 'imported'} into ${s.files.length} new file(s):`,
        ...s.files.map((f) => `    ${f.shown}  ${f.who}: ${f.count} comment(s)`),
        s.blank > 0 ? `  ${s.blank} blank row(s) skipped.` : null,
        s.already > 0 ? `  ${s.already} repeated row(s) or comments already there: not imported again.` : null,
        s.unmatched > 0 ? `  ${s.unmatched} comment(s) on sections not in the draft: kept, listed apart in the report.` : null,
        s.skipped > 0 ? `  ${s.skipped} row(s) not imported: see the warnings above (rows are counted through all the tables).` : null,
        s.imported > 0 && !s.dryRun ? '  Next: gopy check, then gopy status.' : null,
      ]),
  },
  draft: {
    summary: (s) =>
      [
        `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.source} → ${s.target}${s.replaced ? ' (replacing the old file)' : ''}`,
        `  Title: ${s.title}`,
        `  Version: ${s.version}`,
        `  ${s.sections} sections with anchors: ${s.headings} headings, ${s.items} numbered items (targets, tasks)${s.sections > s.headings + s.items ? ', and the document title' : ''}`,
        s.notes > 0
          ? `  ${s.notes} thing(s) could not be converted as they were: see the warnings above, then fix them by hand in ${s.target}`
          : '  Everything was converted.',
        `  Next: open ${s.target} to check it; "gopy anchors" lists the sections; "gopy template --format docx --all" makes the comment forms.`,
        '',
      ].join('\n'),
    note: (n) => {
      const where = n.where ? ` (in section "${n.where}")` : '';
      switch (n.rule) {
        case 'image':
          return `an image${where} cannot go into the Markdown draft: describe it in words if it matters`;
        case 'header-block':
          return `the document's header table (issuing body, national motto) was left out: put those details in gopy.yaml (issuer, number, place, date)`;
        case 'empty-heading':
          return `an empty heading${where} was left out`;
        default:
          return `${n.detail}${where}`;
      }
    },
  },
};

function lines(ls: (string | null)[]): string {
  return `${ls.filter((l): l is string => l !== null).join('\n')}\n`;
}

export function importWords(lang: Lang): ImportWords {
  return lang === 'en' ? en : vi;
}
