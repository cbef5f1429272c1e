import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from './cli-runner';
import { beforeAll, describe, expect, it } from 'vitest';
import { audited } from '../../db/audited-write';
import { writeHandEntered } from '../../db/repositories/report-hand-entered';
import { generateDemoData, type DemoData } from '../../electron/services/demo';
import { createVaultService } from '../../electron/services/vault-service';
import { METRIC_CATALOGUE, METRIC_IDS, computeReport, contactFactsFrom, toPublicMetrics } from '../../shared/outcomes';
import { parsePeriod } from '../../shared/period';
import { insertDemoData } from '../db/demo-database';
import { TEST_SCRYPT_COST } from '../db/helpers';

const PASSPHRASE = 'report command passphrase';
const TODAY = '2026-01-15';
const SLOW = 180_000;

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return runCli(args, { passphrase: PASSPHRASE, env, timeoutMs: SLOW });
}

/** The exact keys `--json` must print for each kind of metric (DOMAIN §4 shapes). */
const KEYS_BY_KIND = {
  count: ['people', 'value'],
  rate: ['denominator', 'numerator', 'value'],
  distribution: ['breakdown', 'value'],
  mean: ['breakdown', 'value'],
  ratio: ['breakdown', 'value'],
  entered: ['value'],
} as const;

describe('cli report', () => {
  let dir: string;
  let dbFile: string;
  let data: DemoData;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    dbFile = join(dir, 'team.db');
    const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST });
    await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: PASSPHRASE });
    data = generateDemoData({ clients: 300, seed: 5, today: TODAY, contactsPerClient: 20, jobsPerClient: 3 });
    vault.write(vault.caller()!, ({ db, raw }) => {
      insertDemoData(raw, data);
      writeHandEntered(db, '2025-26', [{ key: 'new_recruits_declaring_mh', value: 4.5, source: 'Trust HR', year: '2025' }]);
      return audited(null, { action: 'test.seed' });
    });
    await vault.lock();
    vault.close();
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it(
    '--json prints exactly {period:{start,end,as_of}, metrics} with each metric kind’s keys, equal to the engine on the same records',
    async () => {
      const run = await cli(['report', '--db', dbFile, '--period', '2025-26', '--as-of', TODAY, '--json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.endsWith('\n')).toBe(true);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      const out = JSON.parse(run.stdout) as Record<string, unknown> & { period: unknown; metrics: Record<string, Record<string, unknown>> };

      expect(Object.keys(out)).toEqual(['period', 'metrics']);
      expect(out.period).toEqual({ start: '2025-04-01', end: '2026-03-31', as_of: TODAY });
      expect(Object.keys(out.period as object)).toEqual(['start', 'end', 'as_of']);
      expect(Object.keys(out.metrics)).toEqual([...METRIC_IDS]);
      for (const id of METRIC_IDS) {
        const keys = Object.keys(out.metrics[id]!).sort();
        expect({ id, keys }).toEqual({ id, keys: [...KEYS_BY_KIND[METRIC_CATALOGUE[id].kind]] });
      }
      expect(out.metrics.new_recruits_declaring_mh).toEqual({ value: 4.5 });
      expect(out.metrics.job_starts!.value).toBeGreaterThan(0);

      const period = parsePeriod('2025-26');
      // Staff in the order the database reads them (by name): FTEs summed in another order can differ in the last bit.
      const staff = [...data.staff].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const reference = toPublicMetrics(
        computeReport(
          { ...data, staff, contactFacts: contactFactsFrom(data.contacts, period, TODAY), handEntered: { new_recruits_declaring_mh: 4.5 } },
          period,
          TODAY,
        ),
      );
      expect(out).toEqual(JSON.parse(JSON.stringify(reference)));
    },
    SLOW,
  );

  it(
    'without --json prints an aligned table by section with people, numerator/denominator and targets',
    async () => {
      const run = await cli(['report', '--db', dbFile, '--period', '2025-26-Q3', '--as-of', '2025-11-20']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const text = run.stdout;
      expect(text).toContain('2025-26 Q3 (October to December 2025): 01/10/2025 to 31/12/2025, data as of 20/11/2025');
      for (const title of ['Key outcomes (IPS Grow standard data set)', 'Caseload snapshot', 'Annual key performance indicators']) {
        expect(text).toContain(`${title}\n${'-'.repeat(title.length)}\n`);
      }
      expect(text).toMatch(/^job_starts +Job starts.* \d+ +\d+ people/m);
      expect(text).toMatch(/^employment_rate +.* \d+\.\d%  +\d+ \/ \d+ +40% or more/m);
      expect(text).toMatch(/^new_recruits_declaring_mh +.*4\.5%/m);
      // Aligned: the value column starts at the same place on every row of a section.
      const block = text.split('Key outcomes (IPS Grow standard data set)\n')[1]!.split('\n\n')[0]!.split('\n').slice(1);
      const rows = block.filter((l) => !l.startsWith('    '));
      const titleStart = rows.map((l) => l.search(/ {2}\S/));
      expect(new Set(titleStart).size).toBe(1);
    },
    SLOW,
  );

  it(
    'refuses a bad period or as-of date naming the flag, before asking for a passphrase',
    async () => {
      const period = await cli(['report', '--db', dbFile, '--period', '2025-27'], { IPSDESK_PASSPHRASE: undefined });
      expect(period.code).toBe(64);
      expect(period.stderr).toContain(
        '--period: Period "2025-27" is not a financial year like 2025-26, a quarter like 2025-26-Q3 or a range like 2025-04-01..2025-09-30',
      );
      expect(period.stdout).toBe('');

      const asOf = await cli(['report', '--db', dbFile, '--period', '2025-26', '--as-of', '2025-02-30'], { IPSDESK_PASSPHRASE: undefined });
      expect(asOf.code).toBe(64);
      expect(asOf.stderr).toContain('--as-of: As-of date "2025-02-30" is not a real date (YYYY-MM-DD)');

      const wrong = await cli(['report', '--db', dbFile, '--period', '2025-26', '--json'], { IPSDESK_PASSPHRASE: 'not the right passphrase' });
      expect(wrong.code).toBe(2);
      expect(wrong.stdout).toBe('');
    },
    SLOW,
  );
});
