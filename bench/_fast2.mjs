const { loadWorkspace } = await import('../dist/load/workspace.js');
const L = await loadWorkspace({ cwd: process.argv[2] });
const cs = L.commentFiles.flatMap((f) => f.comments);
let fast = 0, same = 0;
for (let i = 1; i < cs.length; i++) { if (%HasFastProperties(cs[i])) fast++; if (%HaveSameMap(cs[i], cs[i - 1])) same++; }
console.log(cs.length, 'fast', fast, 'same as previous', same);
%DebugPrint(cs[100]);
