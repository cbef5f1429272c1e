import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNativeBinding, nativeBindingPath } from '../../electron/native-binding';

const dev = { isPackaged: false, resourcesPath: '/unused', appPath: '/proj', electronVersion: '45.4.1' };
const packaged = { isPackaged: true, resourcesPath: '/opt/IPS Desk/resources', appPath: '/opt/IPS Desk/resources/app.asar', electronVersion: '45.4.1' };

describe('native binding lookup', () => {
  it('uses the per-Electron-version cache in development', () => {
    expect(nativeBindingPath(dev)).toBe(path.join('/proj', '.cache', 'electron-native', '45.4.1', 'better_sqlite3.node'));
  });

  it('uses resources/native when packaged (outside app.asar, so it can be loaded)', () => {
    expect(nativeBindingPath(packaged)).toBe(path.join('/opt/IPS Desk/resources', 'native', 'better_sqlite3.node'));
  });

  it('finds the binding only where it belongs: the version cache in development, resources/native when packaged', () => {
    const devFile = path.join('/proj', '.cache', 'electron-native', '45.4.1', 'better_sqlite3.node');
    const packagedFile = path.join('/opt/IPS Desk/resources', 'native', 'better_sqlite3.node');
    const only = (file: string) => (candidate: string) => candidate === file;
    expect(findNativeBinding(dev, only(devFile))).toEqual({ ok: true, path: devFile });
    expect(findNativeBinding(packaged, only(packagedFile))).toEqual({ ok: true, path: packagedFile });
    // A packaged app never falls back to a development copy, nor the reverse.
    expect(findNativeBinding(packaged, only(devFile)).ok).toBe(false);
    expect(findNativeBinding(dev, only(packagedFile)).ok).toBe(false);
  });

  it('explains how to get it when missing, in development and packaged', () => {
    const missingDev = findNativeBinding(dev, () => false);
    expect(missingDev.ok).toBe(false);
    if (!missingDev.ok) expect(missingDev.message).toMatch(/npm start.*network/);
    const missingPackaged = findNativeBinding(packaged, () => false);
    if (!missingPackaged.ok) expect(missingPackaged.message).toMatch(/reinstall/i);
    expect(missingPackaged.ok).toBe(false);
  });
});
