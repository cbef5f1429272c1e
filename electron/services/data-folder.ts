import { existsSync, statfsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** The folder name under the per-user application data folder (electron-builder's productName). */
export const APP_FOLDER_NAME = 'IPS Desk';

export interface DataFolderInput {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** Electron's `app.getPath('userData')`. */
  userDataPath: string;
  homeDir?: string;
}

/**
 * Where the live database lives: the per-user *local* application data folder. On Windows Electron's
 * userData is in %APPDATA% (Roaming), which a domain profile may copy to a server at sign-out and onto other
 * computers at sign-in — an encrypted database and its WAL must not travel like that — so it is
 * %LOCALAPPDATA%\IPS Desk\data instead. macOS (~/Library/Application Support) and Linux (~/.config) have no
 * roaming profile: userData is already local there.
 */
export function localDataFolder(input: DataFolderInput): string {
  if (input.platform === 'win32') {
    const local = input.env.LOCALAPPDATA?.trim() || path.win32.join(input.homeDir ?? homedir(), 'AppData', 'Local');
    return path.win32.join(local, APP_FOLDER_NAME, 'data');
  }
  return path.posix.join(input.userDataPath, 'data');
}

/** statfs f_type magic numbers (linux/magic.h) of file systems that live on another computer. */
export const NETWORK_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xfe534d42, 'SMB2'],
  [0xff534d42, 'CIFS'],
  [0x5346414f, 'AFS'],
  [0x73757245, 'Coda'],
  [0x564c, 'NetWare'],
  [0x00c36400, 'Ceph'],
]);

/**
 * Why `folder` is on a network share, or null when it is not. Windows: a UNC path (`\\server\share\…`,
 * `\\?\UNC\server\share\…`). Linux: the file system type statfs reports (`fileSystemType`). A mapped drive
 * letter on Windows cannot be told from a local disk without a native call; the documentation says so.
 */
export function networkShareReason(folder: string, input: { platform: NodeJS.Platform; fileSystemType?: number }): string | null {
  if (input.platform === 'win32') {
    if (/^[\\/]{2}\?[\\/]UNC[\\/]/i.test(folder)) return 'it is a network path (\\\\?\\UNC\\…)';
    if (/^[\\/]{2}[?.][\\/]/.test(folder)) return null; // \\?\C:\… and \\.\ devices are local
    if (/^[\\/]{2}[^\\/]/.test(folder)) return `it is a network path (${folder.split(/[\\/]/).slice(0, 4).join('\\')})`;
    return null;
  }
  if (input.fileSystemType === undefined) return null;
  const kind = NETWORK_FILE_SYSTEMS.get(input.fileSystemType >>> 0);
  return kind ? `it is on a network share (${kind})` : null;
}

/** The refusal to show for a database folder on a network share, or null. Checks the nearest folder that exists. */
export function databaseFolderProblem(folder: string, platform: NodeJS.Platform = process.platform): string | null {
  let existing = path.resolve(folder);
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const fileSystemType = platform === 'linux' ? statfsSync(existing).type : undefined;
  const reason = networkShareReason(folder, { platform, ...(fileSystemType !== undefined ? { fileSystemType } : {}) });
  if (!reason) return null;
  return (
    `IPS Desk keeps its database on this computer only, and ${folder} cannot be used: ${reason}. ` +
    'A database file opened over a network can be damaged when the connection drops or two computers write at once. ' +
    'Choose a folder on this computer; backups can be copied to a network folder from Settings.'
  );
}
