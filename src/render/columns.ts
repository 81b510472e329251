// Terminal columns that never cut an anchor (the text staff type into
// decisions): an anchor too long for its column stands on a line of its
// own and the row goes on below it; titles wrap at word boundaries instead.

/** Width of a table when the output is not a terminal (a file, a pipe). */
export const DEFAULT_WIDTH = 100;

/** The widest an anchor column grows; longer anchors get a line of their own. */
export const ANCHOR_COLUMN = 24;

/**
 * `text` cut into lines of at most `width` characters, at spaces (a word
 * longer than that is split); past `maxLines`, the last line ends in "…".
 */
export function wrapWords(text: string, width: number, maxLines = Infinity): string[] {
  const lines = allLines(text, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1] ?? '';
  kept[kept.length - 1] = `${last.length < width ? last : last.slice(0, Math.max(0, width - 1)).trimEnd()}…`;
  return kept;
}

function allLines(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/gu, ' ').trim().split(' ')) {
    let rest = word;
    while (rest.length > w) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, w));
      rest = rest.slice(w);
      line = '';
    }
    if (rest === '') continue;
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= w) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** The width of the anchor column: the longest anchor that fits in ANCHOR_COLUMN, at least `min`; longer ones stand alone. */
export function anchorColumn(anchors: readonly string[], min = 0): number {
  return anchors.reduce((w, a) => (a.length <= ANCHOR_COLUMN ? Math.max(w, a.length) : w), min);
}

/**
 * A row's lines: the anchor in its column and `rest` beside it; when the
 * anchor is wider than the column, the anchor alone and `rest` on the lines below.
 */
export function anchorRow(indent: string, anchor: string, width: number, rest: readonly string[]): string[] {
  const pad = ' '.repeat(width);
  const [first = '', ...more] = rest;
  const lines =
    anchor.length <= width ? [`${indent}${anchor.padEnd(width)}  ${first}`] : [`${indent}${anchor}`, `${indent}${pad}  ${first}`];
  for (const m of more) lines.push(`${indent}${pad}  ${m}`);
  return lines.map((l) => l.trimEnd());
}
