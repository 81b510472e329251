// The layers the linter keeps (eslint.layers.js): a wrong import fails lint.
// Also draws the import graph of src/ and checks it has no edge against the
// layers and no cycle between folders.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../eslint.layers.js';
import { repoRoot } from '../helpers/workspace.js';

const eslint = new ESLint({
  cwd: repoRoot,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layerRules],
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('layer rules', () => {
  it.each([
    ['src/model/wrong.ts', "import { labels } from '../render/markdown.js';"],
    ['src/model/wrong.ts', "import { message } from '../messages.js';"],
    ['src/render/wrong.ts', "import type { CommandIO } from '../commands/io.js';"],
    ['src/render/wrong.ts', "import { checkRevision } from '../validate/revision.js';"],
    ['src/render/wrong.ts', "import { parseDraft } from '../load/parse-draft.js';"],
    ['src/load/wrong.ts', "import { labels } from '../render/markdown.js';"],
    ['src/load/wrong.ts', "export { placeComments } from '../validate/place.js';"],
    ['src/validate/wrong.ts', "import { readText } from '../load/read-files.js';"],
    ['src/commands/wrong.ts', "import { main } from '../cli.js';"],
    ['src/messages.ts', "import { renderJson } from './render/json.js';"],
    ['src/i18n/wrong.ts', "import { message } from '../messages.js';"],
  ])('%s: %s fails', async (file, code) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(/^no-restricted-imports: /u)]);
  });

  it.each([
    ['src/model/right.ts', "import { nfc } from './text.js';"],
    ['src/render/right.ts', "import type { Synthesis } from '../model/synthesis.js';\nimport { words } from '../i18n/index.js';"],
    ['src/load/right.ts', "import { message } from '../messages.js';"],
    ['src/validate/right.ts', "import { GENERAL } from '../model/types.js';"],
    ['src/commands/right.ts', "import { parseDraft } from '../load/parse-draft.js';\nimport { renderJson } from '../render/json.js';"],
  ])('%s: %s passes', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

/** Every relative import in src/, as edges between top folders ("." for files at the top, "./cli" for cli.ts). */
function folderEdges(): Set<string> {
  const src = path.join(repoRoot, 'src');
  const edges = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.name.endsWith('.ts')) {
        const from = path.relative(src, dir).split(path.sep)[0] || '.';
        const text = readFileSync(abs, 'utf8');
        for (const m of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/gu)) {
          const target = path.relative(src, path.dirname(path.resolve(dir, m[1] ?? ''))).split(path.sep)[0] ?? '';
          const to = target === '' ? `.${path.basename(m[1] ?? '', '.js') === 'cli' ? '/cli' : ''}` : target;
          if (to !== from) edges.add(`${from} -> ${to}`);
        }
      }
    }
  };
  walk(src);
  return edges;
}

describe('import graph of src/', () => {
  const edges = folderEdges();
  const allowed: Record<string, string[]> = {
    '.': ['commands', 'render', 'i18n', 'model', './cli'],
    commands: ['load', 'validate', 'render', 'i18n', 'model', '.'],
    load: ['i18n', 'model', '.'],
    validate: ['i18n', 'model', '.'],
    render: ['i18n', 'model'],
    i18n: ['model'],
    model: [],
  };

  it('has only edges the layers allow', () => {
    const wrong = [...edges].filter((e) => {
      const [from = '', to = ''] = e.split(' -> ');
      return !(allowed[from] ?? []).includes(to);
    });
    expect(wrong).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folders = ['commands', 'load', 'validate', 'render', 'i18n', 'model'];
    const next = (f: string): string[] => folders.filter((t) => edges.has(`${f} -> ${t}`));
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      next(from).some((n) => n === to || (!seen.has(n) && (seen.add(n), reaches(n, to, seen))));
    expect(folders.filter((f) => reaches(f, f))).toEqual([]);
  });
});
