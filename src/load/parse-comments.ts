// A delegate's comment file: text in, CommentFile and messages out (pure).

import { words } from '../i18n/index.js';
import { message } from '../messages.js';
import type { Message } from '../messages.js';
import { COMMENT_KINDS } from '../model/types.js';
import type { Comment, CommentFile, CommentKind, Delegate } from '../model/types.js';
import { closest, stemOf, unquote } from '../model/text.js';
import { KIND_LABELS, nearestWord, readKind } from '../model/vocabulary.js';
import { COMMENT_FILE_KEYS as TOP_KEYS, COMMENT_KEYS, DELEGATE_KEYS } from '../model/fields.js';
import { describe, parseYaml } from './parse-yaml.js';
import type { YMap, YNode, YScalar } from './parse-yaml.js';

export function parseComments(source: string, file: string): { data: CommentFile | null; messages: Message[] } {
  const { root, messages } = parseYaml(source, file);
  if (messages.some((m) => m.severity === 'error')) return { data: null, messages };
  const err = (n: { line: number; column: number }, rule: string, text: string): void => {
    messages.push(message({ file, line: n.line, column: n.column }, 'error', rule, text));
  };
  const warn = (n: { line: number; column: number }, rule: string, text: string): void => {
    messages.push(message({ file, line: n.line, column: n.column }, 'warning', rule, text));
  };
  if (root === null || (root.kind === 'scalar' && root.empty)) {
    messages.push(message({ file, line: 1, column: 1 }, 'error', 'empty-file', words().messages.comments.empty));
    return { data: null, messages };
  }
  if (root.kind !== 'map') {
    err(root, 'comments-shape', words().messages.comments.shape(describe(root)));
    return { data: null, messages };
  }
  const top = fields(root);
  unknownKeys(root, TOP_KEYS, words().messages.comments.topLevel, warn);

  const stem = stemOf(file);
  const delegate = readDelegate(top.get('delegate'), root, err, warn);
  const draftNode = scalarField(top.get('draft'), 'draft', err);
  const dateNode = scalarField(top.get('date'), 'date', err);
  const commentsNode = top.get('comments');
  const comments: Comment[] = [];

  if (!commentsNode) {
    err(root, 'missing-comments', words().messages.comments.missingComments);
  } else if (commentsNode.value.kind === 'scalar' && commentsNode.value.empty) {
    warn(commentsNode.key, 'no-comments', words().messages.comments.noComments);
  } else if (commentsNode.value.kind !== 'map') {
    err(commentsNode.value, 'comments-shape', words().messages.comments.commentsShape(describe(commentsNode.value)));
  } else {
    const explicitIds = new Map<string, number>();
    for (const { key, value } of commentsNode.value.entries) {
      const anchor = key.value.trim();
      if (anchor === '') {
        err(key, 'bad-anchor', words().messages.comments.emptyAnchor);
        continue;
      }
      // A key that is no anchor may be a section's citation ("Điều 3", "khoản 2 Điều 3"): only
      // placement, which knows the draft, can tell (an `unknown-anchor` warning when it is neither).
      const items = value.kind === 'seq' ? value.items : [value];
      if (value.kind === 'seq' && items.length === 0) {
        err(value, 'empty-comment', words().messages.comments.emptyList(anchor));
      }
      let n = 0;
      for (const item of items) {
        n++;
        const c = readComment(item, key, n, stem, file, err, warn);
        if (!c) continue;
        const seen = explicitIds.get(c.id);
        if (seen !== undefined) {
          err(item, 'duplicate-id', words().messages.comments.duplicateId(c.id, seen));
          continue;
        }
        explicitIds.set(c.id, c.line);
        comments.push(c);
      }
    }
  }
  if (!delegate) return { data: null, messages };
  const data: CommentFile = {
    file,
    stem,
    delegate,
    draft: draftNode?.value.trim() || null,
    date: dateNode?.value.trim() || null,
    comments,
  };
  if (draftNode && data.draft) {
    data.draftLine = draftNode.line;
    data.draftColumn = draftNode.column;
  }
  return { data, messages };
}

type Report = (n: { line: number; column: number }, rule: string, text: string) => void;
type Field = { key: YScalar; value: YNode };

function fields(map: YMap): Map<string, Field> {
  const out = new Map<string, Field>();
  for (const e of map.entries) if (!out.has(e.key.value)) out.set(e.key.value, e);
  return out;
}

function unknownKeys(map: YMap, known: string[], where: string, warn: Report): void {
  for (const { key } of map.entries) {
    if (known.includes(key.value)) continue;
    const hint = closest(key.value, known);
    warn(key, 'unknown-field', words().messages.unknownField(key.value, where, hint));
  }
}

