const { loadWorkspace } = await import('../dist/load/workspace.js');
const m = () => { global.gc(); const u = process.memoryUsage(); return `heap ${(u.heapUsed / 2 ** 20).toFixed(0)} MB rss ${(u.rss / 2 ** 20).toFixed(0)} MB ext ${(u.external / 2 ** 20).toFixed(0)}`; };
console.log('before', m());
const t = performance.now();
const L = await loadWorkspace({ cwd: process.argv[2] });
console.log('after load', m(), L.commentFiles.length, (performance.now() - t).toFixed(0), 'ms', 'maxRSS', (process.resourceUsage().maxRSS / 1024).toFixed(0));
