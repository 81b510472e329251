import { describe, expect, it } from 'vitest';
import { stemOf } from '../../src/model/text.js';

describe('stemOf', () => {
  it('takes the stem from the file name', () => {
    expect(stemOf('comments/le-duc-duc.yaml')).toBe('le-duc-duc');
    expect(stemOf('a.b.yml')).toBe('a.b');
    expect(stemOf('drafts/.hidden')).toBe('.hidden');
  });
});
