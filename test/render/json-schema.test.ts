import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseCoreYaml } from 'yaml';

import { parseComments } from '../../src/load/parse-comments.js';
import { parseResponses } from '../../src/load/parse-responses.js';
import { parseSettings } from '../../src/load/parse-settings.js';
import type { Message } from '../../src/messages.js';
import { caseInsensitivePattern, SCHEMA_FILES, schemaText } from '../../src/render/json-schema.js';
import type { SchemaFile } from '../../src/render/json-schema.js';
import { repoRoot } from '../helpers/workspace.js';

const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map<SchemaFile, ValidateFunction>();
function validator(name: SchemaFile): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    v = ajv.compile(SCHEMA_FILES[name]());
    validators.set(name, v);
  }
  return v;
}

/** Validate YAML text as an editor does: YAML 1.2 core types (numbers, booleans, null). */
function schemaAccepts(name: SchemaFile, source: string): boolean {
  return validator(name)(parseCoreYaml(source) ?? null);
}

const errors = (messages: Message[]): Message[] => messages.filter((m) => m.severity === 'error');

type Kind = 'comments' | 'responses' | 'settings';
const schemaOf: Record<Kind, SchemaFile> = {
  comments: 'comments.schema.json',
  responses: 'responses.schema.json',
  settings: 'settings.schema.json',
};
function loaderErrors(kind: Kind, source: string): Message[] {
  if (kind === 'comments') return errors(parseComments(source, 'comments/x.yaml').messages);
  if (kind === 'responses') return errors(parseResponses(source, 'responses/x.yaml').messages);
  return errors(parseSettings(source, 'gopy.yaml').messages);
}

const HEAD = 'delegate:\n  name: Lê Đức Dục\n';

describe('schemas/*.schema.json', () => {
  it.each(Object.keys(SCHEMA_FILES) as SchemaFile[])('%s is committed exactly as generated (npm run schemas)', (name) => {
    const committed = readFileSync(path.join(repoRoot, 'schemas', name), 'utf8');
    expect(committed).toBe(schemaText(name));
  });

  it.each(Object.keys(SCHEMA_FILES) as SchemaFile[])('%s is a valid draft-07 schema', (name) => {
    expect(() => new Ajv({ strict: false }).compile(SCHEMA_FILES[name]())).not.toThrow();
  });

  it('matches words in any letter case, as the loaders do', () => {
    const re = new RegExp(caseInsensitivePattern(['agree', 'on_behalf']), 'u');
    expect(re.test(' Agree ')).toBe(true);
    expect(re.test('ON_BEHALF')).toBe(true);
    expect(re.test('agreed')).toBe(false);
  });
});

describe('the bundled examples pass their schema', () => {
  const files: { kind: Kind; file: string }[] = [];
  const add = (kind: Kind, dir: string): void => {
    const abs = path.join(repoRoot, dir);
    if (!existsSync(abs)) return;
    for (const f of readdirSync(abs)) if (/\.ya?ml$/u.test(f)) files.push({ kind, file: `${dir}/${f}` });
  };
  add('comments', 'comments');
  add('responses', 'responses');
  if (existsSync(path.join(repoRoot, 'gopy.yaml'))) files.push({ kind: 'settings', file: 'gopy.yaml' });
  files.push({ kind: 'comments', file: 'test/fixtures/spec/nguyen-van-a.yaml' });

  it.each(files)('$file', ({ kind, file }) => {
    const source = readFileSync(path.join(repoRoot, file), 'utf8');
    expect(loaderErrors(kind, source)).toEqual([]);
    const v = validator(schemaOf[kind]);
    const ok = v(parseCoreYaml(source) ?? null);
    expect(ok ? [] : v.errors).toEqual([]);
  });
});

