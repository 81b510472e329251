// Three draft versions (test/fixtures/versions): items inserted above others,
// an explicit anchor renamed, a title reworded, a section removed, two merged,
// an article inserted above label-only articles; comment files naming
// du-thao-1, version "2", and none. Every comment must come out exactly once,
// under the section its delegate read as carried to the report draft, or
// among the unplaced with the right reason. The expectations are read off the
// drafts by hand, not from gopy.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { gopy } from '../helpers/workspace.js';

const ws = fileURLToPath(new URL('../fixtures/versions', import.meta.url));
const run = (args: string[]) => gopy(['-C', ws, ...args]);

interface JsonComment {
  no: number;
  id: string;
  decision: string | null;
  from?: { draft: string; anchor: string; code: string };
  reason?: string;
}
interface JsonReport {
  draft: { file: string };
  sections: { anchor: string; code: string; comments: JsonComment[] }[];
  unplaced: JsonComment[];
}

const collateJson = (args: string[] = []): JsonReport => {
  const r = run(['collate', '--format', 'json', ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
};

/** Each comment id -> where the report puts it: a section's anchor, or "unplaced:<reason>". */
function places(r: JsonReport): Map<string, string> {
  const out = new Map<string, string>();
  const put = (id: string, where: string): void => {
    expect(out.has(id), `${id} appears twice`).toBe(false);
    out.set(id, where);
  };
  for (const s of r.sections) for (const c of s.comments) put(c.id, s.anchor);
  for (const c of r.unplaced) put(c.id, `unplaced:${c.reason ?? '?'}`);
  return out;
}

describe('comments on several draft versions (spawned)', () => {
  it('carries every comment from the draft its file names to the latest draft, exactly once', () => {
    const r = collateJson();
    expect(r.draft.file).toBe('drafts/du-thao-3.md');
    expect(Object.fromEntries(places(r))).toEqual({
      'a-tren-lan-1/general/1': 'general',
      // du-thao-1's item 2 (95%) is item 3 since one was inserted above; never du-thao-3's item 2.
      'a-tren-lan-1/chi-tieu.2/1': 'chi-tieu.3',
      'a-tren-lan-1/ho-tro-von/1': 'von-vay',
      'a-tren-lan-1/hoi-cho-nong-san/1': 'unplaced:removed',
      // Merged into "Đào tạo, bồi dưỡng": the larger part carries, the smaller has no counterpart.
      'a-tren-lan-1/boi-duong-hoi-vien/1': 'unplaced:removed',
      'a-tren-lan-1/dao-tao-can-bo-hoi/1': 'dao-tao-boi-duong',
      // "Điều 2." of du-thao-1 is "Điều 3." once an article was inserted above it.
      'a-tren-lan-1/dieu-2/1': 'dieu-3',
      // A citation key, read in du-thao-1: "II.1" is "Tuyên truyền vận động", retitled since.
      'a-tren-lan-1/II.1/1': 'tuyen-truyen-van-dong-hoi-vien',
      'a-tren-lan-1/khong-co-muc-nay/1': 'unplaced:unknown-anchor',
      // du-thao-2's item 2 (1.200) is still item 2.
      'b-tren-lan-2/chi-tieu.2/1': 'chi-tieu.2',
      'b-tren-lan-2/dieu-1/1': 'dieu-1',
      'b-tren-lan-2/Điều 3/1': 'dieu-3',
      // No draft: read against the report draft.
      'c-khong-ghi/chi-tieu.1/1': 'chi-tieu.1',
    });
    const all = [...r.sections.flatMap((s) => s.comments), ...r.unplaced];
    expect(all.map((c) => c.no)).toEqual(all.map((_, i) => i + 1));
    const byId = new Map(all.map((c) => [c.id, c]));
    expect(byId.get('a-tren-lan-1/chi-tieu.2/1')?.from).toEqual({ draft: 'du-thao-1', anchor: 'chi-tieu.2', code: 'I.1.2' });
    expect(byId.get('a-tren-lan-1/hoi-cho-nong-san/1')?.from).toEqual({ draft: 'du-thao-1', anchor: 'hoi-cho-nong-san', code: 'II.3' });
    expect(byId.get('c-khong-ghi/chi-tieu.1/1')?.from).toBeUndefined();
    // Decisions follow ids and keys as written: "to: all" under chi-tieu.2 covers both files' chi-tieu.2, wherever placed.
    expect(byId.get('a-tren-lan-1/chi-tieu.2/1')?.decision).toBe('noted');
    expect(byId.get('b-tren-lan-2/chi-tieu.2/1')?.decision).toBe('noted');
    expect(byId.get('a-tren-lan-1/ho-tro-von/1')?.decision).toBe('accepted');
    expect(byId.get('b-tren-lan-2/dieu-1/1')?.decision).toBeNull();
  });

  it('reports against an older version too: comments on a later one are carried back', () => {
    const p = places(collateJson(['--draft', 'du-thao-1']));
    expect(p.get('a-tren-lan-1/chi-tieu.2/1')).toBe('chi-tieu.2');
    expect(p.get('a-tren-lan-1/hoi-cho-nong-san/1')).toBe('hoi-cho-nong-san');
    expect(p.get('b-tren-lan-2/chi-tieu.2/1')).toBe('chi-tieu.1');
    // du-thao-2's "Điều 1." (inserted) has no counterpart in du-thao-1.
    expect(p.get('b-tren-lan-2/dieu-1/1')).toBe('unplaced:removed');
    expect(p.get('b-tren-lan-2/Điều 3/1')).toBe('dieu-2');
    // No draft: read against the report draft, du-thao-1, which has a chi-tieu.1 of its own.
    expect(p.get('c-khong-ghi/chi-tieu.1/1')).toBe('chi-tieu.1');
  });

  it('warns, positioned, where a comment cannot follow and where a file names no draft', () => {
    const r = run(['check']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^comments\/a-tren-lan-1\.yaml:11:3: warning: mục "hoi-cho-nong-san" của dự thảo du-thao-1 .* \[section-removed\]$/u,
      ),
      expect.stringMatching(
        /^comments\/a-tren-lan-1\.yaml:12:3: warning: mục "boi-duong-hoi-vien" của dự thảo du-thao-1 .* \[section-removed\]$/u,
      ),
      expect.stringMatching(
        /^comments\/a-tren-lan-1\.yaml:16:3: warning: dự thảo du-thao-1 .* không có mục "khong-co-muc-nay".* \[unknown-anchor\]$/u,
      ),
      expect.stringMatching(/^comments\/c-khong-ghi\.yaml:1:1: warning: .* đọc theo dự thảo du-thao-3 .* \[draft-unspecified\]$/u),
    ]);
    expect(r.stdout).toMatch(/^drafts\/du-thao-3\.md: 3 tệp góp ý, 13 ý kiến/u);
    const en = run(['check', '--lang', 'en']);
    expect(en.stderr).toContain(
      'comments/a-tren-lan-1.yaml:11:3: warning: section "hoi-cho-nong-san" of du-thao-1 (version 1) has no counterpart in du-thao-3 (version 3) (removed or merged)',
    );
  });

  it('says in every format where a carried comment stood', () => {
    const md = run(['collate']);
    expect(md.stdout).toContain('- *Góp ý trên dự thảo lần 1 (du-thao-1), mục I.1.2.*');
    expect(md.stdout).toContain('- *Góp ý trên dự thảo lần 1 (du-thao-1), mục II.3; mục này không còn trong dự thảo này.*');
    expect(md.stdout).toContain('- *Góp ý trên dự thảo lần 1 (du-thao-1), mục "khong-co-muc-nay".*');
    const en = run(['collate', '--lang', 'en']);
    expect(en.stdout).toContain('Comment on draft 1 (du-thao-1), section II.3; this section is no longer in this draft.');
    const html = run(['collate', '--format', 'html']);
    expect(html.stdout).toContain('<p><i>Góp ý trên dự thảo lần 2 (du-thao-2), mục Điều 1.</i></p>');
    const csv = run(['collate', '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]?.endsWith(',Góp ý trên dự thảo')).toBe(true);
    expect(csv.find((l) => l.startsWith('2,c-khong-ghi/'))?.endsWith(',')).toBe(true);
    expect(csv.find((l) => l.includes('a-tren-lan-1/dieu-2/1'))).toMatch(/,"Góp ý trên dự thảo lần 1 \(du-thao-1\), mục Điều 2\."$/u);
  });

  it('diff calls articles and items whose anchors moved renamed, and --comments follows the comments', () => {
    const r = run(['diff', 'du-thao-1', 'du-thao-3', '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { sections: { status: string; old?: { anchor: string }; new?: { anchor: string } }[] };
    const status = (old: string): string | undefined => d.sections.find((s) => s.old?.anchor === old)?.status;
    expect([status('chi-tieu.1'), status('dieu-1'), status('dieu-2'), status('ho-tro-von')]).toEqual([
      'renamed',
      'renamed',
      'renamed',
      'renamed',
    ]);
    const c = run(['diff', 'du-thao-2', 'du-thao-3', '--comments', '--lang', 'en']);
    expect(c.code).toBe(0);
    // a-tren-lan-1's comment on du-thao-1's "Điều 2." is on du-thao-2's "Điều 3.": unchanged, nothing to carry.
    expect(c.stderr).not.toContain('a-tren-lan-1/dieu-2/1');
    expect(c.stderr).toContain(
      'a-tren-lan-1/dao-tao-can-bo-hoi/1: the section "dao-tao-can-bo-hoi" is now "dao-tao-boi-duong" (renamed); gopy collate carries the comment there (its file names du-thao-1) [anchor-gone]',
    );
    // A file without "draft:" is offered the carry-over by hand.
    const old = run(['diff', 'du-thao-1', 'du-thao-3', '--comments', '--lang', 'en']);
    expect(old.stderr).toContain(
      'c-khong-ghi/chi-tieu.1/1: "chi-tieu.1" now names another section in the new draft; the section commented on is now "chi-tieu.2": carry the comment over (key it "chi-tieu.2", or add "draft: du-thao-1" to its file) [anchor-shifted]',
    );
  });
});
