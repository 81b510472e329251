import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { planImport, sectionMatcher, columnMap } from '../../src/load/import-rows.js';
import { renderImportedFile } from '../../src/render/comment-file.js';
import { anchorLines, renderForm, sectionLine } from '../../src/render/template.js';
import { inlineScalar, isPlainSafe, keyValue } from '../../src/render/yaml-text.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

const draft = parseDraft(SMALL_DRAFT, 'drafts/du-thao-1.md').draft;
const blank = { name: null, title: null, organization: null, group: null };

describe('renderForm', () => {
  const form = renderForm({
    draft,
    delegate: { ...blank, name: 'Lê Đức Dục', organization: 'Ban Tuyên giáo Tỉnh ủy' },
    schemaPath: '../.gopy/schemas/comments.schema.json',
    lang: 'vi',
  });

  it('starts with the schema line, names the draft, and fills in the delegate', () => {
    const lines = form.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../.gopy/schemas/comments.schema.json');
    expect(lines[1]).toBe('# PHIẾU GÓP Ý: Dự thảo thử');
    expect(lines[2]).toBe('# Dự thảo: drafts/du-thao-1.md (phiên bản 1)');
    expect(form).toContain('\ndelegate:\n  name: Lê Đức Dục\n  title:        # chức vụ\n  organization: Ban Tuyên giáo Tỉnh ủy\n');
    expect(form).toContain('\ndraft: du-thao-1\n');
  });

  it('lists every anchor with its number and title, indented as the outline', () => {
    const listed = form
      .slice(form.indexOf('\ncomments:\n') + 11)
      .trimEnd()
      .split('\n');
    expect(listed).toEqual(anchorLines(draft));
    expect(listed.map((l) => /# ([^:]+):/u.exec(l)?.[1])).toEqual(['general', ...draft.sections.map((s) => s.anchor)]);
    expect(listed).toContain('  # mt-02:                   #     2. Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.');
    expect(listed).toContain('  # muc-tieu:                #   II. MỤC TIÊU');
  });

  it('is valid as it is (only a warning: no comments yet), and valid once filled in', () => {
    expect(parseComments(form, 'comments/le-duc-duc.yaml').messages.map((m) => m.rule)).toEqual(['no-comments']);
    const filled = form
      .replace('  # general:', '  general: Nhất trí với dự thảo. #')
      .replace(/ {2}# mt-02: +#/u, '  mt-02:\n    kind: amend\n    text: Nâng lên.\n    proposal: 1.500\n  #');
    const parsed = parseComments(filled, 'comments/le-duc-duc.yaml');
    expect(parsed.messages).toEqual([]);
    expect(parsed.data?.comments.map((c) => [c.id, c.kind, c.text, c.proposal])).toEqual([
      ['le-duc-duc/general/1', 'other', 'Nhất trí với dự thảo.', null],
      ['le-duc-duc/mt-02/1', 'amend', 'Nâng lên.', '1.500'],
    ]);
  });

  it('quotes a name that YAML would misread, and leaves blanks for a form without a name', () => {
    const odd = renderForm({ draft, delegate: { ...blank, name: 'Đoàn: Huyện #1' }, schemaPath: null, lang: 'vi' });
    expect(odd.startsWith('# PHIẾU GÓP Ý')).toBe(true);
    expect(parseComments(odd, 'comments/x.yaml').data?.delegate.name).toBe('Đoàn: Huyện #1');
    const none = renderForm({ draft, delegate: blank, schemaPath: null, lang: 'vi' });
    expect(parseComments(none, 'comments/x.yaml').messages.map((m) => m.rule)).toEqual(['missing-name', 'no-comments']);
  });

  it('shows the quoted and the "|" forms for text with ": " inside, and both read back', () => {
    expect(form).toContain('#        mt-01: "Ý kiến: nhất trí với dự thảo."\n');
    expect(form).toContain('#        mt-03: |\n#          Đề nghị sửa: "95%" thành "97%".\n');
    const filled = form
      .replace('  # general:', '  general: "Ý kiến: nhất trí với dự thảo." #')
      .replace(/ {2}# mt-02: +#/u, '  mt-02: |\n    Đề nghị sửa: "1.200" thành "1.500".\n  #');
    const parsed = parseComments(filled, 'comments/le-duc-duc.yaml');
    expect(parsed.messages).toEqual([]);
    expect(parsed.data?.comments.map((c) => c.text)).toEqual(['Ý kiến: nhất trí với dự thảo.', 'Đề nghị sửa: "1.200" thành "1.500".']);
  });

  it('writes its notes in English with lang en, the delegate and the draft as they are', () => {
    const en = renderForm({ draft, delegate: { ...blank, name: 'Lê Đức Dục' }, schemaPath: null, lang: 'en' });
    expect(en.split('\n').slice(0, 2)).toEqual(['# COMMENT FORM: Dự thảo thử', '# Draft: drafts/du-thao-1.md (version 1)']);
    expect(en).toContain('  title:        # position\n');
    expect(en).toContain('  # general:                 # General comments on the draft\n');
    const user = new Set(['Dự thảo thử', 'Lê Đức Dục', ...draft.sections.map((s) => s.title)]);
    const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
    const foreign = en.split('\n').filter((l) => VIETNAMESE.test(l) && ![...user].some((u) => l.includes(u)));
    expect(foreign).toEqual([]);
  });

  it('shortens long titles to one line', () => {
    expect(sectionLine({ label: '1.', title: 'x'.repeat(100) }, 20)).toBe(`1. ${'x'.repeat(16)}…`);
  });
});

describe('yaml-text', () => {
  it('writes plain scalars only where they read back the same', () => {
    expect(['mt-02', '1.500', 'Lê Đức Dục', 'no', 'a-b', '-x'].every(isPlainSafe)).toBe(true);
    expect(
      [
        '',
        ' a',
        'a: b',
        'a #b',
        '- a',
        '#x',
        '"q"',
        "'q'",
        '[a]',
        '{a}',
        '&a',
        '*a',
        '!a',
        '|',
        '>',
        '%a',
        '@a',
        '`a',
        'a:',
        'a\nb',
        '?',
        ': a',
      ].some(isPlainSafe),
    ).toBe(false);
    expect(inlineScalar('a: b')).toBe('"a: b"');
  });

  it('reads back any text it writes, exactly, through the loader', () => {
    const unit = fc.constantFrom(
      'a',
      'ê',
      'Đ',
      ' ',
      ':',
      '#',
      '-',
      '"',
      "'",
      '\n',
      '\t',
      '{',
      '[',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '?',
      ',',
      '1',
      '.',
      '\\',
      '\u0085',
      '\u2028',
    );
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), (raw) => {
        // Texts are written trimmed, without spaces at line ends (as import cleans them).
        const text = raw.replace(/[ \t]+\n/gu, '\n').trim();
        fc.pre(text !== '');
        const yaml = keyValue('', 'text', text).join('\n');
        const { root, messages } = parseYaml(`${yaml}\n`, 'x.yaml');
        expect(messages).toEqual([]);
        const value = root?.kind === 'map' ? root.entries[0]?.value : null;
        expect(value?.kind === 'scalar' ? value.value : null).toBe(text.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('renderImportedFile', () => {
  it('writes a file the loader reads back comment for comment, with the rows noted', () => {
    const header = ['Họ tên', 'Mục', 'Ý kiến', 'Đề xuất', 'Nội dung dự thảo', 'Loại'];
    const data = [
      ['Đoàn: Huyện #1', 'II.2', 'Nâng: lên', '1.500', '1.200', ''],
      ['Đoàn: Huyện #1', 'II.2', 'Dòng 1\nDòng 2', '', '', 'Bổ sung'],
      ['Đoàn: Huyện #1', 'mục lạ', '- gạch đầu dòng', '', '', ''],
      ['Đoàn: Huyện #1', '', 'Nhất trí', '', '', ''],
    ];
    const rows = [header, ...data].map((cells, i) => ({ row: i + 1, cells }));
    const plan = planImport({
      rows,
      headerIndex: 0,
      columns: columnMap(header, []).map,
      match: sectionMatcher(draft),
      existing: [],
      taken: new Set(),
    });
    const file = plan.files[0];
    if (!file) throw new Error('no file');
    const text = renderImportedFile(file, {
      source: 'gop-y.csv',
      sheet: null,
      draft: 'du-thao-1',
      today: '2024-03-01',
      schemaPath: '../.gopy/schemas/comments.schema.json',
    });
    expect(text.split('\n').slice(0, 2)).toEqual([
      '# yaml-language-server: $schema=../.gopy/schemas/comments.schema.json',
      '# Nhập bằng "gopy import" từ gop-y.csv, các dòng 2, 3, 4, 5, ngày 2024-03-01.',
    ]);
    expect(text).toContain('    # dòng 3\n    - kind: add\n      text: |-\n        Dòng 1\n        Dòng 2\n');
    const parsed = parseComments(text, `comments/${file.stem}.yaml`);
    expect(parsed.messages.map((m) => m.rule)).toEqual([]);
    expect(parsed.data?.delegate.name).toBe('Đoàn: Huyện #1');
    expect(parsed.data?.draft).toBe('du-thao-1');
    expect(parsed.data?.comments.map((c) => [c.id, c.kind, c.text, c.quote, c.proposal])).toEqual([
      ['doan-huyen-1/mt-02/1', 'amend', 'Nâng: lên', '1.200', '1.500'],
      ['doan-huyen-1/mt-02/2', 'add', 'Dòng 1\nDòng 2', null, null],
      ['doan-huyen-1/mục lạ/1', 'other', '- gạch đầu dòng', null, null],
      ['doan-huyen-1/general/1', 'other', 'Nhất trí', null, null],
    ]);
  });
});
