// The command line: options in, exit code out. The only module that reads
// argv, sets exit codes or knows about colour; everything else is a function.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import { setLang, words } from './i18n/index.js';
import type { Words } from './i18n/index.js';
import { formatMessage, oneLine, UsageError, WriteError } from './messages.js';
import type { Message } from './messages.js';
import type { CommandIO, CommandResult } from './commands/io.js';
import type { Style } from './render/style.js';

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

/**
 * The command's IO, run in the workspace found upwards from the current
 * folder or -C (like git). `needed` false: the command can work without one.
 */
async function ioFor(
  opts: Common,
  needed = true,
): Promise<
  CommandIO & {
    lang: 'vi' | 'en' | undefined;
    draft: string | undefined;
    comments: string | undefined;
    responses: string | undefined;
    output: string | undefined;
  }
> {
  const { parseLang } = await import('./commands/io.js');
  const { locate } = await import('./commands/locate.js');
  const lang = parseLang(opts.lang);
  const where = locate(
    opts.C ?? process.cwd(),
    opts.C,
    { draft: opts.draft, comments: opts.comments, responses: opts.responses, output: opts.output },
    needed && opts.draft === undefined,
  );
  return {
    ...where,
    stdout: process.stdout,
    stderr: process.stderr,
    style: await makeStyle(colourWanted(opts, process.stdout)),
    lang,
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
  const H = words().help;
  const P = H.placeholders;
  cmd
    .option(`-C ${P.dir}`, H.options.C)
    .option(`--draft ${P.file}`, H.options.draft)
    .option(`--comments ${P.dir}`, H.options.comments)
    .option(`--responses ${P.dir}`, H.options.responses)
    .option(`--lang ${P.lang}`, H.options.lang)
    .option('--no-color', H.options.noColor);
  if (formats) cmd.option(`--format ${P.format}`, H.options.format(formats)).option(`-o, --output ${P.file}`, H.options.output);
  return cmd;
}

function merged(cmd: Command): Common {
  return cmd.optsWithGlobals<Common>();
}

/** Commander's own words (titles, usage, help option) in the catalogue's language. */
function localise(program: Command, H: Words['help']): void {
  program.configureHelp({
    styleTitle: (t: string) => H.titles[t] ?? t,
    styleUsage: (u: string) => u.replace('[options]', H.usageOptions).replace('[command]', H.usageCommand),
    styleSubcommandTerm: (u: string) => u.replace('[options]', H.usageOptions),
    formatHelp: (cmd: Command, helper: Help) => Help.prototype.formatHelp.call(helper, cmd, helper),
  });
  program.helpOption('-h, --help', H.helpOption);
  // Commander's own error lines are said again by main(), in the user's language.
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    writeOut: (s) => process.stdout.write(s),
    outputError: () => undefined,
  });
  program.helpCommand(`help ${H.placeholders.command}`, H.helpCommand);
}

