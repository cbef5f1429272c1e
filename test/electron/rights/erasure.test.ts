import { describe, expect, it } from 'vitest';
import type { ClientInput } from '../../../shared/records';
import { useTempDirs } from '../../db/helpers';
import { NHS } from '../../db/repositories/helpers';
import { openRecordsApp, type RecordsApp } from '../records/records-app';
import { allTextCells, signInAsSpecialist } from './rights-app';

const tempDir = useTempDirs();

const REASON = 'Erasure request received 10/01/2026, ref ER-3';

/**
 * Alice: episode A (with one record of every kind) re-referred as B; X shares her NHS number but is not
 * linked (perhaps a typing slip); Z is someone else.
 */
async function caseload(app: RecordsApp) {
  const create = async (client: ClientInput, previous?: string) =>
    (await app.call('clients.create', { client, ...(previous ? { previous_episode_id: previous } : {}), acknowledgeDuplicates: true })).id;
  const alice = { given_name: 'Alice', family_name: 'Marchbanks', nhs_number: NHS[0], date_of_birth: '1985-07-09' };
  const a = await create({ client_id: 'A', ...alice, referral_date: '2024-04-02' });
  await app.call('jobs.save', { job: { job_id: 'A-J1', client_id: 'A', employer: 'Marchbanks Bakery', start_date: '2024-06-03', hours_per_week: 12, contract_type: 'permanent' } });
  await app.call('contacts.save', { contact: { date: '2024-04-20', kind: 'client_face_to_face', client_id: 'A', specialist: 'Priya Shah' } });
  await app.call('contacts.save', { contact: { date: '2024-05-02', kind: 'employer_face_to_face', client_id: 'A', employer: 'Marchbanks Bakery', specialist: 'Priya Shah' } });
  await app.call('activities.save', { activity: { client_id: 'A', start_date: '2024-09-01', kind: 'voluntary_work' } });
  await app.call('wellbeing.save', { wellbeing: { client_id: 'A', date: '2024-04-20', measure: 'reqol10', score: 22 } });
  await app.call('clients.discharge', { id: a, discharge_date: '2024-12-20', discharge_reason: 'disengaged' });
  const b = await create({ client_id: 'B', ...alice, referral_date: '2025-05-01' }, a);
  const x = await create({ client_id: 'X', given_name: 'Alex', family_name: 'Other', nhs_number: NHS[0], referral_date: '2025-06-01' });
  const z = await create({ client_id: 'Z', given_name: 'Zed', nhs_number: NHS[2], referral_date: '2025-06-01' });
  return { a, b, x, z };
}

