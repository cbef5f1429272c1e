import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the app finds SQLite's native module built for Electron's ABI. node_modules/better-sqlite3 holds
 * the Node build (tests, CLI); the Electron build lives apart and is handed to better-sqlite3 as
 * `nativeBinding`. build/scripts/ensure-electron-native.mjs writes the dev copy; electron-builder.yml copies
 * it into the package's resources. Keep the three in step (test/build/ensure-electron-native.test.ts checks).
 */
export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export interface NativeBindingLocation {
  isPackaged: boolean;
  /** process.resourcesPath: the packaged app's resources folder. */
  resourcesPath: string;
  /** app.getAppPath(): the project folder when run with `electron .`. */
  appPath: string;
  /** process.versions.electron */
  electronVersion: string;
}

export function nativeBindingPath(where: NativeBindingLocation): string {
  return where.isPackaged
    ? path.join(where.resourcesPath, 'native', NATIVE_BINDING_FILE)
    : path.join(where.appPath, '.cache', 'electron-native', where.electronVersion, NATIVE_BINDING_FILE);
}

export type NativeBindingLookup = { ok: true; path: string } | { ok: false; path: string; message: string };

/** Finds the binding, or explains what to do: without it better-sqlite3 would load the Node build and crash. */
export function findNativeBinding(
  where: NativeBindingLocation,
  exists: (file: string) => boolean = existsSync,
): NativeBindingLookup {
  const file = nativeBindingPath(where);
  if (exists(file)) return { ok: true, path: file };
  const message = where.isPackaged
    ? `IPS Desk is damaged: the database engine (${file}) is missing. Please reinstall IPS Desk.`
    : `The database engine built for Electron ${where.electronVersion} is missing (${file}). ` +
      'Run `npm start` (it runs build/scripts/ensure-electron-native.mjs, which needs a network the first time).';
  return { ok: false, path: file, message };
}
