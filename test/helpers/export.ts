// Shared by the export tests: fixtures as syntheses, a hostile workspace
// generator, and small independent readers (RFC 4180, HTML tree walking).

import { spawnSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { synthesise } from '../../src/commands/collate.js';
import type { Synthesis } from '../../src/model/synthesis.js';
import { capture, makeWorkspace, repoRoot } from './workspace.js';

export const BASIC = path.join(repoRoot, 'test/fixtures/export/basic');

export async function synthesisOf(dir: string, lang?: 'vi' | 'en'): Promise<Synthesis> {
  const { io } = capture(dir);
  const { synthesis, result } = await synthesise({ ...io, lang });
  if (!synthesis) throw new Error(`fixture has errors: ${JSON.stringify(result.messages)}`);
  return synthesis;
}

/** Texts that try to break each format. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '=HYPERLINK("http://evil.example/","bấm vào")',
  '+1+1',
  '-2-2',
  '@SUM(A1:A9)',
  '\tbắt đầu bằng tab',
  'cột | ống | dấu \\| và `mã`',
  'dấu "ngoặc kép", dấu phẩy, và\ndòng thứ hai',
  "'= đã có dấu nháy",
  '</td></tr></table><h1>vỡ bảng</h1>',
  '{{constructor}} ${x} &amp; &lt;',
];

/**
 * A workspace with `n` comments spread over a small draft, hostile text in
 * every field a delegate types, a very long comment, every decision, and a
 * comment on an unknown anchor.
 */
export function hostileWorkspace(n: number): string {
  const anchors = ['general', 'mt-01', 'mt-02', 'mt-03', 'nhiem-vu-1', 'nhiem-vu-2', 'to-chuc'];
  const draft = `---
title: Dự thảo Chương trình <b>hành động</b> | thử
version: 1
---

# CHƯƠNG TRÌNH HÀNH ĐỘNG

## II. MỤC TIÊU <i>cụ thể</i> {#muc-tieu}

1. Kết nạp từ 1.200 hội viên nông dân mới trở lên. {#mt-01}
2. Vận động trên 95% hội viên nông dân tham gia bảo hiểm y tế. {#mt-02}
3. =1+1 là một chỉ tiêu lạ. {#mt-03}

## III. NHIỆM VỤ, GIẢI PHÁP

### 1. Đổi mới nội dung <script>x</script> {#nhiem-vu-1}

Tiếp tục đổi mới.

### 2. Củng cố tổ chức {#nhiem-vu-2}

Kiện toàn bộ máy.

## IV. TỔ CHỨC THỰC HIỆN {#to-chuc}

Các cấp ủy xây dựng kế hoạch.
`;
  const files: Record<string, string> = { 'drafts/du-thao-1.md': draft };
  const q = (s: string): string => JSON.stringify(s);
  const perFile = 50;
  const decisions = ['accepted', 'partial', 'explained', 'noted', 'referred', null] as const;
  const responses: string[] = [];
  for (let f = 0; f * perFile < n; f++) {
    const stem = `dai-bieu-${String(f).padStart(3, '0')}`;
    const hostile = HOSTILE[f % HOSTILE.length] ?? '';
    const lines = [
      'delegate:',
      `  name: ${q(`Đại biểu ${f} ${hostile}`)}`,
      `  title: ${q(HOSTILE[(f + 1) % HOSTILE.length] ?? '')}`,
      `  organization: ${q(`=Cơ quan ${f} | ${HOSTILE[(f + 2) % HOSTILE.length] ?? ''}`)}`,
      `  group: ${q(f % 2 === 0 ? 'Các ban đảng Tỉnh ủy' : '@nhóm <b>khác</b>')}`,
      'comments:',
    ];
    const byAnchor = new Map<string, string[]>();
    for (let i = f * perFile; i < Math.min(n, (f + 1) * perFile); i++) {
      const anchor = i === n - 1 ? 'khong-co-muc-nay' : (anchors[i % anchors.length] ?? 'general');
      let text = `Ý kiến số ${i + 1}: ${HOSTILE[i % HOSTILE.length] ?? ''} — tiếng Việt có dấu: Đảng, ưu tiên, nông dân.`;
      if (i === 3) text = `${'Rất dài, '.repeat(1500)}hết.`;
      const item = [`    - text: ${q(text)}`, `      kind: ${['agree', 'amend', 'add', 'delete', 'question', 'other'][i % 6]}`];
      if (i % 4 === 1) item.push(`      quote: ${q(HOSTILE[(i + 3) % HOSTILE.length] ?? '')}`);
      if (i % 5 === 2) item.push(`      proposal: ${q(`-${HOSTILE[(i + 5) % HOSTILE.length] ?? ''}`)}`);
      const list = byAnchor.get(anchor) ?? [];
      list.push(item.join('\n'));
      byAnchor.set(anchor, list);
    }
    for (const [anchor, items] of byAnchor) {
      lines.push(`  ${anchor}:`, ...items);
      items.forEach((_, k) => {
        const d = decisions[(k + anchor.length + f) % decisions.length];
        if (!d || anchor === 'khong-co-muc-nay') return;
        responses.push(
          `${anchor}:\n  - to: [${stem}/${anchor}/${k + 1}]\n    decision: ${d}\n    note: ${q(`Ghi chú ${HOSTILE[(k + f) % HOSTILE.length] ?? ''}`)}`,
        );
      });
    }
    files[`comments/${stem}.yaml`] = `${lines.join('\n')}\n`;
  }
  // One response file per entry keeps anchors from repeating as YAML keys.
  responses.forEach((r, i) => {
    files[`responses/r-${String(i).padStart(4, '0')}.yaml`] = `${r}\n`;
  });
  return makeWorkspace(files);
}

/** RFC 4180: fields separated by commas, quoted with "", records by CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bad CSV at ${i}: bare ${JSON.stringify(c)}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(source: string): DefaultTreeAdapterMap['document'] {
  return parse(source);
}

export function* walk(node: Node): Generator<Node> {
  yield node;
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const k of kids) yield* walk(k);
  if (node.nodeName === 'template') yield* walk((node as DefaultTreeAdapterMap['template']).content);
}

export function elements(root: Node, tag?: string): Element[] {
  return [...walk(root)].filter((n): n is Element => 'tagName' in n && (tag === undefined || n.tagName === tag));
}

export function textOf(node: Node): string {
  return [...walk(node)]
    .map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : n.nodeName === 'br' ? '\n' : ''))
    .join('');
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Whitespace folded, for comparing text that a format reflows. */
export function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** The cells of a table row, each as folded text. */
export function cellTexts(tr: Element): string[] {
  return elements(tr)
    .filter((e) => e.tagName === 'td' || e.tagName === 'th')
    .map((e) => fold(textOf(e)));
}

/** The entries of a zip file (stored or deflated), read by its central directory. */
export function unzip(zip: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const out = new Map<string, Buffer>();
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}
