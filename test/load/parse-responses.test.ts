import { describe, expect, it } from 'vitest';
import { parseResponses } from '../../src/load/parse-responses.js';

describe('parseResponses', () => {
  it('reads the contract example', () => {
    const src = [
      'mt-02:',
      '  - to: [le-duc-duc/mt-02/1, huyen-uy-tam-duong/mt-02/1]',
      '    decision: accepted',
      '    note: Tiếp thu; đã nâng chỉ tiêu lên 1.500 hội viên mỗi năm.',
      'general:',
      '  - to: all',
      '    decision: noted',
      '    note: Ghi nhận.',
    ].join('\n');
    const { data, messages } = parseResponses(src, 'responses/r.yaml');
    expect(messages).toEqual([]);
    expect(data?.entries).toHaveLength(2);
    expect(data?.entries[0]).toMatchObject({ key: 'mt-02', decision: 'accepted', line: 2, column: 5 });
    expect(data?.entries[0]?.to).toEqual([
      { id: 'le-duc-duc/mt-02/1', line: 2, column: 10 },
      { id: 'huyen-uy-tam-duong/mt-02/1', line: 2, column: 30 },
    ]);
    expect(data?.entries[1]?.to).toBe('all');
    expect(data?.entries[0]?.note).toContain('1.500');
  });

  it('accepts a single mapping and a single id', () => {
    const { data } = parseResponses('mt-01:\n  to: a/mt-01/1\n  decision: Noted\n', 'r.yaml');
    expect(data?.entries[0]).toMatchObject({ decision: 'noted', to: [{ id: 'a/mt-01/1' }] });
  });

  it('requires a note for explained and referred, and known decisions', () => {
    const src =
      'a:\n  - {to: all, decision: explained}\n  - {to: all, decision: referred}\n  - {to: all, decision: acepted}\n  - {decision: noted}\n  - {to: all}\n  - just text\n';
    const { messages } = parseResponses(src, 'r.yaml');
    expect(messages.map((m) => m.rule)).toEqual([
      'missing-note',
      'missing-note',
      'unknown-decision',
      'missing-to',
      'missing-decision',
      'response-shape',
    ]);
    expect(messages[2]?.message).toContain('có phải là "accepted"');
  });

  it('treats an empty file as no decisions', () => {
    const { data, messages } = parseResponses('', 'r.yaml');
    expect(data?.entries).toEqual([]);
    expect(messages[0]?.severity).toBe('warning');
  });

  it('rejects a list at the top', () => {
    expect(parseResponses('- a\n', 'r.yaml').messages[0]?.rule).toBe('responses-shape');
  });
});

describe('to: [all]', () => {
  it('means to: all, and may not be mixed with ids', () => {
    expect(parseResponses('general:\n  - {to: [all], decision: noted}\n', 'r.yaml').data?.entries[0]?.to).toBe('all');
    expect(parseResponses('general:\n  - {to: [all, a/general/1], decision: noted}\n', 'r.yaml').messages[0]?.rule).toBe('response-shape');
  });
});
