import { z } from 'zod';

/**
 * The operating system's own Open dialogs, shown by the main process: the renderer never browses the disk
 * itself, it only learns the path the person picked (or null when they cancelled). What it then does with
 * that path goes through a channel that checks it again (backups.inspect/restore, backups.setCopyFolder).
 */
const chosenPathSchema = z.object({ path: z.string().nullable() });

export const pathDialogChannels = {
  /** "Choose a backup file": opens in the backups folder when there is one; only IPS Desk backup files are offered. */
  'dialogs.chooseBackupFile': { input: z.object({}), output: chosenPathSchema },
  /** "Choose a folder" for the second copy of every backup (Settings › Backups). */
  'dialogs.chooseBackupFolder': { input: z.object({}), output: chosenPathSchema },
} as const;
