// gopy.yaml: optional settings, read as text like every other file (pure).

import { message } from '../messages.js';
import type { Message } from '../messages.js';
import type { ExpectedDelegate, Settings } from '../model/types.js';
import { closest } from '../model/text.js';
import { isoDate, readCalendarDate } from '../model/dates.js';
import { words } from '../i18n/index.js';
import { EXPECTED_DELEGATE_KEYS, ISSUER_KEYS, MEETING_KEYS, placeholderIn, SETTINGS_KEYS, SIGNER_KEYS } from '../model/fields.js';
import { describe, parseYaml } from './parse-yaml.js';
import type { YMap, YNode, YScalar } from './parse-yaml.js';

export { SETTINGS_KEYS };

export const DEFAULT_SETTINGS: Settings = {
  title: null,
  subtitle: null,
  lang: null,
  issuer: { name: null, parent: null },
  number: null,
  place: null,
  date: null,
  meeting: { name: null, date: null },
  recipients: [],
  signer: { onBehalf: null, title: null, name: null },
  opening: null,
  closing: null,
  delegates: [],
};

export function parseSettings(source: string, file: string): { data: Settings; messages: Message[] } {
  const { root, messages } = parseYaml(source, file);
  if (messages.some((m) => m.severity === 'error') || root === null || (root.kind === 'scalar' && root.empty)) {
    return { data: DEFAULT_SETTINGS, messages };
  }
  if (root.kind !== 'map') {
    messages.push(
      message({ file, line: root.line, column: root.column }, 'error', 'settings-shape', words().settings.shape(describe(root))),
    );
    return { data: DEFAULT_SETTINGS, messages };
  }
  const raw: Record<string, unknown> = {};
  let lang: Settings['lang'] = null;
  for (const { key, value } of root.entries) {
    if (!SETTINGS_KEYS.includes(key.value)) {
      const hint = closest(key.value, SETTINGS_KEYS);
      messages.push(
        message(
          { file, line: key.line, column: key.column },
          'warning',
          'unknown-field',
          words().messages.unknownField(key.value, words().settings.top, hint),
        ),
      );
      continue;
    }
    raw[key.value] = toPlain(value);
    checkShape(key, value, file, messages);
    if (key.value === 'lang') {
      const v = value.kind === 'scalar' ? value.value.trim().toLowerCase() : '';
      if (v === 'vi' || v === 'en') lang = v;
      else messages.push(message({ file, line: value.line, column: value.column }, 'error', 'bad-lang', words().settings.badLang));
    }
  }
  return { data: typedSettings(raw, lang), messages };
}

/** Text as written, or null (not set, blank, or not text). */
function textOf(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** A field of a mapping setting (`meeting.date`); null when the setting is not a mapping. */
function fieldOf(v: unknown, key: string): string | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? textOf((v as Record<string, unknown>)[key]) : null;
}

/** A date as typed (01/12/2026, 1.12.2026, 2026-12-01) in the one form the rest of gopy reads: 2026-12-01. */
function asIsoDate(text: string | null): string | null {
  if (text === null) return null;
  const read = readCalendarDate(text);
  return read.ok ? isoDate(read.date) : text;
}

/** The settings' typed fields from the plain values the checks above let through. */
function typedSettings(raw: Record<string, unknown>, lang: Settings['lang']): Settings {
  const recipients = raw['recipients'];
  return {
    title: textOf(raw['title']),
    subtitle: textOf(raw['subtitle']),
    lang,
    issuer: { name: fieldOf(raw['issuer'], 'name') ?? textOf(raw['issuer']), parent: fieldOf(raw['issuer'], 'parent') },
    number: textOf(raw['number']),
    place: textOf(raw['place']),
    date: asIsoDate(textOf(raw['date'])),
    meeting: { name: fieldOf(raw['meeting'], 'name') ?? textOf(raw['meeting']), date: asIsoDate(fieldOf(raw['meeting'], 'date')) },
    recipients: (Array.isArray(recipients) ? (recipients as unknown[]) : [recipients]).filter((r): r is string => typeof r === 'string'),
    signer: { onBehalf: fieldOf(raw['signer'], 'on_behalf'), title: fieldOf(raw['signer'], 'title'), name: fieldOf(raw['signer'], 'name') },
    opening: textOf(raw['opening']),
    closing: textOf(raw['closing']),
    delegates: expectedDelegates(raw['delegates']),
  };
}

type Pos = { line: number; column: number };

