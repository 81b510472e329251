// The machine-readable diff: exactly the contract's gopy/diff@1 shape (§7),
// plus optional fields the contract allows: per section `titleChanges`,
// `changed`, `words`, `matchedBy`, `similarity` and the sections' `label`,
// `line`, `parent`, `kind`; with --comments, `comments` per section and a
// top-level `revision`. With --stat the word-level changes are left out.

import type { DraftDiff, SectionDiff } from '../model/diff.js';
import type { Draft, Section } from '../model/types.js';
import type { CommentRef, Revision } from '../model/revision.js';
import type { DiffRenderOptions } from './diff-common.js';
import { shown } from './diff-common.js';

export function diffJson(diff: DraftDiff, opts: DiffRenderOptions = {}): unknown {
  const revision = opts.revision ?? null;
  const stat = opts.stat === true;
  return {
    schema: 'gopy/diff@1',
    old: draftRef(diff.old),
    new: draftRef(diff.new),
    summary: { ...diff.summary },
    sections: diff.sections.map((d) => sectionJson(d, stat, revision)),
    ...(revision ? { revision: revisionJson(revision) } : {}),
  };
}

export function renderDiffJson(diff: DraftDiff, opts: DiffRenderOptions = {}): string {
  return `${JSON.stringify(diffJson(diff, opts), null, 2)}\n`;
}

function draftRef(d: Draft): unknown {
  return { file: d.file, version: d.version, title: d.title };
}

function sectionRef(s: Section | null): unknown {
  if (!s) return null;
  return { anchor: s.anchor, number: s.number, title: s.title, label: s.label, line: s.line, parent: s.parent, kind: s.kind };
}

function sectionJson(d: SectionDiff, stat: boolean, revision: Revision | null): unknown {
  const out: Record<string, unknown> = { status: d.status, old: sectionRef(d.old), new: sectionRef(d.new) };
  if (!stat) {
    out['changes'] = d.changes.map((c) => ({ op: c.op, text: c.text }));
    if (d.titleChanges) out['titleChanges'] = d.titleChanges.map((c) => ({ op: c.op, text: c.text }));
  }
  out['changed'] = d.changed;
  out['words'] = { deleted: d.deleted, inserted: d.inserted };
  if (d.matchedBy !== null) out['matchedBy'] = d.matchedBy;
  if (d.similarity !== null) out['similarity'] = d.similarity;
  if (revision && d.status !== 'unchanged') out['comments'] = (revision.comments.get(d) ?? []).map(commentJson);
  return out;
}

function commentJson(c: CommentRef): unknown {
  return {
    id: c.id,
    anchor: c.key,
    delegate: c.delegate,
    organization: c.organization,
    kind: c.kind,
    text: c.text,
    quote: c.quote,
    proposal: c.proposal,
    decision: c.decision,
    note: c.note,
  };
}

function revisionJson(r: Revision): unknown {
  return {
    checks: r.checks.map((k) => ({
      check: k.kind,
      severity: k.severity,
      comment: k.comment.id,
      file: k.comment.file,
      line: k.comment.line,
      column: k.comment.column,
      oldAnchor: k.oldAnchor,
      newAnchor: k.newAnchor,
      status: k.status,
      message: k.message,
    })),
    drafting: r.drafting.map((d) => ({ status: d.status, anchor: shown(d).anchor, oldAnchor: d.old?.anchor ?? null })),
    general: r.general.map(commentJson),
  };
}
