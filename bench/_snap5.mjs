import { readFileSync } from 'node:fs';
const snap = JSON.parse(readFileSync('/tmp/b/ws.heapsnapshot', 'utf8'));
const f = snap.snapshot.meta.node_fields; const types = snap.snapshot.meta.node_types[0];
const ef = snap.snapshot.meta.edge_fields; const etypes = snap.snapshot.meta.edge_types[0];
const N = f.length, E = ef.length; const nodes = snap.nodes, edges = snap.edges, strings = snap.strings;
const big = new Set();
for (let i = 0; i < nodes.length; i += N) if (types[nodes[i]] === 'string' && nodes[i + 3] > 4000) big.add(i);
let e = 0; const owners = new Map(); const ownerIdx = [];
for (let i = 0; i < nodes.length; i += N) {
  const ec = nodes[i + 4];
  for (let k = 0; k < ec; k++, e += E) if (big.has(edges[e + 2])) { const key = `${types[nodes[i]]}:${strings[nodes[i + 1]].slice(0, 30)} via ${etypes[edges[e]]}:${etypes[edges[e]] === 'element' || etypes[edges[e]] === 'hidden' ? edges[e+1] : strings[edges[e + 1]]}`; owners.set(key, (owners.get(key) ?? 0) + 1); if (ownerIdx.length < 3) ownerIdx.push(i); }
}
console.log([...owners].sort((a, b) => b[1] - a[1]).slice(0, 10));
// second level: who holds the sliced strings
const sl = new Set(); e = 0;
for (let i = 0; i < nodes.length; i += N) { const ec = nodes[i + 4]; for (let k = 0; k < ec; k++, e += E) if (big.has(edges[e + 2]) && types[nodes[i]] === 'sliced string') sl.add(i); }
e = 0; const o2 = new Map();
for (let i = 0; i < nodes.length; i += N) { const ec = nodes[i + 4]; for (let k = 0; k < ec; k++, e += E) if (sl.has(edges[e + 2])) { const key = `${types[nodes[i]]}:${strings[nodes[i + 1]].slice(0, 40)} via ${etypes[edges[e]] === 'element' || etypes[edges[e]] === 'hidden' ? edges[e+1] : strings[edges[e + 1]]}`; o2.set(key, (o2.get(key) ?? 0) + 1); } }
console.log([...o2].sort((a, b) => b[1] - a[1]).slice(0, 10));
