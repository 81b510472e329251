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

export interface ImportWords {
  draft: {
    summary: (s: DraftSummary) => string;
    note: (n: DraftNoteText) => string;
  };
}

const vi: ImportWords = {
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

export function importWords(lang: Lang): ImportWords {
  return lang === 'en' ? en : vi;
}
