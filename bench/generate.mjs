// Synthetic consultations for the benchmark: a draft of N sections, D
// delegate files of C comments each (every comment form, some unknown
// anchors, quotes taken from the draft), and decision files covering part of
// the comments. Deterministic: the same sizes always give the same files.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small deterministic PRNG (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'nông dân hội viên đổi mới nâng cao chất lượng hoạt động tổ chức cơ sở chi hội phong trào thi đua sản xuất kinh doanh ' +
  'giỏi đoàn kết giúp nhau làm giàu giảm nghèo bền vững tuyên truyền vận động cán bộ đảng viên cấp ủy chính quyền ' +
  'mặt trận đoàn thể nghị quyết chương trình hành động nhiệm vụ giải pháp mục tiêu chỉ tiêu kết nạp đào tạo nghề ' +
  'bảo hiểm xã hội tự nguyện hợp tác xã chuỗi giá trị nông sản an toàn chuyển đổi số thị trường vốn vay ưu đãi'
).split(' ');
const KINDS = ['agree', 'amend', 'add', 'delete', 'question', 'other'];
const GROUPS = [
  'Các ban đảng Tỉnh ủy',
  'Huyện ủy, Thành ủy',
  'Sở, ban, ngành',
  'Hội Nông dân các huyện',
  'Mặt trận và đoàn thể',
  'Doanh nghiệp',
  null,
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Lò', 'Lù', 'Tẩn'];
const GIVEN = ['Văn Quyết', 'Thị Hà', 'Đức Dục', 'Minh Tuấn', 'Thị Lan', 'Văn Thắng', 'Quốc Hưng', 'Thị Mai', 'A Sử', 'Văn Páo'];

function words(rand, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return out.join(' ');
}

function sentence(rand, min, max) {
  const s = words(rand, min + Math.floor(rand() * (max - min)));
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/** YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s) => JSON.stringify(s);

/**
 * The draft: units of 10 sections — a `##` heading with an automatic anchor,
 * a `###` heading with an explicit one, and an ordered list of 8 items (the
 * first explicitly anchored, the others automatic).
 */
export function makeDraft(sections, seed = 1) {
  const rand = prng(seed);
  const units = Math.max(1, Math.round(sections / 10));
  const roman = (n) => {
    const table = [
      [1000, 'M'],
      [900, 'CM'],
      [500, 'D'],
      [400, 'CD'],
      [100, 'C'],
      [90, 'XC'],
      [50, 'L'],
      [40, 'XL'],
      [10, 'X'],
      [9, 'IX'],
      [5, 'V'],
      [4, 'IV'],
      [1, 'I'],
    ];
    let out = '';
    for (const [v, s] of table)
      while (n >= v) {
        out += s;
        n -= v;
      }
    return out;
  };
  const lines = [
    '---',
    'title: Dự thảo Chương trình hành động thử nghiệm',
    'version: 1',
    'date: 2024-02-20',
    '---',
    '',
    '# CHƯƠNG TRÌNH HÀNH ĐỘNG',
    '',
    sentence(rand, 30, 60),
    '',
  ];
  const anchors = [];
  const quotes = new Map();
  for (let k = 1; k <= units; k++) {
    lines.push(`## ${roman(k)}. Nhiệm vụ trọng tâm ${k}`, '', `${sentence(rand, 20, 50)} Nội dung trọng tâm số ${k}.`, '');
    anchors.push(`nhiem-vu-trong-tam-${k}`);
    quotes.set(`nhiem-vu-trong-tam-${k}`, `Nội dung trọng tâm số ${k}`);
    lines.push(`### ${k}.1. Giải pháp thực hiện nhiệm vụ ${k} {#nv-${k}}`, '', `${sentence(rand, 20, 50)} Giải pháp số ${k}.`, '');
    anchors.push(`nv-${k}`);
    quotes.set(`nv-${k}`, `Giải pháp số ${k}`);
    for (let n = 1; n <= 8; n++) {
      const anchor = n === 1 ? `mt-${k}-1` : `nv-${k}.${n}`;
      lines.push(`${n}. ${sentence(rand, 12, 30)} Chỉ tiêu ${k}.${n} đạt ${Math.floor(rand() * 100)}%.${n === 1 ? ` {#${anchor}}` : ''}`);
      anchors.push(anchor);
      quotes.set(anchor, `Chỉ tiêu ${k}.${n}`);
    }
    lines.push('');
  }
  return { text: `${lines.join('\n')}\n`, anchors, quotes };
}

/**
 * Write a whole workspace. `decided` is the share of comments that get an
 * explicit decision; general comments all get `to: all`.
 */
export function generateWorkspace(dir, { files, comments, sections, decided = 0.5, unknown = 0.01, seed = 7 }) {
  const rand = prng(seed);
  const draft = makeDraft(sections, seed);
  mkdirSync(path.join(dir, 'drafts'), { recursive: true });
  mkdirSync(path.join(dir, 'comments'), { recursive: true });
  mkdirSync(path.join(dir, 'responses'), { recursive: true });
  writeFileSync(path.join(dir, 'drafts', 'du-thao-1.md'), draft.text);
  writeFileSync(
    path.join(dir, 'gopy.yaml'),
    'title: Báo cáo tổng hợp ý kiến (thử nghiệm hiệu năng)\nissuer: {parent: ĐẢNG BỘ TỈNH LAI CHÂU, name: TỈNH ỦY}\nplace: Lai Châu\ndate: 2024-03-05\n',
  );

  // Decisions, grouped by response file (one per 100 delegates) and anchor.
  const RESP_PER = 100;
  let respBlock = new Map();
  let total = 0;
  let yamlBytes = 0;
  const flushResponses = (index) => {
    const out = [];
    for (const [anchor, byDecision] of respBlock) {
      out.push(`${anchor}:`);
      for (const [decision, ids] of byDecision) {
        out.push('  - to:');
        for (const id of ids) out.push(`      - ${id}`);
        out.push(`    decision: ${decision}`);
        out.push(`    note: ${q(`Ý kiến về ${anchor}: ${sentence(rand, 6, 14)}`)}`);
      }
    }
    const text = `${out.join('\n')}\n`;
    yamlBytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, 'responses', `quyet-dinh-${String(index).padStart(4, '0')}.yaml`), text);
    respBlock = new Map();
  };
  const decisions = ['accepted', 'partial', 'explained', 'noted', 'referred'];
  let sawGeneral = false;
  // `to: all` on general: once, in a file of its own.

  for (let f = 0; f < files; f++) {
    const stem = `dai-bieu-${String(f + 1).padStart(5, '0')}`;
    const group = GROUPS[f % GROUPS.length];
    const lines = [
      `# Ý kiến góp ý của đại biểu số ${f + 1}`,
      'delegate:',
      `  name: ${SURNAMES[f % SURNAMES.length]} ${GIVEN[Math.floor(f / SURNAMES.length) % GIVEN.length]} ${f + 1}`,
      `  title: ${q(`Ủy viên Ban Chấp hành, đơn vị ${f % 97}`)}`,
      `  organization: ${q(`Cơ quan số ${f % 211}`)}`,
    ];
    if (group) lines.push(`  group: ${group}`);
    lines.push('draft: du-thao-1', 'date: 2024-02-26', 'comments:');
    // Distinct anchor keys, each taking 1–3 comments, until `comments` are placed.
    let left = comments;
    const used = new Set();
    while (left > 0) {
      let key;
      const r = rand();
      if (r < unknown) key = `khong-co-muc-${Math.floor(rand() * 1000)}`;
      else if (r < unknown + 0.03) key = 'general';
      else key = draft.anchors[Math.floor(rand() * draft.anchors.length)];
      if (used.has(key)) continue;
      used.add(key);
      const n = Math.min(left, rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 2));
      left -= n;
      const items = [];
      for (let i = 0; i < n; i++) {
        const form = rand();
        const text = sentence(rand, 15, 45);
        if (form < 0.3) items.push({ inline: q(text) });
        else if (form < 0.45) items.push({ block: text });
        else {
          const m = [`kind: ${KINDS[Math.floor(rand() * KINDS.length)]}`, `text: ${q(text)}`];
          const quote = draft.quotes.get(key);
          if (quote && rand() < 0.5) m.push(`quote: ${q(quote)}`);
          if (rand() < 0.4) m.push(`proposal: ${q(sentence(rand, 8, 20))}`);
          items.push({ map: m });
        }
      }
      const emit = (item, indent) => {
        const pad = ' '.repeat(indent);
        if (item.inline) return [`${item.inline}`];
        if (item.block) return ['|', `${pad}  ${item.block.slice(0, 60)}`, `${pad}  ${item.block.slice(60)}`];
        return item.map.map((l, i) => (i === 0 ? l : `${pad}${l}`));
      };
      if (n === 1) {
        const [item] = items;
        const body = emit(item, 4);
        if (item.map) lines.push(`  ${key}:`, ...body.map((l, i) => (i === 0 ? `    ${l}` : l)));
        else lines.push(`  ${key}: ${body[0]}`, ...body.slice(1));
      } else {
        lines.push(`  ${key}:`);
        for (const item of items) {
          const body = emit(item, 6);
          lines.push(`    - ${body[0]}`, ...body.slice(1));
        }
      }
      // Decisions for part of these comments (never for unknown anchors or general: `to: all` covers those).
      if (key === 'general') sawGeneral = true;
      else if (!key.startsWith('khong-co')) {
        for (let i = 1; i <= n; i++) {
          if (rand() >= decided) continue;
          const decision = decisions[Math.floor(rand() * decisions.length)];
          const byDecision = respBlock.get(key) ?? new Map();
          respBlock.set(key, byDecision);
          const ids = byDecision.get(decision) ?? [];
          byDecision.set(decision, ids);
          ids.push(`${stem}/${key}/${i}`);
        }
      }
    }
    total += comments;
    const text = `${lines.join('\n')}\n`;
    yamlBytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, 'comments', `${stem}.yaml`), text);
    if ((f + 1) % RESP_PER === 0 || f + 1 === files) flushResponses(Math.floor(f / RESP_PER) + 1);
  }
  if (sawGeneral) {
    const text = 'general:\n  - to: all\n    decision: noted\n    note: Ghi nhận ý kiến nhất trí.\n';
    yamlBytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, 'responses', 'chung.yaml'), text);
  }
  return { comments: total, files, sections: draft.anchors.length, draftBytes: Buffer.byteLength(draft.text), yamlBytes };
}
