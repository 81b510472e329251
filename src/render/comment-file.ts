// A comment file written by gopy import: the delegate, the draft, and the
// comments keyed by anchor in the order of the rows, each with a line
// saying which row of the spreadsheet it came from.

import type { PlannedComment, PlannedFile } from '../model/import-plan.js';
import { inlineScalar, keyValue, schemaLine, yamlComment } from './yaml-text.js';

export interface ImportedMeta {
  /** The spreadsheet as the user named it. */
  source: string;
  sheet: string | null;
  draft: string;
  today: string;
  schemaPath: string | null;
}

function commentFields(c: PlannedComment, indent: string): string[] {
  const out: string[] = [];
  if (c.id) out.push(...keyValue(indent, 'id', c.id));
  if (c.kind) out.push(...keyValue(indent, 'kind', c.kind));
  out.push(...keyValue(indent, 'text', c.text));
  if (c.quote) out.push(...keyValue(indent, 'quote', c.quote));
  if (c.proposal) out.push(...keyValue(indent, 'proposal', c.proposal));
  return out;
}

/** Only text, on one line, with no other field: written as `anchor: text`. */
function isBare(c: PlannedComment): boolean {
  return c.id === null && c.kind === null && c.quote === null && c.proposal === null && !c.text.includes('\n');
}

export function renderImportedFile(f: PlannedFile, meta: ImportedMeta): string {
  const rows = f.comments.map((c) => c.row);
  const from = `${meta.source}${meta.sheet ? ` (trang tính "${meta.sheet}")` : ''}`;
  const out: string[] = [
    ...schemaLine(meta.schemaPath),
    ...yamlComment(`Nhập bằng "gopy import" từ ${from}, ${rows.length > 1 ? 'các dòng' : 'dòng'} ${rows.join(', ')}, ngày ${meta.today}.`),
  ];
  if (f.besides) out.push(...yamlComment(`Cùng đại biểu với ${f.besides} (tệp đó được giữ nguyên).`));
  out.push('', 'delegate:', ...keyValue('  ', 'name', f.delegate.name));
  if (f.delegate.title) out.push(...keyValue('  ', 'title', f.delegate.title));
  if (f.delegate.organization && f.delegate.organization !== f.delegate.name)
    out.push(...keyValue('  ', 'organization', f.delegate.organization));
  if (f.delegate.group) out.push(...keyValue('  ', 'group', f.delegate.group));
  out.push(...keyValue('', 'draft', meta.draft));
  if (f.date) out.push(...keyValue('', 'date', f.date));
  out.push('comments:');

  const byKey = new Map<string, PlannedComment[]>();
  for (const c of f.comments) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  for (const [key, list] of byKey) {
    const k = inlineScalar(key);
    const only = list[0];
    if (list.length === 1 && only) {
      out.push(`  # dòng ${only.row}`);
      if (isBare(only)) out.push(...keyValue('  ', key, only.text));
      else out.push(`  ${k}:`, ...commentFields(only, '    '));
      continue;
    }
    out.push(`  ${k}:`);
    for (const c of list) {
      out.push(`    # dòng ${c.row}`);
      if (isBare(c)) {
        out.push(`    - ${inlineScalar(c.text)}`);
        continue;
      }
      const lines = commentFields(c, '      ');
      out.push(...lines.map((l, i) => (i === 0 ? `    - ${l.slice(6)}` : l)));
    }
  }
  return `${out.join('\n')}\n`;
}
