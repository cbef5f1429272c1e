import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from '../cli-runner';
import { describe, expect, it } from 'vitest';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { useTempDirs } from '../../db/helpers';
import { buildWorkbook } from '../xlsx/workbook-builder';

const tempDir = useTempDirs();
const PASSPHRASE = 'command line passphrase';

function cli(args: string[]): Promise<CliRun> {
  return runCli(args, { passphrase: PASSPHRASE });
}

async function newDatabase(dir: string, name: string): Promise<string> {
  const db = join(dir, name);
  const run = await cli(['init', '--db', db, '--user', 'Dana']);
  expect(run.code, run.stderr).toBe(0);
  return db;
}

async function recordsIn(file: string) {
  const read = await readInterchangeWorkbook(readFileSync(file));
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return Object.fromEntries(Object.entries(read.records).map(([key, rows]) => [key, (rows as object[]).map((r) => JSON.stringify(r)).sort()]));
}

describe('records cli', () => {
  it('demo fills an empty database once; export-data and import carry every record to another database', async () => {
    const dir = tempDir();
    const source = await newDatabase(dir, 'source.db');
    const demo = await cli(['demo', '--db', source, '--clients', '25', '--seed', '3']);
    expect(demo.stderr).toBe('');
    expect(demo).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Added 25 clients, \d+ jobs and [\d,]+ contacts\.\nDemo data: every person here is made up\.\n$/) });
    const refill = await cli(['demo', '--db', source]);
    expect(refill.code).toBe(1);
    expect(refill.stderr).toMatch(/only goes into an empty database/);

    const exported = join(dir, 'records.xlsx');
    const exportRun = await cli(['export-data', '--db', source, '--out', exported]);
    expect(exportRun).toMatchObject({ code: 0, stdout: `Exported the records to ${exported}\n` });
    expect(exportRun.stderr).toBe(`${exported} is not encrypted and holds every name, NHS number and date of birth: keep it safe.\n`);
    const pseudonymised = join(dir, 'pseudonymised.xlsx');
    const pseudoRun = await cli(['export-data', '--db', source, '--out', pseudonymised, '--pseudonymised']);
    expect(pseudoRun).toMatchObject({ code: 0, stdout: `Exported the records, pseudonymised, to ${pseudonymised}\n` });
    const hidden = await readInterchangeWorkbook(readFileSync(pseudonymised));
    if (!hidden.ok) throw new Error(hidden.problems.join('\n'));
    expect(hidden.records.clients).toHaveLength(25);
    expect(hidden.records.clients.every((c) => c.family_name === null && c.nhs_number === null && /^P-/.test(c.client_id))).toBe(true);

    const target = await newDatabase(dir, 'target.db');
    const imported = await cli(['import', '--db', target, exported]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported ${exported}\nClients: 25 added, 0 updated, 0 unchanged\nJobs: `);

    const again = await cli(['import', '--db', target, exported]);
    expect(again.stdout).toMatch(/Clients: 0 added, 0 updated, 25 unchanged\n/);
    expect(again.stdout).toMatch(/Contacts: 0 added, 0 updated, \d+ unchanged\n/);

    const roundTrip = join(dir, 'round-trip.xlsx');
    expect((await cli(['export-data', '--db', target, '--out', roundTrip])).code).toBe(0);
    expect(await recordsIn(roundTrip)).toEqual(await recordsIn(exported));
  }, 180_000);

  it('import lists every problem as Sheet!Cell on stderr, exits 1 and writes nothing', async () => {
    const dir = tempDir();
    const db = await newDatabase(dir, 'team.db');
    const workbook = join(dir, 'bad.xlsx');
    writeFileSync(
      workbook,
      await buildWorkbook({
        Clients: [
          ['client_id', 'nhs_number', 'referral_date', 'favourite_colour'],
          ['C-1', '9434765919', '2025-04-01'],
          ['C-2', '9434765918', '2025-04-01'],
          ['C-3', null, '2025-13-01'],
        ],
      }),
    );
    const run = await cli(['import', '--db', db, workbook]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'Warning: Clients!D1: unknown column "favourite_colour" ignored',
      'The workbook has 2 problems. Nothing was imported.',
      'Clients!B3: NHS number fails its check digit',
      'Clients!C4: Referral date must be a real date (dd/mm/yyyy or YYYY-MM-DD)',
      '',
    ]);

    const out = join(dir, 'after.xlsx');
    expect((await cli(['export-data', '--db', db, '--out', out])).code).toBe(0);
    expect((await recordsIn(out)).clients).toEqual([]);
  }, 90_000);

  it('explains a missing workbook argument and a bad --clients value', async () => {
    const dir = tempDir();
    const missing = await cli(['import', '--db', join(dir, 'team.db')]);
    expect(missing.code).toBe(64);
    expect(missing.stderr).toMatch(/WORKBOOK\.xlsx is required[\s\S]*npm run cli -- import --db FILE \[--user NAME\] WORKBOOK\.xlsx/);
    const badCount = await cli(['demo', '--db', join(dir, 'team.db'), '--clients', 'lots']);
    expect(badCount.code).toBe(64);
    expect(badCount.stderr).toMatch(/--clients must be a whole number from 1 to 200,000/);
    const noFile = await cli(['import', '--db', join(dir, 'team.db'), join(dir, 'none.xlsx')]);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toMatch(/Cannot read .*none\.xlsx/);
    expect(existsSync(join(dir, 'team.db'))).toBe(false);
  }, 90_000);
});
