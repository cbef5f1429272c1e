import { describe, expect, it } from 'vitest';
import type { ContactInput, JobInput } from '../../../shared/records';
import { useTempDirs } from '../../db/helpers';
import { openRecordsApp, type RecordsApp } from './records-app';

const tempDir = useTempDirs();
const NOBODY = '00000000-0000-4000-8000-000000000000';

const jobInput = (over: Partial<JobInput> = {}): JobInput => ({
  job_id: 'J-1', client_id: 'C-1', start_date: '2025-06-01', hours_per_week: 16, contract_type: 'permanent', four_hours_confirmed: true,
  job_title: 'Cleaner', employer: 'Bright Ltd', ...over,
});
const contactInput = (over: Partial<ContactInput> = {}): ContactInput => ({ date: '2025-05-01', kind: 'client_face_to_face', client_id: 'C-1', ...over });

async function withClients(app: RecordsApp, ...clientIds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const clientId of clientIds) {
    ids.push((await app.call('clients.create', { client: { client_id: clientId, referral_date: '2025-04-01' } })).id);
  }
  return ids;
}

describe('records service: jobs, contacts, activities, wellbeing', () => {
  it('refuses any record whose client id is not on the caseload, naming the field, and writes nothing', async () => {
    const app = await openRecordsApp(tempDir());
    await withClients(app, 'C-1');
    const before = app.rowCounts();
    const refusals = [
      [await app.fail('jobs.save', { job: jobInput({ client_id: 'C-9' }) }), 'job'],
      [await app.fail('contacts.save', { contact: contactInput({ client_id: 'C-9' }) }), 'contact'],
      [await app.fail('contacts.save', { contact: contactInput({ kind: 'employer_other', employer: 'Acme', client_id: 'C-9' }) }), 'contact'],
      [await app.fail('activities.save', { activity: { client_id: 'C-9', start_date: '2025-09-01', kind: 'fe_college' } }), 'activity'],
      [await app.fail('wellbeing.save', { wellbeing: { client_id: 'C-9', date: '2025-05-01', measure: 'swemwbs', score: 20 } }), 'wellbeing'],
    ] as const;
    for (const [error, field] of refusals) {
      expect(error).toEqual({
        code: 'invalid_input',
        message: 'Client ID "C-9" is not on the caseload',
        issues: [{ path: [field, 'client_id'], message: 'Client ID "C-9" is not on the caseload' }],
      });
    }
    expect(app.rowCounts()).toEqual(before);
    app.close();
  });

  it('adds and edits a job, refuses a job id another job has, and shows the job on the caseload', async () => {
    const app = await openRecordsApp(tempDir());
    const [one] = await withClients(app, 'C-1', 'C-2');
    const { id } = await app.call('jobs.save', { job: jobInput() });
    const other = (await app.call('jobs.save', { job: jobInput({ job_id: 'J-2', client_id: 'C-2' }) })).id;
    expect((await app.call('clients.list', {})).rows.find((r) => r.id === one)).toMatchObject({ status: 'in_work', current_job: 'Cleaner, Bright Ltd' });

    const taken = await app.fail('jobs.save', { job: jobInput({ client_id: 'C-2' }) });
    expect(taken).toEqual({
      code: 'conflict', message: 'Job ID "J-1" is already used by another job',
      issues: [{ path: ['job', 'job_id'], message: 'Job ID "J-1" is already used by another job' }],
    });
    expect((await app.fail('jobs.save', { id: other, job: jobInput({ client_id: 'C-2' }) })).issues?.[0]?.path).toEqual(['job', 'job_id']);

    // Editing keeps its own id; the schema's own rules still apply first.
    await app.call('jobs.save', { id, job: jobInput({ end_date: '2025-12-31', hours_per_week: 37.5 }) });
    expect((await app.call('clients.get', { id: one! })).jobs).toEqual([expect.objectContaining({ id, end_date: '2025-12-31', hours_per_week: 37.5 })]);
    const backwards = await app.fail('jobs.save', { id, job: jobInput({ end_date: '2025-05-01' }) });
    expect(backwards.issues).toEqual([{ path: ['job', 'end_date'], message: 'End date must be on or after the start date' }]);
    expect((await app.fail('jobs.save', { id: NOBODY, job: jobInput({ job_id: 'J-3' }) })).code).toBe('not_found');

    expect(await app.call('jobs.delete', { id })).toEqual({ deleted: true });
    expect((await app.fail('jobs.delete', { id })).code).toBe('not_found');
    expect(app.auditActions().filter((a) => a.startsWith('job.'))).toEqual(['job.create', 'job.create', 'job.update', 'job.delete']);
    app.close();
  });

  it('saves contacts, activities and wellbeing to the client record in date order, and deletes them', async () => {
    const app = await openRecordsApp(tempDir());
    const [one] = await withClients(app, 'C-1');
    const later = (await app.call('contacts.save', { contact: contactInput({ date: '2025-06-01', kind: 'client_other' }) })).id;
    const earlier = (await app.call('contacts.save', { contact: contactInput({ date: '2025-05-01', specialist: 'Priya Shah' }) })).id;
    const course = (await app.call('activities.save', { activity: { client_id: 'C-1', start_date: '2025-09-01', kind: 'fe_college' } })).id;
    const score = (await app.call('wellbeing.save', { wellbeing: { client_id: 'C-1', date: '2025-05-01', measure: 'swemwbs', score: 20 } })).id;
    await app.call('wellbeing.save', { id: score, wellbeing: { client_id: 'C-1', date: '2025-05-01', measure: 'swemwbs', score: 24 } });

    const detail = await app.call('clients.get', { id: one! });
    expect(detail.contacts.map((c) => c.id)).toEqual([earlier, later]);
    expect(detail.contacts[0]).toEqual({ id: earlier, date: '2025-05-01', kind: 'client_face_to_face', client_id: 'C-1', employer: null, specialist: 'Priya Shah', client_preference_based: null });
    expect(detail.activities).toEqual([{ id: course, client_id: 'C-1', start_date: '2025-09-01', kind: 'fe_college' }]);
    expect(detail.wellbeing).toEqual([{ id: score, client_id: 'C-1', date: '2025-05-01', measure: 'swemwbs', score: 24 }]);
    expect((await app.call('clients.list', {})).rows[0]?.last_contact).toBe('2025-06-01');

    const outOfRange = await app.fail('wellbeing.save', { wellbeing: { client_id: 'C-1', date: '2025-05-01', measure: 'swemwbs', score: 36 } });
    expect(outOfRange.issues).toEqual([{ path: ['wellbeing', 'score'], message: 'SWEMWBS raw score must be between 7 and 35' }]);

    for (const [channel, id] of [['contacts.delete', later], ['activities.delete', course], ['wellbeing.delete', score]] as const) {
      expect(await app.call(channel, { id })).toEqual({ deleted: true });
      expect((await app.fail(channel, { id })).code).toBe('not_found');
    }
    expect((await app.call('clients.get', { id: one! })).contacts.map((c) => c.id)).toEqual([earlier]);
    app.close();
  });

  it('keeps an employer contacts log, with or without a client, newest first and filtered by date', async () => {
    const app = await openRecordsApp(tempDir());
    await withClients(app, 'C-1');
    const forClient = (await app.call('contacts.save', {
      contact: contactInput({ kind: 'employer_face_to_face', employer: 'Acme Ltd', date: '2025-07-01', client_preference_based: 'yes' }),
    })).id;
    const general = (await app.call('contacts.save', { contact: { kind: 'employer_other', employer: 'Bright Ltd', date: '2025-08-01' } })).id;
    await app.call('contacts.save', { contact: contactInput({ date: '2025-07-15' }) });

    expect((await app.call('contacts.listEmployer', {})).rows.map((r) => r.id)).toEqual([general, forClient]);
    expect((await app.call('contacts.listEmployer', { from: '2025-07-02', to: null })).rows.map((r) => r.id)).toEqual([general]);
    expect((await app.call('contacts.listEmployer', { to: '2025-07-01' })).rows).toEqual([
      { id: forClient, date: '2025-07-01', kind: 'employer_face_to_face', client_id: 'C-1', employer: 'Acme Ltd', specialist: null, client_preference_based: 'yes' },
    ]);
    expect(await app.fail('contacts.listEmployer', { from: '01/07/2025' })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['from'] }] });
    expect(await app.fail('contacts.listEmployer', { from: '2025-08-01', to: '2025-07-01' })).toMatchObject({
      issues: [{ path: ['to'], message: 'To date must be on or after the From date' }],
    });
    // DOMAIN §2: a blank employer is saved (and noted in data quality), never refused.
    const noEmployer = (await app.call('contacts.save', { contact: { kind: 'employer_other', date: '2025-08-01' } })).id;
    expect((await app.call('contacts.listEmployer', { from: '2025-08-01' })).rows.find((r) => r.id === noEmployer)).toMatchObject({ employer: null });
    app.close();
  });

  it('keeps staff with unique names, and edits and deletes them', async () => {
    const app = await openRecordsApp(tempDir());
    const sam = (await app.call('staff.save', { staff: { name: 'Sam Patel', fte: 0.6, start_date: '2025-04-01' } })).id;
    const ali = (await app.call('staff.save', { staff: { name: 'Ali Khan' } })).id;
    expect((await app.call('staff.list', {})).rows).toEqual([
      { id: ali, name: 'Ali Khan', fte: null, start_date: null, end_date: null },
      { id: sam, name: 'Sam Patel', fte: 0.6, start_date: '2025-04-01', end_date: null },
    ]);
    const twice = await app.fail('staff.save', { staff: { name: ' sam patel' } });
    expect(twice).toMatchObject({ code: 'conflict', issues: [{ path: ['staff', 'name'], message: 'Sam Patel is already on the staff list' }] });
    await app.call('staff.save', { id: sam, staff: { name: 'Sam Patel', fte: 1, start_date: '2025-04-01', end_date: '2026-03-31' } });
    expect((await app.call('staff.list', {})).rows[1]).toMatchObject({ fte: 1, end_date: '2026-03-31' });
    const badFte = await app.fail('staff.save', { staff: { name: 'Jo', fte: 1.5 } });
    expect(badFte.issues).toEqual([{ path: ['staff', 'fte'], message: 'FTE must be at most 1 (full time)' }]);
    expect(await app.call('staff.delete', { id: ali })).toEqual({ deleted: true });
    expect((await app.fail('staff.delete', { id: ali })).code).toBe('not_found');
    expect((await app.fail('staff.save', { id: ali, staff: { name: 'Ali Khan' } })).code).toBe('not_found');
    app.close();
  });
});
