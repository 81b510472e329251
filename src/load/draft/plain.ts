// Plain text of mdast nodes, as the contract keeps a section's text.

import type { Nodes, Table } from 'mdast';
import { foldSpace } from '../../model/text.js';

export function tableLines(table: Table, lines: string[]): void {
  for (const row of table.children) {
    const line = foldSpace(row.children.map((cell) => foldSpace(plainAll(cell.children))).join(' | '));
    if (line.replace(/[|\s]/gu, '') !== '') lines.push(line);
  }
}

export function plainAll(nodes: readonly Nodes[]): string {
  let out = '';
  for (const n of nodes) out += plain(n);
  return out;
}

/** Plain text of a node: markup dropped, inline code and image alt kept. */
export function plain(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'html':
      return /^<br\s*\/?>$/iu.test(node.value) ? ' ' : '';
    case 'footnoteReference':
    case 'yaml':
      return '';
    default:
      if ('children' in node) return plainAll(node.children as readonly Nodes[]);
      return 'value' in node && typeof node.value === 'string' ? node.value : '';
  }
}
