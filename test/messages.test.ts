import { describe, expect, it } from 'vitest';
import { oneLine } from '../src/messages.js';
import { formatMessage } from '../src/messages.js';
import { SMALL_DRAFT } from './helpers/workspace.js';
import { runCheck, trackedWorkspaces } from './quality/support.js';

const workspace = trackedWorkspaces();

describe('messages: regressions', () => {
  it('every message is one line, even for a key typed with line breaks', async () => {
    const dir = workspace({
      'drafts/d.md': SMALL_DRAFT,
      'comments/a.yaml': 'delegate: {name: A}\ncomments:\n  "x\\n\\n# H\\u202e": hello\n',
      'responses/r.yaml': '"y\\nz":\n  - to: ["a/x\\n/1"]\n    decision: noted\n',
    });
    const r = await runCheck(dir);
    const lines = r.messages.map(formatMessage);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).not.toMatch(/[\n\r\u202e]/u);
    expect(lines.join('\n')).toContain('dự thảo không có mục "x\\n\\n# H\\u202e"');
    expect(oneLine('a\tb\u0000')).toBe('a\\tb\\u0000');
  });
});