// Each case: the file, and whether the loader (and so the schema) must reject it.
const COMMENT_CASES: [string, string, boolean][] = [
  ['empty file', '', true],
  ['text instead of a mapping', 'Nhất trí.\n', true],
  ['no delegate', 'comments:\n  general: Nhất trí.\n', true],
  ['delegate as text', 'delegate: Lê Đức Dục\ncomments:\n  general: Nhất trí.\n', true],
  ['delegate without name', 'delegate:\n  title: Trưởng ban\ncomments:\n  general: Nhất trí.\n', true],
  ['empty name', 'delegate:\n  name:\ncomments:\n  general: Nhất trí.\n', true],
  ['blank name', 'delegate:\n  name: "  "\ncomments:\n  general: Nhất trí.\n', true],
  ['title as a list', `${HEAD}  title: [a, b]\ncomments:\n  general: Nhất trí.\n`, true],
  ['draft as a list', `${HEAD}draft: [1, 2]\ncomments:\n  general: Nhất trí.\n`, true],
  ['no comments', HEAD, true],
  ['comments as a list', `${HEAD}comments:\n  - Nhất trí.\n`, true],
  ['empty comment', `${HEAD}comments:\n  mt-01:\n`, true],
  ['blank comment', `${HEAD}comments:\n  mt-01: ""\n`, true],
  ['empty list', `${HEAD}comments:\n  mt-01: []\n`, true],
  ['list in a list', `${HEAD}comments:\n  mt-01:\n    - - Nhất trí.\n`, true],
  ['mapping without text', `${HEAD}comments:\n  mt-01:\n    kind: amend\n`, true],
  ['empty text', `${HEAD}comments:\n  mt-01:\n    text:\n`, true],
  ['text as a list', `${HEAD}comments:\n  mt-01:\n    text: [a]\n`, true],
  ['unknown kind', `${HEAD}comments:\n  mt-01:\n    kind: amendd\n    text: Sửa.\n`, true],
  ['kind as a list', `${HEAD}comments:\n  mt-01:\n    kind: [amend]\n    text: Sửa.\n`, true],
  ['id with a space', `${HEAD}comments:\n  mt-01:\n    id: a b\n    text: Sửa.\n`, true],
  ['id with a slash', `${HEAD}comments:\n  mt-01:\n    id: a/b\n    text: Sửa.\n`, true],
  ['quote as a mapping', `${HEAD}comments:\n  mt-01:\n    quote: {a: b}\n    text: Sửa.\n`, true],
  ['a list item without text', `${HEAD}comments:\n  mt-01:\n    - Sửa.\n    - kind: add\n`, true],
  ['the smallest file', `${HEAD}comments:\n  general: Nhất trí.\n`, false],
  ['empty comments (a warning only)', `${HEAD}comments:\n`, false],
  ['kind in capitals', `${HEAD}comments:\n  mt-01:\n    kind: Amend\n    text: Sửa.\n`, false],
  ['empty kind', `${HEAD}comments:\n  mt-01:\n    kind:\n    text: Sửa.\n`, false],
  [
    'numbers and yes/no stay text',
    `${HEAD}draft: 1.10\ndate: 2024-02-26\ncomments:\n  mt-02: 1.500\n  mt-03: yes\n  mt-04:\n    text: no\n    proposal: 1.500\n`,
    false,
  ],
  [
    'empty optional fields',
    `${HEAD}  title:\n  organization:\ndraft:\ndate:\ncomments:\n  mt-01:\n    text: Sửa.\n    quote:\n    proposal:\n    id:\n`,
    false,
  ],
  ['a list of both forms', `${HEAD}comments:\n  mt-01:\n    - Sửa.\n    - kind: add\n      text: Thêm.\n      id: them-1\n`, false],
  ['an anchor not in any draft (a warning only)', `${HEAD}comments:\n  khong-co: Ý kiến.\n`, false],
  ['kind as its Vietnamese label', `${HEAD}comments:\n  mt-01:\n    kind: bổ sung\n    text: Thêm.\n`, false],
  ['kind as a label with "đề nghị", in capitals', `${HEAD}comments:\n  mt-01:\n    kind: ĐỀ NGHỊ  Sửa đổi\n    text: Sửa.\n`, false],
  ['kind as a label that is none', `${HEAD}comments:\n  mt-01:\n    kind: đề nghị xem xét\n    text: Sửa.\n`, true],
];

const RESPONSE_CASES: [string, string, boolean][] = [
  ['a list at the top', '- to: all\n  decision: noted\n', true],
  ['a decision as text', 'mt-02: accepted\n', true],
  ['empty entry', 'mt-02:\n', true],
  ['no to', 'mt-02:\n  - decision: noted\n', true],
  ['empty to', 'mt-02:\n  - to:\n    decision: noted\n', true],
  ['to as a mapping', 'mt-02:\n  - to: {a: b}\n    decision: noted\n', true],
  ['an empty id in to', 'mt-02:\n  - to:\n      - a/mt-02/1\n      -\n    decision: noted\n', true],
  ['a mapping in to', 'mt-02:\n  - to: [{a: b}]\n    decision: noted\n', true],
  ['no decision', 'mt-02:\n  - to: all\n', true],
  ['unknown decision', 'mt-02:\n  - to: all\n    decision: acepted\n', true],
  ['decision as a list', 'mt-02:\n  - to: all\n    decision: [noted]\n', true],
  ['explained without note', 'mt-02:\n  - to: all\n    decision: explained\n', true],
  ['giải trình without note', 'mt-02:\n  - to: all\n    decision: Giải trình\n', true],
  ['decision as its Vietnamese label', 'mt-02:\n  - to: all\n    decision: tiếp thu một phần\n', false],
  ['decision as a label that is none', 'mt-02:\n  - to: all\n    decision: tiếp nhận\n', true],
  ['referred with an empty note', 'mt-02:\n  - to: all\n    decision: Referred\n    note:\n', true],
  ['note as a list', 'mt-02:\n  - to: all\n    decision: noted\n    note: [a]\n', true],
  ['empty file (a warning only)', '', false],
  [
    'all forms',
    'mt-02:\n  - to: [a/mt-02/1, b/mt-02/1]\n    decision: Accepted\n    note: Tiếp thu.\n  - to: c/mt-02/1\n    decision: explained\n    note: Vì …\ngeneral:\n  to: all\n  decision: noted\n',
    false,
  ],
  ['noted without note', 'general:\n  - to: all\n    decision: noted\n', false],
  ['an empty list of ids', 'general:\n  - to: []\n    decision: noted\n', false],
];

