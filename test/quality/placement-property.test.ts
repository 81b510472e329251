// Nothing misplaced across versions: generated drafts, revisions whose
// section correspondences the generator knows (chapters retitled, re-anchored,
// removed, inserted, swapped, edited; items inserted above others, removed,
// edited, merged), and a comment on every section of the old version (keyed
// by anchor, sometimes by citation) plus some on anchors that do not exist.
// Placed against the new version, every comment must land exactly once: on
// its section's known counterpart, or unplaced with the right reason — never
// anywhere else. The expectations come from the generator, not from gopy.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseComments } from '../../src/load/parse-comments.js';
import { parseDraft } from '../../src/load/parse-draft.js';
import { placeAll } from '../../src/model/placement.js';
import { buildSynthesis } from '../../src/model/synthesis.js';
import type { Draft } from '../../src/model/types.js';
import { GENERAL } from '../../src/model/types.js';
import { DEFAULT_SETTINGS } from '../../src/load/parse-settings.js';

const VOCAB =
  'hội nông dân tỉnh huyện xã chi tổ nghề phát triển kinh tế chất lượng hoạt động đổi mới phương thức tuyên truyền vận động hội viên kết nạp thực hiện nghị quyết chương trình kế hoạch cấp ủy chính quyền mặt trận đoàn thể bảo đảm lãnh đạo kiểm tra giám sát đánh giá nguồn lực hỗ trợ sản xuất kinh doanh giỏi đoàn kết làm giàu giảm nghèo bền vững nông thôn'.split(
    ' ',
  );

interface Sec {
  /** The generator's name for the section, written into its text as a word of its own. */
  id: string;
  title: string;
  text: string;
  /** Explicit anchor, or null for an automatic one. */
  explicit: string | null;
}
interface Chapter extends Sec {
  items: Sec[];
}

/** Where an old section's comments must go: a new section's id, or unplaced as removed; `either` for a merge. */
type Fate = { to: string } | { removed: true } | { either: string };

