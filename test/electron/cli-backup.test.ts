import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audited } from '../../db/audited-write';
import { generateDemoData } from '../../electron/services/demo';
import { createVaultService } from '../../electron/services/vault-service';
import { insertDemoData } from '../db/demo-database';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';
import { runCli, type CliRun } from './cli-runner';

const tempDir = useTempDirs();
const PASSPHRASE = 'backup command passphrase';
const TODAY = '2026-01-15';
const SLOW = 180_000;

function cli(args: string[], passphrase: string | undefined = PASSPHRASE): Promise<CliRun> {
  return runCli(args, { passphrase, timeoutMs: SLOW });
}

/** `report --json` for the whole financial year: every figure the database gives. */
async function reportJson(db: string, passphrase = PASSPHRASE, user?: string): Promise<unknown> {
  const run = await cli(['report', '--db', db, '--period', '2025-26', '--as-of', TODAY, '--json', ...(user ? ['--user', user] : [])], passphrase);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('cli backup and restore', () => {
  let dir: string;
  let db: string;
  let recoveryKey: string;
  let expected: unknown;
  let backupFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    db = join(dir, 'team.db');
    const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST });
    ({ recoveryKey } = await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: PASSPHRASE }));
    const data = generateDemoData({ clients: 200, seed: 8, today: TODAY, contactsPerClient: 10, jobsPerClient: 2 });
    vault.write(vault.caller()!, ({ raw }) => {
      insertDemoData(raw, data);
      return audited(null, { action: 'test.seed' });
    });
    await vault.lock();
    vault.close();
    expected = await reportJson(db);
    return () => rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  it(
    'backup --db FILE --out DIR writes one file there and prints its path',
    async () => {
      const out = join(dir, 'offsite');
      const run = await cli(['backup', '--db', db, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^\/.*team-\d{8}T\d{9}Z-manual\.ipsdesk-backup\n$/);
      backupFile = run.stdout.trim();
      expect(readdirSync(out).map((f) => join(out, f))).toEqual([backupFile]);
      // No automatic backup beside the database from the command line.
      expect(readdirSync(dir)).not.toContain('backups');
    },
    SLOW,
  );

  it(
    'restores into an empty folder with IPSDESK_PASSPHRASE, without the original keyring, giving identical figures',
    async () => {
      const laptop = tempDir();
      const restored = join(laptop, 'new', 'team.db');
      const run = await cli(['restore', '--from', backupFile, '--db', restored]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Restored .* \(made \d\d\/\d\d\/\d{4} \d\d:\d\d, made by hand\) as .*team\.db\n$/);
      expect(readdirSync(join(laptop, 'new')).sort()).toEqual(['team.db', 'team.keyring.json']);
      expect(await reportJson(restored)).toEqual(expected);
    },
    SLOW,
  );

  it(
    'restores where only the original keyring survived, giving identical figures',
    async () => {
      const folder = tempDir();
      copyFileSync(join(dir, 'team.keyring.json'), join(folder, 'team.keyring.json'));
      const restored = join(folder, 'team.db');
      const run = await cli(['restore', '--from', backupFile, '--db', restored, '--user', 'dana']);
      expect(run.code).toBe(0);
      expect(await reportJson(restored)).toEqual(expected);
    },
    SLOW,
  );

  it(
    'restores with the printed recovery key and a new passphrase, giving identical figures',
    async () => {
      const restored = join(tempDir(), 'team.db');
      const run = await cli(['restore', '--from', backupFile, '--db', restored, '--recovery-key', recoveryKey, '--new-passphrase', 'chosen after the loss'], undefined);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('The new passphrase is set');
      expect(await reportJson(restored, 'chosen after the loss')).toEqual(expected);
      const old = await cli(['verify', '--db', restored], PASSPHRASE);
      expect(old.code).toBe(2);
    },
    SLOW,
  );

  it(
    'restores over an existing database after backing it up byte for byte, and can put it back',
    async () => {
      const folder = tempDir();
      const live = join(folder, 'team.db');
      copyFileSync(db, live);
      copyFileSync(join(dir, 'team.keyring.json'), join(folder, 'team.keyring.json'));
      const run = await cli(['restore', '--from', backupFile, '--db', live]);
      expect(run.code).toBe(0);
      const safety = /kept in (.*)\n/.exec(run.stdout)?.[1];
      expect(safety).toMatch(/backups\/team-\d{8}T\d{9}Z-before-restore\.ipsdesk-backup$/);
      expect(await reportJson(live)).toEqual(expected);

      const putBack = join(tempDir(), 'team.db');
      const back = await cli(['restore', '--from', safety!, '--db', putBack]);
      expect(back.code).toBe(0);
      expect(await reportJson(putBack)).toEqual(expected);
    },
    SLOW,
  );

  it(
    'refuses a wrong passphrase (exit 2), a damaged file, and half a recovery (exit 64), changing nothing',
    async () => {
      const folder = tempDir();
      const target = join(folder, 'team.db');
      const wrong = await cli(['restore', '--from', backupFile, '--db', target], 'not the passphrase at all');
      expect(wrong.code).toBe(2);

      const damaged = join(tempDir(), 'damaged.ipsdesk-backup');
      const bytes = readFileSync(backupFile);
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0x20, bytes.length - 10);
      writeFileSync(damaged, bytes);
      const broken = await cli(['restore', '--from', damaged, '--db', target]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/cannot be restored: its database does not match its checksum/);

      const half = await cli(['restore', '--from', backupFile, '--db', target, '--recovery-key', recoveryKey]);
      expect(half.code).toBe(64);
      expect(half.stderr).toContain('--recovery-key and --new-passphrase go together');
      const short = await cli(['restore', '--from', backupFile, '--db', target, '--recovery-key', recoveryKey, '--new-passphrase', 'short'], undefined);
      expect(short.code).toBe(64);
      expect(short.stderr).toContain('--new-passphrase: Passphrase must be at least 12 characters');
      mkdirSync(folder, { recursive: true });
      expect(readdirSync(folder).filter((f) => !f.startsWith('.'))).toEqual([]);
    },
    SLOW,
  );
});
