// Calendar dates as the secretariat writes them: 2024-03-15 (ISO, what the
// files use), 15/03/2024 or 15.3.2024 or 15-3-2024 (day first, as typed in
// Vietnam), or "ngày 15 tháng 3 năm 2024". No time zones: a date is a day on
// the secretariat's calendar.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Why a text that should be a date is not one, so the message can say how to fix it. */
export type DateProblem =
  /** Nothing like a date ("tuần sau", "tháng 3"). */
  | { kind: 'not-a-date' }
  /** A year written with two digits (1/12/26): which century is not ours to guess. */
  | { kind: 'short-year' }
  /** A month outside 1–12 (13/13/2026). */
  | { kind: 'month'; month: number }
  /** A day the month does not have (31/02/2026): `last` is its last day. */
  | { kind: 'day'; day: number; month: number; year: number; last: number };

export type DateReading = { ok: true; date: CalendarDate } | { ok: false; problem: DateProblem };

const SEP = String.raw`\s*[/.-]\s*`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})${SEP}(\d{1,2})${SEP}(\d{1,2})$`, 'u');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{4})$`, 'u');
const SHORT_YEAR = new RegExp(String.raw`^(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{2})$`, 'u');
const WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})$/iu;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A date as written, day before month unless the year comes first; or why it is not one. */
export function readCalendarDate(text: string): DateReading {
  const t = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  let m: RegExpExecArray | null;
  let parts: [number, number, number] | null = null;
  if ((m = YEAR_FIRST.exec(t))) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DAY_FIRST.exec(t) ?? WORDS.exec(t))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  else if (SHORT_YEAR.test(t)) return { ok: false, problem: { kind: 'short-year' } };
  if (!parts) return { ok: false, problem: { kind: 'not-a-date' } };
  const [year, month, day] = parts;
  if (month < 1 || month > 12) return { ok: false, problem: { kind: 'month', month } };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { ok: false, problem: { kind: 'day', day, month, year, last } };
  return { ok: true, date: { year, month, day } };
}

/** A calendar date from any form readCalendarDate reads, or null. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const r = readCalendarDate(text);
  return r.ok ? r.date : null;
}

export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** 01/12/2026: the way a date is typed in Vietnam, day first. */
export function dayMonthYear(d: CalendarDate): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${String(d.year).padStart(4, '0')}`;
}

/** Today's date on the local calendar of `now`. */
export function localDate(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Whole days from `from` to `to` (negative when `to` is past). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const ms = Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day);
  return Math.round(ms / 86_400_000);
}
