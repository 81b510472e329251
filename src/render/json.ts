// The machine-readable report: exactly the contract's gopy/synthesis@1 shape,
// with extra statistics in a key of their own so `summary` stays as specified.

import type { SynthComment, Synthesis } from '../model/synthesis.js';

function commentJson(c: SynthComment): unknown {
  const out: Record<string, unknown> = {
    no: c.no,
    id: c.id,
    anchor: c.anchor,
    delegate: { name: c.delegate.name, title: c.delegate.title, organization: c.delegate.organization, group: c.delegate.group },
    kind: c.kind,
    text: c.text,
    quote: c.quote,
    proposal: c.proposal,
    decision: c.decision,
    note: c.note,
  };
  if (c.from) out['from'] = { draft: c.from.draft, anchor: c.from.anchor, code: c.from.code };
  if (c.reason) out['reason'] = c.reason;
  return out;
}

/** Everything before `sections`, in the order of the report. */
function headJson(s: Synthesis): Record<string, unknown> {
  return {
    schema: 'gopy/synthesis@1',
    lang: s.lang,
    draft: { file: s.draft.file, title: s.draft.title, version: s.draft.version },
    summary: { delegates: s.summary.delegates, comments: s.summary.comments, decisions: s.summary.decisions },
    statistics: {
      kinds: s.summary.kinds,
      groups: s.summary.groups,
      mostCommented: s.summary.mostCommented.map((m) => ({
        anchor: m.anchor,
        number: m.number,
        code: m.code,
        title: m.title,
        comments: m.comments,
      })),
      onlyAgree: s.summary.onlyAgree.map((d) => d.name),
      referred: s.referred.map((c) => c.no),
      unplaced: s.summary.unplaced,
    },
  };
}

export function synthesisJson(s: Synthesis): unknown {
  return {
    ...headJson(s),
    sections: s.sections.map((sec) => ({
      anchor: sec.anchor,
      number: sec.number,
      code: sec.code,
      title: sec.title,
      comments: sec.comments.map(commentJson),
    })),
    unplaced: s.unplaced.map(commentJson),
  };
}

export function renderJson(s: Synthesis): string {
  return [...renderJsonChunks(s)].join('');
}

/**
 * The bytes of `JSON.stringify(synthesisJson(s), null, 2)` and a line end,
 * in pieces of one comment or so, so that a large report is never one
 * string (for 200,000 comments it is some 200 MB, and building it took
 * more than twice that).
 */
export function* renderJsonChunks(s: Synthesis): Generator<string, void, undefined> {
  const sections = new Lazy((indent) =>
    arrayChunks(s.sections, indent, (sec, inner) =>
      objectChunks(
        {
          anchor: sec.anchor,
          number: sec.number,
          code: sec.code,
          title: sec.title,
          comments: new Lazy((ind) => arrayChunks(sec.comments, ind, commentChunk)),
        },
        inner,
      ),
    ),
  );
  const unplaced = new Lazy((indent) => arrayChunks(s.unplaced, indent, commentChunk));
  yield* objectChunks({ ...headJson(s), sections, unplaced }, '');
  yield '\n';
}

/** A value written in pieces by its own function, given the indentation of the line it starts on. */
class Lazy {
  constructor(readonly chunks: (indent: string) => Iterable<string>) {}
}

function* commentChunk(c: SynthComment, indent: string): Generator<string, void, undefined> {
  yield nested(commentJson(c), indent) ?? 'null';
}

/** JSON.stringify(value, null, 2) as it reads nested at `indent` (JSON text has no line end inside a string). */
function nested(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || indent === '' ? text : text.replace(/\n/gu, `\n${indent}`);
}

function* arrayChunks<T>(
  items: readonly T[],
  indent: string,
  item: (x: T, indent: string) => Iterable<string>,
): Generator<string, void, undefined> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  for (const x of items) {
    yield `${first ? '[' : ','}\n${inner}`;
    first = false;
    yield* item(x, inner);
  }
  yield `\n${indent}]`;
}

/** An object as JSON.stringify writes it: keys in their order, those whose value it cannot write left out. */
function* objectChunks(entries: Record<string, unknown>, indent: string): Generator<string, void, undefined> {
  const inner = `${indent}  `;
  let first = true;
  for (const [key, value] of Object.entries(entries)) {
    const lead = `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    if (value instanceof Lazy) {
      yield lead;
      yield* value.chunks(inner);
    } else {
      const text = nested(value, inner);
      if (text === undefined) continue;
      yield lead + text;
    }
    first = false;
  }
  yield first ? '{}' : `\n${indent}}`;
}
