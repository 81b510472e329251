// The slips a secretariat makes when typing YAML by hand, found by reading
// the lines the way a person would. The YAML parser reports where it gave
// up, in its own terms, often a line late; this finds the line that is
// wrong and says what it is, so the message can say how to fix it.

export type SlipKind = 'tab' | 'colon-in-text' | 'dash-on-key' | 'unclosed-quote' | 'bad-indent' | 'missing-colon' | 'wrong-level';

export interface Slip {
  kind: SlipKind;
  /** 1-based. */
  line: number;
  column: number;
  /** The key of the line ("mt-01"), when it has one. */
  key: string;
  /** The text after the key, or the whole line's text. */
  text: string;
  /** For bad-indent: the line's indentation, and the one expected (spaces). */
  at?: number;
  indent?: number;
  /** For wrong-level: the line of the key the text belongs under. */
  owner?: number;
}

/** `  key: value` or `  - key: value`; a key is plain words (anchors, citations) or quoted. */
const KEY_LINE = /^( *)(- +)?("[^"]*"|'[^']*'|[^\s#"'\-:[\]{}|>&*!%@`][^:#]*?|-[^\s:#][^:#]*?) *:(?:( +|\t+)(.*))?$/u;
const ITEM_LINE = /^( *)- +(.*)$/u;
/** A word that reads as a key typed without its colon: a field name, an anchor (`mt-01`), a citation number. */
const KEYISH =
  /^(?:kind|text|quote|proposal|id|name|title|organization|group|delegate|comments|draft|date|decision|note|to|general|[a-z0-9]+(?:[._-][a-z0-9]+)+)$/iu;