export function buildProgram(run: (fn: () => Promise<CommandResult>, opts: Common) => Promise<void>): Command {
  const H = words().help;
  const P = H.placeholders;
  const D = H.commands;
  const program = new Command('gopy').description(H.program).version(VERSION, '-v, --version', H.version);
  localise(program, H);
  program.option(`-C ${P.dir}`, H.options.C).option(`--lang ${P.lang}`, H.options.lang).exitOverride();

  common(program.command('check').description(D.check.description), 'text, json')
    .option('--fix', D.check.fix)
    .action(async (_o, cmd: Command) => {
      const o = merged(cmd) as Common & { fix?: boolean };
      const { check } = await import('./commands/check.js');
      await run(async () => check({ ...(await ioFor(o)), format: o.format, fix: o.fix }), o);
    });

  common(program.command('anchors').description(D.anchors.description), 'text, json').action(async (_o, cmd: Command) => {
    const o = merged(cmd);
    const { anchors } = await import('./commands/anchors.js');
    await run(async () => anchors({ ...(await ioFor(o)), format: o.format }), o);
  });

  common(program.command('collate').description(D.collate.description), 'md, json, html, docx, csv, xlsx').action(
    async (_o, cmd: Command) => {
      const o = merged(cmd);
      const { collate } = await import('./commands/collate.js');
      await run(async () => collate({ ...(await ioFor(o)), format: o.format }), o);
    },
  );

  common(program.command('export').description(D.export.description))
    .option(`-o, --output ${P.dir}`, D.export.output)
    .option('--force', D.export.force)
    .option('--no-pdf', D.export.noPdf)
    .action(async (_o, cmd: Command) => {
      const o = merged(cmd) as Common & { force?: boolean; pdf?: boolean };
      const { exportPack } = await import('./commands/export.js');
      await run(async () => exportPack({ ...(await ioFor(o)), force: o.force, pdf: o.pdf }), o);
    });

  program
    .command('diff')
    .description(D.diff.description)
    .argument(`[${H.args.old}]`, D.diff.old)
    .argument(`[${H.args.new}]`, D.diff.new)
    .option(`-C ${P.dir}`, H.options.C)
    .option(`--format ${P.format}`, D.diff.format)
    .option(`-o, --output ${P.file}`, H.options.output)
    .option('--stat', D.diff.stat)
    .option('--exit-code', D.diff.exitCode)
    .option(`--comments ${P.optDir}`, D.diff.comments)
    .option(`--responses ${P.dir}`, H.options.responses)
    .option(`--lang ${P.lang}`, H.options.lang)
    .option('--no-color', H.options.noColor)
    .action(async (oldDraft: string | undefined, newDraft: string | undefined, _o, cmd: Command) => {
      const { comments, stat, exitCode, ...o } = cmd.optsWithGlobals<
        Omit<Common, 'comments'> & { comments?: string | boolean; stat?: boolean; exitCode?: boolean }
      >();
      const { diff } = await import('./commands/diff.js');
      const start = path.resolve(o.C ?? process.cwd());
      // Drafts named by a path are found where the user stands, wherever the workspace is.
      const drafts = [oldDraft, newDraft]
        .filter((d): d is string => d !== undefined)
        .map((d) => (existsSync(path.resolve(start, d)) ? path.resolve(start, d) : d));
      await run(
        async () =>
          diff({
            ...(await ioFor(o, drafts.length === 0)),
            drafts,
            format: o.format,
            stat,
            exitCode,
            withComments:
              typeof comments === 'string' && existsSync(path.resolve(start, comments)) ? path.resolve(start, comments) : comments,
          }),
        o,
      );
    });

  program
    .command('init')
    .description(D.init.description)
    .argument(`[${H.args.dir}]`, D.init.dir)
    .option(`-C ${P.dir}`, H.options.C)
    .option(`--lang ${P.lang}`, H.options.lang)
    .option('--editor', D.init.editor)
    .action(async (dir: string | undefined, _o, cmd: Command) => {
      const o = cmd.optsWithGlobals<Common & { editor?: boolean }>();
      const { init } = await import('./commands/init.js');
      await run(
        async () => init({ ...(await ioFor(o, false)), cwd: path.resolve(o.C ?? process.cwd()), now: new Date(), dir, editor: o.editor }),
        o,
      );
    });

  common(program.command('template').description(D.template.description))
    .option(`--delegate ${P.name}`, D.template.delegate)
    .option(`--organization ${P.name}`, D.template.organization)
    .option(`--title ${P.title}`, D.template.title)
    .option(`--group ${P.group}`, D.template.group)
    .option('--all', D.template.all)
    .option(`--format ${P.format}`, D.template.format)
    .option(`-o, --output ${P.file}`, D.template.output)
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
            format: o.format,
          }),
        o,
      );
    });

  common(program.command('status').description(D.status.description), 'text, json')
    .option('--strict', D.status.strict)
    .action(async (_o, cmd: Command) => {
      const o = merged(cmd) as Common & { strict?: boolean };
      const { status } = await import('./commands/status.js');
      await run(async () => status({ ...(await ioFor(o)), now: new Date(), format: o.format, strict: o.strict }), o);
    });

  common(program.command('decisions').description(D.decisions.description))
    .option(`-o, --output ${P.file}`, D.decisions.output)
    .action(async (_o, cmd: Command) => {
      const o = merged(cmd);
      const { decisions } = await import('./commands/decisions.js');
      await run(async () => decisions({ ...(await ioFor(o)) }), o);
    });

  common(program.command('import').description(D.import.description))
    .argument(`<${H.args.file}>`, D.import.file)
    .option(`--as ${P.kind}`, D.import.as)
    .option('--force', D.import.force)
    .option('--sheet-wins', D.import.sheetWins)
    .option(`--column ${P.fieldColumn}`, D.import.column, (v: string, prev: string[] = []) => [...prev, v])
    .option(`--sheet ${P.name}`, D.import.sheet)
    .option(`--header-row ${P.n}`, D.import.headerRow)
    .option(`--delegate ${P.name}`, D.import.delegate)
    .option(`--organization ${P.name}`, D.import.organization)
    .option(`-o, --output ${P.dir}`, D.import.output)
    .option('--dry-run', D.import.dryRun)
    .action(async (file: string, _o, cmd: Command) => {
      const o = merged(cmd) as Common & {
        column?: string[];
        sheet?: string;
        headerRow?: string;
        dryRun?: boolean;
        delegate?: string;
        organization?: string;
        as?: string;
        force?: boolean;
        sheetWins?: boolean;
      };
      const { importSheet } = await import('./commands/import.js');
      await run(
        async () =>
          importSheet({
            // A Word draft may be the first file of a new workspace: no workspace is needed to import it.
            ...(await ioFor(o, !/\.docx$/iu.test(file))),
            now: new Date(),
            file: path.resolve(o.C ?? process.cwd(), file),
            columns: o.column,
            sheet: o.sheet,
            headerRow: o.headerRow,
            dryRun: o.dryRun,
            delegate: o.delegate,
            organization: o.organization,
            as: o.as,
            force: o.force,
            sheetWins: o.sheetWins,
          }),
        o,
      );
    });

  program.addOption(new Option('--no-color', H.options.noColor));
  return program;
}

