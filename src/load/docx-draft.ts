// A draft written in Word (.docx) as a Markdown draft to the contract (§2).
//
// Word's own structure is read first, on the XML (ooxml.ts): which
// paragraphs are headings (a heading style, or a bold line that starts with
// a numbering label, as Vietnamese drafts are often typed), which are
// numbered targets (a plain line "1. …"), and the numbers Word draws for
// automatic numbering, written into the text so they are kept as labels.
// Each paragraph is then marked with a style of ours, and mammoth turns the
// document into HTML by those marks (runs, bold, italics, tables);
// rehype-remark and remark-stringify make the Markdown. Finally the draft
// parser itself names every section, and each anchor is written out as an
// explicit `{#anchor}`, so later edits of the title never move it.
// Pure: bytes in, Markdown and notes out.

import type { Element as HastElement, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Heading, ListItem, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import { zipSync } from 'fflate';
import { words } from '../i18n/index.js';
import { XMLSerializer } from '@xmldom/xmldom';
import { foldSpace, nfc } from '../model/text.js';
import { GENERAL } from '../model/types.js';
import { splitLabel } from '../model/label.js';
import { parseDraft } from './parse-draft.js';
import {
  child,
  children,
  descendants,
  docProperties,
  DocxError,
  Numbering,
  onOff,
  openDocx,
  readStyles,
  styleProp,
  textOf,
  val,
} from './ooxml.js';
import type { StyleInfo, XmlElement } from './ooxml.js';

/** Something that did not come across as it was, and where: the section it stands in (its label and title). */
export interface DraftNote {
  rule: 'image' | 'merged-cells' | 'header-block' | 'signature-block' | 'note' | 'mammoth' | 'empty-heading';
  where: string;
  detail: string;
}

export interface DraftConversion {
  markdown: string;
  title: string;
  version: string;
  sections: number;
  headings: number;
  items: number;
  notes: DraftNote[];
}

export { DocxError };

type Role = { kind: 'title' } | { kind: 'heading'; key: string; styleLevel: number | null } | { kind: 'item' } | { kind: 'body' };

const STYLE_MAP = [
  'p.GopyTitle => h1:fresh',
  ...[1, 2, 3, 4, 5, 6].map((n) => `p.GopyH${n} => h${n}:fresh`),
  'p.GopyItem => p.gopy-item:fresh',
  'p.GopyBody => p:fresh',
];

/** The kind of a numbering label, for ranking headings: the same kind is the same level. */
export function labelKind(label: string): string {
  const word = /^(\p{L}+)\s/u.exec(label)?.[1];
  if (word) return `word:${word.toLowerCase()}`;
  const core = label.replace(/[.)]$/u, '');
  if (/^\d+(?:\.\d+)+$/u.test(core)) return `dotted:${core.split('.').length}`;
  if (/^\d+$/u.test(core)) return `number${label.endsWith(')') ? ')' : '.'}`;
  if (/^[IVXLCDM]+$/u.test(core)) return 'roman';
  return `letter${label.endsWith(')') ? ')' : '.'}`;
}

const HEADER_BLOCK = /(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HO[ÀÁ] XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM)/iu;
/** What begins the closing block of an official document: recipients, or the signer's "on behalf of". */
const SIGNATURE_BLOCK = /^(?:Nơi\s+nhận\s*:|(?:T\/M|K\/T|TM\.|KT\.|Q\.|TL\.|TUQ\.)\s*\p{Lu})/u;
/** The closing block stands in the last blocks of the document. */
const SIGNATURE_TAIL = 12;
const DRAFT_MARK = /^\s*\(?\s*dự\s+thảo(?:\s+(?:lần|lan|v|version)?\s*(\d+))?\s*\)?\s*$/iu;

