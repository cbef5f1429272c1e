import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audited } from '../../db/audited-write';
import { listBackups } from '../../db/backup';
import { BACKUP_FILE_EXTENSION } from '../../db/backup-file';
import { openEncryptedDatabase } from '../../db/connection';
import { readKeyring, unwrapWithPassphrase } from '../../db/keyring';
import { generateDemoData } from '../../electron/services/demo';
import { createVaultService } from '../../electron/services/vault-service';
import { writeInterchangeWorkbook } from '../../electron/xlsx/interchange-write';
import { insertDemoData } from '../db/demo-database';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';
import { startChild, waitFor } from './child-process';
import { CLI_TEST_BUNDLE } from './cli-bundle';

const tempDir = useTempDirs();
const PASSPHRASE = 'crash safety passphrase';
const TODAY = '2026-01-15';
const SLOW = 300_000;
/** The test CLI, bundled once per run: started with plain node it is ready at once (cli-bundle.ts). */
const CLI = CLI_TEST_BUNDLE;

async function newTeamDatabase(seed?: (raw: Parameters<typeof insertDemoData>[0]) => void) {
  const dir = tempDir();
  const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST, automaticBackups: false });
  await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: PASSPHRASE });
  if (seed) {
    vault.write(vault.caller()!, ({ raw }) => {
      seed(raw);
      return audited(null, { action: 'test.seed' });
    });
  }
  await vault.lock();
  vault.close();
  const db = join(dir, 'team.db');
  const key = await unwrapWithPassphrase(readKeyring(join(dir, 'team.keyring.json')), 'Dana', PASSPHRASE);
  return { dir, db, key };
}

/** What a crashed database holds, read after the crash the way the app would open it (recovering the WAL). */
function inspect(db: string, key: Buffer) {
  const raw = openEncryptedDatabase(db, key);
  try {
    return {
      integrity: raw.prepare('PRAGMA integrity_check').pluck().all(),
      clients: raw.prepare('SELECT count(*) FROM clients').pluck().get() as number,
      contacts: raw.prepare('SELECT count(*) FROM contacts').pluck().get() as number,
      imports: raw.prepare(`SELECT count(*) FROM audit_log WHERE action = 'records.import'`).pluck().get() as number,
    };
  } finally {
    raw.close();
  }
}

const walSize = (db: string) => (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);

describe('crash safety (SIGKILL)', () => {
  it(
    'a process killed part-way through a large import leaves a database that opens, passes integrity_check and holds none of it',
    async () => {
      const data = generateDemoData({ clients: 1000, seed: 11, today: TODAY, contactsPerClient: 20, jobsPerClient: 3 });
      const { dir, db, key } = await newTeamDatabase();
      const workbook = join(dir, 'records.xlsx');
      writeFileSync(workbook, await writeInterchangeWorkbook(data));

      const walAtStart = walSize(db);
      const run = startChild(CLI, ['import', '--db', db, workbook], { IPSDESK_PASSPHRASE: PASSPHRASE });
      // The import reads and checks the whole workbook first, then writes every record in one transaction; the
      // transaction's pages spill into the WAL as it goes. Kill once a megabyte of it is there.
      await waitFor(() => walSize(db) > walAtStart + 1024 * 1024 || run.child.exitCode !== null, 'the import to start writing', SLOW);
      run.child.kill('SIGKILL');
      const { signal } = await run.exited;
      expect(signal, `the import finished before it could be killed: ${run.stdout()}${run.stderr()}`).toBe('SIGKILL');
      expect(run.stdout()).not.toContain('Imported');

      const after = inspect(db, key);
      expect(after.integrity).toEqual(['ok']);
      expect(after).toMatchObject({ clients: 0, contacts: 0, imports: 0 });

      // And the same import then goes through whole.
      const again = startChild(CLI, ['import', '--db', db, workbook], { IPSDESK_PASSPHRASE: PASSPHRASE });
      expect((await again.exited).code).toBe(0);
      expect(inspect(db, key)).toMatchObject({ integrity: ['ok'], clients: data.clients.length, contacts: data.contacts.length, imports: 1 });
    },
    SLOW,
  );

  it(
    'a process killed during a backup leaves the database whole and no file that looks like a backup',
    async () => {
      const data = generateDemoData({ clients: 4000, seed: 12, today: TODAY, contactsPerClient: 20, jobsPerClient: 3 });
      const { dir, db, key } = await newTeamDatabase((raw) => insertDemoData(raw, data));
      const out = join(dir, 'offsite');
      const run = startChild(CLI, ['backup', '--db', db, '--out', out], { IPSDESK_PASSPHRASE: PASSPHRASE });
      // Kill as soon as the backup's temporary file appears: half a backup, under a name no list shows.
      await waitFor(() => run.child.exitCode !== null || (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.tmp'))), 'the backup to start', SLOW, 1);
      run.child.kill('SIGKILL');
      const { signal } = await run.exited;
      expect(signal, `the backup finished before it could be killed: ${run.stdout()}${run.stderr()}`).toBe('SIGKILL');

      const left = readdirSync(out);
      expect(left.length).toBeGreaterThan(0);
      // Temporary names only (VACUUM INTO's own -journal among them); the next backups tidy them once stale.
      expect(left.every((f) => f.startsWith('.') && /\.tmp(-journal)?$/.test(f)), left.join(', ')).toBe(true);
      expect(left.filter((f) => f.endsWith(BACKUP_FILE_EXTENSION))).toEqual([]);
      expect(listBackups(out)).toEqual({ backups: [], unreadable: [] });
      expect(inspect(db, key)).toMatchObject({ integrity: ['ok'], clients: data.clients.length, contacts: data.contacts.length });

      // The next backup works and is the only one listed.
      const again = startChild(CLI, ['backup', '--db', db, '--out', out], { IPSDESK_PASSPHRASE: PASSPHRASE });
      expect((await again.exited).code).toBe(0);
      expect(listBackups(out).backups.map((b) => b.file)).toEqual([again.stdout().trim()]);
    },
    SLOW,
  );
});
