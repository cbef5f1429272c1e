import { describe, expect, it } from 'vitest';
import { insertClient } from '../../../db/repositories/clients-repository';
import { createServiceContext } from '../../../electron/services/service-context';
import { audited } from '../../../db/audited-write';
import type { ClientInput } from '../../../shared/records';
import { useTempDirs } from '../../db/helpers';
import { NHS, client } from '../../db/repositories/helpers';
import { openRecordsApp, type RecordsApp } from './records-app';

const tempDir = useTempDirs();

const person = (over: Partial<ClientInput> = {}): ClientInput => ({
  client_id: 'C-1', given_name: 'Jane', family_name: 'Smith', date_of_birth: '1990-02-03', nhs_number: NHS[0], referral_date: '2025-04-01', ...over,
});

async function create(app: RecordsApp, over: Partial<ClientInput> = {}, extra: { previous_episode_id?: string; acknowledgeDuplicates?: boolean } = {}) {
  return (await app.call('clients.create', { client: person(over), ...extra })).id;
}

describe('records service: clients', () => {
  it('adds a client, shows it on the caseload and returns its record, with an audit entry', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await create(app, { nhs_number: '943 476 5919', specialist: 'Priya Shah' });
    const list = await app.call('clients.list', {});
    expect(list.today).toBe('2026-01-15');
    expect(list.rows).toEqual([
      {
        id, client_id: 'C-1', name: 'Jane Smith', nhs_number: '9434765919', specialist: 'Priya Shah', team: null, status: 'referred',
        referral_date: '2025-04-01', discharge_date: null, last_contact: null, current_job: null,
      },
    ]);
    const detail = await app.call('clients.get', { id });
    expect(detail).toMatchObject({ client: { id, client_id: 'C-1', nhs_number: '9434765919' }, previous_episode_id: null, episodes: [], jobs: [] });
    expect(app.auditActions()).toEqual(['vault.setup', 'client.create', 'client.view']);
    // Looking again straight away is the same look, not another entry.
    await app.call('clients.get', { id });
    expect(app.auditActions()).toEqual(['vault.setup', 'client.create', 'client.view']);
    app.close();
  });

  it('refuses a client id that another client already has, on create and on update', async () => {
    const app = await openRecordsApp(tempDir());
    await create(app);
    const other = await create(app, { client_id: 'C-2', nhs_number: NHS[1], given_name: 'Tom' });
    const before = app.rowCounts();
    const onCreate = await app.fail('clients.create', { client: person({ client_id: 'C-1', nhs_number: NHS[2], given_name: 'Ann' }) });
    expect(onCreate).toMatchObject({ code: 'conflict', issues: [{ path: ['client', 'client_id'], message: 'Client ID "C-1" is already used by another client' }] });
    const onUpdate = await app.fail('clients.update', { id: other, client: person({ client_id: 'C-1', nhs_number: NHS[1] }) });
    expect(onUpdate.issues?.[0]?.path).toEqual(['client', 'client_id']);
    expect(app.rowCounts()).toEqual(before);
    // Keeping its own id is fine.
    await app.call('clients.update', { id: other, client: person({ client_id: 'C-2', nhs_number: NHS[1], given_name: 'Thomas' }) });
    expect((await app.call('clients.get', { id: other })).client.given_name).toBe('Thomas');
    app.close();
  });

  it('warns about a likely duplicate (same NHS number, or same name and date of birth) until acknowledged', async () => {
    const app = await openRecordsApp(tempDir());
    const first = await create(app);
    const sameNhs = await app.fail('clients.create', { client: person({ client_id: 'C-2', given_name: 'Janet' }) });
    expect(sameNhs.code).toBe('conflict');
    expect(sameNhs.message).toBe('This person may already be on the caseload: C-1 Jane Smith, referred 01/04/2025, still open (same NHS number)');
    expect(sameNhs.issues).toEqual([{ path: [], message: 'C-1 Jane Smith, referred 01/04/2025, still open (same NHS number)' }]);

    const sameName = await app.fail('clients.create', { client: person({ client_id: 'C-2', nhs_number: null, given_name: 'JANE', family_name: 'smith' }) });
    expect(sameName.message).toContain('(same name and date of birth)');
    expect(app.rowCounts().clients).toBe(1);

    const matches = await app.call('clients.findMatches', { nhs_number: '943 476 5919', given_name: 'jane', family_name: 'SMITH', date_of_birth: '1990-02-03' });
    expect(matches.matches).toEqual([{ id: first, client_id: 'C-1', name: 'Jane Smith', referral_date: '2025-04-01', discharge_date: null, reason: 'nhs_number' }]);
    expect((await app.call('clients.findMatches', { nhs_number: NHS[0], excludeId: first })).matches).toEqual([]);

    const twin = await create(app, { client_id: 'C-2', nhs_number: null }, { acknowledgeDuplicates: true });
    expect((await app.call('clients.findMatches', { given_name: 'Jane', family_name: 'Smith', date_of_birth: '1990-02-03' })).matches.map((m) => m.id)).toEqual([first, twin]);
    app.close();
  });

  it('records a re-referral as a new episode linked to the old one, once the old one is discharged', async () => {
    const app = await openRecordsApp(tempDir());
    const first = await create(app);
    const open = await app.fail('clients.create', { client: person({ client_id: 'C-1b', referral_date: '2025-09-01' }), previous_episode_id: first });
    expect(open).toMatchObject({ code: 'conflict', issues: [{ path: ['previous_episode_id'] }] });
    expect(open.message).toContain('discharge that episode before recording a re-referral');

    await app.call('clients.discharge', { id: first, discharge_date: '2025-08-01', discharge_reason: 'moved_away' });
    const early = await app.fail('clients.create', { client: person({ client_id: 'C-1b', referral_date: '2025-07-31' }), previous_episode_id: first });
    expect(early).toMatchObject({ code: 'invalid_input', issues: [{ path: ['client', 'referral_date'], message: "Referral date must be on or after the earlier episode's discharge date (01/08/2025)" }] });

    // Same person, same NHS number: no duplicate warning for a declared re-referral.
    const second = await create(app, { client_id: 'C-1b', referral_date: '2025-09-01' }, { previous_episode_id: first });
    const detail = await app.call('clients.get', { id: second });
    expect(detail.previous_episode_id).toBe(first);
    expect(detail.episodes).toEqual([{ id: first, client_id: 'C-1', referral_date: '2025-04-01', discharge_date: '2025-08-01' }]);
    expect((await app.call('clients.get', { id: first })).episodes.map((e) => e.id)).toEqual([second]);

    // A chain stays a chain: the next re-referral links to the latest episode.
    await app.call('clients.discharge', { id: second, discharge_date: '2025-10-01', discharge_reason: null });
    const branch = await app.fail('clients.create', { client: person({ client_id: 'C-1c', referral_date: '2025-11-01' }), previous_episode_id: first });
    expect(branch.message).toBe('C-1 already has a later episode (C-1b): link the re-referral to that one');
    const missing = await app.fail('clients.create', { client: person({ client_id: 'C-1c' }), previous_episode_id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.issues?.[0]?.path).toEqual(['previous_episode_id']);
    app.close();
  });

  it('discharges on or after the referral date only, once, and re-opens clearing date and reason', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await create(app);
    const early = await app.fail('clients.discharge', { id, discharge_date: '2025-03-31', discharge_reason: null });
    expect(early).toMatchObject({
      code: 'invalid_input',
      message: 'Discharge date must be on or after the referral date (01/04/2025)',
      issues: [{ path: ['discharge_date'], message: 'Discharge date must be on or after the referral date (01/04/2025)' }],
    });
    const badDate = await app.fail('clients.discharge', { id, discharge_date: '2025-02-30', discharge_reason: null });
    expect(badDate.issues?.[0]).toEqual({ path: ['discharge_date'], message: 'Discharge date must be a real date (YYYY-MM-DD)' });
    expect(await app.fail('clients.reopen', { id })).toMatchObject({ code: 'conflict' });

    await app.call('clients.discharge', { id, discharge_date: '2025-04-01', discharge_reason: 'found_work' });
    expect((await app.call('clients.list', {})).rows[0]).toMatchObject({ status: 'discharged', discharge_date: '2025-04-01' });
    const twice = await app.fail('clients.discharge', { id, discharge_date: '2025-05-01', discharge_reason: null });
    expect(twice).toMatchObject({ code: 'conflict', message: 'C-1 was already discharged on 01/04/2025' });

    await app.call('clients.reopen', { id });
    expect((await app.call('clients.get', { id })).client).toMatchObject({ discharge_date: null, discharge_reason: null });
    expect(app.auditActions().slice(-4)).toEqual(['client.create', 'client.discharge', 'client.reopen', 'client.view']);
    app.close();
  });

  it('will not re-open an episode while a later episode of the same person is open', async () => {
    const app = await openRecordsApp(tempDir());
    const first = await create(app);
    await app.call('clients.discharge', { id: first, discharge_date: '2025-05-01', discharge_reason: null });
    await create(app, { client_id: 'C-1b', referral_date: '2025-06-01' }, { previous_episode_id: first });
    expect(await app.fail('clients.reopen', { id: first })).toMatchObject({ code: 'conflict', message: expect.stringContaining('C-1b') });
    app.close();
  });

  it('answers not_found for a client that is not there, and locked when the vault is locked', async () => {
    const app = await openRecordsApp(tempDir());
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await app.fail('clients.get', { id: nobody })).code).toBe('not_found');
    expect((await app.fail('clients.update', { id: nobody, client: person() })).code).toBe('not_found');
    expect((await app.fail('clients.discharge', { id: nobody, discharge_date: '2025-05-01' })).code).toBe('not_found');
    await app.vault.lock();
    expect((await app.fail('clients.list', {})).code).toBe('locked');
    expect((await app.fail('clients.create', { client: person() })).code).toBe('locked');
    app.close();
  });

  it('writes nothing, audit entry included, when anything inside a write fails', async () => {
    const app = await openRecordsApp(tempDir());
    const context = createServiceContext(app.vault);
    const before = app.rowCounts();
    const caller = app.vault.caller()!;
    expect(() =>
      context.write(caller, ({ db }) => {
        insertClient(db, client({ client_id: 'HALF' }));
        if (before.clients !== undefined) throw new Error('disk full');
        return audited(null, { action: 'client.create' });
      }),
    ).toThrow('disk full');
    expect(app.rowCounts()).toEqual(before);
    app.close();
  });
});
