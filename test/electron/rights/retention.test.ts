import { describe, expect, it } from 'vitest';
import { emptyInterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { clientSchema, jobSchema, type ClientInput } from '../../../shared/records';
import { useTempDirs } from '../../db/helpers';
import { NHS } from '../../db/repositories/helpers';
import { openRecordsApp, type RecordsApp } from '../records/records-app';
import { signInAsSpecialist } from './rights-app';

const tempDir = useTempDirs();

const person = (over: Partial<ClientInput>): ClientInput => ({ given_name: 'Jane', family_name: 'Smith', referral_date: '2015-01-05', ...over }) as ClientInput;

/**
 * Today is 15/01/2026, so with the default six years the cutoff is 15/01/2020:
 * - A (discharged 2018, free-text reason, a job and an employer contact) is due;
 * - B (discharged 2018) is held back by its re-referral C, still open;
 * - D (discharged 2021) is not old enough.
 */
async function caseload(app: RecordsApp) {
  const add = async (over: Partial<ClientInput>, discharge?: { date: string; reason: string | null }, previous?: string) => {
    const id = (await app.call('clients.create', { client: person(over), ...(previous ? { previous_episode_id: previous } : {}), acknowledgeDuplicates: true })).id;
    if (discharge) await app.call('clients.discharge', { id, discharge_date: discharge.date, discharge_reason: discharge.reason });
    return id;
  };
  const a = await add({ client_id: 'A', nhs_number: NHS[0], date_of_birth: '1970-03-01' }, { date: '2018-06-01', reason: 'Moved to Leeds with family' });
  await app.call('jobs.save', { job: { job_id: 'A-J1', client_id: 'A', employer: 'Leeds Tram Depot', job_title: 'Cleaner', start_date: '2016-02-01', hours_per_week: 20, contract_type: 'permanent' } });
  await app.call('contacts.save', { contact: { date: '2015-06-01', kind: 'employer_face_to_face', client_id: 'A', employer: 'Leeds Tram Depot' } });
  const b = await add({ client_id: 'B', given_name: 'Bob', nhs_number: NHS[1] }, { date: '2018-03-01', reason: 'moved_away' });
  const c = await add({ client_id: 'C', given_name: 'Bob', nhs_number: NHS[1], referral_date: '2019-02-01' }, undefined, b);
  const d = await add({ client_id: 'D', given_name: 'Dee', nhs_number: NHS[2] }, { date: '2021-06-01', reason: null });
  return { a, b, c, d };
}

describe('retention.preview and retention.anonymise', () => {
  it('previews whom the rule anonymises and whom it holds back, and anonymises only what was previewed', async () => {
    const app = await openRecordsApp(tempDir());
    const { a, b, c, d } = await caseload(app);
    const preview = await app.call('retention.preview', {});
    expect(preview).toEqual({
      years: 6,
      today: '2026-01-15',
      cutoff: '2020-01-15',
      due: [{ id: a, client_id: 'A', referral_date: '2015-01-05', discharge_date: '2018-06-01' }],
      heldBack: [
        { id: b, client_id: 'B', referral_date: '2015-01-05', discharge_date: '2018-03-01', heldBackBy: { id: c, client_id: 'C', referral_date: '2019-02-01', discharge_date: null } },
      ],
      anonymisedBefore: 0,
    });

    // Not due (held back, too recent, unknown): refused, nothing changed.
    const counts = app.rowCounts();
    const refused = await app.fail('retention.anonymise', { ids: [a, b, d, '00000000-0000-4000-8000-000000000009'] });
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^3 of the clients chosen are not due for anonymisation now \(B, D, a client no longer recorded\)/) });
    expect(app.rowCounts()).toEqual(counts);
    expect((await app.call('clients.get', { id: a })).client.given_name).toBe('Jane');
    expect(await app.fail('retention.anonymise', { ids: [] })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['ids'], message: 'Choose at least one client to anonymise' }] });
    expect(await app.fail('retention.anonymise', { ids: ['not-an-id'] })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['ids', 0] }] });

    expect(await app.call('retention.anonymise', { ids: [a] })).toEqual({ anonymised: 1, ids: [a], on: '2026-01-15' });
    const record = await app.call('clients.get', { id: a });
    expect(record.anonymised).toEqual({ on: '2026-01-15', age_band_at_referral: '36-50' });
    expect(record.client).toMatchObject({
      client_id: 'A', given_name: null, family_name: null, nhs_number: null, date_of_birth: null,
      referral_date: '2015-01-05', discharge_date: '2018-06-01', discharge_reason: 'other',
    });
    expect(record.jobs).toEqual([expect.objectContaining({ job_id: 'A-J1', employer: null, job_title: null, start_date: '2016-02-01', hours_per_week: 20 })]);
    // Contacts on the person's behalf are the team's work with employers: kept, employer and all.
    expect(record.contacts).toEqual([expect.objectContaining({ kind: 'employer_face_to_face', employer: 'Leeds Tram Depot', client_id: 'A' })]);
    // The others are untouched, and the rule has no more to do.
    expect((await app.call('clients.get', { id: b })).client.given_name).toBe('Bob');
    expect(await app.call('retention.preview', {})).toMatchObject({ due: [], anonymisedBefore: 1 });

    // A longer-ago rule is a setting: at four years D is due too.
    await app.call('settings.save', { retentionYears: 4 });
    expect((await app.call('retention.preview', {})).due.map((e) => e.client_id)).toEqual(['D']);
    app.close();
  });

  it('is one-way: forms and imports may not name an anonymised client again, but may correct its dates', async () => {
    const app = await openRecordsApp(tempDir());
    const { a } = await caseload(app);
    await app.call('retention.anonymise', { ids: [a] });
    const { client } = await app.call('clients.get', { id: a });
    const { id: _id, ...fields } = client;

    const named = await app.fail('clients.update', { id: a, client: { ...fields, family_name: 'Smith', nhs_number: NHS[0] } });
    expect(named).toMatchObject({
      code: 'conflict',
      message: 'A was anonymised on 15/01/2026: its family name, NHS number cannot be added back',
      issues: [{ path: ['client', 'family_name'] }, { path: ['client', 'nhs_number'] }],
    });
    expect(await app.fail('clients.update', { id: a, client: { ...fields, discharge_reason: 'Moved to Leeds' } })).toMatchObject({ issues: [{ path: ['client', 'discharge_reason'] }] });
    await app.call('clients.update', { id: a, client: { ...fields, action_plan_date: '2015-03-01', discharge_reason: 'moved_away' } });
    // Closed for good: neither Re-open nor clearing the discharge date opens it again.
    const closed = 'A was anonymised on 15/01/2026 and cannot be re-opened: if the person is referred again, add them as a new client';
    expect(await app.fail('clients.reopen', { id: a })).toMatchObject({ code: 'conflict', message: closed });
    expect(await app.fail('clients.update', { id: a, client: { ...fields, discharge_date: null, discharge_reason: null } })).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['client', 'discharge_date'], message: closed }],
    });
    expect((await app.call('clients.get', { id: a })).client).toMatchObject({ action_plan_date: '2015-03-01', discharge_reason: 'moved_away', given_name: null });

    const job = { job_id: 'A-J1', client_id: 'A', start_date: '2016-02-01', hours_per_week: 20, contract_type: 'permanent' } as const;
    const [stored] = (await app.call('clients.get', { id: a })).jobs;
    expect(await app.fail('jobs.save', { id: stored!.id, job: { ...job, employer: 'Leeds Tram Depot' } })).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['job', 'employer'], message: 'A was anonymised on 15/01/2026: a job of theirs cannot have its employer again' }],
    });
    await app.call('jobs.save', { id: stored!.id, job: { ...job, hours_per_week: 22 } });

    // An older workbook that still names the person is refused whole.
    const counts = app.rowCounts();
    const old = await writeInterchangeWorkbook({
      ...emptyInterchangeRecords(),
      clients: [clientSchema.parse({ ...fields, given_name: 'Jane', family_name: 'Smith' })],
      jobs: [jobSchema.parse({ ...job, job_title: 'Cleaner' })],
    });
    const refused = await app.fail('interchange.import', { fileName: 'old.xlsx', base64: Buffer.from(old).toString('base64') });
    expect(refused.code).toBe('invalid_input');
    expect(refused.issues?.map((i) => i.message)).toEqual([
      'Clients: Client ID "A" holds the given name, family name of client "A", anonymised on 15/01/2026; anonymised records cannot be named again',
      'Jobs: Job ID "A-J1" holds the job title of client "A", anonymised on 15/01/2026; anonymised records cannot be named again',
    ]);
    expect(app.rowCounts()).toEqual(counts);
    app.close();
  });

  it('explains an anonymised client’s age band from the band kept for it', async () => {
    const app = await openRecordsApp(tempDir());
    const { a } = await caseload(app);
    await app.call('retention.anonymise', { ids: [a] });
    const { rows } = await app.call('reports.explainClient', { clientId: a, period: '2014-04-01..2015-03-31', asOf: '2026-01-15' });
    expect(rows.find((r) => r.metricId === 'intake_age_band')).toMatchObject({
      counted: true,
      reason: 'Referred in this period: date of birth removed when the record was anonymised; age band kept (key 36-50)',
    });
    const report = await app.call('reports.run', { period: '2014-04-01..2015-03-31' });
    expect(report.report.metrics.intake_age_band.breakdown).toMatchObject({ '36-50': 1 });
    app.close();
  });

  it('is the manager’s: a specialist may neither preview nor anonymise', async () => {
    const app = await openRecordsApp(tempDir());
    const { a } = await caseload(app);
    await signInAsSpecialist(app);
    expect(await app.fail('retention.preview', {})).toMatchObject({ code: 'forbidden' });
    expect(await app.fail('retention.anonymise', { ids: [a] })).toMatchObject({ code: 'forbidden' });
    app.close();
  });
});
