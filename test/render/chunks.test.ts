// The JSON and Markdown reports in pieces: the same bytes as in one string.

import { describe, expect, it } from 'vitest';
import { synthesise } from '../../src/commands/collate.js';
import type { Synthesis } from '../../src/model/synthesis.js';
import { renderJson, renderJsonChunks, synthesisJson } from '../../src/render/json.js';
import { renderMarkdown, renderMarkdownChunks } from '../../src/render/markdown.js';
import { hostileWorkspace } from '../helpers/export.js';
import { capture, repoRoot } from '../helpers/workspace.js';

async function synthesisOf(cwd: string, lang?: 'vi' | 'en'): Promise<Synthesis> {
  const { synthesis, result } = await synthesise({ ...capture(cwd).io, lang });
  expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
  if (!synthesis) throw new Error('no synthesis');
  return synthesis;
}

const workspaces: [string, () => Promise<Synthesis>][] = [
  ['the bundled example', () => synthesisOf(repoRoot)],
  ['the bundled example in English', () => synthesisOf(repoRoot, 'en')],
  ['a generated workspace of 300 hostile comments', () => synthesisOf(hostileWorkspace(300))],
];

describe.each(workspaces)('reports in pieces: %s', (_name, make) => {
  it('JSON: the pieces make JSON.stringify(model, null, 2), one comment or so each', async () => {
    const s = await make();
    const chunks = [...renderJsonChunks(s)];
    expect(chunks.join('')).toBe(`${JSON.stringify(synthesisJson(s), null, 2)}\n`);
    expect(chunks.join('')).toBe(renderJson(s));
    expect(chunks.length).toBeGreaterThan(s.summary.comments);
  });

  it('Markdown: the pieces make renderMarkdown, one comment or so each', async () => {
    const s = await make();
    const chunks = [...renderMarkdownChunks(s)];
    expect(chunks.join('')).toBe(renderMarkdown(s));
    expect(chunks.length).toBeGreaterThan(s.summary.comments);
    const whole = chunks.join('');
    expect(whole.endsWith('\n') && !whole.endsWith('\n\n')).toBe(true);
    expect(whole).not.toMatch(/\n{3}/u);
  });
});
