// Small .xlsx workbooks for tests, written the way Excel writes them:
// shared strings, numbers, a date style, merged cells.

import { strToU8, zipSync } from 'fflate';

import { columnLetters } from '../../src/load/xlsx.js';

export type XCell =
  string | number | null | { raw: string } | { date: number } | { inline: string } | { bool: boolean } | { formula: string; value: string };

export interface XSheet {
  name: string;
  rows: XCell[][];
  merges?: string[];
  /** First row number (default 1). */
  start?: number;
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function makeXlsx(sheets: XSheet[], opts: { date1904?: boolean; prefix?: string } = {}): Uint8Array {
  const p = opts.prefix ? `${opts.prefix}:` : '';
  const shared: string[] = [];
  const sharedIndex = (s: string): number => {
    const i = shared.indexOf(s);
    if (i >= 0) return i;
    shared.push(s);
    return shared.length - 1;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, si) => {
    const start = sheet.start ?? 1;
    const rows = sheet.rows
      .map((cells, ri) => {
        const r = start + ri;
        const cs = cells
          .map((c, ci) => {
            const ref = `${columnLetters(ci)}${r}`;
            if (c === null) return '';
            if (typeof c === 'number') return `<${p}c r="${ref}"><${p}v>${c}</${p}v></${p}c>`;
            if (typeof c === 'string') return `<${p}c r="${ref}" t="s"><${p}v>${sharedIndex(c)}</${p}v></${p}c>`;
            if ('raw' in c) return `<${p}c r="${ref}"><${p}v>${c.raw}</${p}v></${p}c>`;
            if ('date' in c) return `<${p}c r="${ref}" s="1"><${p}v>${c.date}</${p}v></${p}c>`;
            if ('inline' in c) return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${esc(c.inline)}</${p}t></${p}is></${p}c>`;
            if ('bool' in c) return `<${p}c r="${ref}" t="b"><${p}v>${c.bool ? 1 : 0}</${p}v></${p}c>`;
            return `<${p}c r="${ref}" t="str"><${p}f>${esc(c.formula)}</${p}f><${p}v>${esc(c.value)}</${p}v></${p}c>`;
          })
          .join('');
        return `<${p}row r="${r}">${cs}</${p}row>`;
      })
      .join('');
    const merges = sheet.merges?.length
      ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join('')}</${p}mergeCells>`
      : '';
    const ns = opts.prefix ? `xmlns:${opts.prefix}` : 'xmlns';
    files[`xl/worksheets/sheet${si + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${rows}</${p}sheetData>${merges}</${p}worksheet>`,
    );
  });
  const ns = opts.prefix ? `xmlns:${opts.prefix}` : 'xmlns';
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${opts.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets>${sheets.map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</${p}sheets></${p}workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}">${shared.map((s) => `<${p}si><${p}t xml:space="preserve">${esc(s).replace(/\r/gu, '_x000D_')}</${p}t></${p}si>`).join('')}</${p}sst>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></${p}numFmts><${p}cellXfs count="2"><${p}xf numFmtId="0"/><${p}xf numFmtId="164" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`,
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  return zipSync(files);
}
