// The secretariat's decisions file: text in, ResponseFile and messages out (pure).

import { words } from '../i18n/index.js';
import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { DECISIONS } from '../model/types.js';
import type { Decision, ResponseEntry, ResponseFile } from '../model/types.js';
import { closest } from '../model/text.js';
import { DECISION_LABELS, nearestWord, readDecision } from '../model/vocabulary.js';
import { NOTE_REQUIRED, RESPONSE_KEYS as ENTRY_KEYS } from '../model/fields.js';
import { describe, parseYaml } from './parse-yaml.js';
import type { YNode, YScalar } from './parse-yaml.js';

export function parseResponses(source: string, file: string): { data: ResponseFile | null; messages: Message[] } {
  const { root, messages } = parseYaml(source, file);
  if (messages.some((m) => m.severity === 'error')) return { data: null, messages };
  const report = (sev: 'error' | 'warning', n: { line: number; column: number }, rule: string, text: string): void => {
    messages.push(message({ file, line: n.line, column: n.column }, sev, rule, text));
  };
  if (root === null || (root.kind === 'scalar' && root.empty)) {
    report('warning', { line: 1, column: 1 }, 'empty-file', words().messages.responses.empty);
    return { data: { file, entries: [] }, messages };
  }
  if (root.kind !== 'map') {
    report('error', root, 'responses-shape', words().messages.responses.shape(describe(root)));
    return { data: null, messages };
  }
  const entries: ResponseEntry[] = [];
  for (const { key, value } of root.entries) {
    const anchor = key.value.trim();
    const items = value.kind === 'seq' ? value.items : [value];
    for (const item of items) {
      const e = readEntry(item, anchor, file, report);
      if (e) entries.push(e);
    }
  }
  return { data: { file, entries }, messages };
}

type Report = (sev: 'error' | 'warning', n: { line: number; column: number }, rule: string, text: string) => void;
type Field = { key: YScalar; value: YNode };

function readEntry(node: YNode, key: string, file: string, report: Report): ResponseEntry | null {
  if (node.kind !== 'map') {
    report('error', node, 'response-shape', words().messages.responses.entryShape(key, describe(node)));
    return null;
  }
  const f = new Map<string, Field>();
  for (const e of node.entries) {
    if (!f.has(e.key.value)) f.set(e.key.value, e);
    if (!ENTRY_KEYS.includes(e.key.value)) {
      const hint = closest(e.key.value, ENTRY_KEYS);
      report('warning', e.key, 'unknown-field', words().messages.unknownField(e.key.value, words().messages.responses.inDecision, hint));
    }
  }
  const to = readTo(f.get('to'), node, key, report);
  const decField = f.get('decision');
  const decision = readDecisionField(decField, node, key, report);
  const noteField = f.get('note');
  let ok = to !== null && decision !== null;
  let note: string | null = null;
  if (noteField) {
    if (noteField.value.kind !== 'scalar') {
      report('error', noteField.value, 'response-shape', words().messages.mustBeText('note', describe(noteField.value)));
      ok = false;
    } else note = noteField.value.value.trim() || null;
  }
  if (decision && NOTE_REQUIRED.includes(decision) && !note) {
    report('error', decField?.value ?? node, 'missing-note', words().messages.responses.missingNote(decision));
    ok = false;
  }
  if (!ok || !decision || !to) return null;
  return { file, line: node.line, column: node.column, key, to, decision, note };
}

/** Whom a decision answers (`to:` one id, a list of ids, or all); null, reported, when it cannot be read. */
function readTo(toField: Field | undefined, node: YNode, key: string, report: Report): ResponseEntry['to'] | null {
  if (!toField || (toField.value.kind === 'scalar' && toField.value.empty)) {
    report('error', toField?.key ?? node, 'missing-to', words().messages.responses.missingTo(key));
    return null;
  }
  if (toField.value.kind === 'scalar') {
    const v = toField.value.value.trim();
    return v.toLowerCase() === 'all' ? 'all' : [{ id: v, line: toField.value.line, column: toField.value.column }];
  }
  if (toField.value.kind !== 'seq') {
    report('error', toField.value, 'response-shape', words().messages.responses.toShape);
    return null;
  }
  let ok = true;
  const to: Exclude<ResponseEntry['to'], 'all'> = [];
  for (const item of toField.value.items) {
    if (item.kind !== 'scalar' || item.empty) {
      report('error', item, 'response-shape', words().messages.responses.toList(describe(item)));
      ok = false;
      continue;
    }
    to.push({ id: item.value.trim(), line: item.line, column: item.column });
  }
  // `to: [all]` means what `to: all` means; "all" mixed with ids is a mistake.
  if (to.some((r) => r.id.toLowerCase() === 'all')) {
    if (to.length === 1) return ok ? 'all' : null;
    report('error', toField.value, 'response-shape', words().messages.responses.toMixed);
    return null;
  }
  return ok ? to : null;
}

/** The decision (a key or its Vietnamese label); null, reported, when missing or unknown. */
function readDecisionField(decField: Field | undefined, node: YNode, key: string, report: Report): Decision | null {
  if (!decField || (decField.value.kind === 'scalar' && decField.value.empty)) {
    report('error', decField?.key ?? node, 'missing-decision', words().messages.responses.missingDecision(key, DECISIONS));
    return null;
  }
  if (decField.value.kind !== 'scalar') {
    report('error', decField.value, 'response-shape', words().messages.mustBeText('decision', describe(decField.value)));
    return null;
  }
  const decision = readDecision(decField.value.value);
  if (!decision) {
    const hint = nearestWord(decField.value.value, DECISIONS, DECISION_LABELS);
    report('error', decField.value, 'unknown-decision', words().messages.responses.unknownDecision(decField.value.value, DECISIONS, hint));
  }
  return decision;
}