function scalarField(f: Field | undefined, name: string, err: Report): YScalar | null {
  if (!f) return null;
  if (f.value.kind !== 'scalar') {
    err(f.value, 'field-shape', words().messages.mustBeText(name, describe(f.value)));
    return null;
  }
  return f.value.empty ? null : f.value;
}

function readDelegate(f: Field | undefined, root: YMap, err: Report, warn: Report): Delegate | null {
  if (!f) {
    err(root, 'missing-delegate', words().messages.comments.missingDelegate);
    return null;
  }
  if (f.value.kind !== 'map') {
    err(
      f.value.kind === 'scalar' && f.value.empty ? f.key : f.value,
      'delegate-shape',
      words().messages.comments.delegateShape(describe(f.value)),
    );
    return null;
  }
  const d = fields(f.value);
  unknownKeys(f.value, DELEGATE_KEYS, '"delegate:"', warn);
  const text = (k: string): string | null => {
    const v = scalarField(d.get(k), `delegate.${k}`, err);
    const t = v?.value.trim();
    return t ? t : null;
  };
  const name = text('name');
  if (!name) {
    err(d.get('name')?.key ?? f.key, 'missing-name', words().messages.comments.missingName);
    return null;
  }
  return { name, title: text('title'), organization: text('organization'), group: text('group') };
}

function readComment(node: YNode, keyNode: YScalar, n: number, stem: string, file: string, err: Report, warn: Report): Comment | null {
  const anchor = keyNode.value.trim();
  // Every comment is built by the one object literal in makeComment, so that all
  // share one hidden class. (A spread `{ ...base, quote, … }` that overrides
  // fields of base gave each of them a class of its own: 450 bytes more per
  // comment, and slow property access in every later stage.)
  const make = (id: string, kind: CommentKind, text: string, quote: string | null, proposal: string | null): Comment =>
    makeComment(id, anchor, kind, text, quote, proposal, file, node, keyNode);
  if (node.kind === 'scalar') {
    const text = node.value.trim();
    if (!text) {
      err(node, 'empty-comment', words().messages.comments.emptyText(anchor));
      return null;
    }
    return make(autoId(stem, anchor, n), 'other', text, null, null);
  }
  if (node.kind === 'seq') {
    err(node, 'comment-shape', words().messages.comments.listInList(anchor));
    return null;
  }
  const f = fields(node);
  unknownKeys(node, COMMENT_KEYS, words().messages.comments.commentUnder(anchor), warn);
  const get = (k: string): YScalar | null => scalarField(f.get(k), k, err);
  const textNode = get('text');
  const text = textNode?.value.trim() ?? '';
  let ok = true;
  if (!text) {
    err(f.get('text')?.key ?? node, 'missing-text', words().messages.comments.missingText(anchor));
    ok = false;
  }
  let kind: CommentKind = 'other';
  const kindNode = get('kind');
  if (kindNode) {
    const read = readKind(kindNode.value);
    if (read) kind = read;
    else {
      const hint = nearestWord(kindNode.value, COMMENT_KINDS, KIND_LABELS);
      err(kindNode, 'unknown-kind', words().messages.comments.unknownKind(kindNode.value, COMMENT_KINDS, hint));
      ok = false;
    }
  }
  const idNode = get('id');
  const explicitId = idNode?.value.trim();
  if (idNode && explicitId && !/^[^\s/]+$/u.test(explicitId)) {
    err(idNode, 'bad-id', words().messages.comments.badId(explicitId));
    ok = false;
  }
  if (!ok) return null;
  const quoteNode = get('quote');
  // Word's typographic quotes around the words are not part of them.
  const quote = unquote(quoteNode?.value ?? '') || null;
  const proposal = unquote(get('proposal')?.value ?? '') || null;
  const c = make(explicitId ? [stem, explicitId].join('/') : autoId(stem, anchor, n), kind, text, quote, proposal);
  if (quoteNode && quote) {
    c.quoteLine = quoteNode.line;
    c.quoteColumn = quoteNode.column;
  }
  return c;
}

/** `<stem>/<anchor>/<n>`, as one flat string (a template literal keeps its pieces, and ids are kept for the whole run). */
function autoId(stem: string, anchor: string, n: number): string {
  return [stem, anchor, String(n)].join('/');
}

function makeComment(
  id: string,
  key: string,
  kind: CommentKind,
  text: string,
  quote: string | null,
  proposal: string | null,
  file: string,
  node: YNode,
  keyNode: YScalar,
): Comment {
  return {
    id,
    key,
    kind,
    text,
    quote,
    proposal,
    file,
    line: node.line,
    column: node.column,
    keyLine: keyNode.line,
    keyColumn: keyNode.column,
  };
}
