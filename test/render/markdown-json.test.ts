import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { describe, expect, it } from 'vitest';
import type { Root, RootContent } from 'mdast';
import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { parseSettings } from '../../src/load/parse-settings.js';
import { buildSynthesis } from '../../src/model/synthesis.js';
import type { Lang } from '../../src/model/types.js';
import { mdInline } from '../../src/render/escape.js';
import { namedGeneral } from '../../src/render/general.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { applyResponses } from '../../src/validate/decide.js';
import { placeComments } from '../../src/validate/place.js';
import { SMALL_DRAFT } from '../helpers/workspace.js';

const NASTY = [
  '<script>alert(1)</script>',
  '# not a heading',
  '- not a list',
  '1. not a list either',
  '| a | b |',
  '**bold** _it_ `code` [link](http://x) ![img](http://y)',
  '=SUM(A1)',
  '---',
  '> quote',
  '\\ backslash & &amp; ~~strike~~',
];

function synth(lang: Lang = 'vi') {
  const draft = parseDraft(SMALL_DRAFT, 'drafts/d.md').draft;
  const yaml = ['delegate:', '  name: "Lê **Đức** <b>Dục</b>"', '  title: Trưởng ban', 'comments:', '  mt-02:'];
  for (const t of NASTY) yaml.push(`    - ${JSON.stringify(t)}`);
  yaml.push('  general: |', '    Dòng một', '    # dòng hai', '', '    dòng ba');
  yaml.push('  khong-co: "x"');
  const files = [parseComments(yaml.join('\n'), 'comments/le.yaml').data].filter((f) => f !== null);
  const { placed } = placeComments(draft, files);
  const { rulings } = applyResponses(placed, []);
  const settings = parseSettings(
    'title: Báo cáo\nissuer: {parent: TỈNH ỦY LAI CHÂU, name: ĐẢNG ĐOÀN}\nplace: Lai Châu\ndate: 2024-03-05\nrecipients: [Lưu VP]\nsigner: {on_behalf: T/M ĐẢNG ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn B}\nmeeting: {name: Hội nghị, date: 2024-03-15}\n',
    'gopy.yaml',
  ).data;
  return namedGeneral(buildSynthesis({ draft, files, placed, rulings, settings, lang }));
}

function walk(node: Root | RootContent, visit: (n: Root | RootContent) => void): void {
  visit(node);
  if ('children' in node) for (const c of node.children) walk(c, visit);
}

describe('renderMarkdown', () => {
  const md = renderMarkdown(synth());
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md);

  it('keeps hostile delegate text from changing the structure', () => {
    const kinds = new Set<string>();
    walk(tree, (n) => kinds.add(n.type));
    expect(kinds.has('html')).toBe(false);
    expect(kinds.has('link')).toBe(false);
    expect(kinds.has('image')).toBe(false);
    expect(kinds.has('thematicBreak')).toBe(false);
    const headings: string[] = [];
    walk(tree, (n) => {
      if (n.type === 'heading') headings.push(n.depth.toString());
    });
    // # BÁO CÁO, ## I, ## II, ### general, ### mt-02, ## III (unplaced)
    expect(headings).toEqual(['1', '2', '2', '3', '3', '2']);
  });

  it('shows every comment, numbered, with its text readable', () => {
    for (let no = 1; no <= NASTY.length + 2; no++) expect(md).toContain(`**${no}.**`);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('Lai Châu, ngày 05 tháng 3 năm 2024');
    expect(md).toContain('**Chưa xử lý**');
    expect(md).toContain('**BÍ THƯ**');
    expect(md).toContain('- Lưu VP');
  });

  it('speaks English with --lang en', () => {
    const en = renderMarkdown(synth('en'));
    expect(en).toContain('# REPORT');
    expect(en).toContain('**Pending**');
    expect(en).not.toContain('Chưa xử lý');
  });
});

describe('mdInline', () => {
  it('escapes only what could become markup', () => {
    expect(mdInline('1.500 hội viên')).toBe('1.500 hội viên');
    expect(mdInline('1. mục')).toBe('1\\. mục');
    expect(mdInline('- gạch')).toBe('\\- gạch');
    expect(mdInline('a\n\nb')).toBe('a b');
  });
});

describe('renderJson', () => {
  const json = JSON.parse(renderJson(synth())) as Record<string, unknown> & {
    sections: { anchor: string; number: string; title: string; comments: Record<string, unknown>[] }[];
    unplaced: Record<string, unknown>[];
  };

  it('has the contract shape', () => {
    expect(json['schema']).toBe('gopy/synthesis@1');
    expect(json['draft']).toEqual({ file: 'drafts/d.md', title: 'Dự thảo thử', version: '1' });
    expect(json['summary']).toEqual({
      delegates: 1,
      comments: NASTY.length + 2,
      decisions: { accepted: 0, partial: 0, explained: 0, noted: 0, referred: 0, pending: NASTY.length + 2 },
    });
    const first = json.sections[0]?.comments[0];
    expect(Object.keys(first ?? {})).toEqual(['no', 'id', 'anchor', 'delegate', 'kind', 'text', 'quote', 'proposal', 'decision', 'note']);
    expect(first).toMatchObject({ no: 1, id: 'le/general/1', anchor: 'general', quote: null, proposal: null, decision: null, note: null });
    expect(first?.['delegate']).toEqual({ name: 'Lê **Đức** <b>Dục</b>', title: 'Trưởng ban', organization: null, group: null });
    expect(first?.['text']).toBe('Dòng một\n# dòng hai\n\ndòng ba');
    expect(json.sections.map((s) => [s.anchor, s.number, s.title])).toEqual([
      ['general', '', 'Ý kiến chung về dự thảo'],
      ['mt-02', '2', 'Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.'],
    ]);
    expect(json.unplaced).toHaveLength(1);
    expect(json.unplaced[0]).toMatchObject({ no: NASTY.length + 2, anchor: 'khong-co' });
  });
});
