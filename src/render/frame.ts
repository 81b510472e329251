// What the Word and HTML reports share beyond the model: the frame of a Party
// document (guidance 36-HD/VPTW) filled from gopy.yaml with defaults, the
// decision colours, and the parts of the report in order.

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
  /** The issuing body ("TỈNH ỦY"), upper case, in lines of balanced length (never one word left alone); [] when not set. */
  issuer: string[];
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
  /** The paragraph that opens the report: `opening:` in gopy.yaml, or what was asked and received. */
  opening: string;
  /** The paragraph that closes it, before the signature ("Trên đây là …"). */
  closing: string;
  /** Each with its closing punctuation: "- Thường trực Tỉnh ủy," … "- Lưu Văn phòng." */
  recipients: string[];
  signer: Signer | null;
  /** yyyy-mm-dd for the file's own dates (DOCX properties), or null. */
  isoDate: string | null;
}

export function documentFrame(s: Synthesis, L: Labels): Frame {
  const set = s.settings;
  const issuer = oneLine(set.issuer.name);
  // The number keeps its blanks ("Số    -BC/TU" is filled in by hand at registration).
  const number = set.number?.trim().replace(/\s{2,}/gu, (m) => '\u00a0'.repeat(m.length)) || null;
  const place = oneLine(set.place);
  const date = oneLine(set.date);
  const draftTitle = s.draft.title.replace(/^dự thảo\s+/iu, '').replace(/^draft\s+/iu, '');
  // "BÁO CÁO" stands above the title: a title that starts with it again loses it.
  const given = s.settings.title?.replace(new RegExp(`^${L.reportKind}\\s+`, 'iu'), '') ?? null;
  const title = given
    ? given.charAt(0).toLocaleUpperCase(s.lang) + given.slice(1)
    : draftTitle
      ? `${L.reportTitle} ${draftTitle}`
      : L.reportTitle;

  const meeting = oneLine(set.meeting.name);
  const m = s.summary;
  const draftName = s.draft.title
    ? /^(dự thảo|draft)\s/iu.test(s.draft.title)
      ? lowerFirst(s.draft.title, s.lang)
      : `${lowerFirst(L.draft, s.lang)} ${s.draft.title}`
    : lowerFirst(L.draft, s.lang);
  const opening =
    oneLine(set.opening) ??
    L.opening({
      draft: draftName,
      comments: m.comments,
      delegates: m.delegates,
      asked: m.asked?.count ?? null,
      missing: m.asked?.missing ?? [],
    });
  const closing =
    oneLine(set.closing) ?? L.closing({ report: `${L.reportKind.toLocaleLowerCase(s.lang)} ${lowerFirst(title, s.lang)}`, meeting });

  const listed = set.recipients.map((r) => r.replace(/\s+/gu, ' ').replace(/^-\s*/u, '').trim()).filter((r) => r !== '');
  const recipients = (listed.length > 0 ? listed : L.defaultRecipients).map(
    (r, i, all) => `- ${/[.,;:]$/u.test(r) ? r : `${r}${i === all.length - 1 ? '.' : ','}`}`,
  );

  const signer: Signer = { onBehalf: oneLine(set.signer.onBehalf), title: oneLine(set.signer.title), name: oneLine(set.signer.name) };
  const isoDate = [date, s.draft.date].find((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/u.test(d)) ?? null;
  const issuerText = upper(issuer, s);

  return {
    parent: upper(oneLine(set.issuer.parent), s),
    issuer: issuerText === null ? [] : balancedLines(issuerText, ISSUER_LINE),
    number: number ? (/^(số|no\.?)\s/iu.test(number) ? number : `${L.numberPrefix} ${number}`) : L.numberBlank,
    country: L.country,
    placeDate: date ? L.date(date, place) : L.dateBlank(place),
    kind: L.reportKind,
    title,
    subtitle: oneLine(set.subtitle),
    opening,
    closing,
    recipients,
    signer: signer.onBehalf || signer.title || signer.name ? signer : null,
    isoDate,
  };
}

/** How many characters of the issuing body fit on one line of its column (upper case, 14 pt, 7.5 cm). */
const ISSUER_LINE = 22;

/**
 * Text in as few lines as its length needs, the words spread evenly over
 * them, so that a name such as "ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH" reads
 * "ĐẢNG ĐOÀN HỘI / NÔNG DÂN TỈNH" rather than leaving "TỈNH" alone.
 */
export function balancedLines(text: string, width: number): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const joined = words.join(' ');
  if (joined.length <= width || words.length < 2) return [joined];
  const count = Math.min(words.length, Math.ceil(joined.length / width));
  // The split into `count` lines whose longest line is shortest (a small search: names are a few words).
  const len = (from: number, to: number): number => words.slice(from, to).join(' ').length;
  const best = (from: number, lines: number): { max: number; cuts: number[] } => {
    if (lines === 1) return { max: len(from, words.length), cuts: [] };
    let out = { max: Infinity, cuts: [] as number[] };
    for (let cut = from + 1; cut <= words.length - lines + 1; cut++) {
      const rest = best(cut, lines - 1);
      const max = Math.max(len(from, cut), rest.max);
      if (max < out.max) out = { max, cuts: [cut, ...rest.cuts] };
    }
    return out;
  };
  const cuts = [0, ...best(0, Math.min(count, 4)).cuts, words.length];
  return cuts.slice(1).map((to, i) => words.slice(cuts[i], to).join(' '));
}

