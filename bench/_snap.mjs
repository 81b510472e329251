import v8 from 'node:v8';
import { writeFileSync, readFileSync } from 'node:fs';
const { loadWorkspace } = await import('../dist/load/workspace.js');
globalThis.keep = await loadWorkspace({ cwd: process.argv[2] });
global.gc();
const file = v8.writeHeapSnapshot('/tmp/b/ws.heapsnapshot');
const snap = JSON.parse(readFileSync(file, 'utf8'));
const f = snap.snapshot.meta.node_fields; const types = snap.snapshot.meta.node_types[0];
const N = f.length; const nodes = snap.nodes; const strings = snap.strings;
const agg = new Map();
for (let i = 0; i < nodes.length; i += N) {
  const type = types[nodes[i]]; const name = strings[nodes[i + 1]]; const size = nodes[i + 3];
  const key = type === 'object' || type === 'closure' ? `${type}:${name}` : type;
  const a = agg.get(key) ?? [0, 0]; a[0] += size; a[1]++; agg.set(key, a);
}
for (const [k, [s, c]] of [...agg].sort((a, b) => b[1][0] - a[1][0]).slice(0, 20)) console.log((s / 2 ** 20).toFixed(1).padStart(7), 'MB', String(c).padStart(8), k);
