import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audited } from '../../db/audited-write';
import { generateDemoData, type DemoData } from '../../electron/services/demo';
import { createReturnHandlers } from '../../electron/services/returns-service';
import { createServiceContext } from '../../electron/services/service-context';
import { createVaultService } from '../../electron/services/vault-service';
import type { PublicMetric } from '../../shared/outcomes';
import { insertDemoData } from '../db/demo-database';
import { TEST_SCRYPT_COST } from '../db/helpers';
import { runCli, type CliRun } from './cli-runner';
import { COMMISSIONER_MAPPING, commissionerTemplate } from './returns/commissioner-template';

/** Issue 8 point 6: `export` from a terminal, in a child process, on a real encrypted database. */
const PASSPHRASE = 'export command passphrase';
const AS_OF = '2026-01-15';
const SLOW = 180_000;

const cli = (args: string[]): Promise<CliRun> => runCli(args, { passphrase: PASSPHRASE, timeoutMs: SLOW });
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function sheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(name)!;
}

describe('cli export', () => {
  let dir: string;
  let dbFile: string;
  let data: DemoData;
  let metrics: Record<string, PublicMetric>;
  let templateFile: string;

  /** The database as the app sees it, for what the CLI left behind. */
  async function withApp<T>(work: (handlers: ReturnType<typeof createReturnHandlers>, caller: { user: string; role: 'manager' }) => Promise<T> | T): Promise<T> {
    const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST });
    await vault.unlock({ user: 'Dana', passphrase: PASSPHRASE });
    try {
      return await work(createReturnHandlers(createServiceContext(vault, { today: () => AS_OF })), { user: 'Dana', role: 'manager' });
    } finally {
      await vault.lock();
      vault.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    dbFile = join(dir, 'team.db');
    const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST });
    await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: PASSPHRASE });
    data = generateDemoData({ clients: 120, seed: 9, today: AS_OF, financialYears: 2 });
    vault.write(vault.caller()!, ({ raw }) => audited(insertDemoData(raw, data), { action: 'test.seed' }));
    await vault.lock();
    vault.close();
    templateFile = join(dir, 'ICB return.xlsx');
    writeFileSync(templateFile, await commissionerTemplate());
    const report = await cli(['report', '--db', dbFile, '--period', '2025-26', '--as-of', AS_OF, '--json']);
    metrics = (JSON.parse(report.stdout) as { metrics: Record<string, PublicMetric> }).metrics;
    return () => rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  it(
    'fills each built-in return with the report’s figures, pseudonymised unless --identifiable, and records each in the history',
    async () => {
      const outs = { standard: join(dir, 'standard.xlsx'), sainsbury: join(dir, 'sainsbury.xlsx'), extract: join(dir, 'extract.xlsx'), named: join(dir, 'named.xlsx') };
      const runs = {
        standard: await cli(['export', '--db', dbFile, '--period', '2025-26', '--as-of', AS_OF, '--builtin', 'standard', '--out', outs.standard]),
        sainsbury: await cli(['export', '--db', dbFile, '--period', '2025-26', '--as-of', AS_OF, '--builtin', 'sainsbury', '--out', outs.sainsbury]),
        extract: await cli(['export', '--db', dbFile, '--period', '2025-26', '--as-of', AS_OF, '--builtin', 'extract', '--out', outs.extract]),
        named: await cli(['export', '--db', dbFile, '--period', '2025-26', '--as-of', AS_OF, '--builtin', 'extract', '--identifiable', '--out', outs.named]),
      };
      for (const [name, run] of Object.entries(runs)) {
        expect({ name, code: run.code, stderr: run.stderr }).toMatchObject({ name, code: 0 });
        expect(run.stdout).toContain(`SHA-256 ${sha256(outs[name as keyof typeof outs])}`);
      }
      expect(runs.standard.stdout).toMatch(/^Exported “IPS standard data set return” for Financial year 2025-26, as at 15\/01\/2026, to /);
      expect(runs.sainsbury.stderr).toContain('Warning: No Sainsbury Centre section C fidelity review has been finalised yet');

      const ret = await sheet(outs.standard, 'Return');
      const row = ret.getColumn(2).values.indexOf('Referrals to the service');
      expect([ret.getRow(row).getCell(3).value, ret.getRow(row).getCell(4).value]).toEqual([metrics.referrals!.value, metrics.referrals!.people]);

      const ids = new Set(data.clients.map((c) => c.client_id));
      const firstColumn = async (file: string) => ((await sheet(file, 'Clients')).getColumn(1).values as unknown[]).filter((v): v is string => typeof v === 'string');
      const pseudonyms = (await firstColumn(outs.extract)).filter((v) => /^P-[A-Z2-9]{12}$/.test(v));
      const named = (await firstColumn(outs.named)).filter((v) => ids.has(v));
      expect(pseudonyms.length).toBeGreaterThan(10);
      expect(named).toHaveLength(pseudonyms.length);
      expect((await firstColumn(outs.extract)).some((v) => ids.has(v))).toBe(false);
      expect(runs.extract.stdout).toContain(`${pseudonyms.length} client rows (pseudonymised)`);
      expect(runs.named.stdout).toContain('(identifiable)');

      const { rows } = await withApp((h) => h['returns.history']({ limit: 10 }, { user: 'Dana', role: 'manager' }));
      expect(rows.map((r) => [r.templateName, r.period, r.asOf, r.user, r.identifiable, r.outputSha256])).toEqual([
        ['Client-level extract (IPS Grow style)', '2025-26', AS_OF, 'Dana', true, sha256(outs.named)],
        ['Client-level extract (IPS Grow style)', '2025-26', AS_OF, 'Dana', false, sha256(outs.extract)],
        ['Sainsbury Centre key performance indicators', '2025-26', AS_OF, 'Dana', false, sha256(outs.sainsbury)],
        ['IPS standard data set return', '2025-26', AS_OF, 'Dana', false, sha256(outs.standard)],
      ]);
    },
    SLOW,
  );

  it(
    'fills a commissioner’s template, stored on first use, with the mapping saved for it on the Returns screen',
    async () => {
      const out = join(dir, 'icb.xlsx');
      const first = await cli(['export', '--db', dbFile, '--period', '2025-26', '--as-of', AS_OF, '--template', templateFile, '--out', out]);
      expect(first).toMatchObject({ code: 0, stderr: expect.not.stringContaining('Warning') });
      let ws = await sheet(out, 'ICB return');
      expect([ws.getCell('B3').value, ws.getCell('B5').value, ws.getCell('B6').value, ws.getCell('B4').value]).toEqual([
        'Westmoor IPS',
        metrics.job_starts!.value,
        metrics.employment_rate!.value,
        null,
      ]);

      await withApp(async (h, caller) => {
        const { saved } = await h['returns.templates']({}, caller);
        expect(saved.map((t) => t.name)).toEqual(['ICB return']);
        await h['returns.saveMapping']({ templateId: saved[0]!.ref.id, mapping: COMMISSIONER_MAPPING }, caller);
      });
      const second = await cli(['export', '--db', dbFile, '--period', '2025-26', '--as-of', AS_OF, '--template', templateFile, '--out', out]);
      expect(second.code).toBe(0);
      ws = await sheet(out, 'ICB return');
      expect([ws.getCell('B4').value, ws.getCell('B7').value]).toEqual([metrics.referrals!.value, metrics.people_into_work!.value]);
      const { rows } = await withApp((h, caller) => h['returns.history']({ limit: 2 }, caller));
      expect(rows.map((r) => [r.templateName, r.template?.kind, r.outputSha256])).toEqual([
        ['ICB return', 'saved', sha256(out)],
        ['ICB return', 'saved', expect.any(String)],
      ]);
    },
    SLOW,
  );

  it(
    'refuses a template that cannot be filled, naming the cell: exit 1, the output file left as it was, nothing in the history',
    async () => {
      const bad = join(dir, 'bad.xlsx');
      writeFileSync(bad, await commissionerTemplate({ C5: '{{job_strats}}', D6: '{{client.nhs_number}}' }));
      const out = join(dir, 'kept.xlsx');
      writeFileSync(out, 'what was there before');
      const before = await withApp((h, caller) => h['returns.history']({ limit: 1000 }, caller));
      const run = await cli(['export', '--db', dbFile, '--period', '2025-26', '--template', bad, '--out', out]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`'ICB return'!C5: unknown figure "job_strats"; did you mean "job_starts"?`);
      expect(run.stderr).toContain(`'ICB return'!D6: "{{client.nhs_number}}" is a client column`);
      expect(readFileSync(out, 'utf8')).toBe('what was there before');
      const fresh = join(dir, 'never.xlsx');
      expect((await cli(['export', '--db', dbFile, '--period', '2025-26', '--template', bad, '--out', fresh])).code).toBe(1);
      expect(existsSync(fresh)).toBe(false);
      // A good template but nowhere to write it: not recorded as exported either.
      const nowhere = await cli(['export', '--db', dbFile, '--period', '2025-26', '--builtin', 'standard', '--out', join(dir, 'no such folder', 'x.xlsx')]);
      expect(nowhere).toMatchObject({ code: 1, stderr: expect.stringContaining('ENOENT') });
      const after = await withApp((h, caller) => Promise.all([h['returns.history']({ limit: 1000 }, caller), h['returns.templates']({}, caller)]));
      expect(after[0].rows).toHaveLength(before.rows.length);
      expect(after[1].saved.map((t) => t.name)).toEqual(['ICB return']);
    },
    SLOW,
  );

  it('says how to use it when the template or the built-in is missing, doubled or unknown (exit 64, no passphrase asked)', async () => {
    const base = ['export', '--db', dbFile, '--period', '2025-26', '--out', join(dir, 'x.xlsx')];
    const neither = await runCli(base);
    expect(neither.code).toBe(64);
    expect(neither.stderr).toContain('Give either --template IN.xlsx or --builtin NAME');
    expect((await runCli([...base, '--builtin', 'standard', '--template', templateFile])).code).toBe(64);
    const unknown = await runCli([...base, '--builtin', 'kpis']);
    expect(unknown).toMatchObject({ code: 64, stderr: expect.stringContaining('use standard, sainsbury, extract') });
    const period = await runCli(['export', '--db', dbFile, '--period', '2025-27', '--builtin', 'standard', '--out', join(dir, 'x.xlsx')]);
    expect(period).toMatchObject({ code: 64, stderr: expect.stringContaining('--period: Period "2025-27"') });
    const missing = await cli([...base, '--template', join(dir, 'no such file.xlsx')]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('Cannot read') });
  }, SLOW);
});
