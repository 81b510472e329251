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
  return { del: (s) => c.red.strikethrough(s), ins: (s) => c.green.underline(s), bold: (s) => c.bold(s), dim: (s) => c.dim(s), error: (s) => c.red(s), warning: (s) => c.yellow(s), ok: (s) => c.green(s) };
}

function colourWanted(opts: Common, stream: NodeJS.WriteStream): boolean {
  if (opts.color === false || process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') return false;
  if (process.env['FORCE_COLOR'] !== undefined && process.env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY;
}

async function ioFor(opts: Common): Promise<CommandIO & { lang: 'vi' | 'en' | undefined; draft: string | undefined; comments: string | undefined; responses: string | undefined }> {
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
  if (formats) cmd.option('--format <format>', `output format: ${formats}`).option('-o, --output <file>', 'write to a file ("-" = standard output)');
  return cmd;
}

function merged(cmd: Command): Common {
  return cmd.optsWithGlobals<Common>();
}

export function buildProgram(run: (fn: () => Promise<CommandResult>, opts: Common) => Promise<void>): Command {
  const program = new Command('gopy')
    .description('Collect delegates\' comments on a draft and turn them into the synthesis report (góp ý).')
    .version(VERSION, '-v, --version')
    .option('-C <dir>', 'run as if started in <dir>')
    .showHelpAfterError('(run "gopy --help" for the commands)')
    .exitOverride();

  common(program.command('check').description('validate the draft, comment and decision files; problems go to stderr as path:line:col'), 'text, json').action(async (_o, cmd: Command) => {
    const o = merged(cmd);
    const { check } = await import('./commands/check.js');
    await run(async () => check({ ...(await ioFor(o)), format: o.format === 'json' ? 'json' : o.format === undefined || o.format === 'text' ? 'text' : badFormat(o.format, 'text, json') }), o);
  });

  common(program.command('anchors').description('list the draft\'s sections: anchor, number, title, line'), 'text, json').action(async (_o, cmd: Command) => {
    const o = merged(cmd);
    const { anchors } = await import('./commands/anchors.js');
    await run(async () => anchors({ ...(await ioFor(o)), format: o.format, output: o.output }), o);
  });

  common(program.command('collate').description('the numbered synthesis report (default Markdown on standard output)'), 'md, json, html, docx, csv').action(async (_o, cmd: Command) => {
    const o = merged(cmd);
    const { collate } = await import('./commands/collate.js');
    await run(async () => collate({ ...(await ioFor(o)), format: o.format, output: o.output }), o);
  });

  program.addOption(new Option('--no-color', 'no colour in the output'));
  return program;
}

function badFormat(format: string, expected: string): never {
  throw new UsageError(`unknown format "${format}": expected ${expected}`);
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram(async (fn, opts) => {
    code = await report(await fn(), opts);
  }, );
  program.configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  try {
    await program.parseAsync(argv);
    if (argv.length <= 2) {
      program.outputHelp();
    }
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
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

