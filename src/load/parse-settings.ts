// gopy.yaml: optional settings, read as text like every other file (pure).

import { message } from '../messages.js';
import type { Message } from '../messages.js';
import type { Settings } from '../model/types.js';
import { closest } from '../model/text.js';
import { describe, parseYaml } from './parse-yaml.js';
import type { YNode } from './parse-yaml.js';

export const SETTINGS_KEYS = [
  'title',
  'subtitle',
  'lang',
  'issuer',
  'number',
  'place',
  'date',
  'meeting',
  'recipients',
  'signer',
  'delegates',
];

export const DEFAULT_SETTINGS: Settings = { title: null, lang: null, raw: {} };

export function parseSettings(source: string, file: string): { data: Settings; messages: Message[] } {
  const { root, messages } = parseYaml(source, file);
  if (messages.some((m) => m.severity === 'error') || root === null || (root.kind === 'scalar' && root.empty)) {
    return { data: DEFAULT_SETTINGS, messages };
  }
  if (root.kind !== 'map') {
    messages.push(message({ file, line: root.line, column: root.column }, 'error', 'settings-shape', `expected settings as a mapping (title:, lang:, …), found ${describe(root)}`));
    return { data: DEFAULT_SETTINGS, messages };
  }
  const raw: Record<string, unknown> = {};
  let lang: Settings['lang'] = null;
  for (const { key, value } of root.entries) {
    if (!SETTINGS_KEYS.includes(key.value)) {
      const hint = closest(key.value, SETTINGS_KEYS);
      messages.push(message({ file, line: key.line, column: key.column }, 'warning', 'unknown-field', `unknown setting "${key.value}"${hint ? ` (did you mean "${hint}"?)` : ''}; it is ignored`));
      continue;
    }
    raw[key.value] = toPlain(value);
    if (key.value === 'lang') {
      const v = value.kind === 'scalar' ? value.value.trim().toLowerCase() : '';
      if (v === 'vi' || v === 'en') lang = v;
      else messages.push(message({ file, line: value.line, column: value.column }, 'error', 'bad-lang', `"lang:" must be vi or en`));
    }
  }
  const title = typeof raw['title'] === 'string' && raw['title'].trim() ? raw['title'].trim() : null;
  return { data: { title, lang, raw }, messages };
}

/** Plain data (strings, arrays, objects) for renderers. */
export function toPlain(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value.trim();
  if (node.kind === 'seq') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const { key, value } of node.entries) out[key.value] = toPlain(value);
  return out;
}

/** A nested text setting such as `meeting.date`, or null. */
export function setting(settings: Settings, path: string): string | null {
  let cur: unknown = settings.raw;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' && cur !== '' ? cur : null;
}
