import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv } from '../../src/render/csv.js';
import { synthesisJson } from '../../src/render/json.js';
import { labels } from '../../src/i18n/index.js';
import { BASIC, hostileWorkspace, parseCsv, synthesisOf } from '../helpers/export.js';

/** What a reader does to undo the neutralisation: drop the one `'` put before a risky first character. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r']/u.test(cell) ? cell.slice(1) : cell;
}

interface JsonComment {
  no: number;
  id: string;
  anchor: string;
  delegate: { name: string; title: string | null; organization: string | null; group: string | null };
  kind: string;
  text: string;
  quote: string | null;
  proposal: string | null;
  decision: string | null;
  note: string | null;
  from?: { draft: string; anchor: string; code: string };
}

async function roundTrip(dir: string): Promise<void> {
  const s = await synthesisOf(dir);
  const csv = renderCsv(s);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const rows = parseCsv(csv.slice(1));
  const L = labels(s.lang);
  const header = rows[0] ?? [];
  const col = (name: keyof typeof L.columns): number => header.indexOf(L.columns[name]);

  const json = synthesisJson(s) as {
    sections: { number: string; code: string; title: string; comments: JsonComment[] }[];
    unplaced: JsonComment[];
  };
  // The column saying where a carried comment stood is there only when some comment was carried.
  const carried = [...json.sections.flatMap((sec) => sec.comments), ...json.unplaced].filter((c) => c.from);
  expect(header).toEqual(Object.values(L.columns).filter((h) => carried.length > 0 || h !== L.columns.origin));
  const expected = [
    ...json.sections.flatMap((sec) => sec.comments.map((c) => ({ c, number: sec.code, title: sec.title }))),
    ...json.unplaced.map((c) => ({ c, number: '', title: '' })),
  ];
  expect(rows.length - 1).toBe(expected.length);
  expected.forEach(({ c, number, title }, i) => {
    const row = (rows[i + 1] ?? []).map(unguard);
    expect(row.length).toBe(header.length);
    const get = (name: keyof typeof L.columns): string => row[col(name)] ?? '<missing>';
    const orNull = (name: keyof typeof L.columns): string | null => (get(name) === '' ? null : get(name));
    expect(Number(get('no'))).toBe(c.no);
    expect(get('id')).toBe(c.id);
    expect(get('sectionNumber')).toBe(number);
    expect(get('sectionTitle')).toBe(title);
    expect(get('anchor')).toBe(c.anchor);
    expect(get('name')).toBe(c.delegate.name);
    expect(orNull('title')).toBe(c.delegate.title);
    expect(orNull('organization')).toBe(c.delegate.organization);
    expect(orNull('group')).toBe(c.delegate.group);
    expect(get('kindCode')).toBe(c.kind);
    expect(get('kind')).toBe(L.kinds[c.kind as keyof typeof L.kinds]);
    expect(get('text')).toBe(c.text);
    expect(orNull('quote')).toBe(c.quote);
    expect(orNull('proposal')).toBe(c.proposal);
    expect(orNull('decisionCode')).toBe(c.decision);
    expect(get('decision')).toBe(L.decisions[(c.decision ?? 'pending') as keyof typeof L.decisions]);
    expect(orNull('note')).toBe(c.note);
    if (carried.length > 0) expect(get('origin').includes(c.from ? `(${c.from.draft})` : '<none>')).toBe(c.from !== undefined);
  });
  // No cell, as a spreadsheet reads it, starts a formula.
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
}

describe('CSV', () => {
  it('round-trips every JSON field of the example workspace', async () => {
    await roundTrip(BASIC);
  });

  it('round-trips a consultation over three draft versions, with where each carried comment stood', async () => {
    await roundTrip(fileURLToPath(new URL('../fixtures/versions', import.meta.url)));
  });

  it('round-trips 500 hostile comments', async () => {
    await roundTrip(hostileWorkspace(500));
  });

  it('neutralises formulas and quotes per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell("'=x")).toBe("''=x");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('dòng\nhai')).toBe('"dòng\nhai"');
    expect(csvCell('Nông dân 1.500')).toBe('Nông dân 1.500');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('has its header in the report language', async () => {
    const s = await synthesisOf(BASIC, 'en');
    const header = parseCsv(renderCsv(s).slice(1))[0];
    expect(header?.slice(0, 3)).toEqual(['No.', 'Comment id', 'Section number']);
    const vi = parseCsv(renderCsv(await synthesisOf(BASIC)).slice(1))[0];
    expect(vi?.[0]).toBe('STT');
    expect(vi).toContain('Tiếp thu, giải trình');
  });

  it('gives the same bytes for the same input', async () => {
    expect(renderCsv(await synthesisOf(BASIC))).toBe(renderCsv(await synthesisOf(BASIC)));
  });
});
