// A blank comment form for one delegate (gopy template): the delegate block
// filled in, and every anchor of the draft listed under `comments:` as a
// YAML comment line with the section's number and title, ready to fill.
// Left as it is, the form is valid (an empty `comments:` is only a warning).

import { oneLine } from '../model/text.js';
import { COMMENT_KINDS, GENERAL } from '../model/types.js';
import type { Draft, Section } from '../model/types.js';
import { labels } from '../i18n/index.js';
import { keyValue, schemaLine, yamlComment } from './yaml-text.js';

export interface FormDelegate {
  name: string | null;
  title: string | null;
  organization: string | null;
  group: string | null;
}

export interface FormInput {
  draft: Draft;
  delegate: FormDelegate;
  /** Path to comments.schema.json as seen from where the form is saved; null for none. */
  schemaPath: string | null;
}

const TITLE_WIDTH = 72;
const ANCHOR_WIDTH = 28;

/** A section as the draft shows it: label and title, shortened to one line. */
export function sectionLine(s: Pick<Section, 'label' | 'title'>, width = TITLE_WIDTH): string {
  const folded = [s.label, s.title]
    .filter((x) => x !== '')
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // A control character in a heading would make the form fail `gopy check`: shown escaped instead.
  const text = oneLine(folded);
  return text.length > width ? `${text.slice(0, width - 1).trimEnd()}…` : text;
}

/** The listing of every anchor: `  # anchor:   # title`, titles indented as the draft's outline. */
export function anchorLines(draft: Draft): string[] {
  const entries: { anchor: string; depth: number; title: string }[] = [{ anchor: GENERAL, depth: 0, title: 'Ý kiến chung về dự thảo' }];
  const minDepth = draft.sections.reduce((m, s) => Math.min(m, s.depth), Infinity);
  for (const s of draft.sections) entries.push({ anchor: s.anchor, depth: s.depth - minDepth, title: sectionLine(s) });
  const width = Math.min(
    ANCHOR_WIDTH,
    entries.reduce((w, e) => Math.max(w, e.anchor.length + 1), 0),
  );
  return entries.map((e) => `  # ${`${e.anchor}:`.padEnd(width)}  # ${'  '.repeat(e.depth)}${e.title}`);
}

export function renderForm(input: FormInput): string {
  const { draft, delegate } = input;
  const out: string[] = [...schemaLine(input.schemaPath)];
  const version = draft.version ? ` (phiên bản ${draft.version})` : '';
  out.push(
    ...yamlComment(
      [
        `PHIẾU GÓP Ý${draft.title ? `: ${oneLine(draft.title.replace(/\s+/gu, ' '))}` : ''}`,
        `Dự thảo: ${oneLine(draft.file)}${oneLine(version)}`,
        '',
        'Cách ghi ý kiến:',
        '  1. Dưới "comments:" là danh sách các mục của dự thảo. Ở mục muốn góp ý,',
        '     xoá dấu "# " đầu dòng (giữ 2 dấu cách thụt lề) và viết ý kiến ngay sau dấu hai chấm:',
        '       mt-02: Đề nghị nâng chỉ tiêu kết nạp hội viên.',
        '  2. Muốn ghi rõ loại ý kiến, câu chữ trong dự thảo và câu chữ đề nghị sửa:',
        '       mt-02:',
        '         kind: amend',
        '         text: Đề nghị nâng chỉ tiêu kết nạp hội viên.',
        '         quote: 1.200',
        '         proposal: 1.500',
        '  3. Nhiều ý kiến về một mục: mỗi ý kiến một dòng, bắt đầu bằng "- ".',
        '  Loại ý kiến (kind):',
        ...COMMENT_KINDS.map((k) => `    ${k.padEnd(9)}${labels('vi').kinds[k]}${k === 'other' ? ' (mặc định)' : ''}`),
        '  Không cần xoá các dòng có dấu "#": đó là ghi chú. Lưu tệp dạng UTF-8.',
        '  Kiểm tra tệp: gopy check',
      ].join('\n'),
    ),
    '',
    'delegate:',
  );
  const field = (key: string, value: string | null, hint: string): void => {
    if (value) out.push(...keyValue('  ', key, value));
    else out.push(`  ${`${key}:`.padEnd(14)}# ${hint}`);
  };
  field('name', delegate.name, 'họ tên đại biểu hoặc tên đơn vị (bắt buộc)');
  field('title', delegate.title, 'chức vụ');
  field('organization', delegate.organization, 'cơ quan, đơn vị');
  field('group', delegate.group, 'nhóm đại biểu (không bắt buộc)');
  out.push(...keyValue('', 'draft', draft.stem));
  out.push(`${'date:'.padEnd(16)}# ngày góp ý, ví dụ 2024-02-26`);
  out.push('comments:', ...anchorLines(draft));
  return `${out.join('\n')}\n`;
}
