// writeOutput with a report in pieces: written whole or not at all.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/commands/io.js';
import type { CommandIO } from '../../src/commands/io.js';

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'gopy-write-'));
}

function ioAt(cwd: string, stdout: CommandIO['stdout'] = { write: () => true }): CommandIO {
  return { cwd, stdout, stderr: { write: () => true } };
}

/** 3,000 pieces of text (some 400 KB, non-ASCII included), one of them empty. */
function pieces(): string[] {
  return Array.from({ length: 3000 }, (_, i) => (i === 7 ? '' : `${i}: Ý kiến số ${i} — “trích dẫn” ${'x'.repeat(i % 200)}\n`));
}

function* failing(after: number): Generator<string> {
  let n = 0;
  for (const p of pieces()) {
    if (n++ === after) throw new Error('renderer broke');
    yield p;
  }
}

describe('writeOutput with pieces', () => {
  it('writes them to the file whole, leaving no temporary file', async () => {
    const dir = folder();
    const abs = await writeOutput(ioAt(dir), 'out/report.md', pieces());
    expect(abs).toBe(path.join(dir, 'out', 'report.md'));
    expect(readFileSync(path.join(dir, 'out', 'report.md'), 'utf8')).toBe(pieces().join(''));
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.md']);
  });

  it('leaves the old file as it was and no temporary file when the pieces fail midway', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'report.json'), 'old report\n');
    // A fault of the renderer is gopy's own (an internal error), not a write error.
    await expect(writeOutput(ioAt(dir), 'report.json', failing(2000))).rejects.toThrow(new Error('renderer broke'));
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('old report\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes no file at all when the pieces fail at once', async () => {
    const dir = folder();
    await expect(writeOutput(ioAt(dir), 'new.md', failing(0))).rejects.toThrow(/renderer broke/u);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('still refuses to write into an input folder', async () => {
    const dir = folder();
    await expect(writeOutput(ioAt(dir), 'comments/report.md', pieces())).rejects.toThrow(/gopy chỉ đọc/u);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes them to a stdout that has only write()', async () => {
    const out: string[] = [];
    const io = ioAt(folder(), { write: (c: string | Uint8Array) => out.push(String(c)) });
    expect(await writeOutput(io, undefined, pieces())).toBeNull();
    expect(out.join('')).toBe(pieces().join(''));
  });

  it('waits for a slow stdout to drain, keeping the order', async () => {
    const got: Buffer[] = [];
    let queued = 0;
    let most = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        got.push(chunk);
        setTimeout(done, 1);
      },
    });
    const write = slow.write.bind(slow);
    slow.write = ((chunk: string) => {
      queued = slow.writableLength + chunk.length;
      most = Math.max(most, queued);
      return write(chunk);
    }) as typeof slow.write;
    await writeOutput(ioAt(folder(), slow), '-', pieces());
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(Buffer.concat(got).toString('utf8')).toBe(pieces().join(''));
    // Without waiting, the whole text (some 400 KB) would be queued at once.
    expect(most).toBeLessThan(200_000);
  });
});
