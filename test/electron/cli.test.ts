import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from './cli-runner';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, readKeyring, unwrapWithPassphrase, unwrapWithRecoveryKey } from '../../db/keyring';
import { useTempDirs } from '../db/helpers';

const tempDir = useTempDirs();
const PASSPHRASE = 'command line passphrase';

/** The CLI with no passphrase in the environment unless a test gives one. */
function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return runCli(args, { env, timeoutMs: 60_000 });
}

describe('ips desk cli', () => {
  it('init creates a team database with its keyring and prints a working recovery key', async () => {
    const dir = tempDir();
    const db = join(dir, 'team.db');
    const run = await cli(['init', '--db', db, '--service', 'Westmoor IPS', '--user', 'Dana'], { IPSDESK_PASSPHRASE: PASSPHRASE });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created the team database ${db}`);
    const recoveryKey = /([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})/.exec(run.stdout)?.[1];
    expect(recoveryKey).toBeDefined();
    expect(readdirSync(dir).sort()).toEqual(['team.db', 'team.keyring.json']);

    const keyring = readKeyring(join(dir, 'team.keyring.json'));
    const viaPassphrase = await unwrapWithPassphrase(keyring, 'Dana', PASSPHRASE);
    expect(unwrapWithRecoveryKey(keyring, recoveryKey!).equals(viaPassphrase)).toBe(true);
    expect(keyring.slots.find((s) => s.kind === 'passphrase')).toMatchObject({ kdf: { N: 1024 } });
  });

  it('the shipped CLI always makes full-cost passphrase slots, whatever the environment says', async () => {
    const dir = tempDir();
    const db = join(dir, 'team.db');
    // The variable that once lowered the cost for tests: the shipped entry must not listen to it.
    const run = await runCli(['init', '--db', db], { entry: 'shipped', env: { IPSDESK_PASSPHRASE: PASSPHRASE, IPSDESK_TEST_SCRYPT_N: '1024' }, timeoutMs: 60_000 });
    expect(run.code).toBe(0);
    const slot = readKeyring(join(dir, 'team.keyring.json')).slots.find((s) => s.kind === 'passphrase');
    if (slot?.kind !== 'passphrase') throw new Error('no passphrase slot');
    // Full cost: the app's default, which is never below OWASP's scrypt minimum (N = 2^17; see keyring.test.ts).
    expect(slot.kdf.N).toBe(DEFAULT_SCRYPT_COST.N);
    expect(slot.kdf.N).toBeGreaterThanOrEqual(2 ** 17);
  });

  it('init refuses to replace an existing database', async () => {
    const dir = tempDir();
    const db = join(dir, 'team.db');
    expect((await cli(['init', '--db', db], { IPSDESK_PASSPHRASE: PASSPHRASE })).code).toBe(0);
    const before = readFileSync(join(dir, 'team.keyring.json'));
    const again = await cli(['init', '--db', db], { IPSDESK_PASSPHRASE: 'a different passphrase' });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; nothing has been changed/);
    expect(readFileSync(join(dir, 'team.keyring.json')).equals(before)).toBe(true);
  });

  it('verify checks integrity with the passphrase and exits 2 when the passphrase is wrong', async () => {
    const dir = tempDir();
    const db = join(dir, 'team.db');
    await cli(['init', '--db', db, '--user', 'Dana'], { IPSDESK_PASSPHRASE: PASSPHRASE });
    const before = readFileSync(db);

    const good = await cli(['verify', '--db', db], { IPSDESK_PASSPHRASE: PASSPHRASE });
    expect(good).toMatchObject({ code: 0, stdout: 'ok\n' });

    const named = await cli(['verify', '--db', db, '--user', 'dana'], { IPSDESK_PASSPHRASE: PASSPHRASE });
    expect(named.code).toBe(0);

    const wrong = await cli(['verify', '--db', db], { IPSDESK_PASSPHRASE: 'not the right passphrase' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('passphrase is wrong');

    expect(readFileSync(db).equals(before)).toBe(true);
    // The wrong passphrase was counted, in a file that outlives this process (the next run keeps counting).
    expect(readdirSync(dir).sort()).toEqual(['team.db', 'team.keyring.json', 'team.unlock-throttle.json']);
    expect(JSON.parse(readFileSync(join(dir, 'team.unlock-throttle.json'), 'utf8'))).toMatchObject({ failures: 1 });
  });

  it('explains usage for unknown commands, unknown or missing options, and a missing passphrase', async () => {
    const dir = tempDir();
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"[\s\S]*Usage:[\s\S]*init --db FILE/);

    const badFlag = await cli(['verify', '--db', join(dir, 'x.db'), '--colour']);
    expect(badFlag.code).toBe(64);
    expect(badFlag.stderr).toMatch(/Unknown option --colour for "verify"/);

    const missing = await cli(['init']);
    expect(missing.code).toBe(64);
    expect(missing.stderr).toMatch(/--db FILE is required/);

    const noPassphrase = await cli(['init', '--db', join(dir, 'team.db')]);
    expect(noPassphrase.code).toBe(64);
    expect(noPassphrase.stderr).toMatch(/set IPSDESK_PASSPHRASE or run the command in a terminal/);

    const short = await cli(['init', '--db', join(dir, 'team.db')], { IPSDESK_PASSPHRASE: 'short' });
    expect(short.code).toBe(64);
    expect(short.stderr).toMatch(/passphrase: Passphrase must be at least 12 characters/);
    expect(readdirSync(dir)).toEqual([]);

    const nothing = await cli(['verify', '--db', join(dir, 'none.db')], { IPSDESK_PASSPHRASE: PASSPHRASE });
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/There is no team database at/);
  }, 120_000); // seven CLI processes one after another: allow for a busy machine
});
