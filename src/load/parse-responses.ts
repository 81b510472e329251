// The secretariat's decisions file: text in, ResponseFile and messages out (pure).

import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { DECISIONS } from '../model/types.js';
import type { Decision, ResponseEntry, ResponseFile } from '../model/types.js';
import { closest } from '../model/text.js';
import { NOTE_REQUIRED, RESPONSE_KEYS as ENTRY_KEYS } from '../model/schema.js';
import { describe, parseYaml } from './parse-yaml.js';
import type { YNode, YScalar } from './parse-yaml.js';

export function parseResponses(source: string, file: string): { data: ResponseFile | null; messages: Message[] } {
  const { root, messages } = parseYaml(source, file);
  if (messages.some((m) => m.severity === 'error')) return { data: null, messages };
  const report = (sev: 'error' | 'warning', n: { line: number; column: number }, rule: string, text: string): void => {
    messages.push(message({ file, line: n.line, column: n.column }, sev, rule, text));
  };
  if (root === null || (root.kind === 'scalar' && root.empty)) {
    report('warning', { line: 1, column: 1 }, 'empty-file', 'the file is empty: no decisions in it');
    return { data: { file, entries: [] }, messages };
  }
  if (root.kind !== 'map') {
    report('error', root, 'responses-shape', `expected a mapping from section anchors to decisions, found ${describe(root)}`);
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

function readEntry(
  node: YNode,
  key: string,
  file: string,
  report: (sev: 'error' | 'warning', n: { line: number; column: number }, rule: string, text: string) => void,
): ResponseEntry | null {
  if (node.kind !== 'map') {
    report(
      'error',
      node,
      'response-shape',
      `a decision under "${key}" must be a mapping with "to:" and "decision:", found ${describe(node)}`,
    );
    return null;
  }
  const f = new Map<string, { key: YScalar; value: YNode }>();
  for (const e of node.entries) {
    if (!f.has(e.key.value)) f.set(e.key.value, e);
    if (!ENTRY_KEYS.includes(e.key.value)) {
      const hint = closest(e.key.value, ENTRY_KEYS);
      report(
        'warning',
        e.key,
        'unknown-field',
        `unknown field "${e.key.value}" in a decision${hint ? ` (did you mean "${hint}"?)` : ''}; it is ignored`,
      );
    }
  }
  let ok = true;
  const toField = f.get('to');
  let to: ResponseEntry['to'] = [];
  if (!toField || (toField.value.kind === 'scalar' && toField.value.empty)) {
    report('error', toField?.key ?? node, 'missing-to', `a decision under "${key}" has no "to:" (comment ids, or "all")`);
    ok = false;
  } else if (toField.value.kind === 'scalar') {
    const v = toField.value.value.trim();
    to = v.toLowerCase() === 'all' ? 'all' : [{ id: v, line: toField.value.line, column: toField.value.column }];
  } else if (toField.value.kind === 'seq') {
    for (const item of toField.value.items) {
      if (item.kind !== 'scalar' || item.empty) {
        report('error', item, 'response-shape', `"to:" must list comment ids, found ${describe(item)}`);
        ok = false;
        continue;
      }
      to.push({ id: item.value.trim(), line: item.line, column: item.column });
    }
    // `to: [all]` means what `to: all` means; "all" mixed with ids is a mistake.
    if (Array.isArray(to) && to.some((r) => r.id.toLowerCase() === 'all')) {
      if (to.length === 1) to = 'all';
      else {
        report('error', toField.value, 'response-shape', '"to:" lists comment ids together with "all": write either "to: all" or the ids');
        ok = false;
      }
    }
  } else {
    report('error', toField.value, 'response-shape', '"to:" must be a comment id, a list of ids, or "all"');
    ok = false;
  }

  const decField = f.get('decision');
  let decision: Decision | null = null;
  if (!decField || (decField.value.kind === 'scalar' && decField.value.empty)) {
    report('error', decField?.key ?? node, 'missing-decision', `a decision under "${key}" has no "decision:" (${DECISIONS.join(', ')})`);
    ok = false;
  } else if (decField.value.kind !== 'scalar') {
    report('error', decField.value, 'response-shape', `"decision:" must be one word, found ${describe(decField.value)}`);
    ok = false;
  } else {
    const d = decField.value.value.trim().toLowerCase();
    if ((DECISIONS as readonly string[]).includes(d)) decision = d as Decision;
    else {
      const hint = closest(d, DECISIONS);
      report(
        'error',
        decField.value,
        'unknown-decision',
        `unknown decision "${decField.value.value}": expected one of ${DECISIONS.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
      );
      ok = false;
    }
  }
  const noteField = f.get('note');
  let note: string | null = null;
  if (noteField) {
    if (noteField.value.kind !== 'scalar') {
      report('error', noteField.value, 'response-shape', `"note:" must be text, found ${describe(noteField.value)}`);
      ok = false;
    } else note = noteField.value.value.trim() || null;
  }
  if (decision && NOTE_REQUIRED.includes(decision) && !note) {
    const why = decision === 'explained' ? 'why the comment is not taken in' : 'the options for the meeting';
    report('error', decField?.value ?? node, 'missing-note', `decision "${decision}" needs a "note:" saying ${why}`);
    ok = false;
  }
  if (!ok || !decision) return null;
  return { file, line: node.line, column: node.column, key, to, decision, note };
}
