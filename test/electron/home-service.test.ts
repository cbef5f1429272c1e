import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../db/helpers';
import { openRecordsApp } from './records/records-app';

const tempDir = useTempDirs();

describe('home: the week', () => {
  it('names and links each client, says what evidence to collect, and follows the KPIs year to date', async () => {
    const app = await openRecordsApp(tempDir(), '2026-01-15');
    const quiet = (await app.call('clients.create', {
      client: { client_id: 'Q-1', given_name: 'Quinn', family_name: 'Adams', referral_date: '2025-05-01', vocational_profile_date: '2025-05-02', action_plan_date: '2025-05-03' },
    })).id;
    const working = (await app.call('clients.create', { client: { client_id: 'W-1', given_name: 'Wendy', family_name: 'Baker', referral_date: '2025-09-01' } })).id;
    await app.call('jobs.save', {
      job: { job_id: 'J-1', client_id: 'W-1', employer: 'Acme Ltd', start_date: '2025-10-20', hours_per_week: 20, contract_type: 'permanent', four_hours_confirmed: true, evidence: 'payslip' },
    });
    await app.call('jobs.save', { job: { job_id: 'J-2', client_id: 'W-1', start_date: '2026-01-05', hours_per_week: 8, contract_type: 'zero_hours' } });

    const week = await app.call('home.week', {});
    expect(week).toMatchObject({ today: '2026-01-15', financialYear: '2025-26' });
    expect(week.quietClients).toEqual([{ client_id: 'Q-1', clientRecordId: quiet, name: 'Quinn Adams', specialist: null, lastContact: null }]);
    expect(week.milestones).toEqual([
      { client_id: 'W-1', clientRecordId: working, name: 'Wendy Baker', weeks: 13, date: '2026-01-18', job_id: 'J-1', employer: 'Acme Ltd', evidence: 'payslip' },
    ]);
    expect(week.awaitingFourHours).toMatchObject([{ client_id: 'W-1', job_id: 'J-2', daysSinceStart: 10, name: 'Wendy Baker' }]);
    expect(week.kpis.map((k) => k.id)).toEqual(['kpi_engaged', 'kpi_job_starts', 'sustainment_rate_13w', 'sustainment_rate_26w', 'sustainment_rate_52w']);
    // 15/01/2026 is day 290 of 365: 40 a year is 31.8 by now; one engaged client is behind.
    expect(week.kpis[0]).toMatchObject({ actual: 1, kind: 'count', onTrack: false });
    expect(week.kpis[0]!.targetSoFar).toBeCloseTo((40 * 290) / 365, 9);
    expect(week.dataQuality.changes).toBeGreaterThan(0);
    // Data quality shows names beside references.
    const dq = await app.call('reports.dataQuality', {});
    expect(dq.problems.find((p) => p.record.ref === 'Q-1')?.record).toMatchObject({ name: 'Quinn Adams', clientRecordId: quiet });
    app.close();
  });
});
