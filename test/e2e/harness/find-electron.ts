import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ELECTRON_PACKAGE_DIR = fileURLToPath(new URL('../../../node_modules/electron', import.meta.url));

/**
 * The Electron executable, if one is on disk — found without `require('electron')`, which would try to
 * download it. IPSDESK_ELECTRON_PATH wins; then ELECTRON_OVERRIDE_DIST_PATH; then node_modules/electron/dist.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env, packageDir = ELECTRON_PACKAGE_DIR): string | undefined {
  if (env.IPSDESK_ELECTRON_PATH) return existsSync(env.IPSDESK_ELECTRON_PATH) ? env.IPSDESK_ELECTRON_PATH : undefined;
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}
