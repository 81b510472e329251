// gopy template: a blank comment form made from the current draft, for one
// delegate (standard output or -o), or with --all one per expected delegate
// in gopy.yaml, written as new files into forms/ (or -o <dir>). A form is
// never written over an existing file.

import path from 'node:path';
import { hasErrors, UsageError } from '../messages.js';
import { words } from '../i18n/index.js';
import { exists, relPath } from '../load/read-files.js';
import { loadSettings } from '../load/workspace.js';
import { oneLine, slugify, visibleText } from '../model/text.js';
import { renderForm } from '../render/template.js';
import type { FormDelegate } from '../render/template.js';
import { currentDraft } from './anchors.js';
import { schemaRef } from './editor-files.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { pickFormat } from './io.js';
import type { Draft, Lang } from '../model/types.js';
import type { Message } from '../messages.js';
import { writeNewFiles } from './new-files.js';
import { guardOutput } from './output-guard.js';
import type { NewFile } from './new-files.js';

export interface TemplateOptions extends CommandIO, WorkspaceFlags {
  delegate?: string | undefined;
  organization?: string | undefined;
  title?: string | undefined;
  group?: string | undefined;
  output?: string | undefined;
  all?: boolean | undefined;
  /** yaml (default) or docx: a Word form to fill in Word. */
  format?: string | undefined;
}

/** Where --all writes when -o does not say. */
export const FORMS_DIR = 'forms';

/** A file name for a delegate: the name in gopy.yaml's `file:` (made safe), else the name folded to ASCII. */
export function formFileName(name: string, file: string | null, ext: 'yaml' | 'docx' = 'yaml'): string {
  const given = file ? path.basename(file.replace(/\\/gu, '/')).trim() : '';
  const base = (given || slugify(name) || 'dai-bieu').replace(/\.(ya?ml|docx)$/iu, '');
  return `${base}.${ext}`;
}

export async function template(opts: TemplateOptions): Promise<CommandResult> {
  const root = path.resolve(opts.cwd);
  if (
    opts.all &&
    (opts.delegate !== undefined || opts.organization !== undefined || opts.title !== undefined || opts.group !== undefined)
  ) {
    throw new UsageError(words().tell.template.allWithDelegate);
  }
  const T = words().tell;
  const W = T.template;
  const format = pickFormat(opts.format, ['yaml', 'docx'] as const, 'yaml');
  const { draft, messages } = await currentDraft(opts);
  if (!draft || hasErrors(messages)) return { messages };
  if (format === 'docx') return wordForms(opts, draft, messages);
  const clean = (s: string | undefined): string | null => (s !== undefined && s.trim() !== '' ? s.trim() : null);
  const settings = await loadSettings(root);
  const lang = opts.lang ?? settings.settings.lang ?? 'vi';

  if (opts.all) return allForms(opts, root, draft, lang, settings, messages);

  const delegate: FormDelegate = {
    name: clean(opts.delegate),
    title: clean(opts.title),
    organization: clean(opts.organization),
    group: clean(opts.group),
  };
  if (opts.output === undefined || opts.output === '-') {
    const form = renderForm({
      draft,
      delegate,
      lang,
      schemaPath: await schemaRef(root, path.join(root, 'comments'), 'comments.schema.json'),
    });
    opts.stdout.write(form);
    return { messages };
  }
  let abs = path.resolve(root, opts.output);
  if ((await exists(abs)) === 'dir' || /[/\\]$/u.test(opts.output)) {
    const who = delegate.name ?? delegate.organization;
    if (!who) throw new UsageError(W.folderNeedsName(opts.output));
    abs = path.join(abs, formFileName(who, null));
  }
  const shown = relPath(root, abs);
  await guardOutput(opts, abs, { comments: true, shown });
  if ((await exists(abs)) !== null) throw new UsageError(W.exists(shown));
  const data = renderForm({ draft, delegate, lang, schemaPath: await schemaRef(root, path.dirname(abs), 'comments.schema.json') });
  await writeNewFiles([{ abs, shown, data }]);
  opts.stdout.write(`${T.created(oneLine(shown))}\n`);
  return { messages };
}

