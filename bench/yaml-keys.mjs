// One comment file with many comments, parsed as gopy parses it (dist/,
// built by npm run bench): `map` puts each comment under its own key of one
// mapping, `list` puts them all in one list under `general` (the floor: no
// keys to compare). Prints {"ms": …, "comments": …} for bench/run.mjs.
//
//   node bench/yaml-keys.mjs map|list [count]

import { parseComments } from '../dist/load/parse-comments.js';

const form = process.argv[2] === 'list' ? 'list' : 'map';
const count = Number(process.argv[3] ?? '100000');
const lines = ['delegate:', '  name: Đại biểu thử', 'comments:'];
if (form === 'list') {
  lines.push('  general:');
  for (let i = 0; i < count; i++) lines.push(`    - Ý kiến số ${i} về nội dung của dự thảo.`);
} else {
  for (let i = 0; i < count; i++) lines.push(`  muc-${i}: Ý kiến số ${i} về nội dung của dự thảo.`);
}
const text = `${lines.join('\n')}\n`;
const start = performance.now();
const { data, messages } = parseComments(text, 'comments/thu.yaml');
const ms = performance.now() - start;
const errors = messages.filter((m) => m.severity === 'error');
if (!data || errors.length > 0) {
  console.error(errors.slice(0, 3));
  process.exit(1);
}
console.log(JSON.stringify({ ms, comments: data.comments.length, bytes: Buffer.byteLength(text) }));