describe('clients.erasurePreview and clients.erase', () => {
  it('previews what goes, what stays and which episodes are the same person', async () => {
    const app = await openRecordsApp(tempDir());
    const { a, b, x } = await caseload(app);
    expect(await app.call('clients.erasurePreview', { id: a })).toEqual({
      client: { id: a, client_id: 'A', referral_date: '2024-04-02', discharge_date: '2024-12-20' },
      linkedEpisodes: [
        { id: b, client_id: 'B', referral_date: '2025-05-01', discharge_date: null, link: 'episode' },
        { id: x, client_id: 'X', referral_date: '2025-06-01', discharge_date: null, link: 'nhs_number' },
      ],
      counts: { jobs: 1, clientContacts: 1, employerContactsKept: 1, activities: 1, wellbeing: 1 },
    });
    expect(await app.fail('clients.erasurePreview', { id: '00000000-0000-4000-8000-000000000009' })).toMatchObject({ code: 'not_found' });
    app.close();
  });

  it('refuses to erase one episode of a re-referred person alone, or a record that is not theirs, and changes nothing', async () => {
    const app = await openRecordsApp(tempDir());
    const { a, b, x, z } = await caseload(app);
    const counts = app.rowCounts();
    expect(await app.fail('clients.erase', { id: a, reason: REASON })).toMatchObject({
      code: 'conflict',
      message: 'A is linked to B as a re-referral of the same person: erase that episode too, or none. Nothing was erased.',
      issues: [{ path: ['alsoErase'] }],
    });
    expect(await app.fail('clients.erase', { id: b, reason: REASON, alsoErase: [x] })).toMatchObject({ code: 'conflict', message: expect.stringContaining('B is linked to A') });
    expect(await app.fail('clients.erase', { id: a, reason: REASON, alsoErase: [b, z] })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['alsoErase', 1], message: 'Only other episodes of the same person can be erased with A; that record is not one' }],
    });
    expect(await app.fail('clients.erase', { id: a, reason: '  ', alsoErase: [b] })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['reason'], message: 'Reason is required' }] });
    expect(app.rowCounts()).toEqual(counts);
    app.close();
  });

  it('erases the person’s episodes and records, keeps employer contacts unlinked, and audits ids and the reason only', async () => {
    const app = await openRecordsApp(tempDir());
    const { a, b, x, z } = await caseload(app);
    const referralsBefore = (await app.call('reports.run', { period: '2024-25' })).report.metrics.referrals.value;
    expect(await app.call('clients.erase', { id: a, reason: REASON, alsoErase: [b] })).toEqual({
      erased: [
        { id: a, client_id: 'A' },
        { id: b, client_id: 'B' },
      ],
      employerContactsKept: 1,
    });
    const { rows } = await app.call('clients.list', {});
    expect(rows.map((r) => r.id).sort()).toEqual([x, z].sort());
    expect(app.rowCounts()).toMatchObject({ clients: 2, jobs: 0, contacts: 1, activities: 0, wellbeing: 0 });
    expect((await app.call('contacts.listEmployer', {})).rows).toEqual([
      expect.objectContaining({ date: '2024-05-02', kind: 'employer_face_to_face', client_id: null, employer: 'Marchbanks Bakery', specialist: 'Priya Shah' }),
    ]);
    expect((await app.call('reports.run', { period: '2024-25' })).report.metrics.referrals.value).toBe(referralsBefore! - 1);
    expect(await app.fail('clients.get', { id: a })).toMatchObject({ code: 'not_found' });

    const { raw } = app.vault.reader();
    const entry = raw.prepare("SELECT user, entity, entity_id, before, after, details FROM audit_log WHERE action = 'client.erase'").get() as Record<string, string | null>;
    expect(entry).toMatchObject({ user: 'Ann Manager', entity: 'client', entity_id: a, before: null, after: null });
    expect(JSON.parse(entry.details!)).toEqual({
      reason: REASON,
      erased: [
        { id: a, client_id: 'A' },
        { id: b, client_id: 'B' },
      ],
      counts: { jobs: 1, clientContacts: 1, employerContactsKept: 1, activities: 1, wellbeing: 1 },
    });
    expect(JSON.stringify(entry)).not.toMatch(/Alice|Marchbanks|9434765919|1985-07-09/);

    // What still names her: the earlier audit entries (a create holds the whole record, a change the fields
    // changed), which the hash chain keeps as written. (Her NHS number is also X's, so it is not searched for.)
    const naming = allTextCells(app).filter((c) => /Alice|1985-07-09/.test(c.text));
    expect(new Set(naming.map((c) => c.where))).toEqual(new Set(['audit_log.after']));
    const namingActions = raw
      .prepare("SELECT DISTINCT action FROM audit_log WHERE before LIKE '%Alice%' OR after LIKE '%Alice%' ORDER BY action")
      .pluck()
      .all();
    expect(namingActions).toEqual(['client.create']);
    app.close();
  });

  it('erases a client with no other episodes directly', async () => {
    const app = await openRecordsApp(tempDir());
    const { z } = await caseload(app);
    expect(await app.call('clients.erase', { id: z, reason: REASON })).toEqual({ erased: [{ id: z, client_id: 'Z' }], employerContactsKept: 0 });
    expect(await app.fail('clients.erase', { id: z, reason: REASON })).toMatchObject({ code: 'not_found' });
    app.close();
  });

  it('is the manager’s: a specialist may neither preview nor erase', async () => {
    const app = await openRecordsApp(tempDir());
    const { z } = await caseload(app);
    await signInAsSpecialist(app);
    expect(await app.fail('clients.erasurePreview', { id: z })).toMatchObject({ code: 'forbidden' });
    expect(await app.fail('clients.erase', { id: z, reason: REASON })).toMatchObject({ code: 'forbidden' });
    app.close();
  });
});
