// The marks of a Word comment form made by `gopy template --format docx`,
// shared by the form's writer (render) and its reader (commands/import):
// custom document properties, the hidden bookmark before each row's
// citation, and the column headers in both languages.

export const FORM_PROPS = {
  form: 'gopy-form',
  draft: 'gopy-draft',
  version: 'gopy-version',
  file: 'gopy-file',
  /** The anchors of the rows, in order, separated by spaces; row n's bookmark is `_gopy_<n>`. */
  anchors: 'gopy-anchors',
  bookmark: '_gopy_',
} as const;

export const FORM_COLUMNS = {
  vi: ['Mục', 'Tiêu đề', 'Nội dung dự thảo', 'Ý kiến góp ý', 'Đề xuất sửa đổi'],
  en: ['Section', 'Title', 'Draft text', 'Comments', 'Proposed wording'],
} as const;

/** The delegate's lines at the top of the form. */
export const FORM_DELEGATE = {
  vi: { name: 'Họ và tên', title: 'Chức vụ', organization: 'Cơ quan, đơn vị' },
  en: { name: 'Full name', title: 'Position', organization: 'Organisation' },
} as const;
