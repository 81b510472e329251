// The JSON Schemas editors use to complete and check the files as
// they are typed (`npm run schemas` writes them to schemas/; `gopy init`
// copies them into a workspace). Descriptions are in Vietnamese: the people
// who read them in an editor are the secretariat and the delegates.
//
// The schemas mirror the loaders: whatever the loader rejects with an error,
// the schema rejects too. They are a little stricter in one way on purpose:
// an unknown field, which the loader only warns about and ignores, is marked
// in the editor, so that a typo such as `propsal:` is seen before it is lost.
// What needs the draft or other files (is the anchor in the draft? does the
// decision name an existing comment?) is for `gopy check`, not the schema.

import {
  COMMENT_FIELDS,
  COMMENT_FILE_FIELDS,
  DECISION_MEANINGS,
  DELEGATE_FIELDS,
  EXPECTED_DELEGATE_FIELDS,
  ISSUER_FIELDS,
  LANGS,
  MEETING_FIELDS,
  NOTE_REQUIRED,
  RESPONSE_FIELDS,
  SETTINGS_FIELDS,
  SIGNER_FIELDS,
} from '../model/fields.js';
import { labels } from '../i18n/index.js';
import { acceptedWords, DECISION_LABELS, KIND_LABELS, KIND_PREFIX } from '../model/vocabulary.js';
import { COMMENT_KINDS, DECISIONS } from '../model/types.js';

export type JsonSchema = Record<string, unknown>;

// ---- JSON Schema building blocks ----

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * A value typed as text. The loaders read every value as text, while an
 * editor reads `1.500` as a number and `yes` as true: both are text here.
 */
const TEXT_TYPES = ['string', 'number', 'boolean'];

/** Text that may be left empty (`title:` with nothing after it). */
function optionalText(description: string): JsonSchema {
  return { description, type: [...TEXT_TYPES, 'null'] };
}

/** Text that must be there and not blank. */
function requiredText(description: string): JsonSchema {
  return { description, type: TEXT_TYPES, pattern: '\\S' };
}

/** A regular expression matching any of the words in any letter case, as the loaders compare them. */
export function caseInsensitivePattern(words: readonly string[]): string {
  const ci = (w: string): string =>
    [...w]
      .map((ch) => {
        if (ch === ' ') return '\\s+';
        const up = ch.toLocaleUpperCase('vi');
        return up !== ch && [...up].length === 1 ? `[${up}${ch}]` : ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      })
      .join('');
  return `^\\s*(?:${words.map(ci).join('|')})\\s*$`;
}

/** One of the words (completed by editors from `enum`; other letter cases accepted as the loaders do). */
function wordOf(
  description: string,
  words: readonly string[],
  meanings: Record<string, string> | null,
  nullable: boolean,
  written: readonly string[] = words,
): JsonSchema {
  const exact: JsonSchema = { enum: nullable ? [...words, null] : [...words] };
  if (meanings) exact['enumDescriptions'] = [...words.map((w) => meanings[w] ?? ''), ...(nullable ? [''] : [])];
  return { description, anyOf: [exact, { type: 'string', pattern: caseInsensitivePattern(written) }] };
}

/** A mapping of the given text fields, nothing else. */
function textFields(description: string, table: Record<string, string>, required: readonly string[] = []): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [k, d] of Object.entries(table)) properties[k] = required.includes(k) ? requiredText(d) : optionalText(d);
  const out: JsonSchema = { description, type: 'object', additionalProperties: false, properties };
  if (required.length > 0) out['required'] = [...required];
  return out;
}

const ANCHOR_KEY = { pattern: '\\S' };

// ---- the three schemas ----

export function commentsSchema(): JsonSchema {
  const F = COMMENT_FIELDS;
  return {
    $schema: DRAFT_07,
    title: 'Tệp góp ý của một đại biểu hoặc đơn vị (gopy)',
    description: 'Một tệp cho mỗi đại biểu hoặc đơn vị, trong thư mục comments/. Kiểm tra bằng lệnh: gopy check',
    type: 'object',
    required: ['delegate', 'comments'],
    additionalProperties: false,
    properties: {
      delegate: textFields(COMMENT_FILE_FIELDS.delegate, DELEGATE_FIELDS, ['name']),
      draft: optionalText(COMMENT_FILE_FIELDS.draft),
      date: optionalText(COMMENT_FILE_FIELDS.date),
      comments: {
        description: COMMENT_FILE_FIELDS.comments,
        type: ['object', 'null'],
        propertyNames: ANCHOR_KEY,
        additionalProperties: { $ref: '#/definitions/commentsOnAnchor' },
      },
    },
    definitions: {
      text: requiredText(F.text),
      comment: {
        description: 'Một ý kiến: bắt buộc có "text:"; có thể thêm kind, quote, proposal, id.',
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: {
          text: requiredText(F.text),
          kind: wordOf(F.kind, COMMENT_KINDS, labels('vi').kinds, true, acceptedWords(COMMENT_KINDS, KIND_LABELS, KIND_PREFIX)),
          quote: optionalText(F.quote),
          proposal: optionalText(F.proposal),
          id: { description: F.id, type: ['string', 'number', 'null'], pattern: '^\\s*[^\\s/]*\\s*$' },
        },
      },
      oneComment: { anyOf: [{ $ref: '#/definitions/text' }, { $ref: '#/definitions/comment' }] },
      commentsOnAnchor: {
        description: 'Ý kiến về mục này: một dòng chữ, một ý kiến có "text:", hoặc danh sách các ý kiến.',
        anyOf: [
          { $ref: '#/definitions/text' },
          { $ref: '#/definitions/comment' },
          { type: 'array', minItems: 1, items: { $ref: '#/definitions/oneComment' } },
        ],
      },
    },
  };
}

