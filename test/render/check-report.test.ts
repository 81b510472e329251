import { describe, expect, it } from 'vitest';
import { message } from '../../src/messages.js';
import { renderCheckJson, renderCheckLine } from '../../src/render/check-report.js';
import type { CheckResult } from '../../src/render/check-report.js';

const result: CheckResult = {
  draft: 'drafts/du-thao-1.md',
  commentFiles: 2,
  unreadFiles: 1,
  responseFiles: 1,
  comments: 4,
  messages: [message({ file: 'comments/a.yaml', line: 5, column: 11 }, 'error', 'yaml-syntax', 'x')],
};

describe('check report', () => {
  it('summarises in the chosen language', () => {
    expect(renderCheckLine(result, 'vi')).toMatch(/^drafts\/du-thao-1\.md: 3 tệp góp ý .*4 ý kiến.*1 lỗi, 0 cảnh báo$/u);
    expect(renderCheckLine(result, 'en')).toMatch(/^drafts\/du-thao-1\.md: .*1 error/u);
  });
  it('writes the gopy/check@1 JSON: not ok with an error', () => {
    const json = JSON.parse(renderCheckJson(result)) as Record<string, unknown>;
    expect(json).toMatchObject({
      schema: 'gopy/check@1',
      ok: false,
      errors: 1,
      warnings: 0,
      comments: 4,
      files: { comments: 2, responses: 1 },
    });
    expect(JSON.parse(renderCheckJson({ ...result, messages: [] }))).toMatchObject({ ok: true, errors: 0 });
  });
});
