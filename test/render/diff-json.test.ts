import { describe, expect, it } from 'vitest';

import { rebuild } from '../../src/model/diff.js';
import type { Change } from '../../src/model/diff.js';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { fixtureDiff, fixtureRevision } from '../helpers/diff-fixture.js';

interface JsonSection {
  status: string;
  old: { anchor: string; number: string; title: string } | null;
  new: { anchor: string; number: string; title: string } | null;
  changes?: Change[];
}
interface JsonDiff {
  schema: string;
  old: { file: string; version: string };
  new: { file: string; version: string };
  summary: Record<string, number>;
  sections: JsonSection[];
  revision?: { checks: { check: string; comment: string }[]; drafting: { anchor: string }[] };
}

describe('renderDiffJson', () => {
  const diff = fixtureDiff();
  const json = JSON.parse(renderDiffJson(diff)) as JsonDiff;

  it('has exactly the contract shape (gopy/diff@1)', () => {
    expect(Object.keys(json)).toEqual(['schema', 'old', 'new', 'summary', 'sections']);
    expect(json.schema).toBe('gopy/diff@1');
    expect(json.old).toMatchObject({ file: 'drafts/du-thao-1.md', version: '1' });
    expect(json.new).toMatchObject({ file: 'drafts/du-thao-2.md', version: '2' });
    expect(Object.keys(json.summary)).toEqual(['added', 'removed', 'modified', 'renamed', 'moved', 'unchanged']);
    expect(json.sections).toHaveLength(18);
    const mt02 = json.sections.find((s) => s.new?.anchor === 'mt-02');
    expect(mt02).toMatchObject({
      status: 'modified',
      old: { anchor: 'mt-02', number: '2', title: 'Hàng năm kết nạp từ 1.200 hội viên nông dân mới trở lên.' },
      new: { anchor: 'mt-02', number: '3', title: 'Hàng năm kết nạp từ 1.500 hội viên nông dân mới trở lên.' },
      changes: [
        { op: 'equal', text: 'Hàng năm kết nạp từ ' },
        { op: 'delete', text: '1.200' },
        { op: 'insert', text: '1.500' },
        { op: 'equal', text: ' hội viên nông dân mới trở lên.' },
      ],
    });
    expect(Object.keys(mt02 ?? {}).slice(0, 4)).toEqual(['status', 'old', 'new', 'changes']);
    expect(json.sections.find((s) => s.status === 'added')?.old).toBeNull();
    expect(json.sections.find((s) => s.status === 'removed')?.new).toBeNull();
  });

  it('lets the changes of every section rebuild both texts', () => {
    diff.sections.forEach((d, i) => {
      const changes = json.sections[i]?.changes ?? [];
      expect(rebuild(changes, 'old')).toBe(d.old?.text ?? '');
      expect(rebuild(changes, 'new')).toBe(d.new?.text ?? '');
    });
  });

  it('leaves the changes out with --stat and adds the revision with --comments', () => {
    const stat = JSON.parse(renderDiffJson(diff, { stat: true })) as JsonDiff;
    expect(stat.sections.every((s) => s.changes === undefined)).toBe(true);
    expect(stat.summary).toEqual(json.summary);
    const withComments = JSON.parse(renderDiffJson(diff, { revision: fixtureRevision(diff) })) as JsonDiff;
    expect(withComments.revision?.checks.filter((c) => c.check === 'accepted-not-reflected').map((c) => c.comment)).toEqual([
      'dai-bieu-b/mt-03/1',
      'dai-bieu-b/nhiem-vu-1/1',
      'dai-bieu-b/mt-01/1',
    ]);
    expect(withComments.revision?.drafting.map((d) => d.anchor)).toEqual(['quan-diem', 'nhiem-vu-va-giai-phap-chu-yeu']);
  });
});
