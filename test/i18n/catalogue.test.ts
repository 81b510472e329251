import { describe, expect, it } from 'vitest';
import { CATALOGUES, currentLang, labels, setLang, words } from '../../src/i18n/index.js';

/** Every key path of a catalogue, with the kind of value found there. */
function shape(value: unknown, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) for (const [p, t] of shape(v, at ? `${at}.${k}` : k)) out.set(p, t);
  } else out.set(at, Array.isArray(value) ? 'array' : typeof value === 'function' ? `function/${value.length}` : typeof value);
  return out;
}

/** Every string a catalogue holds, functions called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'function') {
    const samples = [
      [1, 2],
      [7, 3],
      ['2026-12-01', 'Lai Châu'],
      ['x', ['a', 'b', 'c']],
    ];
    return samples.flatMap((args) => {
      try {
        return strings((value as (...a: unknown[]) => unknown)(...args));
      } catch {
        return [];
      }
    });
  }
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

describe('the words catalogue', () => {
  it('has the same keys, and the same kinds of values, in Vietnamese and English', () => {
    const vi = shape(CATALOGUES.vi);
    const en = shape(CATALOGUES.en);
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([]);
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([]);
    for (const [k, t] of vi) expect(`${k}: ${en.get(k)}`).toBe(`${k}: ${t}`);
    expect(vi.size).toBeGreaterThan(200);
  });

  it('has no empty word and no Vietnamese in English', () => {
    for (const s of strings(CATALOGUES.vi)) expect(s.trim()).not.toBe('');
    const leaks = strings(CATALOGUES.en).filter((s) => VIETNAMESE.test(s) && !/Lai Châu|góp ý|bao-cao/u.test(s));
    expect(leaks).toEqual([]);
  });

  it('prints dates the way Vietnamese documents do', () => {
    expect(labels('vi').date('2026-12-01', 'Bảo Thắng')).toBe('Bảo Thắng, ngày 01 tháng 12 năm 2026');
    expect(labels('vi').date('2026-02-05', null)).toBe('ngày 05 tháng 02 năm 2026');
    expect(labels('vi').date('2026-03-15', null)).toBe('ngày 15 tháng 3 năm 2026');
  });

  it('speaks Vietnamese unless told otherwise', () => {
    expect(currentLang()).toBe('vi');
    expect(words().check.noDraft).toBe(CATALOGUES.vi.check.noDraft);
    setLang('en');
    try {
      expect(words().check.noDraft).toBe(CATALOGUES.en.check.noDraft);
      expect(words('vi').check.noDraft).toBe(CATALOGUES.vi.check.noDraft);
    } finally {
      setLang('vi');
    }
  });
});
