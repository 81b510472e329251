// Writing the YAML files people open and edit (forms, imported comments,
// a new workspace's files): plain where that reads back as the same text,
// double-quoted where it would not, and `|-` blocks for several lines.
// Every value reads back as text, exactly as given, through gopy's loaders.

const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u;
const PLAIN_START_DASH = /^[-?:][^\s]/u;

/** True when `s` can stand as a plain (unquoted) YAML scalar and read back unchanged. */
export function isPlainSafe(s: string): boolean {
  if (s === '' || s !== s.trim()) return false;
  if (!PLAIN_START.test(s) && !PLAIN_START_DASH.test(s)) return false;
  if (/[\n\r\t]|: |:$| #|[\p{Cc}\u2028\u2029\ufeff]/u.test(s)) return false;
  return true;
}

/** A one-line scalar: plain when safe, else double-quoted. */
export function inlineScalar(s: string): string {
  if (isPlainSafe(s)) return s;
  return JSON.stringify(s)
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

/**
 * `key: value` lines at `indent`; a value of several lines becomes a `|-`
 * block indented two more spaces.
 */
export function keyValue(indent: string, key: string, value: string): string[] {
  const k = inlineScalar(key);
  if (!value.includes('\n')) return [`${indent}${k}: ${inlineScalar(value)}`];
  const lines = value.replace(/\r\n?/gu, '\n').split('\n');
  // A block keeps lines as they are; leading spaces on its first line would be read as indentation.
  if (/^\s/u.test(lines[0] ?? '') || lines.some((l) => /[\p{Cc}\u2028\u2029\ufeff]/u.test(l.replace(/\t/gu, '')))) {
    return [`${indent}${k}: ${inlineScalar(value)}`];
  }
  return [`${indent}${k}: |-`, ...lines.map((l) => (l.trim() === '' ? '' : `${indent}  ${l}`))];
}

/** The `# yaml-language-server: $schema=…` line editors read; null path = no line. */
export function schemaLine(schemaPath: string | null): string[] {
  return schemaPath ? [`# yaml-language-server: $schema=${schemaPath}`] : [];
}

/** A comment line (or lines) of YAML: each line starts with "# ". */
export function yamlComment(text: string, indent = ''): string[] {
  return text.split('\n').map((l) => (l === '' ? `${indent}#` : `${indent}# ${l}`));
}
