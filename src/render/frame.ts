// What the Word and HTML reports share beyond the model: the frame of a Party
// document (guidance 36-HD/VPTW) filled from gopy.yaml with defaults, the
// decision colours, and the parts of the report in order.

import { setting } from '../load/parse-settings.js';
import type { SynthComment, SynthSection, Synthesis } from '../model/synthesis.js';
import { headingText } from '../model/synthesis.js';
import type { Decision } from '../model/types.js';
import type { Labels } from './labels.js';

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
  const number = get('number');
  const place = get('place');
  const date = get('date');
  const draftTitle = s.draft.title.replace(/^dự thảo\s+/iu, '').replace(/^draft\s+/iu, '');
  const title = s.settings.title ?? (draftTitle ? `${L.reportTitle} ${draftTitle}` : L.reportTitle);

  const facts = [`${L.draft}: ${s.draft.title || s.draft.file}${s.draft.version ? ` (${L.version} ${s.draft.version})` : ''}`];
  const meeting = get('meeting.name') ?? get('meeting');
  const meetingDate = get('meeting.date');
  if (meeting) facts.push(`${L.meeting}: ${meeting}${meetingDate ? ` (${L.date(meetingDate, null)})` : ''}`);

  const raw = s.settings.raw['recipients'];
  const listed = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
    .filter((r): r is string => typeof r === 'string')
    .map((r) => r.replace(/\s+/gu, ' ').replace(/^-\s*/u, '').trim())
    .filter((r) => r !== '');
  const recipients = (listed.length > 0 ? listed : L.defaultRecipients).map((r, i, all) => `- ${/[.,;:]$/u.test(r) ? r : `${r}${i === all.length - 1 ? '.' : ','}`}`);

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

/** The lines of a comment's text: single line breaks kept, runs of blank lines folded to one. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n\s*/u)
    .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== ''))
    .filter((p) => p.length > 0);
}

/** Where a comment stands, for the referred part: its section's heading, or the unknown anchor. */
export function placeOf(c: SynthComment, s: Synthesis, L: Labels): string {
  const sec = s.sections.find((x) => x.anchor === c.anchor && x.comments.includes(c));
  return sec ? headingText(sec) || sec.title : `${L.unknownSection} "${c.anchor}"`;
}

export function sectionHeading(sec: SynthSection): string {
  return headingText(sec) || sec.anchor;
}
