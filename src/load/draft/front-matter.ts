// The draft's YAML front matter (title, version, date), read with positioned
// messages; and the little that can be said of a draft too complex to parse.

import type { Yaml } from 'mdast';
import { parseDocument } from 'yaml';
import { message } from '../../messages.js';
import type { Message } from '../../messages.js';
import { foldSpace, stemOf } from '../../model/text.js';
import type { Draft } from '../../model/types.js';
import { frontMatterEnd } from './guard.js';
import { processor } from './markdown.js';

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
  // The YAML starts on the line after the opening `---`.
  const base = node.position?.start.line ?? 1;
  const doc = parseDocument(node.value, { schema: 'failsafe' });
  const problems = [
    ...doc.errors.map((e) => ({ e, severity: 'error' as const })),
    ...doc.warnings.map((e) => ({ e, severity: 'warning' as const })),
  ];
  for (const { e, severity } of problems) {
    const pos = e.linePos?.[0];
    const text = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '') ?? e.message;
    messages.push(
      message(
        { file, line: pos ? base + pos.line : base, column: pos ? pos.col : 1 },
        severity,
        'draft-front-matter',
        `front matter: ${text}`,
      ),
    );
  }
  if (doc.errors.length > 0) return {};
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    messages.push(message({ file, line: base, column: 1 }, 'error', 'draft-front-matter', `front matter: ${text}`));
    return {};
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    messages.push(
      message({ file, line: base + 1, column: 1 }, 'error', 'draft-front-matter', 'front matter must be a mapping (key: value lines)'),
    );
    return {};
  }
  return value as Record<string, unknown>;
}
