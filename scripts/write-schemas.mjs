// npm run schemas: writes schemas/*.schema.json from src/render/json-schema.ts (field tables in src/model/fields.ts)
// (compiled to dist/ by the build that runs first). A test checks that the
// committed files equal what this writes.
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SCHEMA_FILES, schemaText } from '../dist/render/json-schema.js';

const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(SCHEMA_FILES)) {
  writeFileSync(path.join(dir, name), schemaText(name));
  console.log(`schemas/${name}`);
}
