import { readFileSync } from 'node:fs';
const snap = JSON.parse(readFileSync('/tmp/b/ws.heapsnapshot', 'utf8'));
const f = snap.snapshot.meta.node_fields; const types = snap.snapshot.meta.node_types[0];
const ef = snap.snapshot.meta.edge_fields; const etypes = snap.snapshot.meta.edge_types[0];
const N = f.length, E = ef.length; const nodes = snap.nodes, edges = snap.edges, strings = snap.strings;
let e = 0;
const mapUse = new Map(); const objProps = new Map();
for (let i = 0; i < nodes.length; i += N) {
  const ec = nodes[i + 4];
  const isObj = types[nodes[i]] === 'object' && strings[nodes[i + 1]] === 'Object';
  const props = []; let map = -1;
  for (let k = 0; k < ec; k++, e += E) {
    const et = etypes[edges[e]]; const name = et === 'element' || et === 'hidden' ? edges[e + 1] : strings[edges[e + 1]];
    if (isObj && et === 'property') props.push(name);
    if (isObj && name === 'map') map = edges[e + 2];
  }
  if (isObj) { mapUse.set(map, (mapUse.get(map) ?? 0) + 1); objProps.set(i, [map, props.join(',')]); }
}
const single = new Map();
for (const [i, [map, props]] of objProps) if (mapUse.get(map) === 1) single.set(props, (single.get(props) ?? 0) + 1);
console.log([...single].sort((a, b) => b[1] - a[1]).slice(0, 10));
