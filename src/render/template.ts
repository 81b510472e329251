// A blank comment form for one delegate (gopy template): the delegate block
// filled in, and every anchor of the draft listed under `comments:` as a
// YAML comment line with the section's number and title, ready to fill.
// Left as it is, the form is valid (an empty `comments:` is only a warning).

import { oneLine } from '../model/text.js';
import { COMMENT_KINDS, GENERAL } from '../model/types.js';
import type { Draft, Lang, Section } from '../model/types.js';
import { words } from '../i18n/index.js';
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
  /** The language of the form's notes; the delegate's own words are as given. */
  lang: Lang;
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
export function anchorLines(draft: Draft, lang: Lang = 'vi'): string[] {
  const general = words(lang).report.generalTitle;
  const entries: { anchor: string; depth: number; title: string }[] = [{ anchor: GENERAL, depth: 0, title: general }];
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
  const W = words(input.lang);
  const F = W.commentForm;
  const out: string[] = [...schemaLine(input.schemaPath)];
  const kinds = COMMENT_KINDS.map((k) => `    ${k.padEnd(9)}${W.report.kinds[k]}${k === 'other' ? ` ${F.defaultKind}` : ''}`);
  out.push(
    ...yamlComment(
      [
        F.heading(draft.title ? oneLine(draft.title.replace(/\s+/gu, ' ')) : ''),
        F.draftLine(oneLine(draft.file), draft.version ? oneLine(draft.version) : null),
        '',
        ...F.how(kinds),
      ].join('\n'),
    ),
    '',
    'delegate:',
  );
  const field = (key: string, value: string | null, hint: string): void => {
    if (value) out.push(...keyValue('  ', key, value));
    else out.push(`  ${`${key}:`.padEnd(14)}# ${hint}`);
  };
  field('name', delegate.name, F.hints.name);
  field('title', delegate.title, F.hints.title);
  field('organization', delegate.organization, F.hints.organization);
  field('group', delegate.group, F.hints.group);
  out.push(...keyValue('', 'draft', draft.stem));
  out.push(`${'date:'.padEnd(16)}# ${F.hints.date}`);
  out.push('comments:', ...anchorLines(draft, input.lang));
  return `${out.join('\n')}\n`;
}