const SETTINGS_CASES: [string, string, boolean][] = [
  ['a list at the top', '- title: x\n', true],
  ['unknown language', 'lang: fr\n', true],
  ['empty language', 'lang:\n', true],
  ['title as a list', 'title: [a, b]\n', true],
  ['meeting as a list', 'meeting: [a]\n', true],
  ['meeting date as a list', 'meeting:\n  date: [2024]\n', true],
  ['signer as text', 'signer: Nguyễn Văn B\n', true],
  ['recipients as text', 'recipients: Lưu VP\n', true],
  ['delegates as text', 'delegates: Lê Đức Dục\n', true],
  ['a delegate without name', 'delegates:\n  - title: Trưởng ban\n', true],
  ['a delegate as a list', 'delegates:\n  - [a]\n', true],
  ['a blank delegate', 'delegates:\n  - ""\n', true],
  ['empty file', '', false],
  [
    'everything',
    'title: Báo cáo\nsubtitle: x\nlang: VI\nissuer: {parent: TỈNH ỦY LAI CHÂU, name: ĐẢNG ĐOÀN}\nnumber: Số 1-BC\nplace: Lai Châu\ndate: 2024-03-05\nrecipients: [Lưu VP]\nsigner: {on_behalf: T/M ĐẢNG ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn B}\nmeeting: {name: Hội nghị, date: 2024-03-15}\ndelegates:\n  - Lê Đức Dục\n  - {name: Trần Văn Quyết, organization: Sở Lao động, file: tran-van-quyet.yaml}\n  - organization: Huyện ủy Tam Đường\n',
    false,
  ],
  ['issuer and meeting as text', 'issuer: TỈNH ỦY\nmeeting: Hội nghị Ban Thường vụ\n', false],
  ['a date as typed in Vietnam (a warning only)', 'meeting:\n  date: 15/03/2024\n', false],
];

describe('the schemas reject what the loaders reject, and accept what they accept', () => {
  const all = [
    ...COMMENT_CASES.map((c) => ['comments', ...c] as const),
    ...RESPONSE_CASES.map((c) => ['responses', ...c] as const),
    ...SETTINGS_CASES.map((c) => ['settings', ...c] as const),
  ];
  it.each(all)('%s: %s', (kind, _name, source, broken) => {
    expect(loaderErrors(kind, source).length > 0).toBe(broken);
    expect(schemaAccepts(schemaOf[kind], source)).toBe(!broken);
  });

  it('marks an unknown field, which the loader warns about and ignores', () => {
    const source = `${HEAD}comments:\n  mt-01:\n    text: Sửa.\n    propsal: 1.500\n`;
    const { messages } = parseComments(source, 'comments/x.yaml');
    expect(messages.map((m) => m.rule)).toEqual(['unknown-field']);
    expect(schemaAccepts('comments.schema.json', source)).toBe(false);
    expect(schemaAccepts('settings.schema.json', 'titel: x\n')).toBe(false);
    expect(schemaAccepts('responses.schema.json', 'general:\n  to: all\n  decision: noted\n  nota: x\n')).toBe(false);
  });
});

describe('parseSettings: shapes and expected delegates', () => {
  it('reports wrong shapes with their place', () => {
    const { messages } = parseSettings('title: [a]\nmeeting:\n  name: Hội nghị\n  dat: 2024-03-15\nrecipients: Lưu VP\n', 'gopy.yaml');
    expect(messages.map((m) => [m.line, m.severity, m.rule])).toEqual([
      [1, 'error', 'settings-shape'],
      [4, 'warning', 'unknown-field'],
      [5, 'error', 'settings-shape'],
    ]);
    expect(messages[1]?.message).toContain('(có phải là "date"?)');
  });

  it('refuses a date it cannot read, at its place', () => {
    const { messages } = parseSettings('meeting:\n  date: tháng 3\ndate: 2024-02-30\n', 'gopy.yaml');
    expect(messages.map((m) => [m.line, m.column, m.severity, m.rule])).toEqual([
      [2, 9, 'error', 'bad-date'],
      [3, 7, 'error', 'bad-date'],
    ]);
  });
});
