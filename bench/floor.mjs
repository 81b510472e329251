// The floor the benchmark compares gopy with: a Node process that reads the
// same files and parses them with the same libraries — every YAML file with
// `yaml`, the draft with remark (remark-parse + remark-gfm +
// remark-frontmatter, the plugins gopy needs) — and does nothing else.
//
//   node bench/floor.mjs <workspace> [draft.md …]
//
// Without draft arguments it parses every Markdown file in drafts/. Prints
// {"yamlMs":…, "draftMs":…, "files":…} on stdout.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const [root = '.', ...drafts] = process.argv.slice(2);
const list = (dir, exts) => {
  try {
    return readdirSync(path.join(root, dir))
      .filter((n) => exts.some((e) => n.toLowerCase().endsWith(e)))
      .sort()
      .map((n) => path.join(root, dir, n));
  } catch {
    return [];
  }
};

let t = performance.now();
const yamlFiles = [...list('comments', ['.yaml', '.yml']), ...list('responses', ['.yaml', '.yml'])];
for (const name of ['gopy.yaml', 'gopy.yml']) {
  try {
    readFileSync(path.join(root, name));
    yamlFiles.push(path.join(root, name));
  } catch {
    // no settings file
  }
}
for (const file of yamlFiles) parse(readFileSync(file, 'utf8'));
const yamlMs = performance.now() - t;

t = performance.now();
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const mdFiles = drafts.length > 0 ? drafts.map((d) => path.resolve(root, d)) : list('drafts', ['.md', '.markdown']);
for (const file of mdFiles) processor.parse(readFileSync(file, 'utf8'));
const draftMs = performance.now() - t;

process.stdout.write(
  `${JSON.stringify({ yamlMs: Math.round(yamlMs), draftMs: Math.round(draftMs), files: yamlFiles.length + mdFiles.length })}\n`,
);