export function responsesSchema(): JsonSchema {
  const F = RESPONSE_FIELDS;
  const id = requiredText('Mã ý kiến, ví dụ le-duc-duc/mt-02/1.');
  return {
    $schema: DRAFT_07,
    title: 'Tệp xử lý ý kiến của cơ quan soạn thảo (gopy)',
    description: 'Theo mã mục (anchor): mỗi mục một hoặc nhiều quyết định xử lý. Kiểm tra bằng lệnh: gopy check',
    type: ['object', 'null'],
    propertyNames: ANCHOR_KEY,
    additionalProperties: {
      anyOf: [{ $ref: '#/definitions/decision' }, { type: 'array', items: { $ref: '#/definitions/decision' } }],
    },
    definitions: {
      decision: {
        description: 'Một quyết định xử lý: to, decision và note.',
        type: 'object',
        required: ['to', 'decision'],
        additionalProperties: false,
        properties: {
          to: { description: F.to, anyOf: [id, { type: 'array', items: id }] },
          decision: wordOf(F.decision, DECISIONS, DECISION_MEANINGS, false, acceptedWords(DECISIONS, DECISION_LABELS)),
          note: optionalText(F.note),
        },
        allOf: [
          {
            if: {
              required: ['decision'],
              properties: { decision: { type: 'string', pattern: caseInsensitivePattern(acceptedWords(NOTE_REQUIRED, DECISION_LABELS)) } },
            },
            then: { required: ['note'], properties: { note: requiredText(F.note) } },
          },
        ],
      },
    },
  };
}

export function settingsSchema(): JsonSchema {
  const F = SETTINGS_FIELDS;
  const orMap = (description: string, table: Record<string, string>): JsonSchema => ({
    description,
    anyOf: [optionalText(description), textFields(description, table)],
  });
  const expected = textFields('Một đại biểu hoặc đơn vị được xin ý kiến.', EXPECTED_DELEGATE_FIELDS);
  expected['anyOf'] = [
    { required: ['name'], properties: { name: { pattern: '\\S' } } },
    { required: ['organization'], properties: { organization: { pattern: '\\S' } } },
  ];
  return {
    $schema: DRAFT_07,
    title: 'Cài đặt của đợt lấy ý kiến (gopy.yaml)',
    description: 'Mọi mục đều không bắt buộc.',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      title: optionalText(F.title),
      subtitle: optionalText(F.subtitle),
      opening: optionalText(F.opening),
      closing: optionalText(F.closing),
      lang: wordOf(F.lang, LANGS, { vi: 'Tiếng Việt', en: 'English' }, false),
      issuer: orMap(F.issuer, ISSUER_FIELDS),
      number: optionalText(F.number),
      place: optionalText(F.place),
      date: optionalText(F.date),
      meeting: orMap(F.meeting, MEETING_FIELDS),
      recipients: { description: F.recipients, anyOf: [{ type: 'null' }, { type: 'array', items: optionalText('Một nơi nhận.') }] },
      signer: { description: F.signer, anyOf: [{ type: 'null' }, textFields(F.signer, SIGNER_FIELDS)] },
      delegates: {
        description: F.delegates,
        anyOf: [{ type: 'null' }, { type: 'array', items: { anyOf: [requiredText('Họ tên đại biểu, hoặc tên đơn vị.'), expected] } }],
      },
    },
  };
}

/** The files `npm run schemas` writes to schemas/ and `gopy init` copies to .gopy/schemas/. */
export const SCHEMA_FILES = {
  'comments.schema.json': commentsSchema,
  'responses.schema.json': responsesSchema,
  'settings.schema.json': settingsSchema,
} as const;

export type SchemaFile = keyof typeof SCHEMA_FILES;

/** The text of a schema file, exactly as written to disk. */
export function schemaText(name: SchemaFile): string {
  return `${JSON.stringify(SCHEMA_FILES[name](), null, 2)}\n`;
}
