import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from './cli-runner';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoData } from '../../electron/services/demo';
import { audited } from '../../db/audited-write';
import { createVaultService } from '../../electron/services/vault-service';
import {
  SUGGESTED_ITEM_IDS, computeFidelitySuggestions, scoreCaseloadPerFte, scoreCompetitiveShare, scoreDaysToEmployerContact, scoreDiversity,
  scoreEmployerContactsPerFte, scorePreferenceShare,
} from '../../shared/fidelity';
import { contactFactsFrom } from '../../shared/outcomes';
import { parsePeriod } from '../../shared/period';
import { insertDemoData } from '../db/demo-database';
import { TEST_SCRYPT_COST } from '../db/helpers';

const PASSPHRASE = 'fidelity command passphrase';
const TODAY = '2026-01-15';
const SLOW = 180_000;

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return runCli(args, { passphrase: PASSPHRASE, env, timeoutMs: SLOW });
}

/** The rule each item's score comes from, to check the printed score against its printed figure. */
const SCORE_OF = {
  'sainsbury:2': scorePreferenceShare,
  'sainsbury:3': scoreDaysToEmployerContact,
  'ips25:1': scoreCaseloadPerFte,
  'ips25:15': scoreDaysToEmployerContact,
  'ips25:16': scorePreferenceShare,
  'ips25:17': scoreEmployerContactsPerFte,
  'ips25:19': scoreDiversity,
  'ips25:20': scoreDiversity,
  'ips25:21': scoreCompetitiveShare,
} as const;

const byText = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

describe('cli fidelity suggest', () => {
  let dir: string;
  let dbFile: string;
  let data: DemoData;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    dbFile = join(dir, 'team.db');
    const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST });
    await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: PASSPHRASE });
    data = generateDemoData({ clients: 300, seed: 5, today: TODAY, contactsPerClient: 20, jobsPerClient: 3 });
    vault.write(vault.caller()!, ({ raw }) => audited(insertDemoData(raw, data), { action: 'test.seed' }));
    await vault.lock();
    vault.close();
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it(
    '--json prints exactly {period:{start,end,as_of}, suggestions:{item:{score,figure}}} for every §7 item, equal to the pure functions',
    async () => {
      const run = await cli(['fidelity', 'suggest', '--db', dbFile, '--period', '2025-26', '--as-of', TODAY, '--json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.endsWith('\n')).toBe(true);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      const out = JSON.parse(run.stdout) as { period: object; suggestions: Record<string, { score: number | null; figure: number | null }> };

      expect(Object.keys(out)).toEqual(['period', 'suggestions']);
      expect(out.period).toEqual({ start: '2025-04-01', end: '2026-03-31', as_of: TODAY });
      expect(Object.keys(out.period)).toEqual(['start', 'end', 'as_of']);
      expect(Object.keys(out.suggestions)).toEqual([
        'sainsbury:2', 'sainsbury:3', 'ips25:1', 'ips25:15', 'ips25:16', 'ips25:17', 'ips25:19', 'ips25:20', 'ips25:21',
      ]);
      for (const id of SUGGESTED_ITEM_IDS) {
        const s = out.suggestions[id]!;
        expect({ id, keys: Object.keys(s) }).toEqual({ id, keys: ['score', 'figure'] });
        expect(s.figure).not.toBeNull();
        expect({ id, score: s.score }).toEqual({ id, score: SCORE_OF[id](s.figure!) });
      }

      // The same records in memory, in the order the database reads them.
      const period = parsePeriod('2025-26');
      const reference = computeFidelitySuggestions(
        {
          clients: [...data.clients].sort(byText((c) => c.client_id)),
          jobs: data.jobs,
          activities: data.activities,
          staff: [...data.staff].sort(byText((s) => s.name)),
          contactFacts: contactFactsFrom(data.contacts, period, TODAY),
        },
        period,
        TODAY,
      );
      for (const id of SUGGESTED_ITEM_IDS) {
        const { score, figure } = reference.suggestions[id];
        expect({ id, ...out.suggestions[id] }).toEqual({ id, score, figure });
      }
    },
    SLOW,
  );

  it(
    'without --json prints a table of figures and suggested scores, then the rule behind each',
    async () => {
      const run = await cli(['fidelity', 'suggest', '--db', dbFile, '--period', '2025-26-Q3', '--as-of', '2025-11-20']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const text = run.stdout;
      expect(text).toContain('Fidelity suggestions for 2025-26 Q3 (October to December 2025): 01/10/2025 to 31/12/2025, data as of 20/11/2025');
      expect(text).toMatch(/^sainsbury:2 +Employer contacts follow client preference +\d+\.\d% +\d+ \/ \d+ +[1-5]$/m);
      expect(text).toMatch(/^ips25:15 +Rapid job search +[\d.]+ days +\d+ clients +[1-5]$/m);
      expect(text).toMatch(/^ips25:1 +Caseload size +[\d.]+ per FTE +\d+ active \/ [\d.]+ FTE +[1-5]$/m);
      expect(text).toMatch(/^sainsbury:2, ips25:16: Employer contacts .* marked yes or no/m);
      expect(text).toMatch(/^ips25:20: .*no employer are left out/m);
      const rows = text.split('\n').filter((l) => /^(sainsbury|ips25):\d+ /.test(l));
      expect(rows).toHaveLength(9);
      expect(new Set(rows.map((l) => l.search(/ {2}\S/))).size).toBe(1);
    },
    SLOW,
  );

  it(
    'refuses a bad period, an unknown subcommand or a wrong passphrase with the right exit code',
    async () => {
      const period = await cli(['fidelity', 'suggest', '--db', dbFile, '--period', '2025-27'], { IPSDESK_PASSPHRASE: undefined });
      expect(period.code).toBe(64);
      expect(period.stderr).toContain('--period: Period "2025-27" is not a financial year like 2025-26');
      expect(period.stderr).toContain('npm run cli -- fidelity suggest --db FILE --period P');
      expect(period.stdout).toBe('');

      const bare = await cli(['fidelity']);
      expect(bare.code).toBe(64);
      expect(bare.stderr).toMatch(/^"fidelity" needs a subcommand: list, report, suggest\.\n\nUsage:\n {2}npm run cli -- fidelity list /);
      expect(bare.stderr).not.toContain('npm run cli -- report');

      const unknown = await cli(['fidelity', 'frobnicate']);
      expect(unknown.code).toBe(64);
      expect(unknown.stderr).toContain('Unknown command "fidelity frobnicate" (fidelity has: list, report, suggest).');

      const help = await cli(['fidelity', '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('npm run cli -- fidelity suggest --db FILE --period P [--as-of YYYY-MM-DD] [--json] [--user NAME]');

      const wrong = await cli(['fidelity', 'suggest', '--db', dbFile, '--period', '2025-26', '--json'], { IPSDESK_PASSPHRASE: 'not the right passphrase' });
      expect(wrong.code).toBe(2);
      expect(wrong.stdout).toBe('');
    },
    SLOW,
  );
});
