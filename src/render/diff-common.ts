// What the diff renderers share: the words a reader sees, how a section is
// named, and how changes are cut into lines.

import type { Change, DiffSummary, SectionDiff, SectionStatus } from '../model/diff.js';
import { STATUSES } from '../model/diff.js';
import type { Draft, Lang, Section } from '../model/types.js';
import type { Revision, RevisionCheck } from '../model/revision.js';
import { words } from '../i18n/index.js';
import type { DiffLabels } from '../i18n/index.js';

export interface DiffRenderOptions {
  lang?: Lang | undefined;
  /** Counts only: no word-level changes. */
  stat?: boolean | undefined;
  /** Comments and checks (`--comments`). */
  revision?: Revision | null | undefined;
}

export type { DiffLabels };

export function diffLabels(lang: Lang | undefined): DiffLabels {
  return words(lang).diff;
}

/** The section the diff entry stands for: the new one, else the old. */
export function shown(d: SectionDiff): Section {
  const s = d.new ?? d.old;
  if (!s) throw new Error('a section diff without either side');
  return s;
}

/** "II. MỤC TIÊU", "2. Hàng năm kết nạp …" (long item titles cut to `max` characters). */
export function sectionName(s: Section, max = 90): string {
  const title = s.title.length > max ? `${s.title.slice(0, max).replace(/\s+\S*$/u, '')} …` : s.title;
  if (s.label === '') return title;
  return title === '' ? s.label : `${s.label} ${title}`;
}

/** The headings above a section in its draft, outermost first ("III. NHIỆM VỤ" › "5. Đẩy mạnh …"), for context. */
export function parentChain(draft: Draft, s: Section): string[] {
  const chain: string[] = [];
  for (let p = s.parent; p !== null && chain.length < 12;) {
    const sec = draft.sections.find((x) => x.anchor === p);
    if (!sec) break;
    chain.unshift(sectionName(sec, 60));
    p = sec.parent;
  }
  return chain;
}

/** A draft as readers name it: its title and version, the file name only when it has no title. */
export function draftName(d: Draft, versionWord: string): string {
  const name = d.title !== '' ? d.title : d.file;
  return d.version !== '' ? `${name} (${versionWord} ${d.version})` : name;
}

/** The name of a section's parent in its draft, or null at the top. */
export function parentName(draft: Draft, s: Section): string | null {
  if (s.parent === null) return null;
  const p = draft.sections.find((x) => x.anchor === s.parent);
  return p ? sectionName(p, 60) : s.parent;
}

/** "2 added, 1 removed, …" in the order of the contract. */
export function summaryParts(summary: DiffSummary, names: Record<SectionStatus, string> = plainStatus): string[] {
  return STATUSES.map((s) => `${summary[s]} ${names[s]}`);
}

const plainStatus: Record<SectionStatus, string> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  moved: 'moved',
  unchanged: 'unchanged',
};

/** Changes cut at line breaks: one list of runs per line of the section text. */
export function changeLines(changes: readonly Change[]): Change[][] {
  const lines: Change[][] = [[]];
  for (const c of changes) {
    const parts = c.text.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]?.push({ op: c.op, text: part });
    });
  }
  return lines;
}

/** Only the runs one side keeps: the old text (equal + delete) or the new (equal + insert). */
export function side(changes: readonly Change[], which: 'old' | 'new'): Change[] {
  const skip = which === 'old' ? 'insert' : 'delete';
  return changes.filter((c) => c.op !== skip);
}

/** A version line: "drafts/du-thao-1.md (version 1)". */
export function draftLine(d: Draft, versionWord: string): string {
  return d.version !== '' ? `${d.file} (${versionWord} ${d.version})` : d.file;
}

/**
 * The revision checks in the order a report shows them, each group under its
 * title; the unknown-anchor group only when it has something in it.
 */
export function checkGroups(revision: Revision, L: DiffLabels): { title: string; list: RevisionCheck[] }[] {
  const of = (kind: RevisionCheck['kind']): RevisionCheck[] => revision.checks.filter((k) => k.kind === kind);
  const groups = [
    { title: L.notReflected, list: of('accepted-not-reflected') },
    { title: L.explainedApplied, list: of('explained-but-applied') },
    { title: L.shifted, list: of('anchor-shifted') },
    { title: L.carryOver, list: of('anchor-gone') },
  ];
  const unknown = of('anchor-unknown');
  if (unknown.length > 0) groups.push({ title: L.unknownAnchor, list: unknown });
  return groups;
}
