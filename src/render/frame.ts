// What the Word and HTML reports share beyond the model: the frame of a Party
// document (guidance 36-HD/VPTW) filled from gopy.yaml with defaults, the
// decision colours, and the parts of the report in order.

import { setting } from '../model/settings.js';
import type { SynthComment, SynthSection, Synthesis } from '../model/synthesis.js';
import { headingText } from '../model/synthesis.js';
import { GENERAL } from '../model/types.js';
import type { Decision } from '../model/types.js';
import type { Labels } from '../i18n/index.js';

export interface Signer {
  onBehalf: string | null;
  title: string | null;
  name: string | null;
}

export interface Frame {
  /** The issuing body's superior ("ĐẢNG BỘ TỈNH LAI CHÂU"), upper case; null when not set. */
  parent: string | null;
  /** The issuing body ("TỈNH ỦY"), upper case; null when not set. */
  issuer: string | null;
  /** "Số 15-BC/TU", or blanks to fill in by hand. */
  number: string;
  country: string;
  /** "Lai Châu, ngày 05 tháng 3 năm 2024", or blanks to fill in by hand. */
  placeDate: string;
  /** "BÁO CÁO". */
  kind: string;
  /** The summary line under the kind ("Tổng hợp ý kiến góp ý vào dự thảo …"). */
  title: string;
  subtitle: string | null;
  /** "Dự thảo: …", "Trình: …". */
  facts: string[];
  /** Each with its closing punctuation: "- Thường trực Tỉnh ủy," … "- Lưu Văn phòng." */
  recipients: string[];
  signer: Signer | null;
  /** yyyy-mm-dd for the file's own dates (DOCX properties), or null. */
  isoDate: string | null;
}

export function documentFrame(s: Synthesis, L: Labels): Frame {
  const get = (key: string): string | null => {
    const v = setting(s.settings, key);
    return v === null ? null : v.replace(/\s+/gu, ' ').trim() || null;
  };
  const issuer = get('issuer.name') ?? get('issuer');
  // The number keeps its blanks ("Số    -BC/TU" is filled in by hand at registration).
  const number =
    setting(s.settings, 'number')
      ?.trim()
      .replace(/\s{2,}/gu, (m) => '\u00a0'.repeat(m.length)) || null;
  const place = get('place');
  const date = get('date');
  const draftTitle = s.draft.title.replace(/^dự thảo\s+/iu, '').replace(/^draft\s+/iu, '');
  // "BÁO CÁO" stands above the title: a title that starts with it again loses it.
  const given = s.settings.title?.replace(new RegExp(`^${L.reportKind}\\s+`, 'iu'), '') ?? null;
  const title = given
    ? given.charAt(0).toLocaleUpperCase(s.lang) + given.slice(1)
    : draftTitle
      ? `${L.reportTitle} ${draftTitle}`
      : L.reportTitle;

  const facts = [`${L.draft}: ${s.draft.title || s.draft.file}${s.draft.version ? ` (${L.version} ${s.draft.version})` : ''}`];
  const meeting = get('meeting.name') ?? get('meeting');
  const meetingDate = get('meeting.date');
  if (meeting) facts.push(`${L.meeting}: ${meeting}${meetingDate ? ` (${L.date(meetingDate, null)})` : ''}`);

  const raw = s.settings.raw['recipients'];
  const listed = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
    .filter((r): r is string => typeof r === 'string')
    .map((r) => r.replace(/\s+/gu, ' ').replace(/^-\s*/u, '').trim())
    .filter((r) => r !== '');
  const recipients = (listed.length > 0 ? listed : L.defaultRecipients).map(
    (r, i, all) => `- ${/[.,;:]$/u.test(r) ? r : `${r}${i === all.length - 1 ? '.' : ','}`}`,
  );

  const signer: Signer = { onBehalf: get('signer.on_behalf'), title: get('signer.title'), name: get('signer.name') };
  const isoDate = [date, s.draft.date].find((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/u.test(d)) ?? null;

  return {
    parent: upper(get('issuer.parent'), s),
    issuer: upper(issuer, s),
    number: number ? (/^(số|no\.?)\s/iu.test(number) ? number : `${L.numberPrefix} ${number}`) : L.numberBlank,
    country: L.country,
    placeDate: date ? L.date(date, place) : L.dateBlank(place),
    kind: L.reportKind,
    title,
    subtitle: get('subtitle'),
    facts,
    recipients,
    signer: signer.onBehalf || signer.title || signer.name ? signer : null,
    isoDate,
  };
}

function upper(text: string | null, s: Synthesis): string | null {
  return text === null ? null : text.toLocaleUpperCase(s.lang === 'vi' ? 'vi' : 'en');
}

/** Light tints to shade a cell by decision, and stronger colours for charts (RGB hex, no #). */
export const DECISION_COLOURS: Record<Decision | 'pending', { tint: string; strong: string }> = {
  accepted: { tint: 'E2F0D9', strong: '3A7D2C' },
  partial: { tint: 'EEF3D2', strong: '9AB43A' },
  explained: { tint: 'FCE8CF', strong: 'E08A00' },
  noted: { tint: 'DDEBF7', strong: '2F75B5' },
  referred: { tint: 'F8D7DA', strong: 'C0392B' },
  pending: { tint: 'FFFFFF', strong: 'A6A6A6' },
};

/** The parts of the report after the summary, numbered as the reader sees them. */
export interface Parts {
  body: string;
  referred: string | null;
  unplaced: string | null;
}

export function partTitles(s: Synthesis, L: Labels): Parts {
  const roman = ['II', 'III', 'IV'];
  let i = 0;
  const next = (title: string): string => `${roman[i++] ?? ''}. ${title}`;
  return {
    body: next(L.body),
    referred: s.referred.length > 0 ? next(L.referredPart) : null,
    unplaced: s.unplaced.length > 0 ? next(L.unplacedPart) : null,
  };
}

/** Who made a comment, beyond the name: title and organisation, without repeats. */
export function delegateDetails(c: SynthComment): string[] {
  const d = c.delegate;
  return [d.title, d.organization].filter((x, i, all): x is string => x !== null && x !== '' && x !== d.name && all.indexOf(x) === i);
}

/**
 * A comment's text as paragraphs of lines. A blank line starts a paragraph; a
 * single line break is kept where it ends a sentence or starts a list item,
 * and is otherwise a line wrapped by hand in the YAML, joined with a space.
 */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n\s*/u)
    .map((p) => {
      const lines: string[] = [];
      for (const line of p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')) {
        const last = lines[lines.length - 1];
        if (last !== undefined && !/[.!?:;…”"»)]$/u.test(last) && !/^(?:[-+*•–—]\s|\d{1,3}[.)]\s|[a-zđ][.)]\s)/iu.test(line))
          lines[lines.length - 1] = `${last} ${line}`;
        else lines.push(line);
      }
      return lines;
    })
    .filter((p) => p.length > 0);
}

/** Where a comment stands, for the referred part: its section's heading, or the unknown anchor. */
export function placeOf(c: SynthComment, s: Synthesis, L: Labels): string {
  const sec = s.sections.find((x) => x.anchor === c.anchor && x.comments.includes(c));
  return sec ? sectionHeading(sec).replace(/[.;:]+$/u, '') : `${L.unknownSection} "${c.anchor}"`;
}

/** "II. MỤC TIÊU: 3" for the most commented sections, without a doubled stop. */
export function countLine(x: { anchor: string; label: string; title: string; comments: number }): string {
  return `${(headingText(x) || x.anchor).replace(/[.;:]+$/u, '')}: ${x.comments}`;
}

export function sectionHeading(sec: SynthSection): string {
  return headingText(sec) || sec.anchor;
}

const CONTEXT_SEPARATOR = ' › ';
const NUMBERED = /^(?:(?:phần|chương|mục|điều|part|chapter|article)\s+)?(?:[ivxlcdm]+[.)]|\d+(?:\.\d+)*[.)]?|[a-zđ][.)])(?=\s|$)/iu;

