// A section's citation (contract §6, `code`): how a reader of the report
// names the section, computed once from the parent chain and used by every
// renderer, `status`, the diff and the comment keys written as numbers.
//
// - Labels join with dots up the labelled ancestors: "II.2.a"; a dotted
//   label under the section it extends is not doubled ("2.1." under "2."
//   of III is "III.2.1").
// - A label with a word ("Chương I", "Điều 3", "Phần II", "Mục 2") starts
//   the citation afresh: articles are numbered through the whole document.
// - Under an article, numbered parts are cited the Vietnamese legal way:
//   "khoản 2 Điều 3", "điểm a khoản 2 Điều 3", "tiết 1 điểm a khoản 2 Điều 3".
// - A section without a label is cited by its parent's citation and its
//   title ("III.1 › Kết quả cần đạt"), or its title alone at the top.
// - A citation already given (a list that restarts its numbering) gets
//   " (2)", " (3)" in document order, so every code is unique.

import { foldSpace } from './text.js';

/** The fields of a section a citation depends on. */
export interface Citable {
  anchor: string;
  /** The numbering label without trailing `.`/`)`, "" when none: "II", "2.1", "a", "Điều 3". */
  number: string;
  title: string;
  /** Anchor of the enclosing section, or null at the top. */
  parent: string | null;
}

const WORDED_RE = /^(phần|chương|mục|điều)\s+(\S+)$/iu;
const ARTICLE_RE = /^điều\s/iu;
const LEGAL_LEVELS = ['khoản', 'điểm', 'tiết'] as const;
const CONTEXT = ' › ';

interface Cited {
  code: string;
  /** The citation before any " (n)" that made it unique, and that suffix. */
  base: string;
  suffix: string;
  /** 0 for the article itself, 1 for a clause, 2 a point ...; -1 outside any article. */
  legal: number;
}

/**
 * The citation of every section, in the order given. Sections must come in
 * document order with parents before children (as the parser gives them).
 */
export function citeSections(sections: readonly Citable[]): string[] {
  const cited = new Map<string, Cited>();
  const used = new Map<string, number>();
  const unique = (base: string): { code: string; suffix: string } => {
    const key = base.toLowerCase();
    const n = used.get(key);
    if (n === undefined) {
      used.set(key, 1);
      return { code: base, suffix: '' };
    }
    for (let k = n + 1; ; k += 1) {
      const code = `${base} (${k})`;
      if (!used.has(code.toLowerCase())) {
        used.set(key, k);
        used.set(code.toLowerCase(), 1);
        return { code, suffix: ` (${k})` };
      }
    }
  };

  const codes: string[] = [];
  for (const s of sections) {
    const parent = s.parent === null ? undefined : cited.get(s.parent);
    const { base, legal, inherit } = composeBase(s, parent, labelledAncestor(s, sections, cited));
    // A child of a section that was made unique carries the parent's suffix at its end.
    const { code, suffix } = unique(inherit ? `${base}${inherit}` : base);
    cited.set(s.anchor, { code, base, suffix: inherit + suffix, legal });
    codes.push(code);
  }
  return codes;
}

function composeBase(s: Citable, parent: Cited | undefined, labelled: Cited | undefined): { base: string; legal: number; inherit: string } {
  const number = foldSpace(s.number);
  if (number === '') {
    // No label: the parent's citation and the title (the parent's full code, suffix included).
    const title = foldSpace(s.title) || s.anchor;
    return { base: parent ? `${parent.code}${CONTEXT}${title}` : title, legal: -1, inherit: '' };
  }
  const worded = WORDED_RE.exec(number);
  if (worded) {
    const word = worded[1] ?? '';
    const canonical = `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()} ${worded[2] ?? ''}`;
    return { base: canonical, legal: ARTICLE_RE.test(number) ? 0 : -1, inherit: '' };
  }
  if (!labelled) return { base: number, legal: -1, inherit: '' };
  if (labelled.legal >= 0) {
    const level = LEGAL_LEVELS[Math.min(labelled.legal, LEGAL_LEVELS.length - 1)] ?? 'tiết';
    return { base: `${level} ${number} ${labelled.base}`, legal: labelled.legal + 1, inherit: labelled.suffix };
  }
  return { base: joinDotted(labelled.base, number), legal: -1, inherit: labelled.suffix };
}

/**
 * "III.2" and "1" give "III.2.1"; a dotted label that already repeats its
 * parent's number is not doubled: "III.2" and "2.1" give "III.2.1" (a
 * "2.1." written under "2."), while "II" and "2.1" give "II.2.1".
 */
function joinDotted(parent: string, number: string): string {
  const cut = number.lastIndexOf('.');
  if (cut > 0) {
    const prefix = number.slice(0, cut);
    if (parent === prefix) return number;
    if (parent.endsWith(`.${prefix}`)) return `${parent.slice(0, parent.length - prefix.length)}${number}`;
  }
  return `${parent}.${number}`;
}

/** The nearest ancestor that has a label of its own (unlabelled ones are skipped, as the contract says). */
function labelledAncestor(s: Citable, sections: readonly Citable[], cited: Map<string, Cited>): Cited | undefined {
  let byAnchor = anchorIndexes.get(sections);
  if (!byAnchor) {
    byAnchor = new Map(sections.map((x) => [x.anchor, x]));
    anchorIndexes.set(sections, byAnchor);
  }
  for (let p = s.parent === null ? undefined : byAnchor.get(s.parent), guard = 0; p && guard < 64; guard += 1) {
    if (foldSpace(p.number) !== '') return cited.get(p.anchor);
    p = p.parent === null ? undefined : byAnchor.get(p.parent);
  }
  return undefined;
}

const anchorIndexes = new WeakMap<readonly Citable[], Map<string, Citable>>();

/**
 * A citation as a reader may type it, in one canonical form for lookup:
 * case and spaces folded, a leading "Mục"/"Điểm" word dropped where the rest
 * is a plain number ("Mục II.2.1" = "II.2.1"), and the dotted article form
 * spelled the legal way ("Điều 3.2" = "khoản 2 Điều 3", "Điều 3.2.a" =
 * "điểm a khoản 2 Điều 3"). Returns "" for text that cannot be a citation.
 */
export function normalizeCitation(text: string): string {
  let t = foldSpace(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[.:;,]+$/u, '');
  if (t === '') return '';
  const prefixed = /^(?:mục|điểm)\s+(.+)$/u.exec(t);
  if (prefixed && /^[\divxlcdm]/u.test(prefixed[1] ?? '') && !/\s/u.test(prefixed[1] ?? '')) t = prefixed[1] ?? t;
  const dotted = /^điều\s+(\d+)\.(.+)$/u.exec(t);
  if (dotted) {
    const parts = (dotted[2] ?? '').split('.').filter((p) => p !== '');
    let code = `điều ${dotted[1] ?? ''}`;
    parts.forEach((p, i) => {
      code = `${LEGAL_LEVELS[Math.min(i, LEGAL_LEVELS.length - 1)] ?? 'tiết'} ${p} ${code}`;
    });
    return code;
  }
  return t;
}

/** Every section's citation in its canonical lookup form, to the anchors that have it. */
export function citationIndex(sections: readonly { anchor: string; code: string }[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const s of sections) {
    const key = normalizeCitation(s.code);
    if (key === '') continue;
    const list = index.get(key);
    if (list) list.push(s.anchor);
    else index.set(key, [s.anchor]);
  }
  return index;
}
