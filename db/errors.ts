/**
 * Typed failures of the encrypted store. Services turn each into an IPC error code; the messages here
 * are already fit to show, and name the file involved so a support call can start from them.
 */
export abstract class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The key does not decrypt the file: it is another database's key, or the file is not a database at all. */
export class WrongKeyError extends StoreError {
  constructor(readonly file: string) {
    super(`The key does not open ${file}: it belongs to another database, or the file is not an IPS Desk database.`);
  }
}

/** The file opened but is not one of ours (plain SQLite, empty, no IPS Desk marker, or a different database id). */
export class NotAnIpsDeskDatabaseError extends StoreError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is not an IPS Desk database: ${reason}.`);
  }
}

export class DatabaseMissingError extends StoreError {
  constructor(readonly file: string) {
    super(`The team database ${file} does not exist.`);
  }
}

/** Set-up never overwrites: the database or its keyring is already there. */
export class AlreadyExistsError extends StoreError {
  constructor(readonly file: string) {
    super(`${file} already exists; IPS Desk never overwrites an existing database or keyring.`);
  }
}

export class KeyringMissingError extends StoreError {
  constructor(readonly file: string) {
    super(`The keyring ${file} is missing. Without it the database cannot be opened: restore it from a backup.`);
  }
}

/** The keyring is unreadable JSON or does not have the keyring's shape (as opposed to a wrong passphrase). */
export class KeyringDamagedError extends StoreError {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`The keyring ${file} is damaged (${detail}). Restore it from a backup; nothing has been changed.`);
  }
}

/** The keyring opened a key, but that key is for a different database than the one beside it. */
export class KeyringMismatchError extends StoreError {
  constructor(
    readonly keyringFile: string,
    readonly databaseFile: string,
  ) {
    super(`The keyring ${keyringFile} belongs to another database, not ${databaseFile}.`);
  }
}

/** AES-GCM authentication failed for this user's slot: the passphrase is wrong. */
export class WrongPassphraseError extends StoreError {
  constructor(readonly user: string) {
    super(`That passphrase is not right for ${user}.`);
  }
}

export class UnknownUserError extends StoreError {
  constructor(
    readonly user: string,
    readonly knownUsers: readonly string[],
  ) {
    super(
      knownUsers.length > 0
        ? `There is no passphrase for ${user}. Choose one of: ${knownUsers.join(', ')}.`
        : `There is no passphrase for ${user}: this database has no passphrase users yet.`,
    );
  }
}

/** The recovery key is well formed but does not open the recovery slot. */
export class WrongRecoveryKeyError extends StoreError {
  constructor() {
    super('That recovery key is not right for this database. Check each group of four against the printed sheet.');
  }
}

/** The recovery key text cannot be a recovery key at all (wrong length or characters). */
export class MalformedRecoveryKeyError extends StoreError {
  constructor(readonly detail: string) {
    super(`That is not a recovery key: ${detail}.`);
  }
}

/** A backup file that cannot be used as it is: not ours, cut off, or its contents do not match their checksums. */
export class BackupDamagedError extends StoreError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} cannot be restored: ${reason}. Nothing has been changed.`);
  }
}
