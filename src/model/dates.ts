// Calendar dates as the secretariat writes them: 2024-03-15 (ISO, what the
// files use) or 15/03/2024 (as typed in Vietnam). No time zones: a date is a
// day on the secretariat's calendar.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A calendar date from `YYYY-MM-DD` or `DD/MM/YYYY` (also with `.` or `-`), or null. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t);
  let date: CalendarDate | null = null;
  if (m) date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t))) date = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  if (!date) return null;
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return check.getUTCFullYear() === date.year && check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day ? date : null;
}

export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
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
