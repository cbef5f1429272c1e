import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltInReturn } from './index';

/**
 * Where the committed built-in returns live: build/templates from source (tests, CLI), and `templates/`
 * beside the bundled main process, where build/scripts/build-electron.mjs copies them. The committed files
 * are used, not `make()`: the same bytes every time, so the same SHA-256 in the export history.
 */
export function builtInTemplatesFolder(): string {
  // In a CommonJS bundle import.meta.url is undefined; the bundle then looks beside itself.
  const here = import.meta.url as string | undefined;
  return here ? fileURLToPath(new URL('../../../build/templates/', here)) : join(__dirname, 'templates');
}

export function builtInTemplateBytes(built: BuiltInReturn, folder = builtInTemplatesFolder()): Buffer {
  return readFileSync(join(folder, built.file));
}
