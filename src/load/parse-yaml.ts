// YAML to a small positioned tree in which every scalar is text as typed.
// The failsafe schema keeps `1.500` as "1.500" and `no` as "no"; aliases are
// expanded here under a budget, because yaml's own guard throws from toJS().

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { cleanSource, nfc } from '../model/text.js';

export interface Pos {
  line: number;
  column: number;
}
export interface YScalar extends Pos {
  kind: 'scalar';
  value: string;
  /** True for an empty plain value (`key:` with nothing after it). */
  empty: boolean;
}
export interface YMap extends Pos {
  kind: 'map';
  entries: { key: YScalar; value: YNode }[];
}
export interface YSeq extends Pos {
  kind: 'seq';
  items: YNode[];
}
export type YNode = YScalar | YMap | YSeq;

const MAX_ALIAS_NODES = 10_000;
const MAX_DEPTH = 64;

/** Parse YAML text (BOM, CRLF and NFD tolerated) into a positioned tree. */
export function parseYaml(source: string, file: string): { root: YNode | null; messages: Message[] } {
  const text = nfc(cleanSource(source));
  const messages: Message[] = [];
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true, lineCounter: lc, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [];
  const at = (offset: number): Pos => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const doc of list) {
    for (const e of doc.errors) {
      const p = e.linePos?.[0] ?? { line: 1, col: 1 };
      messages.push(
        message({ file, line: p.line, column: p.col }, 'error', yamlRule(e.code), `YAML syntax: ${cleanYamlMessage(e.message)}`),
      );
    }
  }
  if (list.length > 1) {
    const second = list[1];
    const pos = at(second?.range[0] ?? 0);
    messages.push(
      message({ file, ...pos }, 'error', 'yaml-multiple-documents', 'expected one YAML document, found a second one (remove the "---" line)'),
    );
  }
  const doc = list[0];
  if (!doc || messages.length > 0) return { root: null, messages };
  if (doc.contents === null) return { root: null, messages };
  const budget = { nodes: 0, exceeded: false };
  const root = convert(doc, doc.contents, at, file, messages, budget, 0, false);
  return { root, messages };
}

function convert(
  doc: Document.Parsed,
  node: unknown,
  at: (o: number) => Pos,
  file: string,
  messages: Message[],
  budget: { nodes: number; exceeded: boolean },
  depth: number,
  viaAlias: boolean,
  fallback: Pos = { line: 1, column: 1 },
): YNode {
  const pos = rangePos(node, at) ?? fallback;
  if (depth > MAX_DEPTH) {
    if (!budget.exceeded) {
      budget.exceeded = true;
      messages.push(message({ file, ...pos }, 'error', 'yaml-too-deep', `nesting deeper than ${MAX_DEPTH} levels`));
    }
    return emptyScalar(pos);
  }
  if (viaAlias && ++budget.nodes > MAX_ALIAS_NODES) {
    if (!budget.exceeded) {
      budget.exceeded = true;
      messages.push(
        message({ file, ...pos }, 'error', 'yaml-alias-limit', `aliases expand to more than ${MAX_ALIAS_NODES} values; write the values out`),
      );
    }
    return emptyScalar(pos);
  }
  if (isAlias(node)) {
    const target = node.resolve(doc) as YamlNode | undefined;
    if (!target) {
      messages.push(message({ file, ...pos }, 'error', 'yaml-alias', `unknown alias *${node.source}`));
      return emptyScalar(pos);
    }
    return convert(doc, target, at, file, messages, budget, depth + 1, true, pos);
  }
  if (isMap(node)) {
    const entries: YMap['entries'] = [];
    for (const pair of node.items) {
      const keyPos = rangePos(pair.key, at) ?? pos;
      if (pair.key !== null && !isScalar(pair.key)) {
        messages.push(message({ file, ...keyPos }, 'error', 'yaml-complex-key', 'a key must be plain text'));
        continue;
      }
      const key: YScalar = {
        kind: 'scalar',
        value: pair.key === null ? '' : scalarText(pair.key.value),
        empty: pair.key === null,
        ...keyPos,
      };
      const value =
        pair.value === null || pair.value === undefined
          ? emptyScalar(keyPos)
          : convert(doc, pair.value, at, file, messages, budget, depth + 1, viaAlias, keyPos);
      entries.push({ key, value });
    }
    return { kind: 'map', entries, ...pos };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) => convert(doc, item, at, file, messages, budget, depth + 1, viaAlias, pos));
    return { kind: 'seq', items, ...pos };
  }
  if (isScalar(node)) {
    const value = scalarText(node.value);
    const plainEmpty = value === '' && (node.type === 'PLAIN' || node.type === undefined);
    return { kind: 'scalar', value, empty: plainEmpty, ...pos };
  }
  return emptyScalar(pos);
}

function scalarText(v: unknown): string {
  if (typeof v === 'string') return detach(v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return '';
}

/**
 * A copy of `s` that does not hold on to the file it was cut from. V8 makes a
 * substring of 13 or more characters a view into its parent, so one kept value
 * keeps the whole text of its file alive (for 10,000 comment files, 130 MB
 * of memory). Slicing a concatenation copies the characters (the compiler
 * sees through `[s, ''].join('')` and returns `s` itself).
 */
function detach(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}

function emptyScalar(pos: Pos): YScalar {
  return { kind: 'scalar', value: '', empty: true, ...pos };
}

function rangePos(node: unknown, at: (o: number) => Pos): Pos | null {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? at(range[0]) : null;
}

function yamlRule(code: string): string {
  return code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
}

function cleanYamlMessage(text: string): string {
  const first = text.split('\n')[0] ?? text;
  return first.replace(/ at line \d+, column \d+:?$/u, '');
}

export function describe(node: YNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  return node.empty ? 'nothing' : 'text';
}
