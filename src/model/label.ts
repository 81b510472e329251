// The grammar of numbering labels, in one place: how a draft's heading or
// list item states its number ("II.", "Điều 3.", "2.1", "a)"), and how a
// reference typed by a person ("Mục II.2", "III.1.a)") names one. The draft
// parser, import and citations read numbers through these functions.

import { headerKey, nfc } from './text.js';

const LABEL_WORD_RE = /^(phần|chương|mục|điều)\s+/iu;
const ROMAN = '(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';
const LETTER = '[a-zA-ZđĐ]';
/** A numeral after one of the words: the trailing `.` / `)` is optional. */
const WORD_NUMERAL_RE = new RegExp(`^(?:${ROMAN}|\\d+(?:\\.\\d+)*|${LETTER})[.)]?(?=\\s|$)`, 'u');
/** A label on its own: Roman / single number / letter need `.` or `)`; a dotted number may go without. */
const BARE_LABEL_RE = new RegExp(`^(?:${ROMAN}[.)]|\\d+(?:\\.\\d+)+[.)]?|\\d+[.)]|${LETTER}[.)])(?=\\s|$)`, 'u');
const TITLE_SEPARATOR_RE = /^[-–—:]\s+/u;

/** Split a heading's (folded) text into numbering label and title. */
export function splitLabel(text: string): { label: string; number: string; title: string } {
  const word = LABEL_WORD_RE.exec(text);
  if (word) {
    const numeral = WORD_NUMERAL_RE.exec(text.slice(word[0].length));
    if (numeral) return finish(`${word[1] ?? ''} ${numeral[0]}`, text.slice(word[0].length + numeral[0].length));
  }
  const bare = BARE_LABEL_RE.exec(text);
  if (bare) return finish(bare[0], text.slice(bare[0].length));
  return { label: '', number: '', title: text };
}

function finish(label: string, rest: string): { label: string; number: string; title: string } {
  const title = rest.trim().replace(TITLE_SEPARATOR_RE, '');
  return { label, number: label.replace(/[.)]$/u, ''), title };
}

/** Words that may stand before a number in a reference ("Mục", "khoản", "Article"), folded as headerKey folds them. */
const LABEL_WORDS = new Set([
  'phan',
  'chuong',
  'muc',
  'tieu',
  'dieu',
  'khoan',
  'diem',
  'y',
  'so',
  'section',
  'item',
  'part',
  'article',
  'chapter',
  'clause',
  'point',
]);

/** The parts of a section's number as a reference would spell them: "Điều 3" gives ["3"]. */
export function numberTokens(number: string): string[] {
  return number
    .split(/[\s.]+/u)
    .map((t) => headerKey(t))
    .filter((t) => t !== '' && !LABEL_WORDS.has(t));
}

/** Splits a cell into the numbering at its start ("Mục II.2", "III.1.a)") and the words after it. */
export function splitNumbering(cell: string): { tokens: string[]; rest: string } {
  const words = nfc(cell)
    .split(/[\s.,;:()/–—-]+/u)
    .filter((w) => w !== '');
  const tokens: string[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i] ?? '';
    const k = headerKey(w);
    if (LABEL_WORDS.has(k)) continue;
    if (/^[IVXLCDM]+$/u.test(w) || /^\d+$/u.test(w) || (/^[a-zđ]$/iu.test(w) && k !== 'y')) {
      tokens.push(k);
      continue;
    }
    break;
  }
  if (tokens.length === 0) return { tokens, rest: cell.trim() };
  return { tokens, rest: words.slice(i).join(' ') };
}
