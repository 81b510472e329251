// Reading Word files (.docx) at the level mammoth does not reach: the parts
// of the zip as DOM trees (xmldom), the document's own properties, and the
// numbers Word draws for automatic numbering (numbering.xml), which are in
// no text run and which mammoth leaves out. Pure: bytes in, data out.

import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { words } from '../i18n/index.js';

// xmldom implements the DOM's own interfaces.
export type XmlDocument = Document;
export type XmlElement = Element;

/** A Word file that cannot be read; the message says why, for the user. */
export class DocxError extends Error {
  override name = 'DocxError';
}

const MAX_PART_BYTES = 200 * 1024 * 1024;

export interface Docx {
  /** Every part of the zip, by path. */
  parts: Record<string, Uint8Array>;
  document: XmlDocument;
}

export function openDocx(bytes: Uint8Array): Docx {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => f.originalSize <= MAX_PART_BYTES });
  } catch {
    throw new DocxError(words().tell.word.notDocx);
  }
  const document = xmlPart(parts, 'word/document.xml');
  if (!document) throw new DocxError(words().tell.word.noDocument);
  return { parts, document };
}

export function xmlPart(parts: Record<string, Uint8Array>, name: string): XmlDocument | null {
  const bytes = parts[name];
  if (!bytes) return null;
  // Small faults are read past; a part that is not XML at all makes the file unreadable.
  try {
    return new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined } }).parseFromString(
      strFromU8(bytes),
      'text/xml',
    );
  } catch {
    throw new DocxError(words().tell.word.damaged(name));
  }
}

/** Child elements with a (prefixed) tag name. */
export function children(el: XmlElement | null | undefined, tag?: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (tag === undefined || (n as XmlElement).tagName === tag)) out.push(n as XmlElement);
  }
  return out;
}

export function child(el: XmlElement | null | undefined, tag: string): XmlElement | null {
  return children(el, tag)[0] ?? null;
}

/** `w:val` (or another attribute) of a child element, or null. */
export function val(el: XmlElement | null | undefined, tag: string, attr = 'w:val'): string | null {
  const c = child(el, tag);
  return c && c.hasAttribute(attr) ? c.getAttribute(attr) : c ? '' : null;
}

/** Whether an on/off property (`<w:b/>`, `<w:b w:val="0"/>`) is on; null when absent. */
export function onOff(el: XmlElement | null | undefined, tag: string): boolean | null {
  const v = val(el, tag);
  if (v === null) return null;
  return v !== '0' && v !== 'false' && v !== 'off';
}

/** Elements anywhere below, in document order. */
export function descendants(el: XmlElement | XmlDocument, tag: string): XmlElement[] {
  return Array.from(el.getElementsByTagName(tag));
}

/** The visible text of a paragraph or run: text, tabs and breaks; deleted text (tracked changes) left out. */
export function textOf(el: XmlElement): string {
  let out = '';
  const walk = (n: XmlElement): void => {
    for (const c of children(n)) {
      const t = c.tagName;
      if (t === 'w:del' || t === 'w:rPr' || t === 'w:pPr' || t === 'w:instrText' || t === 'w:delText') continue;
      if (t === 'w:t') out += c.textContent ?? '';
      else if (t === 'w:tab') out += '\t';
      else if (t === 'w:br' || t === 'w:cr') out += '\n';
      else if (t === 'w:noBreakHyphen') out += '-';
      else walk(c);
    }
  };
  walk(el);
  return out;
}

/** The document's properties: title (core), and the custom ones by name. */
export function docProperties(parts: Record<string, Uint8Array>): { title: string | null; custom: Map<string, string> } {
  const core = xmlPart(parts, 'docProps/core.xml');
  const titleEl = core ? descendants(core.documentElement, 'dc:title')[0] : undefined;
  const title = titleEl?.textContent?.trim() || null;
  const custom = new Map<string, string>();
  const props = xmlPart(parts, 'docProps/custom.xml');
  if (props) {
    for (const p of descendants(props, 'property')) {
      const name = p.getAttribute('name');
      const value = children(p)[0]?.textContent ?? '';
      if (name) custom.set(name, value);
    }
  }
  return { title, custom };
}

// ---- styles ----

export interface StyleInfo {
  id: string;
  name: string;
  basedOn: string | null;
  bold: boolean | null;
  /** 1-based heading level (Heading N, or an outline level), or null. */
  heading: number | null;
  numId: string | null;
  ilvl: string | null;
}

