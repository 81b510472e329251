// The PDF: the HTML report printed by headless Chromium. The browser is found
// on PATH (chromium, chromium-browser, google-chrome) or named by
// GOPY_CHROMIUM; it runs with a fresh profile in a temporary folder and with
// networking off, and is killed if it takes too long. No browser → null, and
// the caller says how to get one.

import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { words } from '../i18n/index.js';

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** How to get a browser, for the one-line notice when there is none. */
export function noBrowserHint(env: NodeJS.ProcessEnv = process.env): string {
  const named = env['GOPY_CHROMIUM'];
  return named ? words().tell.pdf.badBrowserEnv(named) : words().tell.pdf.noBrowser;
}

export interface PdfOptions {
  /** Where to look: PATH and GOPY_CHROMIUM. */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** The work folder's name in the system's temporary folder starts with this (the caller names it so that it can find leftovers). */
  tempPrefix?: string;
  /** Told of the work folder as soon as it exists, so that it can be removed if the process is stopped. */
  onTemp?: (dir: string) => void;
}

/** A failure of a browser that was found (not its absence). */
export class PdfError extends Error {
  override name = 'PdfError';
}

/** The browser to use, or null when there is none. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const named = env['GOPY_CHROMIUM'];
  if (named !== undefined && named !== '') {
    if (await isExecutable(named)) return path.resolve(named);
    // A bare name is looked for on PATH like the usual ones.
    if (!named.includes('/') && !named.includes(path.sep)) return onPath(named, env);
    return null;
  }
  for (const name of BROWSER_NAMES) {
    const found = await onPath(name, env);
    if (found) return found;
  }
  return null;
}

async function onPath(name: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Print an HTML document to PDF; null when no browser is found; PdfError when the browser fails. */
export async function renderPdf(html: string, opts: PdfOptions = {}): Promise<Uint8Array | null> {
  const env = opts.env ?? process.env;
  const browser = await findBrowser(env);
  if (!browser) return null;
  const dir = await mkdtemp(path.join(tmpdir(), opts.tempPrefix ?? 'gopy-pdf-'));
  opts.onTemp?.(dir);
  try {
    const page = path.join(dir, 'report.html');
    const out = path.join(dir, 'report.pdf');
    await writeFile(page, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-extensions',
      '--disable-default-apps',
      '--disable-dev-shm-usage',
      '--disable-crash-reporter',
      '--mute-audio',
      // Networking off: every request, loopback included, goes to a closed
      // port, and no name resolves.
      '--proxy-server=127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      '--generate-pdf-document-outline',
      `--print-to-pdf=${out}`,
      pathToFileURL(page).href,
    ];
    const home = path.join(dir, 'home');
    await run(
      browser,
      args,
      { ...env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
      opts.timeoutMs ?? 120_000,
    );
    let pdf: Buffer;
    try {
      pdf = await readFile(out);
    } catch {
      throw new PdfError(words().tell.pdf.wroteNothing(path.basename(browser)));
    }
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PdfError(words().tell.pdf.notPdf(path.basename(browser)));
    return new Uint8Array(pdf);
  } finally {
    // A browser helper may still be writing its profile for a moment: retry, and
    // never let a leftover temporary folder fail the export.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
  }
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const kill = (): void => {
      try {
        // The browser starts helper processes: end the whole group it leads.
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      kill();
      reject(new PdfError(words().tell.pdf.timeout(path.basename(program), Math.round(timeoutMs / 1000))));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new PdfError(words().tell.pdf.cannotRun(program, (e as NodeJS.ErrnoException).code ?? e.message)));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      kill();
      if (code === 0) resolve();
      else {
        const last = stderr
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '' && !/unexpected operator/u.test(l))
          .pop();
        reject(new PdfError(words().tell.pdf.failed(path.basename(program), signal ?? String(code), last ?? '')));
      }
    });
  });
}
