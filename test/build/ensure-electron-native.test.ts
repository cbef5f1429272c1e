import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ELECTRON_HEADERS_URL,
  electronBuildEnv,
  nativeBindingTarget,
  nodeGypArgs,
  planNativeBuild,
  prebuildInstallArgs,
  readElectronVersion,
  shouldCopyIntoBuild,
} from '../../build/scripts/ensure-electron-native.mjs';
import { nativeBindingPath } from '../../electron/native-binding';

// The download/compile steps need a network (GitHub prebuilds or electronjs.org headers) and an Electron
// binary to verify, neither of which exists on these machines: only the pure parts are tested here.

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ipsdesk-native-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ensure-electron-native', () => {
  it('puts the binding in .cache/electron-native/<electron version>/better_sqlite3.node', () => {
    expect(nativeBindingTarget('/proj', '45.4.1')).toBe(path.join('/proj', '.cache', 'electron-native', '45.4.1', 'better_sqlite3.node'));
  });

  it('writes exactly where the app looks in development', () => {
    const appPath = '/proj';
    expect(nativeBindingTarget(appPath, '45.4.1')).toBe(
      nativeBindingPath({ isPackaged: false, resourcesPath: '/unused', appPath, electronVersion: '45.4.1' }),
    );
  });

  it('skips when the binding is already present (checked on a real folder)', () => {
    const root = tempDir();
    const target = nativeBindingTarget(root, '45.4.1');
    expect(planNativeBuild({ root, electronVersion: '45.4.1' }).action).toBe('build');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, 'binary');
    expect(planNativeBuild({ root, electronVersion: '45.4.1' })).toEqual({ action: 'skip', target });
    // Another Electron version needs its own build.
    expect(planNativeBuild({ root, electronVersion: '46.0.0' }).action).toBe('build');
  });

  it('builds in its own copy of the package, never in node_modules', () => {
    const plan = planNativeBuild({ root: '/proj', electronVersion: '45.4.1', exists: () => false });
    expect(plan).toEqual({
      action: 'build',
      target: path.join('/proj', '.cache', 'electron-native', '45.4.1', 'better_sqlite3.node'),
      packageCopy: path.join('/proj', '.cache', 'electron-native', '45.4.1', 'better-sqlite3'),
      builtBinding: path.join('/proj', '.cache', 'electron-native', '45.4.1', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    });
    expect(JSON.stringify(plan)).not.toContain('node_modules');
  });

  it('copies the package without its Node-ABI build folder', () => {
    const pkg = path.join('/nm', 'better-sqlite3');
    expect(shouldCopyIntoBuild(pkg, path.join(pkg, 'lib', 'index.js'))).toBe(true);
    expect(shouldCopyIntoBuild(pkg, path.join(pkg, 'deps', 'sqlite3', 'sqlite3.c'))).toBe(true);
    expect(shouldCopyIntoBuild(pkg, path.join(pkg, 'binding.gyp'))).toBe(true);
    expect(shouldCopyIntoBuild(pkg, path.join(pkg, 'build'))).toBe(false);
    expect(shouldCopyIntoBuild(pkg, path.join(pkg, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
  });

  it('asks prebuild-install and node-gyp for Electron, not Node', () => {
    expect(prebuildInstallArgs('45.4.1', 'x64')).toEqual(['--runtime', 'electron', '--target', '45.4.1', '--arch', 'x64', '--force', '--verbose']);
    expect(nodeGypArgs('45.4.1', 'x64')).toEqual([
      'rebuild',
      '--release',
      '--target=45.4.1',
      '--arch=x64',
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      '--runtime=electron',
    ]);
    expect(ELECTRON_HEADERS_URL).toBe('https://electronjs.org/headers');
  });

  it('drops npm config that would point node-gyp at Node’s headers (nodedir=/usr) or override the target', () => {
    const env = electronBuildEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.20.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_cache: '/root/.npm',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/root/.npm' });
  });

  it('reads the version of the Electron package installed under the project it is given', () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'proj', version: '0.1.0', devDependencies: { electron: '^47.0.0' } }));
    mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '47.2.3' }));
    expect(readElectronVersion(root)).toBe('47.2.3');
    // This project's own: the version npm installed, not the range package.json asks for.
    const project = fileURLToPath(new URL('../..', import.meta.url));
    const installed = JSON.parse(readFileSync(path.join(project, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
    expect(readElectronVersion(project)).toBe(installed.version);
  });
});
