// The machine-readable report: exactly the contract's gopy/synthesis@1 shape,
// with extra statistics in a key of their own so `summary` stays as specified.

import type { SynthComment, Synthesis } from '../model/synthesis.js';

export function synthesisJson(s: Synthesis): unknown {
  const comment = (c: SynthComment): unknown => ({
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
  });
  return {
    schema: 'gopy/synthesis@1',
    lang: s.lang,
    draft: { file: s.draft.file, title: s.draft.title, version: s.draft.version },
    summary: { delegates: s.summary.delegates, comments: s.summary.comments, decisions: s.summary.decisions },
    statistics: {
      kinds: s.summary.kinds,
      groups: s.summary.groups,
      mostCommented: s.summary.mostCommented.map((m) => ({ anchor: m.anchor, number: m.number, title: m.title, comments: m.comments })),
      onlyAgree: s.summary.onlyAgree.map((d) => d.name),
      referred: s.referred.map((c) => c.no),
      unplaced: s.summary.unplaced,
    },
    sections: s.sections.map((sec) => ({ anchor: sec.anchor, number: sec.number, title: sec.title, comments: sec.comments.map(comment) })),
    unplaced: s.unplaced.map(comment),
  };
}

export function renderJson(s: Synthesis): string {
  return `${JSON.stringify(synthesisJson(s), null, 2)}\n`;
}
