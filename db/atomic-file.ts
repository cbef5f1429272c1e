import { closeSync, constants, copyFileSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AlreadyExistsError } from './errors';

/** A temporary name in the same folder, so the final rename or link stays on one file system. */
export function siblingTempPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

function writeDurably(file: string, data: string | Buffer): void {
  const fd = openSync(file, 'wx', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `file` in one step: readers see the old content or the new, never half of it. */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  const temp = siblingTempPath(file);
  try {
    writeDurably(temp, data);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes a complete new file at `file`, refusing (AlreadyExistsError) if anything is already there. */
export function writeNewFileAtomic(file: string, data: string | Buffer): void {
  const temp = siblingTempPath(file);
  try {
    writeDurably(temp, data);
    publishWithoutOverwrite(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Gives the finished file `temp` the name `file` without ever replacing an existing one: a hard link
 * fails if the name is taken. File systems without hard links (FAT on a USB stick) get an exclusive copy.
 * The caller removes `temp` afterwards.
 */
export function publishWithoutOverwrite(temp: string, file: string): void {
  try {
    linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AlreadyExistsError(file);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    try {
      copyFileSync(temp, file, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw new AlreadyExistsError(file);
      throw copyError;
    }
  }
}
