// The diff fixtures (test/fixtures/diff/) loaded once: the two drafts, their
// diff, and the revision checks with the fixture comments and decisions.

import { readdirSync, readFileSync } from 'node:fs';

import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { parseResponses } from '../../src/load/parse-responses.js';
import { diffDrafts } from '../../src/model/diff.js';
import type { DraftDiff } from '../../src/model/diff.js';
import type { CommentFile, Draft, ResponseFile } from '../../src/model/types.js';
import { applyResponses } from '../../src/validate/decide.js';
import { placeComments } from '../../src/validate/place.js';
import { checkRevision } from '../../src/validate/revision.js';
import type { Revision } from '../../src/model/revision.js';

export const diffFixtureDir = new URL('../fixtures/diff/', import.meta.url);

export function diffFixture(name: string): string {
  return readFileSync(new URL(name, diffFixtureDir), 'utf8');
}

export function draftOf(text: string, file = 'drafts/du-thao.md'): Draft {
  return parseDraft(text, file).draft;
}

export function fixtureDiff(): DraftDiff {
  return diffDrafts(draftOf(diffFixture('old.md'), 'drafts/du-thao-1.md'), draftOf(diffFixture('new.md'), 'drafts/du-thao-2.md'));
}

export function fixtureRevision(diff: DraftDiff): Revision {
  const files: CommentFile[] = readdirSync(new URL('comments/', diffFixtureDir))
    .sort()
    .map((name) => {
      const { data } = parseComments(diffFixture(`comments/${name}`), `comments/${name}`);
      if (!data) throw new Error(`bad fixture ${name}`);
      return data;
    });
  const { data } = parseResponses(diffFixture('responses/quyet-dinh.yaml'), 'responses/quyet-dinh.yaml');
  const responses: ResponseFile[] = data ? [data] : [];
  const { placed } = placeComments(diff.old, files);
  const { rulings } = applyResponses(placed, responses);
  return checkRevision(diff, placed, rulings);
}

/** Two one-section drafts whose text goes from `before` to `after`. */
export function tinyDiff(before: string, after: string): DraftDiff {
  const doc = (text: string): string => `---\nversion: 1\n---\n\n# Văn bản\n\n## Điều 1. Phạm vi {#pham-vi}\n\n${text}\n`;
  return diffDrafts(draftOf(doc(before), 'drafts/a.md'), draftOf(doc(after), 'drafts/b.md'));
}

/** The diff fixture as a workspace: two versions, two delegates, one decisions file. */
export const DIFF_WORKSPACE = {
  'drafts/du-thao-1.md': diffFixture('old.md'),
  'drafts/du-thao-2.md': diffFixture('new.md'),
  'comments/dai-bieu-a.yaml': diffFixture('comments/dai-bieu-a.yaml'),
  'comments/dai-bieu-b.yaml': diffFixture('comments/dai-bieu-b.yaml'),
  'responses/quyet-dinh.yaml': diffFixture('responses/quyet-dinh.yaml'),
};
