// YAML to a small positioned tree in which every scalar is text as typed.
// The failsafe schema keeps `1.500` as "1.500" and `no` as "no"; aliases are
// expanded here under a budget, because yaml's own guard throws from toJS().

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { words } from '../i18n/index.js';
import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { cleanSource, nfc } from '../model/text.js';
import { findSlips, quoted } from './yaml-slips.js';
import type { Slip } from './yaml-slips.js';

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

/** C0 control characters other than tab and line ends (NUL bytes of a binary file, mostly), and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** Texts at least twice this long are parsed in pieces of about this size (see parseInPieces). */
export const PIECE_CHARS = 8192;

/**
 * Parse YAML text (BOM, CRLF and NFD tolerated) into a positioned tree.
 * `pieceChars`: the size of the pieces a long text is parsed in (tests pass
 * small sizes, or Infinity for one parse).
 */
export function parseYaml(source: string, file: string, pieceChars = PIECE_CHARS): { root: YNode | null; messages: Message[] } {
  const text = nfc(cleanSource(source));
  const control = CONTROL_RE.exec(text);
  if (control) {
    // YAML allows no control characters but tab and line ends; the library lets them through.
    const before = text.slice(0, control.index);
    const line = before.split('\n').length;
    const column = control.index - before.lastIndexOf('\n');
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      root: null,
      messages: [message({ file, line, column }, 'error', 'control-character', words().messages.yaml.control(code))],
    };
  }
  if (text.length >= 2 * pieceChars) {
    const pieces = parseInPieces(text, file, pieceChars);
    if (pieces) return pieces;
  }
  return parseWhole(text, file);
}

function parseWhole(text: string, file: string): { root: YNode | null; messages: Message[] } {
  const messages: Message[] = [];
  const lc = new LineCounter();
  // The library's own unique-key check compares each key with every one before it (100,000 keys: minutes); convert() uses a set.
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: lc, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [];
  const at = (offset: number): Pos => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // One broken line often makes the YAML parser report dozens of follow-on
  // errors, in its own terms and often a line late: say what is wrong on the
  // line that is wrong, in plain words, with the fix.
  const errors = list.flatMap((doc) => doc.errors);
  const first = errors[0];
  if (first) {
    const p = first.linePos?.[0] ?? { line: 1, col: 1 };
    const slips = first.code === 'DUPLICATE_KEY' ? [] : findSlips(text);
    const culprit = slips.find((s) => s.line <= p.line + 1);
    if (culprit) {
      messages.push(message({ file, line: culprit.line, column: culprit.column }, 'error', 'yaml-syntax', explainSlip(culprit)));
      // Lines of the same kind are slips of their own, whatever the parser made of the rest.
      for (const s of slips)
        if (s !== culprit && (s.kind === 'colon-in-text' || s.kind === 'tab') && s.line > culprit.line)
          messages.push(message({ file, line: s.line, column: s.column }, 'error', 'yaml-syntax', explainSlip(s)));
    } else {
      const { line, column, text: why } = explainYamlError(first.code, first.message, text, { line: p.line, column: p.col });
      const more = errors.length > 1 && first.code !== 'DUPLICATE_KEY' ? words().messages.yaml.more(errors.length - 1) : '';
      messages.push(message({ file, line, column }, 'error', yamlRule(first.code), `${why}${more}`));
    }
  }
  if (list.length > 1) {
    const second = list[1];
    const pos = at(second?.range[0] ?? 0);
    messages.push(message({ file, ...pos }, 'error', 'yaml-multiple-documents', words().messages.yaml.multipleDocuments));
  }
  const doc = list[0];
  if (!doc || messages.length > 0) return { root: null, messages };
  if (doc.contents === null) return { root: null, messages };
  const budget = { nodes: 0, exceeded: false };
  const duplicates: Pos[] = [];
  const root = convert(doc, doc.contents, at, file, messages, budget, 0, false, undefined, duplicates);
  const dup = duplicates[0];
  if (dup) {
    // Said as the library's check said it: the first one, at the repeated key.
    const { line, column, text: why } = explainYamlError('DUPLICATE_KEY', '', text, dup);
    return { root: null, messages: [message({ file, line, column }, 'error', 'duplicate-key', why), ...messages] };
  }
  return { root, messages };
}

/** A line that starts a top-level entry whose key is a plain anchor-like word. */
const TOP_KEY_RE = /\n(?=[A-Za-z0-9][A-Za-z0-9._-]*:(?:[ \t]|\n|$))/gu;

/**
 * The yaml library's cost grows faster than the length of a document: a
 * mapping checks each new key against all the keys before it, and the syntax
 * tree of a whole long file outlives several young-generation collections,
 * so that it is promoted and must be collected by a full one. A decision file
 * of 150 KB (2,000 anchors) parses twice as fast, and in half the memory, as
 * pieces cut before top-level keys. Every piece must parse cleanly as a
 * mapping and no key may repeat across pieces; anything else (an error, an
 * alias or anchor, a directive or document marker, a top level that is not a
 * mapping) returns null, and the text is parsed whole, so messages are those
 * of one parse.
 */
