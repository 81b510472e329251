// What lets an editor check the YAML files as they are typed: the JSON
// Schemas (copied into a workspace's .gopy/schemas/ by `gopy init`), the
// `$schema` line written at the top of generated files, and VS Code's
// settings that map the folders to the schemas (YAML extension by Red Hat).

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exists, relPath } from '../load/read-files.js';
import { WORKSPACE_SCHEMA_DIR } from '../model/fields.js';
import { SCHEMA_FILES, schemaText } from '../render/json-schema.js';
import type { SchemaFile } from '../render/json-schema.js';
import type { NewFile } from './new-files.js';

/** The schemas shipped with gopy (schemas/ at the package root). */
const PACKAGE_SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));

/**
 * How a file saved in `fromDir` names a schema: the workspace's copy when it
 * has one (relative path), else the copy shipped with gopy (relative when the
 * workspace lies inside the package, as the bundled example does; else a
 * file URL).
 */
export async function schemaRef(root: string, fromDir: string, name: SchemaFile): Promise<string> {
  const own = path.join(root, WORKSPACE_SCHEMA_DIR, name);
  if ((await exists(own)) === 'file') return relPath(fromDir, own);
  const shipped = path.join(PACKAGE_SCHEMAS, name);
  const inside = path.relative(path.dirname(PACKAGE_SCHEMAS), root);
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) return relPath(fromDir, shipped);
  return pathToFileURL(shipped).href;
}

/** The folders each schema applies to, as VS Code's `yaml.schemas` maps them. */
export const SCHEMA_GLOBS: Record<SchemaFile, string[]> = {
  'comments.schema.json': ['comments/*.yaml', 'comments/*.yml', 'forms/*.yaml', 'forms/*.yml'],
  'responses.schema.json': ['responses/*.yaml', 'responses/*.yml'],
  'settings.schema.json': ['gopy.yaml', 'gopy.yml'],
};

export function vscodeSettings(): string {
  const schemas: Record<string, string[]> = {};
  for (const name of Object.keys(SCHEMA_FILES) as SchemaFile[]) schemas[`./${WORKSPACE_SCHEMA_DIR}/${name}`] = SCHEMA_GLOBS[name];
  const settings = {
    'yaml.schemas': schemas,
    'files.encoding': 'utf8',
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.wordWrap': 'on' },
    '[markdown]': { 'editor.wordWrap': 'on' },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;

/** The schema copies for a workspace, always current (gopy owns .gopy/). */
export function schemaCopies(root: string): NewFile[] {
  return (Object.keys(SCHEMA_FILES) as SchemaFile[]).map((name) => ({
    abs: path.join(root, WORKSPACE_SCHEMA_DIR, name),
    shown: `${WORKSPACE_SCHEMA_DIR}/${name}`,
    data: schemaText(name),
  }));
}
