import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRouter, type RouterLog } from '../../electron/ipc/router';
import { generateDemoData, type DemoData } from '../../electron/services/demo';
import { audited } from '../../db/audited-write';
import { createReportHandlers } from '../../electron/services/report-service';
import { createServiceContext } from '../../electron/services/service-context';
import { ServiceError } from '../../electron/services/service-error';
import { createVaultService, type VaultService } from '../../electron/services/vault-service';
import type { ChannelName, ChannelOutput, Handlers } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { CLIENT_LEVEL_METRICS, METRIC_IDS } from '../../shared/outcomes';
import { HAND_ENTERED_KEYS } from '../../shared/sainsbury-a';
import { insertDemoData } from '../db/demo-database';
import { TEST_SCRYPT_COST } from '../db/helpers';

const TODAY = '2026-01-15';
const APP = 'app://ipsdesk/index.html';

describe('report service', () => {
  let dir: string;
  let vault: VaultService;
  let data: DemoData;
  let ids: Map<string, string>;
  const logged: unknown[][] = [];
  let dispatch: (channel: ChannelName, input: unknown) => Promise<IpcResult<unknown>>;

  /** Calls through the real router (input parsing, output checked against the contract) and expects success. */
  async function ok<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.data as ChannelOutput<C>;
  }

  async function refused(channel: ChannelName, input: unknown) {
    const result = await dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} was expected to fail`);
    return result.error;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    vault = createVaultService({ dataDir: dir, scryptCost: TEST_SCRYPT_COST });
    await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: 'report service passphrase' });
    data = generateDemoData({ clients: 150, seed: 3, today: TODAY, contactsPerClient: 20, jobsPerClient: 3 });
    // Data-quality cases to link to: a profile with no plan, a staff member with no FTE.
    const first = data.clients[0]!;
    data.clients[0] = { ...first, vocational_profile_date: first.referral_date, action_plan_date: null };
    data.staff.push({ name: 'Zed Newstarter', fte: null, start_date: '2025-01-01', end_date: null });
    ids = vault.write(vault.caller()!, ({ raw }) => audited(insertDemoData(raw, data), { action: 'test.seed' }));
    const log: RouterLog = (...args) => logged.push(args);
    const router = createRouter(createReportHandlers(createServiceContext(vault, { today: () => TODAY })) as unknown as Handlers, {
      isTrustedSender: (url) => url === APP,
      caller: vault.caller,
      validateOutput: true,
      log,
    });
    dispatch = (channel, input) => router.dispatch(channel, input, APP);
    return async () => {
      await vault.lock();
      vault.close();
      rmSync(dir, { recursive: true, force: true });
    };
  });

  it('reports.run: every metric with its records, today as the default as-of, and the catalogue on request', async () => {
    const { report, handEnteredYear, catalogue } = await ok('reports.run', { period: '2025-26' });
    expect(report.period).toEqual({ start: '2025-04-01', end: '2026-03-31', as_of: TODAY, label: 'Financial year 2025-26' });
    expect(Object.keys(report.metrics)).toEqual([...METRIC_IDS]);
    expect(report.metrics.job_starts.records.jobs!.length).toBe(report.metrics.job_starts.value);
    expect(handEnteredYear).toBe('2025-26');
    expect(catalogue).toBeUndefined();
    const withCatalogue = await ok('reports.run', { period: '2025-26-Q3', asOf: '2025-11-01', withCatalogue: true });
    expect(withCatalogue.report.period.as_of).toBe('2025-11-01');
    expect(withCatalogue.catalogue!.map((d) => d.id)).toEqual([...METRIC_IDS]);
    expect(logged).toEqual([]);
  });

  it('reports.run refuses a bad period with the three spellings, naming the field', async () => {
    const error = await refused('reports.run', { period: '2025-27' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(
      /^Period "2025-27" is not a financial year like 2025-26, a quarter like 2025-26-Q3 or a range like 2025-04-01\.\.2025-09-30/,
    );
    expect(error.issues).toEqual([{ path: ['period'], message: error.message }]);
    expect((await refused('reports.run', { period: 'last year' })).message).toBe(
      'Period "last year" is not a financial year like 2025-26, a quarter like 2025-26-Q3 or a range like 2025-04-01..2025-09-30',
    );
    expect((await refused('reports.run', { period: '2025-04-01..2025-02-30' })).message).toContain('is not a real date');
    const asOf = await refused('reports.run', { period: '2025-26', asOf: '15/01/2026' });
    expect(asOf).toMatchObject({ code: 'invalid_input', issues: [{ path: ['asOf'], message: 'As-of date must be a real date (YYYY-MM-DD)' }] });
  });

  it('reports.trend: the four quarters and the year; quarter counts add up to the year', async () => {
    const trend = await ok('reports.trend', { financialYear: '2025-26', asOf: '2025-11-20' });
    expect(trend.quarters.map((q) => [q.period, q.start, q.end, q.started])).toEqual([
      ['2025-26-Q1', '2025-04-01', '2025-06-30', true],
      ['2025-26-Q2', '2025-07-01', '2025-09-30', true],
      ['2025-26-Q3', '2025-10-01', '2025-12-31', true],
      ['2025-26-Q4', '2026-01-01', '2026-03-31', false],
    ]);
    expect(trend.year).toMatchObject({ period: '2025-26', started: true });
    for (const id of ['referrals', 'kpi_engaged', 'kpi_job_starts', 'people_into_work'] as const) {
      const sum = trend.quarters.reduce((n, q) => n + (q.metrics[id].value ?? 0), 0);
      expect({ id, sum }).toEqual({ id, sum: trend.year.metrics[id].value });
    }
    expect(trend.year.metrics.kpi_job_starts.value).toBeGreaterThan(0);
    expect(trend.quarters[3]!.metrics.kpi_job_starts.value).toBe(0);
    expect(Object.keys(trend.year.metrics.employment_rate).sort()).toEqual(['denominator', 'numerator', 'value']);
    expect((await refused('reports.trend', { financialYear: '2025-27' })).issues?.[0]?.path).toEqual(['financialYear']);
  });

  it('reports.explainClient takes the client’s record id and agrees with the report', async () => {
    const { report } = await ok('reports.run', { period: '2025-26' });
    const clientId = report.metrics.job_starts.records.clients![0]!;
    const explained = await ok('reports.explainClient', { clientId: ids.get(clientId), period: '2025-26' });
    expect(explained.client).toEqual({ id: ids.get(clientId), client_id: clientId });
    expect(explained.period.as_of).toBe(TODAY);
    expect(explained.rows.map((r) => r.metricId)).toEqual([...CLIENT_LEVEL_METRICS]);
    for (const row of explained.rows) {
      const counted = report.metrics[row.metricId].records.clients?.includes(clientId) ?? false;
      expect({ id: row.metricId, counted: row.counted }).toEqual({ id: row.metricId, counted });
      expect(row.reason.length).toBeGreaterThan(5);
      expect(row.title.length).toBeGreaterThan(3);
    }
    expect(explained.rows.find((r) => r.metricId === 'job_starts')!.counted).toBe(true);
    expect((await refused('reports.explainClient', { clientId: '00000000-0000-4000-8000-000000000000', period: '2025-26' })).code).toBe(
      'not_found',
    );
    expect((await refused('reports.explainClient', { clientId: 'DEMO-0001', period: '2025-26' })).code).toBe('invalid_input');
    expect((await refused('reports.explainClient', { clientId: ids.get(clientId), period: '2025' })).issues?.[0]?.path).toEqual(['period']);
  });

  it('reports.bySpecialist splits the team figures by specialist: the rows add up to the team', async () => {
    const team = (await ok('reports.run', { period: '2025-26' })).report.metrics;
    const { rows } = await ok('reports.bySpecialist', { period: '2025-26' });
    expect(rows.length).toBeGreaterThan(1);
    const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((total, r) => total + pick(r), 0);
    expect(sum((r) => r.activeCaseload)).toBe(team.active_caseload.value);
    expect(sum((r) => r.jobStarts)).toBe(team.job_starts.value);
    expect(sum((r) => r.working.numerator)).toBe(team.currently_employed.numerator);
    expect(sum((r) => r.working.denominator)).toBe(team.currently_employed.denominator);
    expect(sum((r) => r.employerContactsPerWeek ?? 0)).toBeCloseTo(team.employer_f2f_per_week.value!, 9);
    for (const r of rows) expect(r.working.value).toBe(r.working.denominator === 0 ? null : r.working.numerator / r.working.denominator);
    expect(rows.map((r) => r.specialist)).toEqual([...rows.map((r) => r.specialist)].sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b, 'en-GB'))));
  });

  it('reports.dataQuality lists problems with the record ids to open', async () => {
    const { asOf, problems } = await ok('reports.dataQuality', {});
    expect(asOf).toBe(TODAY);
    const profile = problems.find((p) => p.kind === 'profile_without_action_plan' && p.record.ref === data.clients[0]!.client_id)!;
    const pk = ids.get(data.clients[0]!.client_id);
    const first = data.clients[0]!;
    const name = [first.given_name, first.family_name].filter(Boolean).join(' ') || null;
    expect(profile.record).toEqual({ type: 'client', ref: first.client_id, id: pk, clientRecordId: pk, name });
    const staff = problems.find((p) => p.kind === 'staff_fte_missing')!;
    expect(staff).toMatchObject({ severity: 'blocks', record: { type: 'staff', ref: 'Zed Newstarter', clientRecordId: null } });
    expect(staff.record.id).toMatch(/^[0-9a-f-]{36}$/);
    // A job's problem opens the job's client.
    const jobProblems = problems.filter((p) => p.record.type === 'job');
    expect(jobProblems.length).toBeGreaterThan(0);
    for (const jobProblem of jobProblems) {
      const job = data.jobs.find((j) => j.job_id === jobProblem.record.ref)!;
      expect({ job: job.job_id, clientRecordId: jobProblem.record.clientRecordId }).toEqual({ job: job.job_id, clientRecordId: ids.get(job.client_id) });
    }
    // Blocking problems first: there are some of each, and no blocking one after the first change.
    const firstChange = problems.findIndex((p) => p.severity === 'changes');
    expect(firstChange).toBeGreaterThan(0);
    expect(problems.slice(firstChange).filter((p) => p.severity !== 'changes')).toEqual([]);
  });

  it('handEntered: save validates, writes with an audit entry, and the report carries D7 for its year', async () => {
    const empty = await ok('handEntered.get', { financialYear: '2025-26' });
    expect(empty.items.map((i) => i.key)).toEqual(HAND_ENTERED_KEYS);
    expect(empty.items.every((i) => i.value === null && i.source === null && i.year === null)).toBe(true);

    const saved = await ok('handEntered.save', {
      financialYear: '2025-26',
      items: [
        { key: 'a1', value: 74.5, source: 'Annual Population Survey', year: 'Oct 2024 – Sep 2025' },
        { key: 'a11', value: 'partly', source: 'Commissioning review', year: '2025' },
        { key: 'new_recruits_declaring_mh', value: 5.25, source: 'Trust HR', year: '2025-26' },
      ],
    });
    expect(saved.items.find((i) => i.key === 'a11')).toEqual({ key: 'a11', value: 'partly', source: 'Commissioning review', year: '2025' });
    expect((await ok('handEntered.get', { financialYear: '2025-26' })).items).toEqual(saved.items);
    expect((await ok('reports.run', { period: '2025-26-Q2' })).report.metrics.new_recruits_declaring_mh.value).toBe(5.25);
    const audit = vault.reader().raw.prepare(`SELECT after FROM audit_log WHERE action = 'hand_entered.save'`).pluck().all();
    expect(audit).toHaveLength(1);

    const bad = await refused('handEntered.save', {
      financialYear: '2025-26',
      items: [
        { key: 'a2', value: 120, source: 'LFS', year: '2025' },
        { key: 'a3', value: 4, source: '', year: '2025' },
        { key: 'a12', value: 'maybe', source: 'Forum minutes', year: null },
        { key: 'a99', value: 1, source: 'x', year: null },
      ],
    });
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues).toEqual([
      { path: ['items', 0, 'value'], message: 'Item A2 is a percentage: enter a number from 0 to 100' },
      { path: ['items', 1, 'source'], message: 'Item A3: say where the figure comes from (source)' },
      { path: ['items', 2, 'value'], message: 'Item A12 is a statement: answer yes, partly or no' },
      { path: ['items', 3, 'key'], message: expect.stringContaining('"a99" is not a hand-entered item') },
    ]);
    const year = await refused('handEntered.save', { financialYear: '2025-2026', items: [] });
    expect(year.issues).toEqual([{ path: ['financialYear'], message: 'Financial year must be written like 2025-26' }]);
    // Nothing of a refused save was written.
    expect((await ok('handEntered.get', { financialYear: '2025-26' })).items).toEqual(saved.items);
    expect(logged).toEqual([]);
  });

  it('refuses while locked', async () => {
    const locked = createRouter(
      createReportHandlers(
        createServiceContext({
          reader: () => {
            throw new ServiceError('locked', 'IPS Desk is locked. Unlock it to go on.');
          },
          write: () => {
            throw new ServiceError('locked', 'IPS Desk is locked. Unlock it to go on.');
          },
          writeOnSecondConnection: () => Promise.reject(new ServiceError('locked', 'IPS Desk is locked. Unlock it to go on.')),
        }),
      ) as unknown as Handlers,
      { isTrustedSender: () => true, caller: () => ({ user: 'Dana', role: 'manager' }) },
    );
    const result = await locked.dispatch('reports.run', { period: '2025-26' }, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});
