// Pathological drafts (long runs of delimiters, very deep nesting) are refused
// by a linear scan before the Markdown parser sees them: the parser would take
// seconds to minutes, or overflow the stack. Normal drafts are unaffected.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/index.js';

import { findTooComplex } from '../../../src/load/draft/guard.js';
import { parseDraft } from '../../../src/load/parse-draft.js';

const problems = (text: string): string[] =>
  parseDraft(text, 'd.md').messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.rule} ${m.message}`);

describe('parseDraft guard (draft-too-complex)', () => {
  // The wording checked here is the English catalogue's; test/e2e/one-language checks the Vietnamese.
  beforeAll(() => setLang('en'));
  afterAll(() => setLang('vi'));

  it('a long run of "*" is refused, positioned where it starts', () => {
    const r = parseDraft(`# A\n\nText ${'*'.repeat(50_000)} more\n`, 'd.md');
    expect(r.draft.sections).toEqual([]);
    expect(r.messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.severity} ${m.rule} ${m.message}`)).toEqual([
      'd.md:3:6 error draft-too-complex a run of 50,000 "*" characters: the draft cannot be read like this (at most 1,000 in a row); remove it, or put it in a code block (between two ``` lines)',
    ]);
  });

  it.each(['_', '~', '`', '[', ']', '<', '!', '\\', '&', '|'])('a long run of %j is refused', (c) => {
    expect(problems(`# A\n\nx${c.repeat(4000)}\n`)).toEqual([
      `3:2 error draft-too-complex a run of 4,000 "${c}" characters: the draft cannot be read like this (at most 1,000 in a row); remove it, or put it in a code block (between two \`\`\` lines)`,
    ]);
  });

  it('a run of exactly 1,000 is allowed; characters that do not slow the parser are never limited', () => {
    expect(findTooComplex(`x ${']'.repeat(1000)}\n`)).toEqual([]);
    expect(findTooComplex(`${'-'.repeat(5000)}\n${'='.repeat(5000)}\n${'#'.repeat(5000)}\n`)).toEqual([]);
  });

  it('a long run inside a fenced code block or the front matter is fine', () => {
    const r = parseDraft(`---\ntitle: T\nx: "${']'.repeat(3000)}"\n---\n# A\n\n\`\`\`\n${']'.repeat(3000)}\n\`\`\`\n`, 'd.md');
    expect(r.messages).toEqual([]);
    expect(r.draft.sections.map((s) => s.anchor)).toEqual(['a']);
  });

  it('thousands of "*" marks in one paragraph are refused at the first', () => {
    expect(problems(`# A\n\nSome a*${'b*'.repeat(3000)}\n`)).toEqual([
      '3:7 error draft-too-complex more than 1,000 separate "*" marks in one paragraph: the draft cannot be read like this; split the paragraph, remove them, or put them in a code block',
    ]);
  });

  it('link brackets by the thousand in one paragraph are refused at the first (320 KB of "[a](" took 30 s)', () => {
    const start = performance.now();
    expect(problems(`# A\n\nXem ${'[a]('.repeat(80_000)}\n`)).toEqual([
      '3:5 error draft-too-complex more than 500 "[" in one paragraph: the draft cannot be read like this (links take too long to resolve); split the paragraph, remove them, or put them in a code block',
    ]);
    // Refused by the scan, before the parser: well under the seconds it would take.
    expect(performance.now() - start).toBeLessThan(5_000);
    // 500 in a paragraph, paragraphs apart, table rows each on their own, and code blocks are fine.
    expect(findTooComplex(`${'[a](b) '.repeat(500)}\n\n${'[c] '.repeat(500)}\n`)).toEqual([]);
    expect(findTooComplex(`| a | b |\n|---|---|\n${`| ${'[x](y) '.repeat(300)} | z |\n`.repeat(5)}`)).toEqual([]);
    expect(findTooComplex(`\`\`\`\n${'[a]('.repeat(5000)}\n\`\`\`\n`)).toEqual([]);
  });

  it('thousands of nested block quotes are refused (no stack overflow)', () => {
    expect(problems(`# A\n\nok\n${'>'.repeat(6000)} x\n`)).toEqual([
      '4:1 error draft-too-complex block quotes (>) or lists nested 6,000 levels deep: the draft cannot be read like this (at most 100 levels); flatten them',
    ]);
    expect(problems(`# A\n\n${'> - '.repeat(3000)}x\n`)[0]).toMatch(
      /^3:1 error draft-too-complex block quotes \(>\) or lists nested 6,000 levels deep/u,
    );
  });

  it('block quotes deepening line by line are refused once, at the first line too deep', () => {
    const text = `# A\n\n${Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n')}\n`;
    expect(problems(text)).toEqual([
      '103:1 error draft-too-complex block quotes (>) or lists nested 101 levels deep: the draft cannot be read like this (at most 100 levels); flatten them',
    ]);
  });

  it('lists nested 400 levels deep are refused', () => {
    const text = `# A\n\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`;
    expect(problems(text)).toEqual([
      '103:1 error draft-too-complex block quotes (>) or lists nested 101 levels deep: the draft cannot be read like this (at most 100 levels); flatten them',
    ]);
  });

  it('front matter is still read when the body is refused', () => {
    const r = parseDraft(`---\ntitle: Dự thảo\nversion: "2"\n---\n# A\n\n${']'.repeat(2000)}\n`, 'drafts/d.md');
    expect(r.draft).toMatchObject({ title: 'Dự thảo', version: '2', stem: 'd', sections: [] });
    expect(r.messages.map((m) => `${m.line}:${m.column} ${m.rule}`)).toEqual(['7:1 draft-too-complex']);
  });

  it('a normal draft (thematic breaks, a long table, lists nested 20 levels) is unaffected', () => {
    const table = ['| a | b |', '|---|---|', ...Array.from({ length: 300 }, (_, i) => `| **r${i}** | *c* \\| x |`)].join('\n');
    const nested = Array.from({ length: 20 }, (_, i) => `${'    '.repeat(i)}- level ${i + 1}`).join('\n');
    const quotes = Array.from({ length: 20 }, (_, i) => `${'> '.repeat(i + 1)}q`).join('\n');
    const text = [
      '---',
      'title: Dự thảo',
      '---',
      '# Phần I. Chung',
      '',
      '****',
      '',
      '---',
      '',
      '* * *',
      '',
      table,
      '',
      '## Điều 1. Phạm vi',
      '',
      '1. Một',
      '2. Hai **đậm** và *nghiêng*',
      '',
      nested,
      '',
      quotes,
      '',
      '## Điều 2. Khác {#dieu-2}',
      '',
      'Chữ [liên kết](https://example.com) `mã`.',
      '',
    ].join('\n');
    expect(findTooComplex(text)).toEqual([]);
    const r = parseDraft(text, 'd.md');
    expect(r.messages).toEqual([]);
    expect(r.draft.title).toBe('Dự thảo');
    expect(r.draft.sections.map((s) => `${s.anchor} ${s.depth} ${s.title}`)).toEqual([
      'chung 1 Chung',
      'pham-vi 2 Phạm vi',
      'pham-vi.1 3 Một',
      'pham-vi.2 3 Hai đậm và nghiêng',
      'dieu-2 2 Khác',
    ]);
    const first = r.draft.sections[0];
    expect(first?.text.split('\n')).toHaveLength(301);
    expect(r.draft.sections[1]?.text).toContain('level 20');
    expect(r.draft.sections[1]?.text).toContain('q');
  });
});
