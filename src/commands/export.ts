// gopy export: the meeting pack — the report in every format in one folder.
// Everything is written into a temporary folder beside the target and renamed
// into place at the end, so a failed export leaves nothing half-written.

import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { words } from '../i18n/index.js';
import { message, UsageError, WriteError } from '../messages.js';
import type { Lang } from '../model/types.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { guardOutput, isSystemError, writeFailure } from './output-guard.js';
import { PDF_TEMP_PREFIX, removeStale, removeStalePdfDirs, tempBeside, track, untrack } from './temp.js';
import { render, synthesise } from './collate.js';
import type { ReportFormat } from './collate.js';

export interface ExportOptions extends CommandIO, WorkspaceFlags {
  /** The pack folder (default `bao-cao`). */
  output?: string | undefined;
  force?: boolean | undefined;
  /** false: no PDF even when a browser is there. */
  pdf?: boolean | undefined;
  /** Most comments a pack prints to PDF (MAX_PDF_COMMENTS by default). */
  pdfLimit?: number | undefined;
  /** Where to look for the browser (PATH, GOPY_CHROMIUM); the process's by default. */
  env?: NodeJS.ProcessEnv | undefined;
}

export const DEFAULT_PACK_DIR = 'bao-cao';

/** Above this many comments the pack has no PDF (printing it through the browser would take minutes). */
export const MAX_PDF_COMMENTS = 1500;

/** The files of a pack, by report language. */
export const PACK_FILES: Record<Lang, Record<ReportFormat | 'pdf', string>> = {
  vi: {
    docx: 'bao-cao-tong-hop.docx',
    pdf: 'bao-cao-tong-hop.pdf',
    html: 'bao-cao-tong-hop.html',
    md: 'bao-cao-tong-hop.md',
    json: 'bao-cao-tong-hop.json',
    csv: 'gop-y.csv',
    xlsx: 'gop-y.xlsx',
  },
  en: {
    docx: 'synthesis-report.docx',
    pdf: 'synthesis-report.pdf',
    html: 'synthesis-report.html',
    md: 'synthesis-report.md',
    json: 'synthesis-report.json',
    csv: 'comments.csv',
    xlsx: 'comments.xlsx',
  },
};

/** Files a desktop leaves in folders; a pack holding them may still be replaced. */
const LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

export async function exportPack(opts: ExportOptions): Promise<CommandResult> {
  const target = opts.output ?? DEFAULT_PACK_DIR;
  if (target === '-' || target.trim() === '') throw new UsageError(words().tell.export.toTerminal);
  // Refuse early, before any work, and again just before the rename.
  const abs = (await guardOutput(opts, target, { folder: true })).real;
  await checkTarget(abs, target, opts.force === true);

  const { synthesis, result } = await synthesise(opts);
  if (!synthesis) return result;
  const names = PACK_FILES[synthesis.lang];

  const files = new Map<string, string | Uint8Array>();
  for (const format of ['docx', 'html', 'md', 'json', 'csv', 'xlsx'] as const) files.set(names[format], await render(synthesis, format));
  const messages = [...result.messages];
  const pdfLimit = opts.pdfLimit ?? MAX_PDF_COMMENTS;
  if (opts.pdf !== false && synthesis.summary.comments > pdfLimit) {
    // The browser takes minutes over a table of thousands of pages; the Word file prints the same report.
    messages.push(
      message(
        { file: target, line: 0, column: 0 },
        'warning',
        'no-pdf',
        words().report.pdfTooLong(synthesis.summary.comments, pdfLimit, names.docx),
      ),
    );
  } else if (opts.pdf !== false) {
    const { renderPdf, PdfError, noBrowserHint } = await import('../render/pdf.js');
    const env = opts.env ?? process.env;
    const noPdf = (text: string): void => {
      messages.push(message({ file: target, line: 0, column: 0 }, 'warning', 'no-pdf', text));
    };
    removeStalePdfDirs();
    try {
      const pdf = await renderPdf(files.get(names.html) as string, { env, tempPrefix: PDF_TEMP_PREFIX, onTemp: track });
      if (pdf) files.set(names.pdf, pdf);
      else noPdf(noBrowserHint(env));
    } catch (e) {
      if (!(e instanceof PdfError)) throw e;
      noPdf(words().tell.export.noPdf(e.message));
    }
  }

  await writePack(abs, target, files, opts.force === true);
  const order = [names.docx, names.pdf, names.html, names.md, names.json, names.xlsx, names.csv].filter((n) => files.has(n));
  opts.stdout.write(`${target.replace(/[\\/]+$/u, '')}/: ${order.join(', ')}\n`);
  return { ...result, messages };
}

/**
 * An existing target is refused unless --force, and even then only when it
 * is a pack gopy wrote: the files of one language's pack (a PDF may be
 * missing) and nothing else, so that a file of the user's that happens to
 * bear a pack file's name (comments.csv beside a Vietnamese pack) is never removed.
 */
async function checkTarget(abs: string, shown: string, force: boolean): Promise<void> {
  const st = await lstat(abs).catch(() => null);
  if (!st) return;
  const W = words().tell.export;
  if (!st.isDirectory()) throw new UsageError(W.notFolder(shown));
  if (!force) throw new UsageError(W.exists(shown));
  const entries = (await readdir(abs, { withFileTypes: true })).filter((e) => !LITTER.has(e.name));
  const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  const lang = (Object.keys(PACK_FILES) as Lang[]).find((l) => files.has(PACK_FILES[l].docx)) ?? 'vi';
  const own = PACK_FILES[lang];
  const known = new Set(Object.values(own));
  const strangers = entries.filter((e) => !e.isFile() || !known.has(e.name)).map((e) => e.name);
  const missing = Object.entries(own)
    .filter(([format, name]) => format !== 'pdf' && !files.has(name))
    .map(([, name]) => name);
  if (strangers.length === 0 && missing.length > 0) {
    throw new UsageError(W.notWholePack(shown, missing.join(', ')));
  }
  if (strangers.length > 0) {
    const list = strangers.sort().slice(0, 3).join(', ') + (strangers.length > 3 ? ', …' : '');
    throw new UsageError(W.moreThanPack(shown, list));
  }
}

/**
 * Write every file into `.<name>.<random>.tmp` beside the target, then rename
 * it into place. With --force an old pack is first moved aside and removed
 * only once the new one stands; if the swap fails the old one is put back.
 */
async function writePack(abs: string, shown: string, files: Map<string, string | Uint8Array>, force: boolean): Promise<void> {
  const parent = path.dirname(abs);
  removeStale(parent);
  const tmp = tempBeside(abs, 'tmp');
  const old = tempBeside(abs, 'old');
  untrack(old); // An old pack moved aside is the user's until the new one stands: never removed on the way out.
  try {
    await mkdir(parent, { recursive: true });
    await mkdir(tmp);
    for (const [name, data] of files) await writeFile(path.join(tmp, name), data);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    untrack(tmp);
    throw isSystemError(e) ? new WriteError(writeFailure(shown, e)) : e;
  }
  let movedAside = false;
  try {
    await checkTarget(abs, shown, force);
    if (await lstat(abs).catch(() => null)) {
      await rename(abs, old);
      movedAside = true;
    }
    await rename(tmp, abs);
    untrack(tmp);
  } catch (e) {
    if (movedAside) await rename(old, abs).catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    untrack(tmp);
    throw isSystemError(e) ? new WriteError(writeFailure(shown, e)) : e;
  }
  if (movedAside) await rm(old, { recursive: true, force: true });
}
