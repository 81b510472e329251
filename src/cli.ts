// The command line: options in, exit code out. The only module that reads
// argv, sets exit codes or knows about colour; everything else is a function.
// Every command is one entry of commandTable: its words, arguments and
// options, and how the parsed options become the command's typed options.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import type { OptionValues } from 'commander';
import { setLang, words } from './i18n/index.js';
import type { Words } from './i18n/index.js';
import { formatMessage, oneLine, UsageError, WriteError } from './messages.js';
import type { Message } from './messages.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './commands/io.js';
import type { Located } from './commands/locate.js';
import type { Style } from './render/style.js';

/** The version users see with --version: package.json's. */
function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return pkg !== null && typeof pkg === 'object' && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

// ---- options as commander parsed them, read with their types checked ----

function text(o: OptionValues, key: string): string | undefined {
  const v: unknown = o[key];
  return typeof v === 'string' ? v : undefined;
}

function flag(o: OptionValues, key: string): boolean | undefined {
  const v: unknown = o[key];
  return typeof v === 'boolean' ? v : undefined;
}

function texts(o: OptionValues, key: string): string[] | undefined {
  const v: unknown = o[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}

// ---- the commands, one table ----

/** Flags and description of an option; or an Option when it needs more (a repeatable one). */
type OptionSpec = readonly [flags: string, description: string] | Option;

/** What a command's run gets: the CLI's streams and colour, the parsed options, the arguments in order. */
interface Call {
  io: Pick<CommandIO, 'stdout' | 'stderr' | 'style'>;
  o: OptionValues;
  args: (string | undefined)[];
}

interface CommandSpec {
  name: string;
  description: string;
  args?: readonly (readonly [name: string, description: string])[];
  options: readonly OptionSpec[];
  run(call: Call): Promise<CommandResult>;
}

/** Where -C points, or the current folder: where the workspace is looked for, and paths typed on the command line start. */
function start(o: OptionValues): string {
  return path.resolve(text(o, 'C') ?? process.cwd());
}

/**
 * The command's IO and workspace flags, run in the workspace found upwards
 * from the current folder or -C (like git); the paths typed stay relative to
 * where the user stands. `needed` false: the command can work without one.
 */
async function located(
  { io, o }: Call,
  needed = true,
  flags: Omit<Located, 'cwd'> = {
    draft: text(o, 'draft'),
    comments: text(o, 'comments'),
    responses: text(o, 'responses'),
    output: text(o, 'output'),
  },
): Promise<CommandIO & WorkspaceFlags & { output: string | undefined }> {
  const [{ parseLang }, { locate }] = await Promise.all([import('./commands/io.js'), import('./commands/locate.js')]);
  const lang = parseLang(text(o, 'lang'));
  const where = locate(text(o, 'C') ?? process.cwd(), text(o, 'C'), flags, needed && flags.draft === undefined);
  return { ...where, ...io, lang };
}

/**
 * Every command: words from the catalogue, options declared once (the
 * workspace ones, --format and -o shared below; -C, --lang and --no-color
 * belong to the program and are shown in every command's help).
 */
// eslint-disable-next-line max-lines-per-function -- a table, one short entry per command, read entry by entry
function commandTable(H: Words['help']): CommandSpec[] {
  const P = H.placeholders;
  const D = H.commands;
  const WORKSPACE: OptionSpec[] = [
    [`--draft ${P.file}`, H.options.draft],
    [`--comments ${P.dir}`, H.options.comments],
    [`--responses ${P.dir}`, H.options.responses],
  ];
  const output: OptionSpec = [`-o, --output ${P.file}`, H.options.output];
  const format = (formats: string): OptionSpec => [`--format ${P.format}`, H.options.format(formats)];
  return [
    {
      name: 'check',
      description: D.check.description,
      options: [...WORKSPACE, format('text, json'), output, ['--fix', D.check.fix]],
      async run(call) {
        const { check } = await import('./commands/check.js');
        return check({ ...(await located(call)), format: text(call.o, 'format'), fix: flag(call.o, 'fix') });
      },
    },
    {
      name: 'anchors',
      description: D.anchors.description,
      options: [...WORKSPACE, format('text, json'), output],
      async run(call) {
        const { anchors } = await import('./commands/anchors.js');
        return anchors({ ...(await located(call)), format: text(call.o, 'format') });
      },
    },
    {
      name: 'collate',
      description: D.collate.description,
      options: [...WORKSPACE, format('md, json, html, docx, csv, xlsx'), output],
      async run(call) {
        const { collate } = await import('./commands/collate.js');
        return collate({ ...(await located(call)), format: text(call.o, 'format') });
      },
    },
    {
      name: 'export',
      description: D.export.description,
      options: [...WORKSPACE, [`-o, --output ${P.dir}`, D.export.output], ['--force', D.export.force], ['--no-pdf', D.export.noPdf]],
      async run(call) {
        const { exportPack } = await import('./commands/export.js');
        return exportPack({ ...(await located(call)), force: flag(call.o, 'force'), pdf: flag(call.o, 'pdf') });
      },
    },
    {
      name: 'diff',
      description: D.diff.description,
      args: [
        [`[${H.args.old}]`, D.diff.old],
        [`[${H.args.new}]`, D.diff.new],
      ],
      options: [
        [`--format ${P.format}`, D.diff.format],
        output,
        ['--stat', D.diff.stat],
        ['--exit-code', D.diff.exitCode],
        [`--comments ${P.optDir}`, D.diff.comments],
        [`--responses ${P.dir}`, H.options.responses],
      ],
      async run(call) {
        const { o, args } = call;
        const { diff, namesDraft } = await import('./commands/diff.js');
        const from = start(o);
        // Drafts named by a path are found where the user stands, wherever the workspace is.
        const drafts = args
          .filter((d): d is string => d !== undefined)
          .map((d) => (existsSync(path.resolve(from, d)) ? path.resolve(from, d) : d));
        const ws = await located(call, drafts.length === 0, {
          draft: undefined,
          comments: undefined,
          responses: text(o, 'responses'),
          output: text(o, 'output'),
        });
        let comments: unknown = o['comments'];
        if (typeof comments === 'string' && existsSync(path.resolve(from, comments))) comments = path.resolve(from, comments);
        // `--comments a b`: commander reads "a" as the folder (an optional value takes the next word); a draft is given back.
        else if (typeof comments === 'string' && drafts.length < 2 && (await namesDraft(ws.cwd, comments))) {
          drafts.unshift(comments);
          comments = true;
        }
        return diff({
          ...ws,
          drafts,
          format: text(o, 'format'),
          stat: flag(o, 'stat'),
          exitCode: flag(o, 'exitCode'),
          withComments: typeof comments === 'string' || typeof comments === 'boolean' ? comments : undefined,
        });
      },
    },
    {
      name: 'init',
      description: D.init.description,
      args: [[`[${H.args.dir}]`, D.init.dir]],
      options: [['--editor', D.init.editor]],
      async run(call) {
        const { init } = await import('./commands/init.js');
        const ws = await located(call, false);
        return init({ ...ws, cwd: start(call.o), now: new Date(), dir: call.args[0], editor: flag(call.o, 'editor') });
      },
    },
    {
      name: 'template',
      description: D.template.description,
      options: [
        ...WORKSPACE,
        [`--delegate ${P.name}`, D.template.delegate],
        [`--organization ${P.name}`, D.template.organization],
        [`--title ${P.title}`, D.template.title],
        [`--group ${P.group}`, D.template.group],
        ['--all', D.template.all],
        [`--format ${P.format}`, D.template.format],
        [`-o, --output ${P.file}`, D.template.output],
      ],
      async run(call) {
        const { o } = call;
        const { template } = await import('./commands/template.js');
        return template({
          ...(await located(call)),
          delegate: text(o, 'delegate'),
          organization: text(o, 'organization'),
          title: text(o, 'title'),
          group: text(o, 'group'),
          all: flag(o, 'all'),
          format: text(o, 'format'),
        });
      },
    },
    {
      name: 'status',
      description: D.status.description,
      options: [...WORKSPACE, format('text, json'), output, ['--strict', D.status.strict]],
      async run(call) {
        const { status } = await import('./commands/status.js');
        return status({ ...(await located(call)), now: new Date(), format: text(call.o, 'format'), strict: flag(call.o, 'strict') });
      },
    },
    {
      name: 'decisions',
      description: D.decisions.description,
      options: [...WORKSPACE, [`-o, --output ${P.file}`, D.decisions.output]],
      async run(call) {
        const { decisions } = await import('./commands/decisions.js');
        return decisions({ ...(await located(call)) });
      },
    },
    {
      name: 'import',
      description: D.import.description,
      args: [[`<${H.args.file}>`, D.import.file]],
      options: [
        ...WORKSPACE,
        [`--as ${P.kind}`, D.import.as],
        ['--force', D.import.force],
        ['--sheet-wins', D.import.sheetWins],
        new Option(`--column ${P.fieldColumn}`, D.import.column).argParser((v: string, prev: string[] = []) => [...prev, v]),
        [`--sheet ${P.name}`, D.import.sheet],
        [`--header-row ${P.n}`, D.import.headerRow],
        [`--delegate ${P.name}`, D.import.delegate],
        [`--organization ${P.name}`, D.import.organization],
        [`-o, --output ${P.dir}`, D.import.output],
        ['--dry-run', D.import.dryRun],
      ],
      async run(call) {
        const { o, args } = call;
        const { importSheet } = await import('./commands/import.js');
        const file = args[0] ?? '';
        return importSheet({
          // A Word draft may be the first file of a new workspace: no workspace is needed to import it.
          ...(await located(call, !/\.docx$/iu.test(file))),
          now: new Date(),
          file: path.resolve(start(o), file),
          columns: texts(o, 'column'),
          sheet: text(o, 'sheet'),
          headerRow: text(o, 'headerRow'),
          dryRun: flag(o, 'dryRun'),
          delegate: text(o, 'delegate'),
          organization: text(o, 'organization'),
          as: text(o, 'as'),
          force: flag(o, 'force'),
          sheetWins: flag(o, 'sheetWins'),
        });
      },
    },
  ];
}

// ---- colour and the exit code ----

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

function colourWanted(o: OptionValues, stream: NodeJS.WriteStream): boolean {
  if (flag(o, 'color') === false || (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '')) return false;
  if (process.env['FORCE_COLOR'] !== undefined && process.env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY;
}

async function report(result: CommandResult, o: OptionValues): Promise<number> {
  const style = await makeStyle(colourWanted(o, process.stderr));
  for (const m of result.messages) process.stderr.write(`${paint(m, style)}\n`);
  if (result.exitCode !== undefined) return result.exitCode;
  return result.messages.some((m) => m.severity === 'error') ? 1 : 0;
}

function paint(m: Message, style: Style | undefined): string {
  const text = formatMessage(m);
  if (!style) return text;
  return text.replace(`: ${m.severity}: `, `: ${m.severity === 'error' ? style.error('error') : style.warning(m.severity)}: `);
}

/** Commander's own words (titles, usage, help option) in the catalogue's language. */
function localise(program: Command, H: Words['help']): void {
  program.configureHelp({
    showGlobalOptions: true,
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

/** The program with every command of the table; `done` gets each command's result and the options it ran with. */
export function buildProgram(done: (result: CommandResult, o: OptionValues) => Promise<void>): Command {
  const H = words().help;
  const P = H.placeholders;
  const program = new Command('gopy').description(H.program).version(version(), '-v, --version', H.version);
  localise(program, H);
  program
    .option(`-C ${P.dir}`, H.options.C)
    .option(`--lang ${P.lang}`, H.options.lang)
    .addOption(new Option('--no-color', H.options.noColor))
    .exitOverride();

  for (const spec of commandTable(H)) {
    const cmd = program.command(spec.name).description(spec.description);
    for (const [name, description] of spec.args ?? []) cmd.argument(name, description);
    for (const option of spec.options) {
      if (option instanceof Option) cmd.addOption(option);
      else cmd.option(option[0], option[1]);
    }
    cmd.action(async (...params: unknown[]) => {
      // Commander passes the arguments first, then the options and the command.
      const args = params.slice(0, spec.args?.length ?? 0).map((a) => (typeof a === 'string' ? a : undefined));
      const o = cmd.optsWithGlobals();
      const io = {
        stdout: process.stdout,
        stderr: process.stderr,
        style: await makeStyle(colourWanted(o, process.stdout)),
        width: process.stdout.isTTY ? process.stdout.columns : undefined,
      };
      await done(await spec.run({ io, o, args }), o);
    });
  }
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
      // Commander's other errors come from features gopy does not use (choices, mandatory options).
      return words().tell.badCommandLine;
  }
}

export async function main(argv: string[]): Promise<number> {
  setLang(chooseLang(argv.slice(2), process.cwd()));
  await guardProcess();
  const U = words().usage;
  let code = 0;
  const program = buildProgram(async (result, o) => {
    code = await report(result, o);
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version asked for exit 0; help shown because no command was given is wrong usage.
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      // `gopy help nope`: commander shows the program's help; say what is wrong first.
      const [first, asked] = argv.slice(2).filter((x) => !x.startsWith('-'));
      if (e.code === 'commander.help' && first === 'help' && asked !== undefined && !program.commands.some((c) => c.name() === asked)) {
        process.stderr.write(`gopy: ${U.unknownCommand(asked)}\n${words().help.afterError}\n`);
      }
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
