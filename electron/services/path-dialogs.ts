import { existsSync } from 'node:fs';
import type { Handlers } from '../../shared/ipc/contract';
import { ServiceError } from './service-error';

/** What the Open dialog is asked to pick. `startIn` is a folder to open in, when it exists. */
export type PathRequest = { kind: 'backup-file'; startIn?: string } | { kind: 'folder'; startIn?: string };

/**
 * Shows the system's Open dialog and resolves to the path picked, or null when cancelled. The app passes
 * Electron's dialog.showOpenDialog (window.ts); the e2e harness, which has no native dialogs, answers with a
 * path the test chose. Services only see this function, so they stay free of any 'electron' import.
 */
export type PathChooser = (request: PathRequest) => Promise<string | null>;

/** For callers that have no window to show a dialog in (unit tests, anything but the app and the harness). */
export const noPathChooser: PathChooser = () =>
  Promise.reject(new ServiceError('internal', 'Choosing a file needs the IPS Desk app: this copy has no window to show the dialog in.'));

type DialogChannel = 'dialogs.chooseBackupFile' | 'dialogs.chooseBackupFolder';

/**
 * The two Open dialogs of Settings › Backups and the restore screens. A backup file is looked for first
 * where IPS Desk keeps its backups; a path picked is only handed back: whatever uses it checks it again.
 */
export function createPathDialogHandlers(choose: PathChooser, backupFolder: string): Pick<Handlers, DialogChannel> {
  return {
    'dialogs.chooseBackupFile': async () => ({ path: await choose({ kind: 'backup-file', ...startInIfThere(backupFolder) }) }),
    // The second folder is somewhere else by design (a synced or network folder): the dialog opens where the system likes.
    'dialogs.chooseBackupFolder': async () => ({ path: await choose({ kind: 'folder' }) }),
  };
}

/** Checked at each call: the backups folder appears with the first backup, after the handlers are made. */
function startInIfThere(folder: string): { startIn?: string } {
  return existsSync(folder) ? { startIn: folder } : {};
}
