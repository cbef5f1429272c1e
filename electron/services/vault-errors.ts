import {
  AlreadyExistsError, BackupDamagedError, DatabaseMissingError, KeyringDamagedError, KeyringMismatchError, KeyringMissingError,
  MalformedRecoveryKeyError, NotAnIpsDeskDatabaseError, UnknownUserError, WrongKeyError, WrongPassphraseError, WrongRecoveryKeyError,
} from '../../db/errors';
import { busyAsServiceError } from './busy';
import { ServiceError } from './service-error';

/**
 * Turns the store's typed failures into what the unlock screen shows. Wrong passphrases and recovery keys
 * are handled where they happen (they feed the throttle); anything not listed here is a bug and stays as is.
 */
export function toVaultServiceError(error: unknown): unknown {
  if (error instanceof ServiceError) return error;
  if (error instanceof BackupDamagedError) return new ServiceError('invalid_input', error.message, { issues: [{ path: ['file'], message: error.message }] });
  const busy = busyAsServiceError(error);
  if (busy !== error) return busy;
  if (error instanceof KeyringMissingError) {
    return new ServiceError('keyring_damaged', `${error.message} Nothing has been changed.`);
  }
  if (error instanceof KeyringDamagedError) return new ServiceError('keyring_damaged', error.message);
  if (error instanceof WrongKeyError) {
    return new ServiceError(
      'not_ips_desk_db',
      `The keyring does not open ${error.file}: the keyring belongs to another database, or the file is not an IPS Desk database. Nothing has been changed.`,
    );
  }
  if (error instanceof KeyringMismatchError || error instanceof NotAnIpsDeskDatabaseError) {
    return new ServiceError('not_ips_desk_db', `${error.message} Nothing has been changed.`);
  }
  if (error instanceof DatabaseMissingError) {
    return new ServiceError('not_found', `${error.message} Its keyring is still there: restore the database from a backup.`);
  }
  if (error instanceof AlreadyExistsError) return new ServiceError('already_set_up', error.message);
  if (error instanceof UnknownUserError) {
    return new ServiceError('invalid_input', error.message, { issues: [{ path: ['user'], message: error.message }] });
  }
  // Restoring a backup (unlocking does this itself, through the throttle).
  if (error instanceof WrongPassphraseError) return new ServiceError('wrong_passphrase', `${error.message} Check Caps Lock and try again.`, { issues: [{ path: ['passphrase'], message: error.message }] });
  if (error instanceof WrongRecoveryKeyError) return new ServiceError('wrong_recovery_key', error.message, { issues: [{ path: ['recoveryKey'], message: error.message }] });
  if (error instanceof MalformedRecoveryKeyError) {
    return new ServiceError('wrong_recovery_key', error.message, { issues: [{ path: ['recoveryKey'], message: error.message }] });
  }
  return error;
}
