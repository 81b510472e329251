// gopy writeNewFiles: the command called in-process over CommandIO.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNewFiles } from '../../src/commands/new-files.js';
import { listAll, makeWorkspace, read } from '../helpers/workspace.js';

describe('writeNewFiles', () => {
  it('writes every file or none, never over an existing one', async () => {
    const ws = makeWorkspace({ 'b/taken.yaml': 'mine' });
    const files = ['a/one.yaml', 'b/taken.yaml', 'c/two.yaml'].map((rel) => ({ abs: path.join(ws, rel), shown: rel, data: 'new' }));
    await expect(writeNewFiles(files)).rejects.toThrow('b/taken.yaml đã có: không ghi đè, và chưa ghi tệp nào');
    expect(listAll(ws)).toEqual(['b/taken.yaml']);
    expect(read(ws, 'b/taken.yaml')).toBe('mine');
    mkdirSync(path.join(ws, 'd'));
    await writeNewFiles([{ abs: path.join(ws, 'd/x.yaml'), shown: 'd/x.yaml', data: 'ok' }]);
    expect(read(ws, 'd/x.yaml')).toBe('ok');
    expect(readdirSync(path.join(ws, 'd'))).toEqual(['x.yaml']);
  });
});
