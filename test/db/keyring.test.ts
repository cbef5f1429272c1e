import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KeyringDamagedError, KeyringMissingError, MalformedRecoveryKeyError, UnknownUserError, WrongKeyError, WrongPassphraseError,
  WrongRecoveryKeyError, AlreadyExistsError,
} from '../../db/errors';
import {
  addOrReplacePassphraseSlot, createKeyring, DEFAULT_SCRYPT_COST, generateDatabaseKey, keyringPathFor, passphraseUsers, readKeyring,
  unwrapWithPassphrase, unwrapWithRecoveryKey,
} from '../../db/keyring';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../db/recovery-key';
import { clients } from '../../db/schema';
import { createTeamDatabase, openTeamDatabase, teamDatabasePaths } from '../../db/team-database';
import { TEST_SCRYPT_COST, TEST_SETUP, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const PASSPHRASE = 'purple otter lantern 42';

async function newTeamDatabase(user = 'Ann Manager') {
  const paths = teamDatabasePaths(join(tempDir(), 'ipsdesk.db'));
  const created = await createTeamDatabase({ paths, user, passphrase: PASSPHRASE, scryptCost: TEST_SCRYPT_COST, ...TEST_SETUP });
  created.database.db
    .insert(clients)
    .values({ client_id: 'K-1', referral_date: '2025-06-02', retention_case: true, benefits: ['esa_wrag'] })
    .run();
  created.database.raw.close();
  return { paths, recoveryKey: created.recoveryKey, key: created.key };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const slotJson = (file: string) => Object.fromEntries(readKeyring(file).slots.map((s) => [s.id, JSON.stringify(s)]));

describe('keyring', () => {
  it('sits beside the database', () => {
    expect(keyringPathFor('/data/ipsdesk.db')).toBe('/data/ipsdesk.keyring.json');
    expect(keyringPathFor('/data/team')).toBe('/data/team.keyring.json');
  });

  it('opens the same data with the passphrase slot and with the recovery slot', async () => {
    const { paths, recoveryKey } = await newTeamDatabase();
    const keyring = readKeyring(paths.keyringFile);
    expect(passphraseUsers(keyring)).toEqual(['Ann Manager']);
    const viaPassphrase = await unwrapWithPassphrase(keyring, 'ann manager', PASSPHRASE);
    const viaRecovery = unwrapWithRecoveryKey(keyring, ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `);
    expect(viaRecovery.equals(viaPassphrase)).toBe(true);
    for (const key of [viaPassphrase, viaRecovery]) {
      const opened = openTeamDatabase({ databaseFile: paths.databaseFile, key, databaseId: keyring.database_id });
      expect(opened.db.select().from(clients).all().map((c) => c.client_id)).toEqual(['K-1']);
      opened.raw.close();
    }
  });

  it('tells a wrong passphrase, an unknown user and a wrong recovery key apart', async () => {
    const { paths } = await newTeamDatabase();
    const keyring = readKeyring(paths.keyringFile);
    await expect(unwrapWithPassphrase(keyring, 'Ann Manager', 'not the passphrase')).rejects.toThrow(WrongPassphraseError);
    await expect(unwrapWithPassphrase(keyring, 'Bob', PASSPHRASE)).rejects.toThrow(UnknownUserError);
    expect(() => unwrapWithRecoveryKey(keyring, formatRecoveryKey(generateRecoveryKey()))).toThrow(WrongRecoveryKeyError);
    expect(() => unwrapWithRecoveryKey(keyring, 'ABCD-EFGH')).toThrow(MalformedRecoveryKeyError);
  });

  it('changes a passphrase by rewrapping only that slot, leaving the database file as it was', async () => {
    const { paths, key, recoveryKey } = await newTeamDatabase();
    await addOrReplacePassphraseSlot({ file: paths.keyringFile, key, user: 'Bea Specialist', passphrase: 'second person passphrase', scryptCost: TEST_SCRYPT_COST });
    const slotsBefore = slotJson(paths.keyringFile);
    const databaseBefore = sha256(paths.databaseFile);
    const annSlotId = readKeyring(paths.keyringFile).slots.find((s) => s.kind === 'passphrase' && s.user === 'Ann Manager')!.id;

    await addOrReplacePassphraseSlot({ file: paths.keyringFile, key, user: 'ANN MANAGER', passphrase: 'a brand new passphrase', scryptCost: TEST_SCRYPT_COST });

    const slotsAfter = slotJson(paths.keyringFile);
    expect(Object.keys(slotsAfter).sort()).toEqual(Object.keys(slotsBefore).sort());
    for (const id of Object.keys(slotsBefore)) {
      if (id === annSlotId) expect(slotsAfter[id]).not.toBe(slotsBefore[id]);
      else expect(slotsAfter[id]).toBe(slotsBefore[id]);
    }
    expect(sha256(paths.databaseFile)).toBe(databaseBefore);

    const keyring = readKeyring(paths.keyringFile);
    expect(passphraseUsers(keyring)).toEqual(['Ann Manager', 'Bea Specialist']);
    await expect(unwrapWithPassphrase(keyring, 'Ann Manager', PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    expect((await unwrapWithPassphrase(keyring, 'Ann Manager', 'a brand new passphrase')).equals(key)).toBe(true);
    expect(unwrapWithRecoveryKey(keyring, recoveryKey).equals(key)).toBe(true);
  });

  it('refuses to add a slot with a key that is not this keyring’s', async () => {
    const { paths } = await newTeamDatabase();
    const before = readFileSync(paths.keyringFile);
    await expect(
      addOrReplacePassphraseSlot({ file: paths.keyringFile, key: generateDatabaseKey(), user: 'Eve', passphrase: 'sneaky passphrase', scryptCost: TEST_SCRYPT_COST }),
    ).rejects.toThrow(/does not belong/);
    expect(readFileSync(paths.keyringFile).equals(before)).toBe(true);
  });

  it('reports a missing keyring and a damaged one clearly, and changes nothing', async () => {
    const { paths } = await newTeamDatabase();
    expect(() => readKeyring(join(tempDir(), 'nowhere.keyring.json'))).toThrow(KeyringMissingError);

    const original = readFileSync(paths.keyringFile, 'utf8');
    const databaseBefore = sha256(paths.databaseFile);
    writeFileSync(paths.keyringFile, original.slice(0, original.length / 2));
    expect(() => readKeyring(paths.keyringFile)).toThrow(KeyringDamagedError);
    expect(() => readKeyring(paths.keyringFile)).toThrow(/is damaged \(it is not valid JSON\)/);

    const wrongShape = JSON.parse(original) as { slots: { wrapped_key: { tag: string } }[] };
    wrongShape.slots[0]!.wrapped_key.tag = 'c2hvcnQ=';
    writeFileSync(paths.keyringFile, JSON.stringify(wrongShape));
    expect(() => readKeyring(paths.keyringFile)).toThrow(/slots\.0\.wrapped_key\.tag: tag must be 16 bytes/);

    const damaged = readFileSync(paths.keyringFile);
    await expect(
      addOrReplacePassphraseSlot({ file: paths.keyringFile, key: generateDatabaseKey(), user: 'Ann Manager', passphrase: 'whatever passphrase', scryptCost: TEST_SCRYPT_COST }),
    ).rejects.toThrow(KeyringDamagedError);
    expect(readFileSync(paths.keyringFile).equals(damaged)).toBe(true);
    expect(sha256(paths.databaseFile)).toBe(databaseBefore);
  });

  it('treats a tampered slot (GCM tag fails) as a wrong passphrase, not as damage', async () => {
    const { paths } = await newTeamDatabase();
    const json = JSON.parse(readFileSync(paths.keyringFile, 'utf8')) as { slots: { kind: string; wrapped_key: { ciphertext: string } }[] };
    const slot = json.slots.find((s) => s.kind === 'passphrase')!;
    const bytes = Buffer.from(slot.wrapped_key.ciphertext, 'base64');
    bytes[0]! ^= 1;
    slot.wrapped_key.ciphertext = bytes.toString('base64');
    writeFileSync(paths.keyringFile, JSON.stringify(json));
    await expect(unwrapWithPassphrase(readKeyring(paths.keyringFile), 'Ann Manager', PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
  });

  it('detects a keyring that belongs to another database', async () => {
    const a = await newTeamDatabase();
    const b = await newTeamDatabase();
    const databaseBefore = sha256(a.paths.databaseFile);
    copyFileSync(b.paths.keyringFile, a.paths.keyringFile);
    const keyring = readKeyring(a.paths.keyringFile);
    const key = await unwrapWithPassphrase(keyring, 'Ann Manager', PASSPHRASE);
    expect(() => openTeamDatabase({ databaseFile: a.paths.databaseFile, key, databaseId: keyring.database_id })).toThrow(WrongKeyError);
    expect(sha256(a.paths.databaseFile)).toBe(databaseBefore);
  });

  it('detects a database id that differs from the keyring’s even when the key fits', async () => {
    const { paths, key } = await newTeamDatabase();
    expect(() => openTeamDatabase({ databaseFile: paths.databaseFile, key, databaseId: '00000000-0000-4000-8000-000000000000' })).toThrow(
      /belongs to another database/,
    );
  });

  it('never overwrites an existing keyring or database on set-up', async () => {
    const { paths } = await newTeamDatabase();
    const keyringBefore = readFileSync(paths.keyringFile);
    const databaseBefore = sha256(paths.databaseFile);
    await expect(createTeamDatabase({ paths, user: 'Ann', passphrase: PASSPHRASE, scryptCost: TEST_SCRYPT_COST, ...TEST_SETUP })).rejects.toThrow(AlreadyExistsError);
    await expect(
      createKeyring({ file: paths.keyringFile, databaseId: readKeyring(paths.keyringFile).database_id, key: generateDatabaseKey(), user: 'X', passphrase: PASSPHRASE, scryptCost: TEST_SCRYPT_COST }),
    ).rejects.toThrow(AlreadyExistsError);
    expect(readFileSync(paths.keyringFile).equals(keyringBefore)).toBe(true);
    expect(sha256(paths.databaseFile)).toBe(databaseBefore);
  });

  it('makes slots at least as costly to guess as OWASP asks of scrypt (N = 2^17, r = 8, p = 1) when no cost is given', async () => {
    const file = join(tempDir(), 'real.keyring.json');
    const key = generateDatabaseKey();
    await createKeyring({ file, databaseId: '6f1c1c52-8d7e-4c55-9a51-3f0e2b1f7a10', key, user: 'Ann', passphrase: PASSPHRASE });
    const keyring = readKeyring(file);
    const slot = keyring.slots.find((s) => s.kind === 'passphrase');
    if (slot?.kind !== 'passphrase') throw new Error('no passphrase slot');
    // The floor is OWASP's Password Storage Cheat Sheet minimum, not the app's own constant.
    expect(slot.kdf.name).toBe('scrypt');
    expect(slot.kdf.N).toBeGreaterThanOrEqual(2 ** 17);
    expect(slot.kdf.r).toBeGreaterThanOrEqual(8);
    expect(slot.kdf.p).toBeGreaterThanOrEqual(1);
    expect(slot.kdf).toMatchObject(DEFAULT_SCRYPT_COST);
    // The slot opens with the cost it records, so the recorded cost is the one that was used.
    expect((await unwrapWithPassphrase(keyring, 'Ann', PASSPHRASE)).equals(key)).toBe(true);
  });
});

describe('recovery key text', () => {
  it('is eight groups of four base32 characters and reads back however it is typed', () => {
    const bytes = generateRecoveryKey();
    const text = formatRecoveryKey(bytes);
    expect(text).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/);
    expect(parseRecoveryKey(text).equals(bytes)).toBe(true);
    expect(parseRecoveryKey(text.toLowerCase().replace(/-/g, '  ')).equals(bytes)).toBe(true);
    expect(parseRecoveryKey(text.replace(/O/g, '0').replace(/I/g, '1').replace(/B/g, '8')).equals(bytes)).toBe(true);
  });

  it('says what is wrong with text that cannot be a recovery key', () => {
    expect(() => parseRecoveryKey('ABCD-EFGH-IJKL')).toThrow(/should have 32 letters and digits, and this has 12/);
    expect(() => parseRecoveryKey('ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-456!')).toThrow(/"!"/);
  });
});
