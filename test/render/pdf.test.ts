import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { findBrowser, PdfError, renderPdf } from '../../src/render/pdf.js';
import type { Synthesis } from '../../src/model/synthesis.js';
import { BASIC, hasCommand, hostileWorkspace, synthesisOf } from '../helpers/export.js';

// CI sets GOPY_REQUIRE_PDF=1 (and installs Chromium): there a missing browser fails the run.
const required = process.env['GOPY_REQUIRE_PDF'] === '1';
const browser = await findBrowser();
const ready = browser !== null && hasCommand('pdftotext');
const missing = `needs ${browser === null ? 'Chromium (apt-get install chromium fonts-liberation2)' : ''}${!hasCommand('pdftotext') ? ' pdftotext (apt-get install poppler-utils)' : ''}`;

describe('PDF prerequisites', () => {
  it.runIf(required)('are installed where GOPY_REQUIRE_PDF=1 (CI)', () => {
    expect(ready, missing).toBe(true);
  });
});

/** The words of a PDF with their place, page by page (pdftotext -bbox). */
function words(pdf: Uint8Array): { page: number; landscape: boolean; x: number; text: string }[] {
  const out = pdftotext(pdf, ['-bbox']);
  expect(out.status).toBe(0);
  const result: { page: number; landscape: boolean; x: number; text: string }[] = [];
  let page = 0;
  let landscape = false;
  for (const m of out.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/gu)) {
    if (m[1] !== undefined) {
      page++;
      landscape = Number(m[1]) > Number(m[2]);
    } else result.push({ page, landscape, x: Number(m[3]), text: decode(m[4] ?? '') });
  }
  return result;
}

function decode(s: string): string {
  return s
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'");
}

function plainText(pdf: Uint8Array): string {
  return pdftotext(pdf, ['-enc', 'UTF-8']).stdout;
}

function pdftotext(pdf: Uint8Array, args: string[]): { status: number | null; stdout: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-pdf-test-'));
  try {
    const file = path.join(dir, 'r.pdf');
    writeFileSync(file, pdf);
    return spawnSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function checkPdf(s: Synthesis): Promise<string> {
  const pdf = await renderPdf(renderHtml(s));
  expect(pdf).not.toBeNull();
  const ws = words(pdf!);
  // Every comment number stands in the STT column: the left edge of the table, on a
  // landscape page (the body) or a portrait one (comments on unknown sections).
  const numbers = new Set(ws.filter((w) => w.x < (w.landscape ? 100 : 125) && /^\d+$/u.test(w.text)).map((w) => Number(w.text)));
  const all = [...s.sections.flatMap((x) => x.comments), ...s.unplaced].map((c) => c.no);
  expect(all.filter((n) => !numbers.has(n))).toEqual([]);
  return plainText(pdf!).normalize('NFC');
}

describe.skipIf(!ready && !required)('PDF printed by Chromium', () => {
  it('keeps Vietnamese diacritics and every comment number', async () => {
    const s = await synthesisOf(BASIC);
    const text = await checkPdf(s);
    for (const phrase of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Lai Châu, ngày 05 tháng 3 năm 2024',
      'TÓM TẮT KẾT QUẢ TỔNG HỢP',
      'Tiếp thu, giải trình',
      'Lê Đức Dục',
      'Huyện ủy Tam Đường',
      'Giàng A Tính',
      'Đề nghị nâng chỉ tiêu kết nạp lên 1.500 hội viên mỗi năm',
    ]) {
      expect(text.replace(/\s+/gu, ' ')).toContain(phrase);
    }
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('prints 500 hostile comments, none lost', { timeout: 180_000 }, async () => {
    const s = await synthesisOf(hostileWorkspace(500));
    await checkPdf(s);
  });

  it('reaches no network, not even this machine', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const page = `<!DOCTYPE html><html><body><p>Xin chào</p><img src="http://127.0.0.1:${port}/a.png"><img src="http://localhost:${port}/b.png"><img src="http://example.com/c.png"></body></html>`;
      const pdf = await renderPdf(page);
      expect(pdf).not.toBeNull();
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});

describe('PDF without a working browser', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gopy-fake-browser-'));
  const script = (name: string, body: string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  };

  it('gives null when no browser is on PATH or in GOPY_CHROMIUM', async () => {
    expect(await findBrowser({ PATH: dir })).toBeNull();
    expect(await renderPdf('<p>x</p>', { env: { PATH: dir } })).toBeNull();
    expect(await findBrowser({ PATH: dir, GOPY_CHROMIUM: path.join(dir, 'nothing-here') })).toBeNull();
  });

  it('finds a browser by the usual names on PATH, or the one GOPY_CHROMIUM names', async () => {
    const fake = script('chromium-browser', 'exit 0');
    expect(await findBrowser({ PATH: `/nonexistent${path.delimiter}${dir}` })).toBe(fake);
    const other = script('my-chrome', 'exit 0');
    expect(await findBrowser({ PATH: '', GOPY_CHROMIUM: other })).toBe(other);
    expect(await findBrowser({ PATH: dir, GOPY_CHROMIUM: 'my-chrome' })).toBe(other);
  });

  it('reports a browser that fails, that writes no PDF, or that hangs', async () => {
    const failing = script('failing', 'echo "something broke" >&2; exit 3');
    await expect(renderPdf('<p>x</p>', { env: { PATH: '', GOPY_CHROMIUM: failing } })).rejects.toThrow(
      /failing bị lỗi \(mã 3\): something broke/u,
    );
    const silent = script('silent', 'exit 0');
    await expect(renderPdf('<p>x</p>', { env: { PATH: '', GOPY_CHROMIUM: silent } })).rejects.toThrow(/không ghi ra bản PDF nào/u);
    const junk = script('junk', 'for a in "$@"; do case "$a" in --print-to-pdf=*) echo junk > "${a#--print-to-pdf=}";; esac; done');
    await expect(renderPdf('<p>x</p>', { env: { PATH: '', GOPY_CHROMIUM: junk } })).rejects.toThrow(/ghi ra một tệp không phải PDF/u);
    const hanging = script('hanging', 'sleep 30');
    const started = Date.now();
    await expect(renderPdf('<p>x</p>', { env: { PATH: '', GOPY_CHROMIUM: hanging }, timeoutMs: 300 })).rejects.toBeInstanceOf(PdfError);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
