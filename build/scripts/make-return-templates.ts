/**
 * Writes the built-in returns to build/templates/ (committed; a test checks they still match what this
 * makes). Run: `npx tsx build/scripts/make-return-templates.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_RETURNS } from '../../electron/xlsx/return-templates';

const dir = fileURLToPath(new URL('../templates/', import.meta.url));
for (const built of BUILT_IN_RETURNS) {
  writeFileSync(`${dir}${built.file}`, await built.make());
  console.log(`wrote build/templates/${built.file}`);
}