const BLOCK_START = /^[|>][+-]?\d*\s*(?:#.*)?$/u;

interface Level {
  indent: number;
  /** The line that opened it (0 for the top). */
  line: number;
}

/** The slips of a YAML text, in line order (a broken line can hide later ones). */
export function findSlips(text: string): Slip[] {
  const reader = new SlipReader();
  text.split('\n').forEach((raw, i) => reader.read(raw.replace(/\r$/u, ''), i + 1));
  return reader.slips;
}

type Owner = { indent: number; line: number; key: string };

/** Reads line by line, keeping the open levels as a person reading the indentation would. */
class SlipReader {
  readonly slips: Slip[] = [];
  private readonly levels: Level[] = [{ indent: 0, line: 0 }];
  /** Set after `key:` with nothing after it: the next line opens a deeper level. */
  private opened: Owner | null = null;
  /** Inside `key: |`: lines deeper than this indentation are the text itself. */
  private blockAt: number | null = null;
  /** The last line that was a key with plain text after it (a continuation may follow). */
  private plain: Owner | null = null;

  read(line: string, no: number): void {
    if (line.trim() === '' || /^\s*#/u.test(line)) return;
    const lead = /^[ \t]*/u.exec(line)?.[0] ?? '';
    const indent = lead.length;
    if (this.blockAt !== null) {
      if (indent > this.blockAt) return;
      this.blockAt = null;
    }
    if (lead.includes('\t')) {
      this.slips.push({ kind: 'tab', line: no, column: lead.indexOf('\t') + 1, key: '', text: line.trim() });
      return;
    }
    const body = line.slice(indent);
    if (body === '---' || body === '...' || body.startsWith('%')) return;
    const m = KEY_LINE.exec(line);
    const item = ITEM_LINE.exec(line);
    const deeper = this.opened !== null && indent > this.opened.indent;
    if (!this.placed(no, indent, body, deeper, m, item !== null)) return;
    const wasOpened = this.opened;
    this.opened = null;
    if (m) this.keyLine(no, indent, m);
    else if (item) this.itemLine(no, indent, item[2] ?? '');
    else this.bareText(no, indent, body, wasOpened, deeper);
  }

  /** Where this line stands among the open levels; false (and a slip) when it stands nowhere. */
  private placed(no: number, indent: number, body: string, deeper: boolean, m: RegExpExecArray | null, item: boolean): boolean {
    if (deeper && this.opened) {
      this.levels.push({ indent, line: this.opened.line });
      return true;
    }
    while (this.levels.length > 1 && (this.levels[this.levels.length - 1]?.indent ?? 0) > indent) this.levels.pop();
    const top = this.levels[this.levels.length - 1] ?? { indent: 0, line: 0 };
    if (top.indent === indent) return true;
    if (this.plain !== null && indent > this.plain.indent && !m && !item) return true; // a continuation line
    if (this.opened && !m && !item)
      this.slips.push({ kind: 'wrong-level', line: no, column: 1, key: this.opened.key, text: body, owner: this.opened.line });
    else this.slips.push({ kind: 'bad-indent', line: no, column: 1, key: m?.[3] ?? '', text: body, at: indent, indent: top.indent });
    this.opened = null;
    this.plain = null;
    return false;
  }

  private keyLine(no: number, indent: number, m: RegExpExecArray): void {
    const [, , dash, key = '', gap, value = ''] = m;
    const keyIndent = indent + (dash?.length ?? 0);
    if (dash) this.levels.push({ indent: keyIndent, line: no });
    const column = keyIndent + key.length + 1 + (gap?.length ?? 0) + 1;
    this.plain = null;
    if (value === '' || /^#/u.test(value)) {
      this.opened = { indent: keyIndent, line: no, key };
      return;
    }
    if (BLOCK_START.test(value)) {
      this.blockAt = keyIndent;
      return;
    }
    if (/^- /u.test(value) || value === '-') {
      this.slips.push({ kind: 'dash-on-key', line: no, column, key, text: value });
      return;
    }
    const q = value[0];
    if (q === '"' || q === "'") {
      if (!closes(value, q)) this.slips.push({ kind: 'unclosed-quote', line: no, column, key, text: value });
      return;
    }
    if (q === '[' || q === '{' || q === '&' || q === '*' || q === '!') return;
    if (/: |:$|:\t/u.test(value.replace(/\s+#.*$/u, ''))) {
      this.slips.push({ kind: 'colon-in-text', line: no, column, key, text: value });
      return;
    }
    this.plain = { indent: keyIndent, line: no, key };
  }

  private itemLine(no: number, indent: number, value: string): void {
    const q = value[0];
    if ((q === '"' || q === "'") && !closes(value, q))
      this.slips.push({ kind: 'unclosed-quote', line: no, column: indent + 3, key: '', text: value });
    this.plain = { indent, line: no, key: '' };
  }

  /** Text with no key: the text of the key above, its continuation, or a slip. */
  private bareText(no: number, indent: number, body: string, wasOpened: Owner | null, deeper: boolean): void {
    if (this.plain && indent > this.plain.indent) return;
    const first = /^\S+/u.exec(body)?.[0] ?? '';
    if (KEYISH.test(first) && /\s/u.test(body)) {
      this.slips.push({ kind: 'missing-colon', line: no, column: indent + 1, key: first, text: body.slice(first.length).trim() });
    } else if (wasOpened && deeper) {
      // `mt-01:` then its text, indented, on the next line: good YAML.
      this.plain = { indent: wasOpened.indent, line: no, key: wasOpened.key };
      return;
    } else {
      const owner = wasOpened ?? this.plain;
      this.slips.push({ kind: 'wrong-level', line: no, column: indent + 1, key: owner?.key ?? '', text: body, owner: owner?.line ?? 0 });
    }
    this.plain = null;
  }
}

/** Whether a quoted value closes on its line (YAML doubles ' inside '…'; \" escapes inside "…"). */
function closes(value: string, q: string): boolean {
  for (let i = 1; i < value.length; i++) {
    const c = value[i];
    if (q === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === q) {
      if (q === "'" && value[i + 1] === "'") {
        i++;
        continue;
      }
      return true;
    }
  }
  return false;
}

/** Text as a quoted YAML value: in double quotes, or in single quotes when it holds double quotes or backslashes. */
export function quoted(text: string): string {
  return /["\\]/u.test(text) ? `'${text.replace(/'/gu, "''")}'` : `"${text}"`;
}

/**
 * The text with every colon-in-text line quoted (`key: "…"`), and the lines
 * changed. Only those slips: the others need a person to decide.
 */
export function quoteColonLines(text: string): { text: string; changed: number[] } {
  // Lines and their own line ends, so that the file changes only where quoted.
  const parts = text.split(/(\r?\n)/u);
  const lines = parts.filter((_, k) => k % 2 === 0);
  const changed: number[] = [];
  for (const slip of findSlips(text)) {
    if (slip.kind !== 'colon-in-text') continue;
    const i = slip.line - 1;
    const line = lines[i] ?? '';
    const start = slip.column - 1;
    const rest = line.slice(start).replace(/\s+$/u, '');
    const note = /\s+#.*$/u.exec(rest)?.[0] ?? '';
    lines[i] = `${line.slice(0, start)}${quoted(rest.slice(0, rest.length - note.length))}${note}`;
    changed.push(slip.line);
  }
  return { text: parts.map((p, k) => (k % 2 === 0 ? (lines[k / 2] ?? p) : p)).join(''), changed };
}