export async function convertDocxDraft(bytes: Uint8Array, fileName: string): Promise<DraftConversion> {
  const docx = openDocx(bytes);
  const styles = readStyles(docx.parts);
  const numbering = new Numbering(docx.parts, styles);
  const notes: DraftNote[] = [];
  const body = child(docx.document.documentElement, 'w:body');
  if (!body) throw new DocxError(words().tell.word.noBody);

  // 1. Automatic numbers become text, everywhere (tables too), in document order as Word counts them.
  for (const p of descendants(docx.document, 'w:p')) writeNumber(p, styles, numbering);

  // 2. Each paragraph of the body gets a role; 3. headings get their levels.
  const flat = bodyBlocks(body);
  notes.push(...dropSignature(flat));
  const read = assignRoles(flat, styles, notes);
  let { version } = read;
  const { titleLines } = read;
  const { headings, items } = applyLevels(flat, read.roles, titleLines);

  // 4. Word → HTML (mammoth) → Markdown (rehype-remark, remark-stringify).
  docx.parts['word/document.xml'] = new TextEncoder().encode(new XMLSerializer().serializeToString(docx.document));
  const mammoth = (await import('mammoth')).default;
  let images = 0;
  const html = await mammoth.convertToHtml(
    { buffer: Buffer.from(zipSync(docx.parts)) },
    {
      styleMap: STYLE_MAP,
      includeDefaultStyleMap: true,
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: `gopy-image:${++images}` })),
    },
  );
  for (const m of html.messages) {
    if (/Gopy|Unrecognised paragraph style|Unrecognised run style/u.test(m.message)) continue;
    notes.push({ rule: 'mammoth', where: '', detail: m.message });
  }

  const { unified } = await import('unified');
  const rehypeParse = (await import('rehype-parse')).default;
  const rehypeRemark = (await import('rehype-remark')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  const remarkStringify = (await import('remark-stringify')).default;
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html.value);
  groupItems(hast);
  headerRows(hast);
  const mdast = await unified().use(rehypeRemark).run(hast);
  notes.push(...cleanTree(mdast));
  tidy(mdast);
  const stringify = (tree: MdastRoot): string =>
    unified()
      .use(remarkGfm)
      .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one' })
      .stringify(tree);

  const title = nfc(docProperties(docx.parts).title ?? (titleLines.length > 0 ? titleLines.join(' ') : fileName));
  version ??= docProperties(docx.parts).custom.get('version') ?? /(\d+)\s*$/u.exec(fileName)?.[1] ?? '1';

  // 5. The parser names every section; the names are written out as explicit anchors.
  const first = stringify(mdast);
  const { draft } = parseDraft(first, fileName);
  const targets = anchorTargets(mdast);
  if (targets.length === draft.sections.length) {
    const names = shortAnchors(draft.sections);
    for (const [i, node] of targets.entries()) {
      const anchor = names[i];
      if (anchor) appendText(node, ` {#${anchor}}`);
    }
  }
  const front = `---\ntitle: ${JSON.stringify(title)}\nversion: ${JSON.stringify(version)}\n---\n\n`;
  const markdown = `${front}${stringify(mdast)}`;
  return { markdown, title, version, sections: draft.sections.length, headings, items, notes };
}

/** The body's paragraphs and tables in order, content controls opened. */
function bodyBlocks(body: XmlElement): XmlElement[] {
  const blocks = children(body).filter((e) => e.tagName === 'w:p' || e.tagName === 'w:tbl' || e.tagName === 'w:sdt');
  const flat: XmlElement[] = [];
  for (const b of blocks) {
    if (b.tagName === 'w:sdt') flat.push(...children(child(b, 'w:sdtContent')).filter((e) => e.tagName === 'w:p' || e.tagName === 'w:tbl'));
    else flat.push(b);
  }
  return flat;
}

/** Title, heading, numbered target or body text, for each paragraph; the header table and "(Dự thảo lần 2)" taken out. */
function assignRoles(
  flat: readonly XmlElement[],
  styles: Map<string, StyleInfo>,
  notes: DraftNote[],
): { roles: Map<XmlElement, Role>; version: string | null; titleLines: string[] } {
  let version: string | null = null;
  let seenHeading = false;
  const titleLines: string[] = [];
  const roles = new Map<XmlElement, Role>();
  for (const el of flat) {
    if (el.tagName === 'w:tbl') {
      if (!seenHeading && HEADER_BLOCK.test(textOf(el))) {
        el.parentNode?.removeChild(el);
        notes.push({ rule: 'header-block', where: '', detail: foldSpace(textOf(el)).slice(0, 80) });
      }
      continue;
    }
    const text = foldSpace(nfc(textOf(el)));
    const styleId = val(child(el, 'w:pPr'), 'w:pStyle');
    const styleName = styleId === null ? '' : (styles.get(styleId)?.name ?? '');
    if (text === '') {
      roles.set(el, { kind: 'body' });
      continue;
    }
    const draftMark = DRAFT_MARK.exec(text);
    if (!seenHeading && draftMark) {
      version ??= draftMark[1] ?? null;
      el.parentNode?.removeChild(el);
      continue;
    }
    const level = styleProp(styles, styleId, 'heading');
    const bold = isBold(el, styleId, styles);
    const { label } = splitLabel(text);
    const centred = val(child(el, 'w:pPr'), 'w:jc') === 'center';
    if (/^title$/iu.test(styleName) || (!seenHeading && label === '' && level === null && bold && centred && titleLines.length < 4)) {
      titleLines.push(text);
      roles.set(el, { kind: 'title' });
      continue;
    }
    if (level !== null || (label !== '' && bold)) {
      seenHeading = true;
      roles.set(el, { kind: 'heading', key: label === '' ? `style:${level ?? 9}` : labelKind(label), styleLevel: level });
      continue;
    }
    if (label !== '') {
      const kind = labelKind(label);
      // A plain "1." line is a numbered target: a list item. Other labels (I., a), Điều 3.) are sections of their own.
      roles.set(el, kind.startsWith('number') && seenHeading ? { kind: 'item' } : { kind: 'heading', key: kind, styleLevel: null });
      if (!kind.startsWith('number')) seenHeading = true;
      continue;
    }
    roles.set(el, { kind: 'body' });
  }
  return { roles, version, titleLines };
}