/** The shape each setting must have (the same as settings.schema.json); problems become messages. */
function checkShape(key: YScalar, value: YNode, file: string, messages: Message[]): void {
  const err = (n: Pos, text: string): void =>
    void messages.push(message({ file, line: n.line, column: n.column }, 'error', 'settings-shape', text));
  const warn = (n: Pos, rule: string, text: string): void =>
    void messages.push(message({ file, line: n.line, column: n.column }, 'warning', rule, text));
  const name = key.value;
  const W = words().settings;
  // A blank gopy init left ("[Họ và tên người ký]") would be printed in the signed report as it is.
  const blank = (node: YScalar, what: string): void => {
    const found = placeholderIn(node.value);
    if (found) warn(node, 'settings-placeholder', words().settings.placeholder(what, found));
  };
  const text = (node: YNode, what: string): YScalar | null => {
    if (node.kind === 'scalar') {
      blank(node, what);
      return node;
    }
    err(node, words().messages.mustBeText(what, describe(node)));
    return null;
  };
  const date = (node: YNode, what: string): void => {
    const v = text(node, what);
    if (!v || v.empty || v.value.trim() === '') return;
    const read = readCalendarDate(v.value);
    if (!read.ok) {
      const problem = words().settings.dateProblem(what, v.value.trim(), read.problem);
      messages.push(message({ file, line: v.line, column: v.column }, 'error', 'bad-date', problem));
    }
  };
  const fields = (map: YMap, known: string[], where: string, each: (k: YScalar, v: YNode) => void): void => {
    for (const e of map.entries) {
      if (!known.includes(e.key.value)) {
        const hint = closest(e.key.value, known);
        warn(e.key, 'unknown-field', words().messages.unknownField(e.key.value, W.under(where), hint));
        continue;
      }
      each(e.key, e.value);
    }
  };
  const textOrMap = (known: string[], dateKey: string | null): void => {
    if (value.kind === 'scalar') return blank(value, name);
    if (value.kind === 'seq') return err(value, W.textOrMap(name, known.join(', ')));
    fields(value, known, name, (k, v) => (k.value === dateKey ? date(v, `${name}.${k.value}`) : void text(v, `${name}.${k.value}`)));
  };
  switch (name) {
    case 'date':
      return date(value, name);
    case 'issuer':
      return textOrMap(ISSUER_KEYS, null);
    case 'meeting':
      return textOrMap(MEETING_KEYS, 'date');
    case 'signer':
      if (value.kind === 'scalar' && value.empty) return;
      if (value.kind !== 'map') return err(value, W.signerShape(SIGNER_KEYS.join(', '), describe(value)));
      return fields(value, SIGNER_KEYS, name, (k, v) => void text(v, `signer.${k.value}`));
    case 'recipients':
      if (value.kind === 'scalar' && value.empty) return;
      if (value.kind !== 'seq') return err(value, W.recipientsShape(describe(value)));
      for (const item of value.items) text(item, 'recipients');
      return;
    case 'delegates':
      if (value.kind === 'scalar' && value.empty) return;
      if (value.kind !== 'seq') return err(value, W.delegatesShape(describe(value)));
      for (const item of value.items) {
        if (item.kind === 'scalar') {
          if (item.value.trim() === '') err(item, W.delegateNoName);
          continue;
        }
        if (item.kind === 'seq') {
          err(item, W.delegateList);
          continue;
        }
        fields(item, EXPECTED_DELEGATE_KEYS, name, (k, v) => void text(v, `delegates.${k.value}`));
        const has = (k: string): boolean =>
          item.entries.some((e) => e.key.value === k && e.value.kind === 'scalar' && e.value.value.trim() !== '');
        if (!has('name') && !has('organization')) err(item, W.delegateNeedsName);
      }
      return;
    case 'lang':
      return;
    default:
      text(value, name);
  }
}

/** Plain data (strings, arrays, objects), read into typed fields by typedSettings. */
function toPlain(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value.trim();
  if (node.kind === 'seq') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const { key, value } of node.entries) out[key.value] = toPlain(value);
  return out;
}

/** The expected delegates listed under `delegates:` (a name, or a mapping with name / organization / file). */
function expectedDelegates(list: unknown): ExpectedDelegate[] {
  if (!Array.isArray(list)) return [];
  const out: ExpectedDelegate[] = [];
  for (const item of list as unknown[]) {
    if (typeof item === 'string') {
      if (item.trim()) out.push({ name: item.trim(), title: null, organization: null, group: null, file: null });
      continue;
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    const rec = item as Record<string, unknown>;
    const get = (k: string): string | null => (typeof rec[k] === 'string' && rec[k].trim() ? rec[k].trim() : null);
    const name = get('name') ?? get('organization');
    if (name) out.push({ name, title: get('title'), organization: get('organization'), group: get('group'), file: get('file') });
  }
  return out;
}
