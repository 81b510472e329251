import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check.js';
import { diff } from '../../src/commands/diff.js';
import { latestDraft, orderDrafts } from '../../src/load/workspace.js';
import type { DraftInfo } from '../../src/load/workspace.js';
import { SMALL_DRAFT, capture, makeWorkspace } from '../helpers/workspace.js';

const info = (file: string, version: string | null): DraftInfo => ({ abs: `/x/${file}`, file, stem: file.replace(/\.md$/u, ''), version });

describe('draft order', () => {
  it('puts versioned drafts after unversioned ones, so collate and diff agree on the latest', () => {
    const drafts = [
      info('drafts/z-notes.md', null),
      info('drafts/du-thao-10.md', '10'),
      info('drafts/du-thao-9.md', '9'),
      info('drafts/a.md', null),
    ];
    expect(orderDrafts(drafts).map((d) => d.file)).toEqual([
      'drafts/a.md',
      'drafts/z-notes.md',
      'drafts/du-thao-9.md',
      'drafts/du-thao-10.md',
    ]);
    expect(latestDraft(drafts)?.file).toBe('drafts/du-thao-10.md');
    expect(latestDraft([info('drafts/v9.md', null), info('drafts/v10.md', null)])?.file).toBe('drafts/v10.md');
  });
});

describe('diff --comments with a broken comment file', () => {
  it('reports the broken file once, like check, not its decisions as unknown ids', async () => {
    const dir = makeWorkspace({
      'drafts/du-thao-1.md': SMALL_DRAFT,
      'drafts/du-thao-2.md': SMALL_DRAFT.replace('version: 1', 'version: 2').replace('1.200', '1.500'),
      'comments/a.yaml': 'delegate: [broken\n',
      'responses/r.yaml': 'mt-02:\n  - {to: [a/mt-02/1], decision: accepted}\n',
    });
    const fromCheck = (await check(capture(dir).io)).messages.map((m) => m.rule);
    const fromDiff = (await diff({ ...capture(dir).io, withComments: true })).messages.map((m) => m.rule);
    expect(fromCheck).toEqual(['yaml-syntax']);
    expect(fromDiff).toEqual(['yaml-syntax']);
  });
});
