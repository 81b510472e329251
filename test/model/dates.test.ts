import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { dayMonthYear, daysInMonth, isoDate, parseCalendarDate, readCalendarDate } from '../../src/model/dates.js';
import type { CalendarDate } from '../../src/model/dates.js';

/** Any real date from year 1000 to 9999. */
const realDate = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d): CalendarDate => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

describe('readCalendarDate', () => {
  it.each([
    ['1/12/2026', { year: 2026, month: 12, day: 1 }],
    ['01/12/2026', { year: 2026, month: 12, day: 1 }],
    ['1-12-2026', { year: 2026, month: 12, day: 1 }],
    ['1.12.2026', { year: 2026, month: 12, day: 1 }],
    ['2026-12-01', { year: 2026, month: 12, day: 1 }],
    ['2026/12/1', { year: 2026, month: 12, day: 1 }],
    [' 01 / 12 / 2026 ', { year: 2026, month: 12, day: 1 }],
    ['ngày 01 tháng 12 năm 2026', { year: 2026, month: 12, day: 1 }],
    ['Ngày 1 tháng 12 năm 2026', { year: 2026, month: 12, day: 1 }],
    ['29/02/2024', { year: 2024, month: 2, day: 29 }],
  ])('reads %s day first', (text, date) => {
    expect(readCalendarDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    ['31/02/2026', { kind: 'day', day: 31, month: 2, year: 2026, last: 28 }],
    ['29/02/2100', { kind: 'day', day: 29, month: 2, year: 2100, last: 28 }],
    ['31/04/2026', { kind: 'day', day: 31, month: 4, year: 2026, last: 30 }],
    ['0/5/2026', { kind: 'day', day: 0, month: 5, year: 2026, last: 31 }],
    ['13/13/2026', { kind: 'month', month: 13 }],
    ['2026-00-10', { kind: 'month', month: 0 }],
    ['1/12/26', { kind: 'short-year' }],
    ['tháng 3', { kind: 'not-a-date' }],
    ['12/2026', { kind: 'not-a-date' }],
    ['', { kind: 'not-a-date' }],
  ])('says why %s is not a date', (text, problem) => {
    expect(readCalendarDate(text)).toEqual({ ok: false, problem });
    expect(parseCalendarDate(text)).toBeNull();
  });

  it('knows the leap years', () => {
    expect([2024, 2025, 2000, 1900].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28]);
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 30, 30, 30, 30, 31]);
  });

  it('gives back every real date written day first, ISO, or in words', () => {
    fc.assert(
      fc.property(realDate, fc.constantFrom('/', '.', '-'), fc.boolean(), (d, sep, pad) => {
        const dd = pad ? String(d.day).padStart(2, '0') : String(d.day);
        const mm = pad ? String(d.month).padStart(2, '0') : String(d.month);
        expect(parseCalendarDate(dayMonthYear(d))).toEqual(d);
        expect(parseCalendarDate(`${dd}${sep}${mm}${sep}${d.year}`)).toEqual(d);
        expect(parseCalendarDate(isoDate(d))).toEqual(d);
        expect(parseCalendarDate(`ngày ${dd} tháng ${mm} năm ${d.year}`)).toEqual(d);
      }),
    );
  });

  it('refuses every day past the end of its month', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: 1, max: 40 }), (d, extra) => {
        const last = daysInMonth(d.year, d.month);
        const r = readCalendarDate(`${last + extra}/${d.month}/${d.year}`);
        expect(r).toEqual({ ok: false, problem: { kind: 'day', day: last + extra, month: d.month, year: d.year, last } });
      }),
    );
  });
});