function parseInPieces(text: string, file: string, pieceChars: number): { root: YNode | null; messages: Message[] } | null {
  if (/[&*]/u.test(text) || /^(?:---|\.\.\.|%)/mu.test(text)) return null;
  const cuts = [0];
  let last = 0;
  for (const m of text.matchAll(TOP_KEY_RE)) {
    const at = m.index + 1;
    if (at - last >= pieceChars) {
      cuts.push(at);
      last = at;
    }
  }
  if (cuts.length < 2) return null;
  cuts.push(text.length);
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  const messages: Message[] = [];
  const budget = { nodes: 0, exceeded: false };
  const keys = new Set<string>();
  let root: YMap | null = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const docs = parseAllDocuments(text.slice(start, cuts[i + 1]), { schema: 'failsafe', uniqueKeys: false });
    const doc = Array.isArray(docs) && docs.length === 1 ? docs[0] : undefined;
    if (!doc || doc.errors.length > 0 || !isMap(doc.contents)) return null;
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) return null;
      const key = scalarText(pair.key.value);
      if (keys.has(key)) return null;
      keys.add(key);
    }
    const at = (offset: number): Pos => {
      const p = lc.linePos(offset + start);
      return { line: p.line, column: p.col };
    };
    const duplicates: Pos[] = [];
    const map = convert(doc, doc.contents, at, file, messages, budget, 0, false, undefined, duplicates);
    if (map.kind !== 'map' || duplicates.length > 0) return null;
    if (root) root.entries.push(...map.entries);
    else root = map;
  }
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
  duplicates: Pos[] = [],
): YNode {
  const pos = rangePos(node, at) ?? fallback;
  if (depth > MAX_DEPTH) {
    if (!budget.exceeded) {
      budget.exceeded = true;
      messages.push(message({ file, ...pos }, 'error', 'yaml-too-deep', words().messages.yaml.tooDeep(MAX_DEPTH)));
    }
    return emptyScalar(pos);
  }
  if (viaAlias && ++budget.nodes > MAX_ALIAS_NODES) {
    if (!budget.exceeded) {
      budget.exceeded = true;
      messages.push(message({ file, ...pos }, 'error', 'yaml-alias-limit', words().messages.yaml.aliasLimit(MAX_ALIAS_NODES)));
    }
    return emptyScalar(pos);
  }
  if (isAlias(node)) {
    const target = node.resolve(doc) as YamlNode | undefined;
    if (!target) {
      messages.push(message({ file, ...pos }, 'error', 'yaml-alias', words().messages.yaml.unknownAlias(node.source)));
      return emptyScalar(pos);
    }
    return convert(doc, target, at, file, messages, budget, depth + 1, true, pos, duplicates);
  }
  if (isMap(node)) {
    const entries: YMap['entries'] = [];
    // Keys as the library compared them (the same text is the same key): one set per mapping, so time is linear in keys.
    const seen = new Set<string>();
    for (const pair of node.items) {
      const keyPos = rangePos(pair.key, at) ?? pos;
      if (pair.key !== null && !isScalar(pair.key)) {
        messages.push(message({ file, ...keyPos }, 'error', 'yaml-complex-key', words().messages.yaml.complexKey));
        continue;
      }
      const key: YScalar = {
        kind: 'scalar',
        value: pair.key === null ? '' : scalarText(pair.key.value),
        empty: pair.key === null,
        ...keyPos,
      };
      if (seen.has(key.value)) duplicates.push(keyPos);
      else seen.add(key.value);
      const value =
        pair.value === null || pair.value === undefined
          ? emptyScalar(keyPos)
          : convert(doc, pair.value, at, file, messages, budget, depth + 1, viaAlias, keyPos, duplicates);
      entries.push({ key, value });
    }
    return { kind: 'map', entries, ...pos };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) => convert(doc, item, at, file, messages, budget, depth + 1, viaAlias, pos, duplicates));
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

/** What a slip is and how to fix it, in the words of the file. */
export function explainSlip(s: Slip): string {
  const Y = words().messages.yaml;
  const text = short(s.text);
  switch (s.kind) {
    case 'tab':
      return Y.tab;
    case 'colon-in-text':
      return Y.colonInText(s.key, text, quoted(text));
    case 'dash-on-key':
      return Y.dashOnKey(s.key);
    case 'unclosed-quote':
      return Y.unclosedQuote(s.text[0] ?? '"');
    case 'bad-indent':
      return Y.badIndent(text, s.at ?? 0, s.indent ?? 0);
    case 'missing-colon':
      return Y.missingColon(s.key, text);
    case 'wrong-level':
      return Y.wrongLevel(text, s.key, s.owner ?? 0);
  }
}

/** A long line cut for a message. */
function short(text: string, max = 60): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max).replace(/\s+\S*$/u, '')} …` : t;
}

/** A plain-words message for what the slips do not cover, at the place to look. */
export function explainYamlError(code: string, raw: string, source: string, at: Pos): Pos & { text: string } {
  const Y = words().messages.yaml;
  const lines = source.split('\n');
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#]+?)\s*:/u.exec((lines[at.line - 1] ?? '').slice(at.column - 1))?.[1] ?? '';
    return { ...at, text: Y.duplicateKey(key.replace(/^["']|["']$/gu, '')) };
  }
  if (code === 'MISSING_CHAR' && /quote/iu.test(raw)) {
    const q = /'/u.test(raw.split('\n')[0] ?? '') && !/"/u.test(raw.split('\n')[0] ?? '') ? "'" : '"';
    for (let i = Math.min(at.line, lines.length) - 1; i >= 0; i--) {
      const l = lines[i] ?? '';
      if ((l.split(q).length - 1) % 2 === 1) return { line: i + 1, column: l.lastIndexOf(q) + 1, text: Y.unclosedQuote(q) };
    }
  }
  if (code === 'TAB_AS_INDENT') return { ...at, text: Y.tab };
  // Thousands of nested brackets exhaust the parser's stack; it reports that as a syntax error.
  if (raw.includes('Maximum call stack size exceeded')) return { ...at, text: Y.tooDeep(MAX_DEPTH) };
  return { ...at, text: Y.other };
}

export function describe(node: YNode): string {
  const F = words().messages.found;
  if (node.kind === 'map') return F.map;
  if (node.kind === 'seq') return F.seq;
  return node.empty ? F.nothing : F.text;
}