/** Word forms: one for the delegate given, or with --all one per expected delegate, as new files (default folder forms/). */
async function wordForms(opts: TemplateOptions, draft: Draft, messages: Message[]): Promise<CommandResult> {
  const root = path.resolve(opts.cwd);
  const settings = await loadSettings(root);
  messages.push(...settings.messages);
  if (hasErrors(settings.messages)) return { messages };
  const lang = opts.lang ?? settings.settings.lang ?? 'vi';
  const { renderWordForm } = await import('../render/form-docx.js');
  const clean = (s: string | undefined | null): string | null => (s !== undefined && s !== null && s.trim() !== '' ? s.trim() : null);
  const wanted = opts.all
    ? settings.settings.delegates
    : [{ name: clean(opts.delegate) ?? '', title: clean(opts.title), organization: clean(opts.organization), group: null, file: null }];
  const T = words().tell;
  const W = T.template;
  if (opts.all && wanted.length === 0) throw new UsageError(W.noDelegates);
  if (opts.output === '-') throw new UsageError(W.wordToTerminal);
  const many = opts.all === true;
  const outArg = opts.output ?? FORMS_DIR;
  let dir = path.resolve(root, outArg);
  let single: string | null = null;
  if (!many && opts.output !== undefined && (await exists(dir)) !== 'dir' && !/[/\\]$/u.test(opts.output)) {
    single = /\.docx$/iu.test(dir) ? dir : `${dir}.docx`;
    dir = path.dirname(single);
  }
  if ((await exists(dir)) === 'file') throw new UsageError(W.needsFolder(outArg));
  const files: NewFile[] = [];
  const skipped: string[] = [];
  const taken = new Set<string>();
  for (const d of wanted) {
    const who = d.name || d.organization || '';
    const abs = single ?? path.join(dir, formFileName(who, d.file, 'docx'));
    const shown = relPath(root, abs);
    if (taken.has(abs.toLowerCase())) {
      skipped.push(W.sameFile(shown, who));
      continue;
    }
    taken.add(abs.toLowerCase());
    if ((await exists(abs)) !== null) {
      if (!many) throw new UsageError(W.formExists(shown));
      skipped.push(W.alreadyThere(shown));
      continue;
    }
    const file = d.file ? path.basename(d.file).replace(/\.(ya?ml|docx)$/iu, '') : who ? slugify(who) : null;
    const data = await renderWordForm({
      draft,
      delegate: { name: d.name || null, title: d.title, organization: d.organization, file },
      settings: settings.settings,
      lang,
    });
    files.push({ abs, shown, data });
  }
  await writeNewFiles(files);
  const lines = [
    ...files.map((f) => T.created(f.shown)),
    ...skipped.map(T.skipped),
    many ? W.wordWritten(files.length, skipped.length) : W.wordOne,
  ];
  opts.stdout.write(`${lines.join('\n')}\n`);
  return { messages };
}

/** `template --all`: a form for each delegate gopy.yaml lists, into forms/ (or -o), keeping those already there. */
async function allForms(
  opts: TemplateOptions,
  root: string,
  draft: Draft,
  lang: Lang,
  settings: Awaited<ReturnType<typeof loadSettings>>,
  messages: Message[],
): Promise<CommandResult> {
  const T = words().tell;
  const W = T.template;
  messages.push(...settings.messages);
  if (hasErrors(settings.messages)) return { messages };
  const expected = settings.settings.delegates;
  if (expected.length === 0) throw new UsageError(W.noDelegates);
  const dir = path.resolve(root, opts.output ?? FORMS_DIR);
  if ((await exists(dir)) === 'file') throw new UsageError(W.allNeedsFolder(opts.output ?? FORMS_DIR));
  await guardOutput(opts, dir, { folder: true, comments: true, shown: opts.output ?? FORMS_DIR });
  const files: NewFile[] = [];
  const skipped: string[] = [];
  const taken = new Set<string>();
  for (const d of expected) {
    const abs = path.join(dir, formFileName(d.name, d.file));
    const shown = relPath(root, abs);
    if (taken.has(abs.toLowerCase())) {
      skipped.push(W.sameFile(shown, d.name));
      continue;
    }
    taken.add(abs.toLowerCase());
    if ((await exists(abs)) !== null) {
      skipped.push(W.alreadyThere(shown));
      continue;
    }
    const delegate: FormDelegate = { name: d.name, title: d.title, organization: d.organization, group: d.group };
    files.push({
      abs,
      shown,
      data: renderForm({ draft, delegate, lang, schemaPath: await schemaRef(root, dir, 'comments.schema.json') }),
    });
  }
  await writeNewFiles(files);
  const lines = [...files.map((f) => T.created(f.shown)), ...skipped.map(T.skipped), W.written(files.length, skipped.length)];
  opts.stdout.write(`${visibleText(lines.join('\n'))}\n`);
  return { messages };
}
