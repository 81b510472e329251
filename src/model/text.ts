// Text normalisation shared by every stage: all comparisons happen on NFC
// text with white space folded, so NFD files and re-wrapped lines still match.

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Collapse every run of white space to one space and trim. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** ASCII fold: NFD, combining marks removed, đ/Đ → d. */
export function foldAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd');
}

/** The automatic anchor of a title: folded, lower-cased, other runs → "-". */
export function slugify(text: string): string {
  return foldAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Strip a UTF-8 byte order mark and turn CRLF / CR into LF. */
export function cleanSource(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/gu, '\n');
}

export const ANCHOR_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/u;

/** Compare strings by code point (the contract's ordering of file paths). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order: `du-thao-2` before `du-thao-10`; ties broken by code points. */
export function byNatural(a: string, b: string): number {
  return natural.compare(a, b) || byCodePoint(a, b);
}

/** Edit distance counting a swap of two neighbours as one edit; returns max+1 once it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** The closest candidate within a small edit distance, for "did you mean". */
export function closest(word: string, candidates: Iterable<string>): string | null {
  const w = word.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(w.length / 4)));
  let best: string | null = null;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), max);
    if (d < bestD || (d === bestD && best !== null && byCodePoint(c, best) < 0)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= max ? best : null;
}

/** Typographic quotation marks a word processor puts around quoted words (“…”, ‘…’, «…», „…“). */
const TYPOGRAPHIC_QUOTES: readonly [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
  ['„', '”'],
  ['”', '”'],
];

/** The words without the quotation marks around them (and the spaces inside those marks). */
export function unquote(text: string): string {
  const t = text.trim();
  for (const [open, close] of TYPOGRAPHIC_QUOTES)
    if (t.length >= 2 && t.startsWith(open) && t.endsWith(close)) {
      const inner = t.slice(open.length, t.length - close.length);
      if (!inner.includes(open) && !inner.includes(close)) return inner.trim();
    }
  return t;
}

/**
 * Characters XML 1.0 cannot hold at all (C0 controls but tab, line feed and
 * carriage return; U+FFFE, U+FFFF; a lone surrogate): one of them makes a
 * Word file unreadable, so the Word report shows each as U+FFFD and `check`
 * warns about them.
 */
export const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are the characters looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** The same, without the global flag, for a test that keeps no state. */
export const XML_FORBIDDEN_TEST = new RegExp(XML_FORBIDDEN.source, 'u');

/** The first character of a text that XML forbids, as "U+0001"; null when none. */
export function xmlForbiddenIn(text: string): string | null {
  const m = XML_FORBIDDEN_TEST.exec(text);
  return m ? `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Line breaks, other control characters and bidirectional overrides, as typed in a file. */
const UNPRINTABLE = '[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const UNPRINTABLE_RE = new RegExp(UNPRINTABLE, 'gu');
const HAS_UNPRINTABLE_RE = new RegExp(UNPRINTABLE, 'u');

/**
 * Text from a file as it may be shown on one line (a message, a table row on
 * a terminal): a key or id typed with line breaks (`"a\nb": …`) or control
 * characters shows them escaped (`a\nb`), as YAML would write them, so that
 * no text typed in a file can move the cursor, retitle or reset a terminal.
 */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE_RE, escapeChar);
}

/**
 * The same rule for text of several lines (a page for the terminal, a CSV):
 * line breaks (LF, CRLF) and tabs stay; every other control character is
 * shown escaped. Inside JSON text this changes no value: the characters it
 * escapes are in strings, where `\u0085` means what it replaces.
 */
export function visibleText(text: string): string {
  if (!HAS_UNPRINTABLE_RE.test(text)) return text;
  return text.replace(UNPRINTABLE_RE, (c, at: number) =>
    c === '\n' || c === '\t' || (c === '\r' && text.charCodeAt(at + 1) === 10) ? c : escapeChar(c),
  );
}

export function hasUnprintable(text: string): boolean {
  return HAS_UNPRINTABLE_RE.test(text);
}

function escapeChar(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A file's name without folder and extension: "comments/le-duc-duc.yaml" -> "le-duc-duc". */
export function stemOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Fold a header or a word for comparison: ASCII, lower case, other characters as single spaces. */
export function headerKey(s: string): string {
  return foldAscii(nfc(s))
    .toLowerCase()
    .replace(/[^a-z0-9#]+/gu, ' ')
    .trim();
}
