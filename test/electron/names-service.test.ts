import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../db/helpers';
import { openRecordsApp } from './records/records-app';

const tempDir = useTempDirs();

describe('names on no list', () => {
  it('lists specialists and teams that are on no list, and merges one spelling into a listed name everywhere', async () => {
    const app = await openRecordsApp(tempDir());
    await app.call('staff.save', { staff: { name: 'Priya Shah', fte: 1 } });
    await app.call('settings.save', { teams: ['North CMHT'] });
    await app.call('clients.create', { client: { client_id: 'C-1', referral_date: '2025-04-01', specialist: 'Priya Shah', team: 'North CMHT' } });
    await app.call('clients.create', { client: { client_id: 'C-2', referral_date: '2025-04-01', specialist: 'priya', team: 'North C.M.H.T.' } });
    await app.call('contacts.save', { contact: { date: '2025-05-01', kind: 'client_other', client_id: 'C-2', specialist: 'priya' } });
    await app.call('contacts.save', { contact: { date: '2025-05-02', kind: 'employer_other', specialist: 'P Shah' } });

    expect(await app.call('names.unlisted', {})).toEqual({
      specialists: [
        { name: 'P Shah', clients: 0, contacts: 1 },
        { name: 'priya', clients: 1, contacts: 1 },
      ],
      teams: [{ name: 'North C.M.H.T.', clients: 1, contacts: 0 }],
    });
    expect(await app.call('names.merge', { kind: 'specialist', from: 'priya', into: 'Priya Shah' })).toEqual({ clients: 1, contacts: 1 });
    expect(await app.call('names.merge', { kind: 'team', from: 'North C.M.H.T.', into: 'North CMHT' })).toEqual({ clients: 1, contacts: 0 });
    expect(await app.call('names.unlisted', {})).toEqual({ specialists: [{ name: 'P Shah', clients: 0, contacts: 1 }], teams: [] });
    const rows = (await app.call('clients.list', {})).rows;
    expect(rows.map((r) => [r.client_id, r.specialist, r.team])).toEqual(expect.arrayContaining([['C-2', 'Priya Shah', 'North CMHT']]));
    app.close();
  });

  it('refuses to merge into a name on no list, or a spelling nobody uses any more, and changes nothing', async () => {
    const app = await openRecordsApp(tempDir());
    await app.call('clients.create', { client: { client_id: 'C-1', referral_date: '2025-04-01', specialist: 'priya' } });
    const before = app.rowCounts();
    expect(await app.fail('names.merge', { kind: 'specialist', from: 'priya', into: 'Priya Shah' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['into'], message: 'Priya Shah is not on the staff list: add it there first, or choose a name that is' }],
    });
    await app.call('staff.save', { staff: { name: 'Priya Shah', fte: 1 } });
    expect(await app.fail('names.merge', { kind: 'specialist', from: 'nobody', into: 'Priya Shah' })).toMatchObject({ code: 'not_found' });
    expect(app.rowCounts().clients).toBe(before.clients);
    app.close();
  });
});
