// Escaping delegate text for each output format, so that no text typed by a
// delegate can change the structure of a report.

/** Inline Markdown: backslash-escape what CommonMark/GFM could read as markup. */
export function mdInline(text: string): string {
  const flat = text
    .replace(/[\\`*_[\]<>|~&#!$]/gu, (c) => `\\${c}`)
    .replace(/\s+/gu, ' ')
    // GFM turns bare URLs and e-mail addresses into links; keep them as text.
    .replace(/:\/\//gu, '\\:\\/\\/')
    .replace(/\b(www)\./giu, '$1\\.')
    .replace(/@/gu, '\\@')
    .trim();
  // Only at the start of a line can text turn into a list item or a heading underline.
  return flat.replace(/^[-+=]/u, (m) => `\\${m}`).replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
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
