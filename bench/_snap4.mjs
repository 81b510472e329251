import { readFileSync } from 'node:fs';
const snap = JSON.parse(readFileSync('/tmp/b/ws.heapsnapshot', 'utf8'));
const f = snap.snapshot.meta.node_fields; const types = snap.snapshot.meta.node_types[0];
const N = f.length; const nodes = snap.nodes, strings = snap.strings;
let big = 0, bigN = 0; const sizes = [0, 0, 0, 0];
for (let i = 0; i < nodes.length; i += N) if (types[nodes[i]] === 'string') { const s = nodes[i + 3]; if (s > 4000) { big += s; bigN++; if (bigN < 3) console.log(strings[nodes[i+1]].slice(0, 80).replace(/\n/g, '⏎')); } }
console.log('big strings', bigN, (big / 2 ** 20).toFixed(1), 'MB');
