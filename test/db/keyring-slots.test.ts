import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WrongPassphraseError, WrongRecoveryKeyError } from '../../db/errors';
import { deriveFromPassphrase, deriveFromRecoveryKey, keyCheck, newSalt, slotAad, wrapKey } from '../../db/key-wrap';
import {
  createKeyring, generateDatabaseKey, keyringWithPassphraseSlot, keyringWithUpgradedRecoverySlot, keyringWithUpgradedSlot, legacySlotUsers,
  readKeyring, rekeyedKeyring, saveKeyring, unwrapWithPassphrase, unwrapWithRecoveryKey,
} from '../../db/keyring';
import { formatRecoveryKey, generateRecoveryKey } from '../../db/recovery-key';
import { TEST_SCRYPT_COST, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const ANN = 'ann passphrase 123';
const BEN = 'ben passphrase 456';

async function keyringWithTwoUsers() {
  const file = join(tempDir(), 'team.keyring.json');
  const key = generateDatabaseKey();
  const { recoveryKey } = await createKeyring({ file, databaseId: randomUUID(), key, user: 'Ann Manager', passphrase: ANN, scryptCost: TEST_SCRYPT_COST });
  saveKeyring(file, await keyringWithPassphraseSlot({ file, key, user: 'Ben Specialist', passphrase: BEN, scryptCost: TEST_SCRYPT_COST }));
  return { file, key, recoveryKey };
}

/** A keyring as version 1 wrote it: the database key wrapped straight under each passphrase. */
async function legacyKeyring() {
  const file = join(tempDir(), 'old.keyring.json');
  const key = generateDatabaseKey();
  const databaseId = randomUUID();
  const at = '2025-11-01T10:00:00.000Z';
  const recovery = generateRecoveryKey();
  const slot = async (user: string, passphrase: string) => {
    const id = randomUUID();
    const salt = newSalt();
    const kek = await deriveFromPassphrase(passphrase, TEST_SCRYPT_COST, salt);
    return { id, kind: 'passphrase', user, kdf: { name: 'scrypt', ...TEST_SCRYPT_COST, salt: salt.toString('base64') }, wrapped_key: wrapKey(kek, key, slotAad(databaseId, id)), created_at: at, updated_at: at };
  };
  const recoveryId = randomUUID();
  const recoverySalt = newSalt();
  const keyring = {
    format: 'ipsdesk-keyring', version: 1, database_id: databaseId, key_check: keyCheck(key, databaseId).toString('base64'), created_at: at,
    slots: [
      await slot('Ann Manager', ANN),
      await slot('Ben Specialist', BEN),
      { id: recoveryId, kind: 'recovery', kdf: { name: 'hkdf-sha256', salt: recoverySalt.toString('base64') }, wrapped_key: wrapKey(deriveFromRecoveryKey(recovery, recoverySalt), key, slotAad(databaseId, recoveryId)), created_at: at, updated_at: at },
    ],
  };
  writeFileSync(file, JSON.stringify(keyring));
  return { file, key, recoveryKey: formatRecoveryKey(recovery) };
}

describe('keyring slots', () => {
  it('binds each slot to its user: editing the name in the file makes the slot fail', async () => {
    const { file, key } = await keyringWithTwoUsers();
    expect((await unwrapWithPassphrase(readKeyring(file), 'Ben Specialist', BEN)).equals(key)).toBe(true);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { slots: { user?: string }[] };
    const ann = json.slots.find((s) => s.user === 'Ann Manager')!;
    const ben = json.slots.find((s) => s.user === 'Ben Specialist')!;
    // Ben's slot renamed, as someone editing the file to pass it off as another user's would.
    ben.user = 'Mallory';
    writeFileSync(file, JSON.stringify(json));
    await expect(unwrapWithPassphrase(readKeyring(file), 'Mallory', BEN)).rejects.toThrow(WrongPassphraseError);
    ben.user = 'Ben Specialist';
    ann.user = 'Ann M';
    writeFileSync(file, JSON.stringify(json));
    await expect(unwrapWithPassphrase(readKeyring(file), 'Ann M', ANN)).rejects.toThrow(WrongPassphraseError);
    // Changing only the case or spacing of a name is not tampering: names compare that way everywhere.
    ann.user = '  ann manager ';
    writeFileSync(file, JSON.stringify(json));
    expect((await unwrapWithPassphrase(readKeyring(file), 'Ann Manager', ANN)).equals(key)).toBe(true);
  });

  it('seals a new database key to every slot without their passphrases, with a new recovery key', async () => {
    const { file, key, recoveryKey } = await keyringWithTwoUsers();
    const newKey = generateDatabaseKey();
    const next = rekeyedKeyring(readKeyring(file), key, newKey);
    expect(next.dropped).toEqual([]);
    expect(next.recoveryKey).not.toBe(recoveryKey);
    expect((await unwrapWithPassphrase(next.keyring, 'Ann Manager', ANN)).equals(newKey)).toBe(true);
    expect((await unwrapWithPassphrase(next.keyring, 'Ben Specialist', BEN)).equals(newKey)).toBe(true);
    expect(unwrapWithRecoveryKey(next.keyring, next.recoveryKey).equals(newKey)).toBe(true);
    expect(() => unwrapWithRecoveryKey(next.keyring, recoveryKey)).toThrow(WrongRecoveryKeyError);
    expect(() => rekeyedKeyring(readKeyring(file), randomBytes(32), newKey)).toThrow(/does not belong/);
  });

  it('reads a version 1 keyring, upgrades each slot when it is opened, and names the slots a new key would drop', async () => {
    const { file, key, recoveryKey } = await legacyKeyring();
    const old = readKeyring(file);
    expect((await unwrapWithPassphrase(old, 'Ann Manager', ANN)).equals(key)).toBe(true);
    expect(unwrapWithRecoveryKey(old, recoveryKey).equals(key)).toBe(true);
    expect(legacySlotUsers(old)).toEqual(['Ann Manager', 'Ben Specialist']);

    const upgraded = (await keyringWithUpgradedSlot(old, { key, user: 'Ann Manager', passphrase: ANN, scryptCost: TEST_SCRYPT_COST }))!;
    expect(upgraded.version).toBe(2);
    expect(legacySlotUsers(upgraded)).toEqual(['Ben Specialist']);
    expect(await keyringWithUpgradedSlot(upgraded, { key, user: 'Ann Manager', passphrase: ANN })).toBeNull();
    expect((await unwrapWithPassphrase(upgraded, 'Ann Manager', ANN)).equals(key)).toBe(true);
    expect((await unwrapWithPassphrase(upgraded, 'Ben Specialist', BEN)).equals(key)).toBe(true);
    const withRecovery = keyringWithUpgradedRecoverySlot(upgraded, key, recoveryKey)!;
    expect(unwrapWithRecoveryKey(withRecovery, recoveryKey).equals(key)).toBe(true);

    const newKey = generateDatabaseKey();
    const next = rekeyedKeyring(withRecovery, key, newKey);
    expect(next.dropped).toEqual(['Ben Specialist']);
    expect((await unwrapWithPassphrase(next.keyring, 'Ann Manager', ANN)).equals(newKey)).toBe(true);
    expect(next.keyring.slots.map((s) => ('user' in s ? s.user : s.kind))).toEqual(['Ann Manager', 'recovery']);
  });
});