/** The comments of one row group of the table: a section (null for an unknown anchor) and its context line. */
export interface Group {
  sec: SynthSection | null;
  context: string;
  comments: SynthComment[];
}

export function sectionGroups(s: Synthesis): Group[] {
  const contexts = sectionContexts(s);
  return s.sections.map((sec) => ({ sec, context: contexts.get(sec) ?? '', comments: sec.comments }));
}

/**
 * "II.2.1. Hàng năm …": the title under its full citation, which tells apart
 * the many "1." of a draft; a section without a label is cited with its title already.
 */
export function citedHeading(sec: { code: string; number: string; title: string; label: string; anchor: string }): string {
  if (sec.code !== '' && sec.number !== '') return sec.title ? `${sec.code}. ${sec.title}` : sec.code;
  return sec.code || headingText(sec) || sec.anchor;
}

/**
 * Each section's context (the headings above it) for a table cell. A heading
 * without a number that stands above every commented section is the draft's
 * own title (its `#` heading): it says nothing in each cell, so it is left out.
 */
export function sectionContexts(s: Synthesis): Map<SynthSection, string> {
  const chains = new Map(s.sections.map((sec) => [sec, sec.context === '' ? [] : sec.context.split(CONTEXT_SEPARATOR)]));
  const placed = [...chains.entries()].filter(([sec]) => sec.anchor !== GENERAL).map(([, chain]) => chain);
  const root = placed[0]?.[0];
  if (root !== undefined && !NUMBERED.test(root) && placed.every((chain) => chain[0] === root)) {
    for (const chain of placed) chain.shift();
  }
  return new Map([...chains.entries()].map(([sec, chain]) => [sec, chain.join(CONTEXT_SEPARATOR)]));
}
