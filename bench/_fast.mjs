const { parseComments } = await import('../dist/load/parse-comments.js');
const src = 'delegate:\n  name: A\ncomments:\n  a: x\n  b:\n    text: y\n    quote: q\n  c:\n    - z\n    - text: w\n      kind: add\n';
const r = parseComments(src, 'comments/a.yaml');
for (const c of r.data.comments) console.log(c.id, %HasFastProperties(c), %HaveSameMap(c, r.data.comments[0]));
const r2 = parseComments(src, 'comments/b.yaml');
console.log(%HaveSameMap(r2.data.comments[0], r.data.comments[0]));
