// The closed vocabularies of the input files (comment kinds, decisions), as
// codes and as the Vietnamese labels a secretariat writes: one home for
// check, import hints and the editor schemas.

import { closest, nfc } from './text.js';
import { COMMENT_KINDS, DECISIONS } from './types.js';
import type { CommentKind, Decision } from './types.js';

/** Each kind's Vietnamese labels; any may follow "đề nghị". */
export const KIND_LABELS: Record<CommentKind, readonly string[]> = {
  agree: ['nhất trí'],
  amend: ['sửa đổi'],
  add: ['bổ sung'],
  delete: ['bỏ'],
  question: ['làm rõ'],
  other: ['khác', 'ý kiến khác'],
};

export const DECISION_LABELS: Record<Decision, readonly string[]> = {
  accepted: ['tiếp thu'],
  partial: ['tiếp thu một phần'],
  explained: ['giải trình'],
  noted: ['ghi nhận'],
  referred: ['xin ý kiến'],
};

/** The prefix a kind's label may carry. */
export const KIND_PREFIX = 'đề nghị';

function fold(value: string): string {
  return nfc(value).trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
}

function lookup<T extends string>(value: string, codes: readonly T[], labels: Record<T, readonly string[]>, prefix?: string): T | null {
  let v = fold(value);
  const code = codes.find((c) => c === v);
  if (code) return code;
  if (prefix && v.startsWith(`${prefix} `)) v = v.slice(prefix.length + 1);
  return codes.find((c) => labels[c].includes(v)) ?? null;
}

/** A kind from its code (`amend`) or label (`Đề nghị sửa đổi`, `bổ sung`), in any case; null when it is neither. */
export function readKind(value: string): CommentKind | null {
  return lookup(value, COMMENT_KINDS, KIND_LABELS, KIND_PREFIX);
}

export function readDecision(value: string): Decision | null {
  return lookup(value, DECISIONS, DECISION_LABELS);
}

/** The word (code or label) a near miss was meant to be: `accept` → `accepted`, `tiep thu` → `tiếp thu`. */
export function nearestWord<T extends string>(value: string, codes: readonly T[], labels: Record<T, readonly string[]>): string | null {
  const v = fold(value).replace(new RegExp(`^${KIND_PREFIX} `, 'u'), '');
  const all = [...codes, ...codes.flatMap((c) => labels[c])];
  const hit = closest(v, all);
  if (hit) return hit;
  // Labels typed without their accents.
  const bare = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
  return all.find((w) => bare(w) === bare(v)) ?? null;
}

/** Every way a word may be written: the codes, then the labels (and for kinds, the labels after "đề nghị"). */
export function acceptedWords<T extends string>(codes: readonly T[], labels: Record<T, readonly string[]>, prefix?: string): string[] {
  const out: string[] = [...codes];
  for (const c of codes) for (const l of labels[c]) out.push(l, ...(prefix ? [`${prefix} ${l}`] : []));
  return out;
}
