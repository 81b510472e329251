// Escaping delegate text for each output format, so that no text typed by a
// delegate can change the structure of a report.

import { oneLine, XML_FORBIDDEN, XML_FORBIDDEN_TEST } from '../model/text.js';

/** Inline Markdown: backslash-escape what CommonMark/GFM could read as markup; control characters shown escaped. */
export function mdInline(text: string): string {
  const flat = text
    .replace(/[\\`*_[\]<>|~&#!$]/gu, (c) => `\\${c}`)
    .replace(/\s+/gu, ' ')
    // GFM turns bare URLs and e-mail addresses into links; keep them as text.
    .replace(/:\/\//gu, '\\:\\/\\/')
    .replace(/\b(www)\./giu, '$1\\.')
    .replace(/@/gu, '\\@')
    .trim();
  // After the white space is folded: what is left unprintable shows as \u001b (not an escape in Markdown).
  const shown = oneLine(flat);
  // Only at the start of a line can text turn into a list item or a heading underline.
  return noAutolink(shown.replace(/^[-+=]/u, (m) => `\\${m}`).replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2'));
}

/**
 * Text no Markdown reader could take for markup: none of the characters that
 * start inline markup in CommonMark and GFM (\ ` * _ [ ] < > | ~ & # ! $ @),
 * single spaces only, no URL or "www.", not starting like a list item or
 * heading underline. Escaping leaves such text as it is, so it is used as it
 * stands: most delegates' sentences are like this, and escaping is the
 * costliest step of rendering a large report.
 */
const MARKUP_RE =
  // eslint-disable-next-line no-control-regex
  /[\\`*_[\]<>|~&#!$@]|[^\S ]|[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]| {2}|:\/\/|www\.|^[-+= ]|^\d{1,9}[.)]| $/iu;
export function isInert(text: string): boolean {
  return !MARKUP_RE.test(text);
}

/**
 * GFM readers (remark-gfm, like cmark-gfm) look for bare URLs and e-mail
 * addresses in the text after backslash escapes are read, so `http\:\/\/x.vn`
 * still becomes a link. An invisible word joiner (U+2060) between "http" and
 * ":", "www" and ".", and before "@" keeps them plain text.
 */
function noAutolink(escaped: string): string {
  if (!escaped.includes('\\:') && !escaped.includes('\\.') && !escaped.includes('\\@')) return escaped;
  return escaped.replace(/(?<=[A-Za-z])(?=\\:)|(?<=\bwww)(?=\\\.)|(?=\\@)/giu, '\u2060');
}

/** Block Markdown: each line escaped as inline text and kept as its own line. */
export function mdLines(text: string): string[] {
  return text
    .split(/\n/u)
    .map((line) => line.trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .map((line) => (line === '' ? '' : mdInline(line)));
}

export function html(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

const XML_SPECIAL = /[&<>"\t\n\r]/u;

/** Text for an XML element or attribute: markup escaped, forbidden characters shown as �, tab and line ends as spaces. */
export function xmlText(text: string): string {
  const clean = XML_FORBIDDEN_TEST.test(text) ? text.replace(XML_FORBIDDEN, '\uFFFD') : text;
  if (!XML_SPECIAL.test(clean)) return clean;
  return clean.replace(/[&<>"]|[\t\n\r]/gu, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : ' ',
  );
}
