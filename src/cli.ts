// The command line: options in, exit code out. The only module that reads
// argv, sets exit codes or knows about colour; everything else is a function.

import { Command, CommanderError, Option } from 'commander';
import { formatMessage, InputError, UsageError } from './messages.js';
import type { Message } from './messages.js';
import type { CommandIO, CommandResult, Style } from './commands/io.js';

const VERSION = '0.1.0';

interface Common {
  C?: string;
  draft?: string;
  comments?: string;
  responses?: string;
  lang?: string;
  format?: string;
  output?: string;
  color?: boolean;
}

async function makeStyle(enabled: boolean): Promise<Style | undefined> {
  if (!enabled) return undefined;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return {
    del: (s) => c.red.strikethrough(s),
    ins: (s) => c.green.underline(s),
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    error: (s) => c.red(s),
    warning: (s) => c.yellow(s),
    ok: (s) => c.green(s),
  };
}

function colourWanted(opts: Common, stream: NodeJS.WriteStream): boolean {
  if (opts.color === false || (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '')) return false;
  if (process.env['FORCE_COLOR'] !== undefined && process.env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY;
}

async function ioFor(
  opts: Common,
): Promise<
  CommandIO & { lang: 'vi' | 'en' | undefined; draft: string | undefined; comments: string | undefined; responses: string | undefined }
> {
  const { parseLang } = await import('./commands/io.js');
  return {
    cwd: opts.C ?? process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    style: await makeStyle(colourWanted(opts, process.stdout)),
    draft: opts.draft,
    comments: opts.comments,
    responses: opts.responses,
    lang: parseLang(opts.lang),
  };
}

async function report(result: CommandResult, opts: Common): Promise<number> {
  const style = await makeStyle(colourWanted(opts, process.stderr));
  for (const m of result.messages) process.stderr.write(`${paint(m, style)}\n`);
  if (result.exitCode !== undefined) return result.exitCode;
  return result.messages.some((m) => m.severity === 'error') ? 1 : 0;
}

function paint(m: Message, style: Style | undefined): string {
  const text = formatMessage(m);
  if (!style) return text;
  return text.replace(`: ${m.severity}: `, `: ${m.severity === 'error' ? style.error('error') : style.warning(m.severity)}: `);
}

function common(cmd: Command, formats?: string): Command {
  cmd
    .option('-C <dir>', 'run as if started in <dir>')
    .option('--draft <file>', 'the draft to use (a path, or a version name in drafts/)')
    .option('--comments <dir>', 'folder of comment files (default: comments/)')
    .option('--responses <dir>', 'folder of decision files (default: responses/)')
    .option('--lang <lang>', 'report language: vi or en (default: vi, or lang: in gopy.yaml)')
    .option('--no-color', 'no colour in the output');
  if (formats)
    cmd.option('--format <format>', `output format: ${formats}`).option('-o, --output <file>', 'write to a file ("-" = standard output)');
  return cmd;
}

function merged(cmd: Command): Common {
  return cmd.optsWithGlobals<Common>();
}

export function buildProgram(run: (fn: () => Promise<CommandResult>, opts: Common) => Promise<void>): Command {
  const program = new Command('gopy')
    .description("Collect delegates' comments on a draft and turn them into the synthesis report (góp ý).")
    .version(VERSION, '-v, --version')
    .option('-C <dir>', 'run as if started in <dir>')
    .showHelpAfterError('(run "gopy --help" for the commands)')
    .exitOverride();

  common(
    program.command('check').description('validate the draft, comment and decision files; problems go to stderr as path:line:col'),
    'text, json',
  ).action(async (_o, cmd: Command) => {
    const o = merged(cmd);
    const { check } = await import('./commands/check.js');
    await run(async () => check({ ...(await ioFor(o)), format: o.format }), o);
  });

  common(program.command('anchors').description("list the draft's sections: anchor, number, title, line"), 'text, json').action(
    async (_o, cmd: Command) => {
      const o = merged(cmd);
      const { anchors } = await import('./commands/anchors.js');
      await run(async () => anchors({ ...(await ioFor(o)), format: o.format, output: o.output }), o);
    },
  );

  common(
    program.command('collate').description('the numbered synthesis report (default Markdown on standard output)'),
    'md, json, html, docx, csv',
  ).action(async (_o, cmd: Command) => {
    const o = merged(cmd);
    const { collate } = await import('./commands/collate.js');
    await run(async () => collate({ ...(await ioFor(o)), format: o.format, output: o.output }), o);
  });

  common(program.command('export').description('the meeting pack: the report as Word, PDF, HTML, Markdown, JSON and CSV in one folder'))
    .option('-o, --output <dir>', 'the folder to write (default: bao-cao)')
    .option('--force', 'replace the folder if it holds an earlier pack')
    .option('--no-pdf', 'skip the PDF (it needs Chromium)')
    .action(async (_o, cmd: Command) => {
      const o = merged(cmd) as Common & { force?: boolean; pdf?: boolean };
      const { exportPack } = await import('./commands/export.js');
      await run(async () => exportPack({ ...(await ioFor(o)), output: o.output, force: o.force, pdf: o.pdf }), o);
    });

  program
    .command('diff')
    .description('compare two versions of the draft section by section, word by word (default: the two latest in drafts/)')
    .argument('[old]', 'the earlier draft: a path, or a version name in drafts/')
    .argument('[new]', 'the later draft (default: the latest version)')
    .option('-C <dir>', 'run as if started in <dir>')
    .option('--format <format>', 'output format: text (default), md, html, json')
    .option('-o, --output <file>', 'write to a file ("-" = standard output)')
    .option('--stat', 'counts only: which sections changed and how many words')
    .option('--exit-code', 'exit with 1 when the drafts differ, 0 when they do not')
    .option('--comments [dir]', 'cross-reference the comments (default folder: comments/) and the decisions on them')
    .option('--responses <dir>', 'folder of decision files (default: responses/)')
    .option('--lang <lang>', 'language of md and html output: vi or en (default: vi, or lang: in gopy.yaml)')
    .option('--no-color', 'no colour in the output')
    .action(async (oldDraft: string | undefined, newDraft: string | undefined, _o, cmd: Command) => {
      const { comments, stat, exitCode, ...o } = cmd.optsWithGlobals<
        Omit<Common, 'comments'> & { comments?: string | boolean; stat?: boolean; exitCode?: boolean }
      >();
      const { diff } = await import('./commands/diff.js');
      const drafts = [oldDraft, newDraft].filter((d): d is string => d !== undefined);
      await run(
        async () => diff({ ...(await ioFor(o)), drafts, format: o.format, output: o.output, stat, exitCode, withComments: comments }),
        o,
      );
    });

  program
    .command('init')
    .description('a new consultation folder: gopy.yaml, a starter draft, an example comment file, editor settings')
    .argument('[dir]', 'the folder to make (default: the current folder)')
    .option('-C <dir>', 'run as if started in <dir>')
    .option('--editor', 'only add or renew the editor files (JSON Schemas, VS Code settings) in an existing workspace')
    .action(async (dir: string | undefined, _o, cmd: Command) => {
      const o = cmd.optsWithGlobals<Common & { editor?: boolean }>();
      const { init } = await import('./commands/init.js');
      await run(async () => init({ ...(await ioFor(o)), now: new Date(), dir, editor: o.editor }), o);
    });

  common(program.command('template').description('a blank comment form for a delegate, listing every anchor of the draft with its title'))
    .option('--delegate <name>', "the delegate's name (or the delegation's)")
    .option('--organization <name>', "the delegate's organisation")
    .option('--title <title>', "the delegate's position")
    .option('--group <group>', "the delegate's group, for the statistics")
    .option('--all', 'one form for each delegate listed in gopy.yaml, as new files in forms/ (or -o <dir>)')
    .option('-o, --output <file>', 'write the form to a new file, or into a folder (default: standard output); never overwrites')
    .action(async (_o, cmd: Command) => {
      const o = merged(cmd) as Common & { delegate?: string; organization?: string; title?: string; group?: string; all?: boolean };
      const { template } = await import('./commands/template.js');
      await run(
        async () =>
          template({
            ...(await ioFor(o)),
            delegate: o.delegate,
            organization: o.organization,
            title: o.title,
            group: o.group,
            all: o.all,
            output: o.output,
          }),
        o,
      );
    });

  common(
    program.command('status').description('where the consultation stands: who has not sent comments, what is pending, days to the meeting'),
    'text, json',
  )
    .option('--strict', 'exit with 1 while any comment has no decision (the last check before the meeting)')
    .action(async (_o, cmd: Command) => {
      const o = merged(cmd) as Common & { strict?: boolean };
      const { status } = await import('./commands/status.js');
      await run(async () => status({ ...(await ioFor(o)), now: new Date(), format: o.format, output: o.output, strict: o.strict }), o);
    });

  common(
    program.command('import').description('comments typed in a spreadsheet (CSV or Excel .xlsx) become comment files, one per delegate'),
  )
    .argument('<file>', 'the spreadsheet: .csv (comma, semicolon or tab) or .xlsx')
    .option(
      '--column <field=column>',
      'which column holds a field: name, title, organization, group, date, section, kind, text, quote, proposal, id; the column by header, letter or number (repeat for each)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--sheet <name>', 'the sheet of an Excel workbook (name or number; default: the first)')
    .option('--header-row <n>', 'the row that holds the column headers (default: found)')
    .option('--delegate <name>', 'the delegate of rows that name none (a sheet from one delegate or delegation)')
    .option('--organization <name>', "that delegate's organisation")
    .option('-o, --output <dir>', 'write the new files into this folder (default: comments/)')
    .option('--dry-run', 'show what would be imported; write nothing')
    .action(async (file: string, _o, cmd: Command) => {
      const o = merged(cmd) as Common & {
        column?: string[];
        sheet?: string;
        headerRow?: string;
        dryRun?: boolean;
        delegate?: string;
        organization?: string;
      };
      const { importSheet } = await import('./commands/import.js');
      await run(
        async () =>
          importSheet({
            ...(await ioFor(o)),
            now: new Date(),
            file,
            columns: o.column,
            sheet: o.sheet,
            headerRow: o.headerRow,
            output: o.output,
            dryRun: o.dryRun,
            delegate: o.delegate,
            organization: o.organization,
          }),
        o,
      );
    });

  program.addOption(new Option('--no-color', 'no colour in the output'));
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram(async (fn, opts) => {
    code = await report(await fn(), opts);
  });
  program.configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version asked for exit 0; help shown because no command was given is wrong usage.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`gopy: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`gopy: ${e.message}\n`);
      return 1;
    }
    const err = e as Error;
    process.stderr.write(`gopy: internal error: ${err.message ?? String(e)} (please report this, with the files that caused it)\n`);
    if (process.env['GOPY_DEBUG']) process.stderr.write(`${err.stack ?? ''}\n`);
    return 2;
  }
}