/**
 * The language of messages and help, known before the program is built
 * (help texts are set when it is): `--lang`, else `lang:` in the
 * workspace's gopy.yaml, else Vietnamese. The environment's LANG does not
 * matter: the secretariat's machines often say en_US.
 */
export function chooseLang(argv: readonly string[], cwd: string): 'vi' | 'en' {
  let flag: string | undefined;
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    if (a === '--lang') flag = argv[i + 1];
    else if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
    else if (a === '-C') dir = argv[i + 1];
    else if (a.startsWith('-C') && a.length > 2) dir = a.slice(2);
  }
  const f = flag?.toLowerCase();
  if (f === 'vi' || f === 'en') return f;
  if (flag !== undefined) return 'vi';
  return settingsLang(path.resolve(cwd, dir ?? '.')) ?? 'vi';
}

/** `lang:` of the nearest gopy.yaml upwards, read by eye (no YAML parser at start-up). */
function settingsLang(start: string): 'vi' | 'en' | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const name of ['gopy.yaml', 'gopy.yml']) {
      let text: string;
      try {
        text = readFileSync(path.join(dir, name), 'utf8');
      } catch {
        continue;
      }
      const m = /^lang:\s*["']?(vi|en)["']?\s*(?:#.*)?$/imu.exec(text);
      const v = m?.[1]?.toLowerCase();
      return v === 'vi' || v === 'en' ? v : null;
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** Commander's own error, said again in the catalogue's words. */
function usageText(e: CommanderError, U: Words['usage']): string {
  const quoted = /'([^']*)'/u.exec(e.message)?.[1] ?? '';
  const suggestion = /\(Did you mean ([^)]*)\?\)/u.exec(e.message)?.[1];
  const hint = suggestion ? ` ${U.didYouMean(suggestion)}` : '';
  switch (e.code) {
    case 'commander.unknownOption':
      return U.unknownOption(quoted) + hint;
    case 'commander.unknownCommand':
      return U.unknownCommand(quoted) + hint;
    case 'commander.missingArgument':
      return U.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return U.optionMissingValue(quoted);
    case 'commander.excessArguments':
      return U.tooManyArguments;
    case 'commander.help':
      return U.noCommand;
    default:
      return e.message.replace(/^error: /u, '');
  }
}

export async function main(argv: string[]): Promise<number> {
  setLang(chooseLang(argv.slice(2), process.cwd()));
  await guardProcess();
  const U = words().usage;
  let code = 0;
  const program = buildProgram(async (fn, opts) => {
    code = await report(await fn(), opts);
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version asked for exit 0; help shown because no command was given is wrong usage.
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code !== 'commander.help') {
        process.stderr.write(`gopy: ${usageText(e, U)}\n`);
        const name = argv.slice(2).find((a) => !a.startsWith('-'));
        const known = program.commands.some((c) => c.name() === name);
        process.stderr.write(`${known && name ? U.seeHelp(name) : words().help.afterError}\n`);
      }
      return 2;
    }
    return failed(e);
  }
}

/** The exit code for what a command threw, by its kind, and the one line that says why (exit codes: README). */
function failed(e: unknown): number {
  // These often quote what was typed (a folder, a draft name): one line, control characters shown.
  if (e instanceof UsageError) {
    process.stderr.write(`gopy: ${oneLine(e.message)}\n`);
    return 2;
  }
  if (e instanceof WriteError) {
    process.stderr.write(`gopy: ${oneLine(e.message)}\n`);
    return 3;
  }
  const err = e as Error | undefined;
  process.stderr.write(`gopy: ${words().usage.internal(oneLine(err?.message ?? String(e)))}\n`);
  if (process.env['GOPY_DEBUG']) process.stderr.write(`${err?.stack ?? ''}\n`);
  return 4;
}

/**
 * What the process does on the way out, whatever the way: temporary files
 * removed (on exit and on the signals a terminal sends); a reader that went
 * away (\`gopy collate | head\`) ends the run quietly, as \`git log | head\`
 * does; a standard output that cannot be written (a full disk) is one
 * sentence and exit 3; anything else thrown is one line and exit 4, never a
 * stack trace.
 */
async function guardProcess(): Promise<void> {
  const { removeTemps } = await import('./commands/temp.js');
  const { stdoutFailure } = await import('./commands/output-guard.js');
  process.on('exit', removeTemps);
  for (const [signal, n] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ] as const) {
    process.on(signal, () => {
      removeTemps();
      process.exit(128 + n);
    });
  }
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`gopy: ${stdoutFailure(e)}\n`);
    process.exit(3);
  });
  // Nowhere is left to say anything: end as the command would have.
  process.stderr.on('error', () => undefined);
  const last = (e: unknown): void => {
    process.exit(failed(e));
  };
  process.on('uncaughtException', last);
  process.on('unhandledRejection', last);
}
