import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../db/helpers';
import { openRecordsApp } from './records/records-app';

const tempDir = useTempDirs();

describe('employers', () => {
  it('builds the list from employer contacts and jobs, matching spellings, and opens each to its history', async () => {
    const app = await openRecordsApp(tempDir());
    const c1 = (await app.call('clients.create', { client: { client_id: 'C-1', referral_date: '2025-04-01' } })).id;
    await app.call('clients.create', { client: { client_id: 'C-2', referral_date: '2025-04-01' } });
    await app.call('contacts.save', { contact: { date: '2025-05-01', kind: 'employer_face_to_face', client_id: 'C-1', employer: 'Tesco', specialist: 'Priya' } });
    await app.call('contacts.save', { contact: { date: '2025-06-01', kind: 'employer_other', employer: ' tesco ' } });
    await app.call('contacts.save', { contact: { date: '2025-06-02', kind: 'employer_other', employer: 'Bright Ltd' } });
    await app.call('contacts.save', { contact: { date: '2025-06-03', kind: 'employer_other' } });
    // A client contact naming an employer is not an employer contact.
    await app.call('contacts.save', { contact: { date: '2025-06-04', kind: 'client_other', client_id: 'C-2', employer: 'Tesco' } });
    const job = { hours_per_week: 16, contract_type: 'permanent' } as const;
    await app.call('jobs.save', { job: { ...job, job_id: 'J-1', client_id: 'C-1', employer: 'Tesco', job_title: 'Shelf stacker', start_date: '2025-07-01' } });
    await app.call('jobs.save', { job: { ...job, job_id: 'J-2', client_id: 'C-2', employer: 'TESCO', start_date: '2025-08-01' } });
    await app.call('jobs.save', { job: { ...job, job_id: 'J-3', client_id: 'C-2', employer: 'Tesco', start_date: '2025-09-01', end_date: '2025-10-01' } });

    const { employers } = await app.call('employers.list', {});
    expect(employers).toEqual([
      { key: 'bright ltd', name: 'Bright Ltd', contacts: 1, jobs: 0, lastContact: '2025-06-02', clientsPlaced: 0 },
      { key: 'tesco', name: 'Tesco', contacts: 2, jobs: 3, lastContact: '2025-06-01', clientsPlaced: 2 },
    ]);
    const history = await app.call('employers.history', { key: ' Tesco ' });
    expect(history.employer?.name).toBe('Tesco');
    expect(history.events.map((e) => [e.type, e.date, e.client_id, e.spelling])).toEqual([
      ['job', '2025-09-01', 'C-2', 'Tesco'],
      ['job', '2025-08-01', 'C-2', 'TESCO'],
      ['job', '2025-07-01', 'C-1', 'Tesco'],
      ['contact', '2025-06-01', null, 'tesco'],
      ['contact', '2025-05-01', 'C-1', 'Tesco'],
    ]);
    expect(history.events[2]).toMatchObject({ clientRecordId: c1, job_title: 'Shelf stacker' });
    expect(await app.call('employers.history', { key: 'nobody' })).toEqual({ employer: null, events: [] });
    app.close();
  });
});
