// The draft's YAML front matter (title, version, date), read with positioned
// messages; and the little that can be said of a draft too complex to parse.

import type { Yaml } from 'mdast';
import { words } from '../../i18n/index.js';
import { hasErrors, message } from '../../messages.js';
import type { Message } from '../../messages.js';
import { foldSpace, stemOf } from '../../model/text.js';
import type { Draft } from '../../model/types.js';
import { frontMatterEnd } from './guard.js';
import { processor } from './markdown.js';
import { parseYaml } from '../parse-yaml.js';
import type { YNode } from '../parse-yaml.js';

/** A draft not parsed (see findTooComplex): no sections, only what the front matter says. */
export function unreadDraft(source: string, file: string, messages: Message[]): Draft {
  const end = frontMatterEnd(source);
  let frontMatter: Record<string, unknown> = {};
  if (end > 0) {
    const first = processor.parse(source.slice(0, end)).children[0];
    if (first?.type === 'yaml') frontMatter = readFrontMatter(first, file, messages);
  }
  const field = (key: string): string => {
    const v = frontMatter[key];
    return typeof v === 'string' ? foldSpace(v) : '';
  };
  return { file, stem: stemOf(file), frontMatter, title: field('title'), version: field('version'), date: field('date'), sections: [] };
}

export function readFrontMatter(node: Yaml, file: string, messages: Message[]): Record<string, unknown> {
  // The YAML starts on the line after the opening `---`. It is read as the
  // other YAML files are, so that a slip gets the same plain-words message.
  const base = node.position?.start.line ?? 1;
  const { root, messages: problems } = parseYaml(node.value, file);
  for (const m of problems)
    messages.push({ ...m, line: m.line > 0 ? base + m.line : base, column: m.line > 0 ? m.column : 1, rule: 'draft-front-matter' });
  if (hasErrors(problems) || root === null || (root.kind === 'scalar' && root.empty)) return {};
  if (root.kind !== 'map') {
    messages.push(message({ file, line: base + root.line, column: 1 }, 'error', 'draft-front-matter', words().draftFile.frontMatterShape));
    return {};
  }
  return plain(root) as Record<string, unknown>;
}

/** Text as typed, lists and mappings as arrays and objects. */
function plain(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plain);
  return Object.fromEntries(node.entries.map((e) => [e.key.value, plain(e.value)]));
}
