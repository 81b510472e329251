import { readFileSync } from 'node:fs';
const snap = JSON.parse(readFileSync('/tmp/b/ws.heapsnapshot', 'utf8'));
const f = snap.snapshot.meta.node_fields; const types = snap.snapshot.meta.node_types[0];
const ef = snap.snapshot.meta.edge_fields; const etypes = snap.snapshot.meta.edge_types[0];
const N = f.length, E = ef.length; const nodes = snap.nodes, edges = snap.edges, strings = snap.strings;
const names = new Map();
// who points to shapes: for each node, iterate edges
let e = 0;
const byOwner = new Map();
for (let i = 0; i < nodes.length; i += N) {
  const ec = nodes[i + 4];
  const ownerType = types[nodes[i]]; const ownerName = strings[nodes[i + 1]];
  for (let k = 0; k < ec; k++, e += E) {
    const to = edges[e + 2];
    if (types[nodes[to]] === 'object shape' && strings[edges[e+1]] === 'map') {
      const key = `${ownerType}:${ownerName.slice(0, 40)}`;
      byOwner.set(key, (byOwner.get(key) ?? 0) + 1);
    }
  }
}
for (const [k, c] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(String(c).padStart(8), k);
const shapeNames = new Map();
for (let i = 0; i < nodes.length; i += N) if (types[nodes[i]] === 'object shape') { const n = strings[nodes[i + 1]].slice(0, 50); shapeNames.set(n, (shapeNames.get(n) ?? 0) + 1); }
console.log([...shapeNames].sort((a, b) => b[1] - a[1]).slice(0, 10));
