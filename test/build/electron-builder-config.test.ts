import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { nativeBindingTarget } from '../../build/scripts/ensure-electron-native.mjs';
import { nativeBindingPath } from '../../electron/native-binding';
import { electronFuses } from '../../electron/security';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

// electron-builder's own loader and schema validator (the same code `electron-builder` runs first), offline.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
// The matcher electron-builder builds from `files` (plus its own defaults) to pick app and node_modules files.
const { getMainFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): Array<{ createFilter(): (file: string, stat: object) => boolean }>;
};

const electronVersion = (require('electron/package.json') as { version: string }).version;

type FileSet = { from?: string; to?: string; filter?: string[] };

let config: Configuration;
let raw: Record<string, unknown>;

beforeAll(async () => {
  config = await getConfig(root, 'electron-builder.yml', null);
  raw = config as unknown as Record<string, unknown>;
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would catch a misspelt option (the validator is real)', async () => {
    const broken = { ...config, nsis: { ...config.nsis, perMachin: false } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app and turns auto-update off', () => {
    expect(config.appId).toBe('uk.nhs.ipsdesk');
    expect(config.productName).toBe('IPS Desk');
    expect(raw.publish).toBeNull();
  });

  it('writes installers to release/, not over the app build in dist/', () => {
    expect(config.directories?.output).toBe('release');
    expect(config.directories?.buildResources).toBe('build');
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^release\/$/m);
  });

  it('installs per user without elevation (NSIS) and keeps the data on uninstall', () => {
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.allowElevation).toBe(false);
    expect(config.nsis?.packElevateHelper).toBe(false);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('offers a per-machine MSI for IT-managed deployment', () => {
    expect(config.msi?.perMachine).toBe(true);
  });

  it('builds NSIS + MSI for Windows, a DMG for macOS and an AppImage for Linux', () => {
    expect(config.win?.target).toEqual(['nsis', 'msi']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage']);
  });

  it('flips exactly the fuses listed in electron/security.ts', () => {
    expect(config.electronFuses).toEqual(electronFuses);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('never rebuilds node_modules for the package', () => {
    expect(config.npmRebuild).toBe(false);
  });

  describe('packs only what the app runs (checked with electron-builder’s own file matcher)', () => {
    let packs: (relative: string, opts?: { dir?: boolean }) => boolean;
    beforeAll(() => {
      const packager = {
        info: { projectDir: root, buildResourcesDir: 'build', config, isPrepackedAppAsar: false, debugLogger: new DebugLogger(false) },
      };
      const [matcher] = getMainFileMatchers(root, '/out/app', (s) => s, {}, packager, path.join(root, 'release'), false);
      const filter = matcher!.createFilter();
      packs = (relative, { dir = false } = {}) => {
        const inNodeModules = relative.startsWith('node_modules/');
        // Node-module files are matched by their path from the app root, as NodeModuleCopyHelper does.
        const stat = { isDirectory: () => dir, ...(inNodeModules ? { moduleFullFilePath: relative } : {}) };
        return filter(path.join(root, ...relative.split('/')), stat);
      };
    });

    it.each(['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/migrations/0000_initial.sql', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc.js', 'package.json'])(
      'packs %s',
      (file) => expect(packs(file)).toBe(true),
    );

    it.each([
      'electron/main.ts',
      'test/electron/router.test.ts',
      '.cache/electron-native/45.4.1/better_sqlite3.node',
      'dist/electron/main.cjs.map',
      'electron-builder.yml',
      'release/IPS Desk Setup.exe',
    ])('leaves out %s', (file) => expect(packs(file)).toBe(false));

    it('keeps better-sqlite3’s JavaScript but not its Node-ABI build or sources', () => {
      expect(packs('node_modules/better-sqlite3', { dir: true })).toBe(true);
      expect(packs('node_modules/better-sqlite3/package.json')).toBe(true);
      expect(packs('node_modules/better-sqlite3/lib/index.js')).toBe(true);
      expect(packs('node_modules/better-sqlite3/lib/methods/wrappers.js')).toBe(true);
      expect(packs('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(false);
      expect(packs('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
      expect(packs('node_modules/better-sqlite3/src/better_sqlite3.cpp')).toBe(false);
    });

    it.each(['node_modules/@mui/material/index.js', 'node_modules/react-dom/index.js', 'node_modules/exceljs/package.json', 'node_modules/zod/index.js', 'node_modules/bindings/bindings.js'])(
      'leaves out %s (bundled into main.cjs or the renderer, or unused)',
      (file) => expect(packs(file)).toBe(false),
    );
  });

  it('ships the Electron-ABI SQLite module outside app.asar, where the app looks for it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    const sets = config.extraResources as FileSet[];
    const native = sets.find((set) => set.to === 'native/better_sqlite3.node');
    expect(native).toBeDefined();
    // Same file ensure-electron-native.mjs writes, for the Electron version actually installed.
    expect(path.resolve(root, native!.from!)).toBe(nativeBindingTarget(root, electronVersion));
    // Same place the packaged app loads it from.
    expect(nativeBindingPath({ isPackaged: true, resourcesPath: '/r', appPath: '/a', electronVersion })).toBe(
      path.join('/r', native!.to!),
    );
  });

  it('has a 512×512 PNG icon', () => {
    const png = readFileSync(path.join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });
});