/** Heading levels: a kind of label met for the first time is one level below the one above it. Styles the paragraphs for mammoth. */
function applyLevels(
  flat: readonly XmlElement[],
  roles: ReadonlyMap<XmlElement, Role>,
  titleLines: readonly string[],
): { headings: number; items: number } {
  const stack: { key: string; styleLevel: number | null }[] = [];
  let headings = 0;
  let items = 0;
  let titleDone = false;
  for (const el of flat) {
    const role = roles.get(el);
    if (!role || el.parentNode === null) continue;
    if (role.kind === 'title') {
      // The title lines are written once, as one `#` heading, from the first of them.
      if (titleDone) el.parentNode.removeChild(el);
      else setStyle(el, 'GopyTitle', titleLines.join(' '));
      titleDone = true;
      continue;
    }
    if (role.kind === 'heading') {
      if (role.styleLevel !== null) {
        const level = role.styleLevel;
        while (stack.length > 0 && (stack.at(-1)?.styleLevel ?? 0) >= level) stack.pop();
      }
      const at = stack.findIndex((s) => s.key === role.key);
      if (at >= 0) stack.length = at;
      stack.push({ key: role.key, styleLevel: role.styleLevel });
      setStyle(el, `GopyH${Math.min(6, stack.length + 1)}`);
      headings++;
    } else if (role.kind === 'item') {
      setStyle(el, 'GopyItem');
      items++;
    } else setStyle(el, 'GopyBody');
  }
  return { headings, items };
}

/** A paragraph's automatic number written into it as text, and its numbering switched off (bullets stay lists). */
function writeNumber(p: XmlElement, styles: Map<string, StyleInfo>, numbering: Numbering): void {
  const pPr = child(p, 'w:pPr');
  const numPr = child(pPr, 'w:numPr');
  const styleId = val(pPr, 'w:pStyle');
  const numId = val(numPr, 'w:numId') ?? styleProp(styles, styleId, 'numId');
  if (numId === null || numId === '') return;
  const ilvl = Number(val(numPr, 'w:ilvl') ?? styleProp(styles, styleId, 'ilvl') ?? '0') || 0;
  const got = numbering.next(numId, ilvl);
  if (!got || got.bullet || got.label === '') return;
  const doc = p.ownerDocument;
  const r = doc.createElement('w:r');
  // The label takes the boldness of the paragraph's first run, so a bold heading stays wholly bold.
  const firstRun = descendants(p, 'w:r')[0];
  const rPr = firstRun ? child(firstRun, 'w:rPr') : null;
  if (rPr) r.appendChild(rPr.cloneNode(true));
  const t = doc.createElement('w:t');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(`${got.label} `));
  r.appendChild(t);
  p.insertBefore(r, pPr ? pPr.nextSibling : p.firstChild);
  // numId 0 means "not numbered" to Word, and to mammoth.
  let np = numPr;
  if (!np) {
    np = doc.createElement('w:numPr');
    if (pPr) pPr.appendChild(np);
  }
  while (np.firstChild) np.removeChild(np.firstChild);
  const id = doc.createElement('w:numId');
  id.setAttribute('w:val', '0');
  np.appendChild(id);
}

/** Bold when every run with text is bold (directly, by its run style, or by the paragraph's style). */
function isBold(p: XmlElement, styleId: string | null, styles: Map<string, StyleInfo>): boolean {
  const paraBold = styleProp(styles, styleId, 'bold') === true;
  let any = false;
  for (const r of descendants(p, 'w:r')) {
    if (textOf(r).trim() === '') continue;
    any = true;
    const rPr = child(r, 'w:rPr');
    const direct = onOff(rPr, 'w:b');
    const runStyle = styleProp(styles, val(rPr, 'w:rStyle'), 'bold');
    if (!(direct ?? runStyle ?? paraBold)) return false;
  }
  return any;
}