export function readStyles(parts: Record<string, Uint8Array>): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  const doc = xmlPart(parts, 'word/styles.xml');
  if (!doc) return out;
  for (const s of descendants(doc, 'w:style')) {
    const id = s.getAttribute('w:styleId') ?? '';
    const name = val(s, 'w:name') ?? id;
    const pPr = child(s, 'w:pPr');
    const outline = val(pPr, 'w:outlineLvl');
    const named = /^heading\s*(\d)$/iu.exec(name)?.[1] ?? /^heading(\d)$/iu.exec(id)?.[1];
    const numPr = child(pPr, 'w:numPr');
    out.set(id, {
      id,
      name,
      basedOn: val(s, 'w:basedOn'),
      bold: onOff(child(s, 'w:rPr'), 'w:b'),
      heading: named ? Number(named) : outline !== null && /^\d$/u.test(outline) && Number(outline) < 9 ? Number(outline) + 1 : null,
      numId: val(numPr, 'w:numId'),
      ilvl: val(numPr, 'w:ilvl'),
    });
  }
  return out;
}

/** A style property looked up through `basedOn`. */
export function styleProp<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | null, key: K): StyleInfo[K] | null {
  const seen = new Set<string>();
  for (let s = id === null ? undefined : styles.get(id); s && !seen.has(s.id); s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    seen.add(s.id);
    if (s[key] !== null) return s[key];
  }
  return null;
}

// ---- automatic numbering ----

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

/** Word's list numbering: the label each numbered paragraph shows, counted as Word counts. */
export class Numbering {
  private abstract = new Map<string, Map<number, Level>>();
  private nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  private counters = new Map<string, (number | undefined)[]>();
  private started = new Set<string>();

  constructor(parts: Record<string, Uint8Array>, styles: Map<string, StyleInfo>) {
    const doc = xmlPart(parts, 'word/numbering.xml');
    if (!doc) return;
    const links = new Map<string, string>();
    for (const a of descendants(doc, 'w:abstractNum')) {
      const id = a.getAttribute('w:abstractNumId') ?? '';
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) {
        levels.set(Number(l.getAttribute('w:ilvl') ?? '0'), {
          start: Number(val(l, 'w:start') ?? '1') || 0,
          format: val(l, 'w:numFmt') ?? 'decimal',
          text: val(l, 'w:lvlText') ?? '',
          legal: onOff(l, 'w:isLgl') === true,
        });
      }
      this.abstract.set(id, levels);
      const link = val(a, 'w:numStyleLink');
      if (link) links.set(id, link);
    }
    for (const n of descendants(doc, 'w:num')) {
      const overrides = new Map<number, number>();
      for (const o of children(n, 'w:lvlOverride')) {
        const start = val(o, 'w:startOverride');
        if (start !== null) overrides.set(Number(o.getAttribute('w:ilvl') ?? '0'), Number(start));
      }
      this.nums.set(n.getAttribute('w:numId') ?? '', { abstractId: val(n, 'w:abstractNumId') ?? '', overrides });
    }
    // A list defined by a numbering style points, through the style, at another abstract list.
    for (const [id, styleId] of links) {
      const numId = styleProp(styles, styleId, 'numId');
      const target = numId === null ? undefined : this.nums.get(numId)?.abstractId;
      const levels = target === undefined ? undefined : this.abstract.get(target);
      if (levels && (this.abstract.get(id)?.size ?? 0) === 0) this.abstract.set(id, levels);
    }
  }

  /** The label of the next paragraph numbered (numId, ilvl), counting it; null for bullets and no numbering. */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | null {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return null;
    const levels = this.abstract.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return null;
    if (level.format === 'bullet') return { label: '', bullet: true };
    const key = num.abstractId;
    const counts = this.counters.get(key) ?? [];
    if (!this.started.has(numId) && num.overrides.size > 0) {
      for (const [l, start] of num.overrides) counts[l] = start - 1;
    }
    this.started.add(numId);
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    for (let l = ilvl + 1; l < counts.length; l++) counts[l] = undefined;
    this.counters.set(key, counts);
    if (level.format === 'none') return { label: level.text.replace(/%\d/gu, '').trim(), bullet: false };
    const label = level.text.replace(/%(\d)/gu, (_m, d: string) => {
      const l = Number(d) - 1;
      const lv = levels.get(l);
      const n = counts[l] ?? lv?.start ?? 1;
      return formatNumber(n, level.legal ? 'decimal' : (lv?.format ?? 'decimal'));
    });
    return { label: label.trim(), bullet: false };
  }
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
    case 'lowerRoman': {
      let out = '';
      let rest = n;
      for (const [v, s] of ROMAN) {
        while (rest >= v) {
          out += s;
          rest -= v;
        }
      }
      return format === 'lowerRoman' ? out.toLowerCase() : out;
    }
    case 'upperLetter':
    case 'lowerLetter': {
      // Word repeats the letter past z: aa, bb, …
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}