function lowerFirst(text: string, lang: string): string {
  // An abbreviation or a name in capitals keeps them ("UBND", "BÁO CÁO" is words, lowered whole).
  if (text === text.toLocaleUpperCase(lang)) return text.toLocaleLowerCase(lang);
  return text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
}

/** A setting on one line: runs of white space as one space; null when nothing is left. */
function oneLine(text: string | null): string | null {
  return text === null ? null : text.replace(/\s+/gu, ' ').trim() || null;
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

/** Who made a comment, beyond the name: title and organisation, without repeats (nor an organisation its title already names). */
export function delegateDetails(c: SynthComment): string[] {
  const d = c.delegate;
  const given = [d.title, d.organization].filter(
    (x, i, all): x is string => x !== null && x !== '' && x !== d.name && all.indexOf(x) === i,
  );
  return given.filter((x) => !given.some((y) => y !== x && y.toLocaleLowerCase('vi').includes(x.toLocaleLowerCase('vi'))));
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

/** Where a comment stands, for the referred part: its section's citation and title, or the reference as typed. */
export function placeOf(c: SynthComment, s: Synthesis, L: Labels): string {
  const sec = s.sections.find((x) => x.anchor === c.anchor && x.comments.includes(c));
  return sec ? citedHeading(sec).replace(/[.;:]+$/u, '') : `${L.unknownSection} "${c.anchor}"`;
}

/**
 * Where a comment carried from another draft stood in the draft its delegate
 * read ("Góp ý trên dự thảo lần 1 (du-thao-1), mục II.2.3."), and that its
 * section is gone when it is; null for a comment on the report draft.
 */
export function originNote(c: SynthComment, L: Labels): string | null {
  if (!c.from) return null;
  const section = c.from.anchor === GENERAL ? null : c.from.code || `"${c.from.anchor}"`;
  const text = L.commentedOn(L.draftNamed(c.from.draft, c.from.version), section);
  return c.reason === 'removed' ? `${text}; ${L.sectionGone}.` : `${text}.`;
}

/** "II.2.3. Hàng năm kết nạp … (6 ý kiến)" for the most commented sections. */
export function countLine(
  x: { anchor: string; number: string; code: string; label: string; title: string; comments: number },
  L: Labels,
): string {
  return `${citedHeading(x).replace(/[.;:]+$/u, '')} (${L.commentsOf(x.comments)})`;
}

export function sectionHeading(sec: { anchor: string; label: string; title: string }): string {
  return headingText(sec) || sec.anchor;
}

/** What a row of the table says in its section column: the citation, or "Chung" for the draft as a whole. */
export function rowCitation(sec: SynthSection, L: Labels): string {
  if (sec.anchor === GENERAL) return L.generalShort;
  return sec.code || sectionHeading(sec);
}

/**
 * For each comment of a run, how many rows its decision cell spans: comments
 * decided by the same response entry and standing one after another share
 * one cell (the first gets the count, the others 0).
 */
export function decisionSpans(comments: readonly SynthComment[]): number[] {
  const spans = comments.map(() => 1);
  for (let i = 0; i < comments.length;) {
    const key = comments[i]?.decidedBy ?? null;
    let j = i + 1;
    while (key !== null && j < comments.length && comments[j]?.decidedBy === key) j++;
    spans[i] = j - i;
    for (let k = i + 1; k < j; k++) spans[k] = 0;
    i = j;
  }
  return spans;
}

/** A text as the paragraphs it is made of, each a line that wraps on its own (never lines ended by manual breaks). */
export function textParagraphs(text: string): string[] {
  return paragraphs(text).flat();
}

/**
 * The decision cell: the decision in words (bold) and the note. A note that
 * begins with the decision's word ("Tiếp thu; đã nâng …") carries it itself:
 * the word is not said twice. `lead` is bold; `first` follows it in the same
 * paragraph; `rest` are the note's further paragraphs.
 */
export function decisionText(c: SynthComment, L: Labels): { lead: string; first: string; rest: string[] } {
  const label = L.decisions[c.decision ?? 'pending'];
  const paras = c.note === null ? [] : textParagraphs(c.note);
  const head = paras[0] ?? '';
  if (head.toLocaleLowerCase('vi').startsWith(label.toLocaleLowerCase('vi')) && !/[\p{L}\p{N}]/u.test(head.charAt(label.length))) {
    return { lead: head.slice(0, label.length), first: head.slice(label.length), rest: paras.slice(1) };
  }
  return { lead: label, first: head === '' ? '' : `. ${head}`, rest: paras.slice(1) };
}

const CONTEXT_SEPARATOR = ' › ';
const NUMBERED = /^(?:(?:phần|chương|mục|điều|part|chapter|article)\s+)?(?:[ivxlcdm]+[.)]|\d+(?:\.\d+)*[.)]?|[a-zđ][.)])(?=\s|$)/iu;

/** The comments of one row group of the table: a section and its context line. */
export interface Group {
  sec: SynthSection;
  context: string;
  comments: SynthComment[];
}

/**
 * The table's sections in order, each with its context line only where it
 * differs from the section's before: the citation ("II.2.5") says where a
 * section stands, and a line said again above every section of a part only
 * lengthens the table.
 */
export function sectionGroups(s: Synthesis): Group[] {
  const contexts = sectionContexts(s);
  let previous = '';
  return s.sections.map((sec) => {
    const context = contexts.get(sec) ?? '';
    const shown = context === previous ? '' : context;
    previous = context;
    return { sec, context: shown, comments: sec.comments };
  });
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
