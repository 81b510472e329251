// gopy collate: the numbered synthesis report in one format.

import { words } from '../i18n/index.js';
import { UsageError } from '../messages.js';
import type { Synthesis } from '../model/synthesis.js';
import { readConsultation, synthesisOf } from './consultation.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { checkOutput, pickFormat, writeOutput } from './io.js';

export const REPORT_FORMATS = ['md', 'json', 'html', 'docx', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface CollateOptions extends CommandIO, WorkspaceFlags {
  format?: string | undefined;
  output?: string | undefined;
}

/** Load → validate → model; null synthesis when there are errors. */
export async function synthesise(opts: CommandIO & WorkspaceFlags): Promise<{ synthesis: Synthesis | null; result: CommandResult }> {
  const c = await readConsultation(opts);
  return { synthesis: synthesisOf(c), result: { messages: c.messages } };
}

export function checkFormat(format: string | undefined): ReportFormat {
  // A PDF needs a browser and comes with the meeting pack: point there.
  if (format?.trim().toLowerCase() === 'pdf') throw new UsageError(words().usage.pdfIsExport);
  return pickFormat(format, REPORT_FORMATS, 'md');
}

/** Renderers are loaded only when used: docx and html pull in heavy code. */
export async function render(s: Synthesis, format: ReportFormat): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return (await import('../render/markdown.js')).renderMarkdown(s);
    case 'json':
      return (await import('../render/json.js')).renderJson(s);
    case 'html':
      return (await import('../render/html.js')).renderHtml(s);
    case 'docx':
      return (await import('../render/docx.js')).renderDocx(s);
    case 'csv':
      return (await import('../render/csv.js')).renderCsv(s);
    case 'xlsx':
      return (await import('../render/xlsx.js')).renderXlsx(s);
    default:
      throw new UsageError(words().tell.collate.notAvailable(String(format)));
  }
}

/** As render(), but Markdown and JSON come in pieces, written as they come rather than built as one string. */
export async function renderChunks(s: Synthesis, format: ReportFormat): Promise<string | Uint8Array | Iterable<string>> {
  switch (format) {
    case 'md':
      return (await import('../render/markdown.js')).renderMarkdownChunks(s);
    case 'json':
      return (await import('../render/json.js')).renderJsonChunks(s);
    default:
      return render(s, format);
  }
}

export async function collate(opts: CollateOptions): Promise<CommandResult> {
  const format = checkFormat(opts.format);
  if ((format === 'docx' || format === 'xlsx') && (opts.output === undefined || opts.output === '-') && opts.stdout.isTTY) {
    throw new UsageError(words().tell.collate.toTerminal);
  }
  await checkOutput(opts, opts.output);
  const { synthesis, result } = await synthesise(opts);
  if (!synthesis) return result;
  await writeOutput(opts, opts.output, await renderChunks(synthesis, format), [], format === 'md');
  return result;
}