function setStyle(p: XmlElement, styleId: string, replaceText?: string): void {
  const doc = p.ownerDocument;
  let pPr = child(p, 'w:pPr');
  if (!pPr) {
    pPr = doc.createElement('w:pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  let ps = child(pPr, 'w:pStyle');
  if (!ps) {
    ps = doc.createElement('w:pStyle');
    pPr.insertBefore(ps, pPr.firstChild);
  }
  ps.setAttribute('w:val', styleId);
  if (replaceText !== undefined) {
    for (const c of children(p)) if (c !== pPr) p.removeChild(c);
    const r = doc.createElement('w:r');
    const t = doc.createElement('w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(replaceText));
    r.appendChild(t);
    p.appendChild(r);
  }
}

// ---- HTML ----

function textContent(n: HastContent | ElementContent): string {
  if (n.type === 'text') return n.value;
  if (n.type === 'element') return n.children.map(textContent).join('');
  return '';
}

/** Drops the first `count` characters of an element's text (the label), from whichever text nodes hold them. */
function dropStart(el: HastElement, count: number): number {
  let left = count;
  for (const c of el.children) {
    if (left <= 0) break;
    if (c.type === 'text') {
      const take = Math.min(left, c.value.length);
      c.value = c.value.slice(take);
      left -= take;
    } else if (c.type === 'element') left = dropStart(c, left);
  }
  return left;
}

/** Runs of `<p class="gopy-item">1. …</p>` become `<ol start="1"><li>…</li></ol>`, the label taken off the text. */
function groupItems(root: HastRoot | HastElement): void {
  const out: (HastContent & ElementContent)[] = [];
  let list: HastElement | null = null;
  let expected = 0;
  for (const c of root.children as (HastContent & ElementContent)[]) {
    if (c.type === 'element' && c.tagName !== 'p' && c.tagName !== 'ol' && c.tagName !== 'ul') groupItems(c);
    const isItem = c.type === 'element' && c.tagName === 'p' && String(c.properties['className'] ?? '').includes('gopy-item');
    if (!isItem) {
      if (!(c.type === 'text' && c.value.trim() === '')) list = null;
      out.push(c);
      continue;
    }
    const text = textContent(c);
    const m = /^\s*(\d+)[.)]\s*/u.exec(text);
    const n = Number(m?.[1] ?? '1');
    if (m) dropStart(c, m[0].length);
    c.properties = {};
    if (!list || n !== expected) {
      list = { type: 'element', tagName: 'ol', properties: n === 1 ? {} : { start: n }, children: [] };
      out.push(list);
    }
    list.children.push({ type: 'element', tagName: 'li', properties: {}, children: [c] });
    expected = n + 1;
  }
  root.children = out;
}

/** Word tables have no header cells; Markdown tables need a header row: the first row is taken as it. */
function headerRows(root: HastRoot | HastElement): void {
  for (const c of root.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'table') {
      const rows: HastElement[] = [];
      const collect = (e: HastElement): void => {
        for (const x of e.children) {
          if (x.type !== 'element') continue;
          if (x.tagName === 'tr') rows.push(x);
          else collect(x);
        }
      };
      collect(c);
      const first = rows[0];
      if (first && !first.children.some((x) => x.type === 'element' && x.tagName === 'th')) {
        for (const cell of first.children) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
      }
    } else headerRows(c);
  }
}

// ---- Markdown ----

/** Tight lists, headings without a bold that wraps them whole, and spaces moved out of bold and italics. */
function tidy(node: { type: string; children?: unknown[] }): void {
  if (node.type === 'list' || node.type === 'listItem') (node as { spread?: boolean }).spread = false;
  const kids = node.children as RootContent[] | undefined;
  if (!kids) return;
  if (node.type === 'heading') {
    const only = kids.filter((k) => !(k.type === 'text' && k.value.trim() === ''));
    if (only.length === 1 && only[0]?.type === 'strong') node.children = only[0].children;
  }
  const out: RootContent[] = [];
  for (const k of node.children as RootContent[]) {
    tidy(k);
    if ((k.type === 'strong' || k.type === 'emphasis') && k.children.length > 0) {
      const first = k.children[0];
      const last = k.children.at(-1);
      const lead = first?.type === 'text' ? (/^\s+/u.exec(first.value)?.[0] ?? '') : '';
      const trail = last?.type === 'text' ? (/\s+$/u.exec(last.value)?.[0] ?? '') : '';
      if (first?.type === 'text' && lead) first.value = first.value.slice(lead.length);
      if (last?.type === 'text' && trail) last.value = last.value.slice(0, last.value.length - trail.length);
      if (lead) out.push({ type: 'text', value: lead });
      out.push(k);
      if (trail) out.push({ type: 'text', value: trail });
      continue;
    }
    out.push(k);
  }
  node.children = out;
}

/** Images and other things Markdown cannot hold are left out and noted, with the section they stood in. */
function cleanTree(tree: MdastRoot): DraftNote[] {
  const notes: DraftNote[] = [];
  let where = '';
  const plain = (n: { children?: unknown[]; value?: unknown }): string =>
    typeof n.value === 'string' ? n.value : (n.children ?? []).map((c) => plain(c as typeof n)).join('');
  const walk = (parent: { children: RootContent[] }): void => {
    parent.children = parent.children.filter((c) => {
      if (c.type === 'heading') where = foldSpace(plain(c));
      if (c.type === 'image' && c.url.startsWith('gopy-image:')) {
        notes.push({ rule: 'image', where, detail: c.alt ?? '' });
        return false;
      }
      if (c.type === 'heading' && foldSpace(plain(c)) === '') {
        notes.push({ rule: 'empty-heading', where, detail: '' });
        return false;
      }
      if ('children' in c && Array.isArray(c.children)) walk(c);
      return true;
    });
  };
  walk(tree);
  return notes;
}

/** Headings and the ordered-list items standing directly under them, in document order: the draft's sections. */
function anchorTargets(tree: MdastRoot): (Heading | ListItem)[] {
  const out: (Heading | ListItem)[] = [];
  for (const n of tree.children) {
    if (n.type === 'heading') out.push(n);
    else if (n.type === 'list' && n.ordered) out.push(...n.children);
  }
  return out;
}

function appendText(node: Heading | ListItem, text: string): void {
  const host: { children: PhrasingContent[] } | undefined =
    node.type === 'heading'
      ? node
      : (node.children[0] as { type: string; children: PhrasingContent[] } | undefined)?.type === 'paragraph'
        ? (node.children[0] as { children: PhrasingContent[] })
        : undefined;
  if (!host) return;
  const last = host.children.at(-1);
  if (last?.type === 'text') last.value = `${last.value.replace(/\s+$/u, '')}${text}`;
  else host.children.push({ type: 'text', value: text });
}

/** Longest anchor a converted draft gets: titles of whole sentences would otherwise give 150-letter anchors. */
const ANCHOR_MAX = 48;

/**
 * The anchors to write: the parser's own, cut at a word to at most
 * ANCHOR_MAX characters, an item's `parent.n` following its parent's new name,
 * and kept unique (case-insensitively) with "-2", "-3" … when cutting
 * makes two alike.
 */
export function shortAnchors(sections: readonly { anchor: string; parent: string | null; kind: string }[]): string[] {
  const renamed = new Map<string, string>();
  const taken = new Set<string>([GENERAL]);
  return sections.map((s) => {
    let name = s.anchor;
    const parentName = s.parent === null ? undefined : renamed.get(s.parent);
    if (s.kind === 'item' && s.parent !== null && parentName !== undefined && name.startsWith(`${s.parent}.`)) {
      name = parentName + name.slice(s.parent.length);
    } else if (name.length > ANCHOR_MAX) {
      let cut = '';
      for (const word of name.split('-')) {
        const next = cut === '' ? word : `${cut}-${word}`;
        if (next.length > ANCHOR_MAX && cut !== '') break;
        cut = next;
      }
      name = cut.slice(0, ANCHOR_MAX).replace(/[-._]+$/u, '');
    }
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}-${n}`;
    taken.add(unique.toLowerCase());
    if (!renamed.has(s.anchor)) renamed.set(s.anchor, unique);
    return unique;
  });
}

/**
 * The recipients and signature at the end ("Nơi nhận:", "T/M BAN THƯỜNG
 * VỤ" …) belong to gopy.yaml (recipients, signer), not to the draft's last
 * section: they are taken out, from the first such block near the end.
 */
function dropSignature(flat: XmlElement[]): DraftNote[] {
  const from = Math.max(0, flat.length - SIGNATURE_TAIL);
  for (let k = from; k < flat.length; k++) {
    const el = flat[k];
    if (!el || !SIGNATURE_BLOCK.test(foldSpace(nfc(textOf(el))))) continue;
    const tail = flat.splice(k);
    for (const e of tail) e.parentNode?.removeChild(e);
    return [{ rule: 'signature-block', where: '', detail: foldSpace(tail.map(textOf).join(' ')).slice(0, 80) }];
  }
  return [];
}
