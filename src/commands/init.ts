// gopy init [dir]: a new workspace (settings, a starter draft, an example
// comment file and decisions file, editor settings and schemas). Refuses to
// touch a folder that already holds a workspace. `--editor` adds or renews
// only the editor files (schemas, VS Code settings) in an existing one.

import path from 'node:path';
import { UsageError } from '../messages.js';
import { exists, relPath } from '../load/read-files.js';
import { localDate } from '../model/dates.js';
import { workspaceFiles } from '../render/init-files.js';
import { schemaCopies, VSCODE_EXTENSIONS, vscodeSettings } from './editor-files.js';
import type { CommandIO, CommandResult } from './io.js';
import { writeOutput } from './io.js';
import { writeNewFiles } from './new-files.js';
import type { NewFile } from './new-files.js';

export interface InitOptions extends CommandIO {
  dir?: string | undefined;
  /** Only the editor files, in an existing workspace. */
  editor?: boolean | undefined;
}

/** What makes a folder a workspace already. */
const WORKSPACE_MARKS = ['gopy.yaml', 'gopy.yml', 'drafts', 'comments', 'responses'];

export async function init(opts: InitOptions): Promise<CommandResult> {
  const cwd = path.resolve(opts.cwd);
  const root = path.resolve(cwd, opts.dir ?? '.');
  const shownRoot = relPath(cwd, root);
  const show = (rel: string): string => (shownRoot === '.' ? rel : `${shownRoot}/${rel}`);
  const kind = await exists(root);
  if (kind === 'file') throw new UsageError(`${shownRoot} is a file: give a new or empty folder`);

  const vscode: NewFile[] = [
    { abs: path.join(root, '.vscode', 'settings.json'), shown: show('.vscode/settings.json'), data: vscodeSettings() },
    { abs: path.join(root, '.vscode', 'extensions.json'), shown: show('.vscode/extensions.json'), data: VSCODE_EXTENSIONS },
  ];
  const kept: string[] = [];
  const fresh: NewFile[] = [];
  for (const f of vscode) {
    if ((await exists(f.abs)) === null) fresh.push(f);
    else kept.push(f.shown);
  }
  const schemas = schemaCopies(root).map((f) => ({ ...f, shown: show(f.shown) }));
  const lines: string[] = [];

  if (opts.editor) {
    if (kind !== 'dir') throw new UsageError(`folder not found: ${shownRoot}`);
    for (const s of schemas) await writeOutput({ ...opts, cwd: root }, s.abs, s.data);
    await writeNewFiles(fresh);
    lines.push(...schemas.map((s) => `wrote   ${s.shown}`), ...fresh.map((f) => `created ${f.shown}`));
    for (const k of kept) {
      const hint = k.endsWith('settings.json')
        ? `: to check files as you type, map the schemas in ${show('.gopy/schemas/')} under "yaml.schemas"`
        : '';
      lines.push(`kept    ${k} (yours, not changed)${hint}`);
    }
    opts.stdout.write(`${lines.join('\n')}\n`);
    return { messages: [] };
  }

  const found: string[] = [];
  for (const mark of WORKSPACE_MARKS) if ((await exists(path.join(root, mark))) !== null) found.push(mark);
  if (found.length > 0) {
    throw new UsageError(
      `${shownRoot} already holds a gopy workspace (${found.join(', ')}): nothing was written. Use a new folder (gopy init <dir>), or "gopy init --editor" to add only the editor files`,
    );
  }
  const files: NewFile[] = workspaceFiles(localDate(opts.now ?? new Date())).map((f) => ({
    abs: path.join(root, ...f.rel.split('/')),
    shown: show(f.rel),
    data: f.data,
  }));
  const schemaFresh: NewFile[] = [];
  for (const s of schemas) {
    if ((await exists(s.abs)) === null) schemaFresh.push(s);
    else kept.push(s.shown);
  }
  await writeNewFiles([...files, ...fresh, ...schemaFresh]);
  lines.push(...[...files, ...fresh, ...schemaFresh].map((f) => `created ${f.shown}`));
  for (const k of kept) lines.push(`kept    ${k} (already there)`);
  const cd = shownRoot === '.' ? '' : `  cd ${/\s/u.test(shownRoot) ? `"${shownRoot}"` : shownRoot}\n`;
  lines.push(
    '',
    'A new consultation, with a starter draft and one example of comments and decisions. Next:',
    `${cd}  gopy status                 where it stands (try it now)`,
    '  gopy anchors                the sections of the draft, with the anchors comments refer to',
    '  gopy template --delegate "Họ tên" -o comments/ho-ten.yaml',
    '                              a comment form for one delegate (--all: one per delegate in gopy.yaml)',
    '  gopy check                  check every file',
    '  gopy collate -o bao-cao.md  the synthesis report',
    'Put the real draft in drafts/ (Markdown), edit gopy.yaml, and delete the two example files',
    `(${show('comments/vi-du-nguyen-van-a.yaml')}, ${show('responses/vi-du.yaml')}) when real comments arrive.`,
  );
  opts.stdout.write(`${lines.join('\n')}\n`);
  return { messages: [] };
}
