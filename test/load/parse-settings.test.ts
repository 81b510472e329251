import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/load/parse-settings.js';

describe('parseSettings', () => {
  it('gives typed fields: mappings and their one-line forms alike', () => {
    const { data, messages } = parseSettings(
      [
        'title: "  Báo cáo tổng hợp  "',
        'lang: EN',
        'issuer: {parent: TỈNH ỦY LAI CHÂU, name: ĐẢNG ĐOÀN}',
        'number: "Số    -BC/TU"',
        'place: Lai Châu',
        'date: 2024-03-05',
        'meeting: Hội nghị Ban Thường vụ',
        'recipients: [Lưu VP]',
        'signer: {on_behalf: T/M BAN THƯỜNG VỤ, name: Lò Văn Kim}',
        'delegates:',
        '  - Lê Đức Dục',
        '  - {organization: Sở Tài chính, file: so-tai-chinh}',
      ].join('\n'),
      'gopy.yaml',
    );
    expect(messages).toEqual([]);
    expect(data).toEqual({
      title: 'Báo cáo tổng hợp',
      subtitle: null,
      lang: 'en',
      issuer: { name: 'ĐẢNG ĐOÀN', parent: 'TỈNH ỦY LAI CHÂU' },
      number: 'Số    -BC/TU',
      place: 'Lai Châu',
      date: '2024-03-05',
      meeting: { name: 'Hội nghị Ban Thường vụ', date: null },
      recipients: ['Lưu VP'],
      signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: null, name: 'Lò Văn Kim' },
      opening: null,
      closing: null,
      delegates: [
        { name: 'Lê Đức Dục', title: null, organization: null, group: null, file: null },
        { name: 'Sở Tài chính', title: null, organization: 'Sở Tài chính', group: null, file: 'so-tai-chinh' },
      ],
    });
  });

  it('reads a one-line issuer as its name, a meeting mapping with its date, blanks as not set', () => {
    const { data } = parseSettings(
      'issuer: TỈNH ỦY\nmeeting: {name: Hội nghị, date: 2024-03-15}\nplace: ""\nrecipients: [A, B]\n',
      'gopy.yaml',
    );
    expect(data.issuer).toEqual({ name: 'TỈNH ỦY', parent: null });
    expect(data.meeting).toEqual({ name: 'Hội nghị', date: '2024-03-15' });
    expect(data.place).toBeNull();
    expect(data.recipients).toEqual(['A', 'B']);
  });

  it('falls back to the defaults for an empty file or a list', () => {
    expect(parseSettings('', 'gopy.yaml').data).toEqual(DEFAULT_SETTINGS);
    const r = parseSettings('- a\n', 'gopy.yaml');
    expect(r.data).toEqual(DEFAULT_SETTINGS);
    expect(r.messages.map((m) => m.rule)).toEqual(['settings-shape']);
  });
});

describe('parseSettings: dates as typed in Vietnam', () => {
  it.each([['1/12/2026'], ['01/12/2026'], ['1-12-2026'], ['1.12.2026'], ['2026-12-01'], ['"01/12/2026"'], ["'1.12.2026'"]])(
    'reads date: %s day first, in the one form the report prints',
    (typed) => {
      const { data, messages } = parseSettings(`date: ${typed}\nmeeting:\n  date: ${typed}\n`, 'gopy.yaml');
      expect(messages).toEqual([]);
      expect(data.date).toBe('2026-12-01');
      expect(data.meeting.date).toBe('2026-12-01');
    },
  );

  it('says in plain Vietnamese why a date cannot be, on its line, with the fix', () => {
    const { messages } = parseSettings('place: Lai Châu\ndate: 31/02/2026\nmeeting:\n  date: 13/13/2026\n', 'gopy.yaml');
    expect(messages.map((m) => [m.line, m.column, m.severity, m.rule])).toEqual([
      [2, 7, 'error', 'bad-date'],
      [4, 9, 'error', 'bad-date'],
    ]);
    expect(messages[0]?.message).toBe(
      '"date: 31/02/2026" không phải là ngày có thật: tháng 2 năm 2026 chỉ có 28 ngày; hãy sửa lại ngày cho đúng',
    );
    expect(messages[1]?.message).toContain('không có tháng 13 (tháng từ 1 đến 12); ngày ghi theo thứ tự ngày/tháng/năm, ví dụ 01/12/2026');
  });
});

describe('parseSettings: blanks left for the user', () => {
  it('warns at each blank in square brackets, and only there', () => {
    const { data, messages } = parseSettings(
      [
        'issuer: "[TÊN CƠ QUAN]"',
        'number: "Số    -BC/TU"',
        'recipients:',
        '  - Lưu VP',
        '  - "[Nơi nhận]"',
        'signer:',
        '  name: "[Họ và tên người ký]"',
        'title: "Báo cáo [ ]"',
      ].join('\n'),
      'gopy.yaml',
    );
    expect(messages.map((m) => [m.line, m.column, m.severity, m.rule])).toEqual([
      [1, 9, 'warning', 'settings-placeholder'],
      [5, 5, 'warning', 'settings-placeholder'],
      [7, 9, 'warning', 'settings-placeholder'],
    ]);
    expect(data.signer.name).toBe('[Họ và tên người ký]');
  });
});