function scenario(seed: number): { before: string; after: string; fate: Map<string, Fate> } {
  let state = seed >>> 0 || 1;
  const rand = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let n = 0;
  // A unique marker word ("zq12") keeps each text findable; the rest is ordinary Vietnamese.
  const sentence = (id: string, words: number): string => {
    const w = Array.from({ length: words }, () => pick(VOCAB));
    w.splice(Math.floor(rand() * words), 0, id);
    return `${w.join(' ')}.`;
  };
  const section = (kind: 'c' | 'i'): Sec => {
    const id = `zq${++n}`;
    return {
      id,
      title: kind === 'c' ? `Chương mục ${id}` : '',
      text: sentence(id, 11),
      explicit: rand() < 0.3 ? `a-${id}` : null,
    };
  };
  const chapter = (): Chapter => ({ ...section('c'), items: Array.from({ length: 2 + Math.floor(rand() * 4) }, () => section('i')) });
  const render = (chs: readonly Chapter[]): string => {
    const out = ['# VĂN BẢN', ''];
    chs.forEach((ch, c) => {
      out.push(`## ${c + 1}. ${ch.title}${ch.explicit ? ` {#${ch.explicit}}` : ''}`, '', ch.text, '');
      ch.items.forEach((it, k) => out.push(`${k + 1}. ${it.text}${it.explicit ? ` {#${it.explicit}}` : ''}`));
      out.push('');
    });
    return out.join('\n');
  };
  const edit = (text: string): string => {
    const w = text.split(' ');
    const at = 1 + Math.floor(rand() * (w.length - 2));
    if (!/^zq/u.test(w[at] ?? '')) w[at] = 'sửa';
    return w.join(' ');
  };

  const old: Chapter[] = Array.from({ length: 3 + Math.floor(rand() * 2) }, chapter);
  const before = render(old);
  const fate = new Map<string, Fate>();
  const next: Chapter[] = [];
  for (const ch of structuredClone(old)) {
    if (rand() < 0.15) next.push(chapter()); // a chapter inserted above
    const op = rand();
    if (op < 0.12) {
      fate.set(ch.id, { removed: true });
      for (const it of ch.items) fate.set(it.id, { removed: true });
      continue;
    }
    fate.set(ch.id, { to: ch.id });
    if (op < 0.3) ch.title = `${ch.title} mới`;
    else if (op < 0.4 && ch.explicit) ch.explicit = `${ch.explicit}-moi`;
    else if (op < 0.55) ch.text = edit(ch.text);
    const items: Sec[] = [];
    for (let k = 0; k < ch.items.length; k++) {
      const it = ch.items[k] as Sec;
      if (rand() < 0.2) items.push(section('i')); // an item inserted above: the rest move down
      const o = rand();
      const following = ch.items[k + 1];
      if (o < 0.15) {
        fate.set(it.id, { removed: true });
        continue;
      }
      if (o < 0.25 && following) {
        // Merged: one item now says both; either part may be taken for it, the other has no counterpart.
        const merged = { ...following, text: `${it.text} ${following.text}` };
        fate.set(it.id, { either: following.id });
        fate.set(following.id, { either: following.id });
        items.push(merged);
        k++;
        continue;
      }
      fate.set(it.id, { to: it.id });
      if (o < 0.4) it.text = edit(it.text);
      items.push(it);
    }
    ch.items = items;
    next.push(ch);
  }
  if (next.length > 2 && rand() < 0.3) {
    const [a, b] = [next[0] as Chapter, next[1] as Chapter];
    next[0] = b;
    next[1] = a;
  }
  return { before, after: render(next), fate };
}

const parse = (text: string, file: string): Draft => parseDraft(`---\nversion: "${file.slice(-4, -3)}"\n---\n${text}`, file).draft;

/** The generator's id of each section, by the marker word in its text. */
function ids(d: Draft): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of d.sections) {
    // A merged item holds both markers and goes by the second (see scenario).
    const found = s.text.match(/\bzq\d+\b/gu);
    const last = found?.[found.length - 1];
    if (last) out.set(s.anchor, last);
  }
  return out;
}

describe('placement across versions: generated revisions with known correspondences', () => {
  it('puts every comment on its known counterpart or among the unplaced with the right reason, exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), (seed, byCitation) => {
        const { before, after, fate } = scenario(seed);
        const v1 = parse(before, 'drafts/du-thao-1.md');
        const v2 = parse(after, 'drafts/du-thao-2.md');
        const oldIds = ids(v1);
        const newAnchorOf = new Map([...ids(v2)].map(([anchor, id]) => [id, anchor]));
        // A comment on every section that has an id, keyed by anchor or (sometimes) by citation, and two on nothing.
        const keys = v1.sections
          .filter((s) => oldIds.has(s.anchor))
          .map((s, i) => ({ key: byCitation && i % 2 === 0 && s.code !== '' ? s.code : s.anchor, id: oldIds.get(s.anchor) ?? '' }));
        const yaml = [
          'delegate: {name: A}',
          'draft: du-thao-1',
          'comments:',
          '  general: Chung.',
          ...keys.map((k) => `  ${JSON.stringify(k.key)}: Ý kiến về ${k.id}.`),
          '  khong-co-muc-nay: Lạc.',
          '  zz-9: Lạc nữa.',
        ].join('\n');
        const file = parseComments(yaml, 'comments/a.yaml').data;
        if (!file) throw new Error('bad generated comment file');
        const { placed } = placeAll({ report: v2, drafts: [v1, v2], files: [file] });
        expect(placed).toHaveLength(keys.length + 3);
        for (const p of placed) {
          const key = p.comment.key;
          if (key === 'general') {
            expect(p.section).toBe(GENERAL);
            continue;
          }
          if (key === 'khong-co-muc-nay' || key === 'zz-9') {
            expect([p.section, p.reason]).toEqual([null, 'unknown-anchor']);
            continue;
          }
          const id = keys.find((k) => k.key === key)?.id ?? '';
          const f = fate.get(id);
          const where = p.section === null ? `unplaced:${p.reason ?? ''}` : p.section === GENERAL ? GENERAL : p.section.anchor;
          const ctx = `${key} (${id}) → ${where}; seed ${seed}`;
          if (f === undefined) throw new Error(`no fate for ${ctx}`);
          if ('to' in f) expect(where, ctx).toBe(newAnchorOf.get(f.to));
          else if ('removed' in f) expect(where, ctx).toBe('unplaced:removed');
          else expect([newAnchorOf.get(f.either), 'unplaced:removed'], ctx).toContain(where);
          expect(p.from?.draft).toBe('du-thao-1');
        }
        // And the report built from it lists each comment exactly once, numbered without a gap.
        const s = buildSynthesis({ draft: v2, files: [file], placed, rulings: new Map(), settings: DEFAULT_SETTINGS, lang: 'vi' });
        const listed = [...s.sections.flatMap((x) => x.comments), ...s.unplaced];
        expect(listed.map((c) => c.id).sort()).toEqual(file.comments.map((c) => c.id).sort());
        expect(listed.map((c) => c.no)).toEqual(listed.map((_, i) => i + 1));
      }),
      { numRuns: 60 },
    );
  });
});
