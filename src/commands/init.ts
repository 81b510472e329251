// gopy init [dir]: a new workspace (settings, a starter draft, an example
// comment file and decisions file, editor settings and schemas). Refuses to
// touch a folder that already holds a workspace. `--editor` adds or renews
// only the editor files (schemas, VS Code settings) in an existing one.

import path from 'node:path';
import { UsageError } from '../messages.js';
import { words } from '../i18n/index.js';
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
  const W = words().tell;
  if (kind === 'file') throw new UsageError(W.init.isFile(shownRoot));

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
    if (kind !== 'dir') throw new UsageError(W.init.noFolder(shownRoot));
    for (const s of schemas) await writeOutput({ ...opts, cwd: root }, s.abs, s.data);
    await writeNewFiles(fresh);
    lines.push(...schemas.map((s) => W.wrote(s.shown)), ...fresh.map((f) => W.created(f.shown)));
    for (const k of kept) lines.push(W.init.yours(k, k.endsWith('settings.json') ? show('.gopy/schemas/') : null));
    opts.stdout.write(`${lines.join('\n')}\n`);
    return { messages: [] };
  }

  const found: string[] = [];
  for (const mark of WORKSPACE_MARKS) if ((await exists(path.join(root, mark))) !== null) found.push(mark);
  if (found.length > 0) {
    throw new UsageError(W.init.already(shownRoot, found.join(', ')));
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
  lines.push(...[...files, ...fresh, ...schemaFresh].map((f) => W.created(f.shown)));
  for (const k of kept) lines.push(W.init.there(k));
  const cd = shownRoot === '.' ? '' : `  cd ${/\s/u.test(shownRoot) ? `"${shownRoot}"` : shownRoot}\n`;
  lines.push(W.init.next(cd, show('comments/vi-du-nguyen-van-a.yaml'), show('responses/vi-du.yaml')));
  opts.stdout.write(`${lines.join('\n')}\n`);
  return { messages: [] };
}
