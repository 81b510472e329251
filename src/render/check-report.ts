// What `gopy check` prints besides its messages: the JSON report for tools
// (schema gopy/check@1) and the one-line summary for people.

import { words } from '../i18n/index.js';
import type { Lang } from '../model/types.js';

/** A message as check prints it (messages.ts: severity, place, text, rule). */
export interface CheckMessage {
  severity: 'error' | 'warning' | 'info';
}

export interface CheckResult {
  /** The draft checked (workspace-relative), or null when there is none. */
  draft: string | null;
  commentFiles: number;
  /** Comment files that could not be read at all. */
  unreadFiles: number;
  responseFiles: number;
  comments: number;
  messages: readonly CheckMessage[];
}

function count(r: CheckResult, sev: CheckMessage['severity']): number {
  return r.messages.filter((m) => m.severity === sev).length;
}

export function renderCheckJson(r: CheckResult): string {
  const errors = count(r, 'error');
  const report = {
    schema: 'gopy/check@1',
    ok: errors === 0,
    draft: r.draft,
    files: { comments: r.commentFiles, responses: r.responseFiles },
    comments: r.comments,
    errors,
    warnings: count(r, 'warning'),
    messages: r.messages,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** "drafts/du-thao-1.md: 2 tệp góp ý, 4 ý kiến, …; 0 lỗi, 1 cảnh báo" */
export function renderCheckLine(r: CheckResult, lang: Lang): string {
  const W = words(lang).check;
  const summary = W.summary({
    files: r.commentFiles + r.unreadFiles,
    unread: r.unreadFiles,
    comments: r.comments,
    responses: r.responseFiles,
    errors: count(r, 'error'),
    warnings: count(r, 'warning'),
  });
  return `${r.draft ?? W.noDraft}: ${summary}`;
}
