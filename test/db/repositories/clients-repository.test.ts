import { describe, expect, it } from 'vitest';
import { activities, clients, contacts, jobs, wellbeing } from '../../../db/schema';
import { insertActivity } from '../../../db/repositories/activities-repository';
import {
  clientPkMap, clientPkOf, deleteClient, findPossibleDuplicates, getClient, insertClient, insertClients, linkedEpisodes, listStoredClients,
  setDischarge, updateClient,
} from '../../../db/repositories/clients-repository';
import { getContact, insertContact } from '../../../db/repositories/contacts-repository';
import { insertJob } from '../../../db/repositories/jobs-repository';
import { insertWellbeing } from '../../../db/repositories/wellbeing-repository';
import { useTempDirs } from '../helpers';
import { NHS, activity, client, contact, job, openTestDatabase, wellbeingScore } from './helpers';

const tempDir = useTempDirs();

const full = client({
  client_id: 'C-7', nhs_number: '943 476 5919', given_name: 'Zoë', family_name: 'O’Brien', date_of_birth: '1990-02-03', gender: 'female',
  ethnicity: 'A', diagnosis: 'psychosis', specialist: 'Priya Shah', team: 'North CMHT', referral_date: '2025-04-01',
  employment_status_at_referral: '01', retention_case: true, retention_return_date: '2025-06-01', vocational_profile_date: '2025-04-05',
  action_plan_date: '2025-04-09', discharge_date: '2026-01-31', discharge_reason: 'moved_away', education_level: 'level3',
  benefits: ['universal_credit', 'pip_dla'], paid_work_recency: 'lt6m', maintained_job_over_1y: 'yes', in_secondary_mh_care: 'no',
  care_plan_employment_actions: null, care_plan_retention_actions: 'yes',
});

describe('clients repository', () => {
  it('stores every field of a client and reads the same record back', () => {
    const { db, raw } = openTestDatabase(tempDir());
    const id = insertClient(db, full);
    expect(getClient(db, id)).toEqual({ id, previous_episode_id: null, client: full });
    // yes/no is 'yes'/'no' text in the file, a boolean in the app.
    expect(raw.prepare('SELECT retention_case, benefits FROM clients').get()).toEqual({ retention_case: 'yes', benefits: '["universal_credit","pip_dla"]' });

    const changed = { ...full, specialist: 'Sam Patel', retention_case: false, employment_status_at_referral: '02' as const, retention_return_date: null };
    updateClient(db, id, changed);
    expect(getClient(db, id)?.client).toEqual(changed);
    setDischarge(db, id, { discharge_date: null, discharge_reason: null });
    expect(getClient(db, id)?.client).toMatchObject({ discharge_date: null, discharge_reason: null });
    expect(clientPkOf(db, 'C-7')).toBe(id);
    expect(clientPkOf(db, 'nobody')).toBeUndefined();
    raw.close();
  });

  it('inserts many clients at once and maps their client ids to record ids', () => {
    const { db, raw } = openTestDatabase(tempDir());
    const many = Array.from({ length: 1234 }, (_, i) => client({ client_id: `C-${String(i).padStart(4, '0')}` }));
    const ids = insertClients(db, many);
    expect(ids.size).toBe(1234);
    expect(clientPkMap(db)).toEqual(ids);
    expect(listStoredClients(db).map((s) => s.client)).toEqual(many);
    raw.close();
  });

  it('finds likely duplicates by NHS number, or by name in any case with the date of birth', () => {
    const { db, raw } = openTestDatabase(tempDir());
    const a = insertClient(db, client({ client_id: 'A', nhs_number: NHS[0], given_name: 'Zoë', family_name: 'Smith', date_of_birth: '1990-01-01' }));
    insertClient(db, client({ client_id: 'B', given_name: 'Tom', family_name: 'Smith', date_of_birth: '1990-01-01' }));
    const c = insertClient(db, client({ client_id: 'C', nhs_number: NHS[1], given_name: 'ZOË', family_name: 'SMITH ', date_of_birth: '1990-01-01' }));

    const byNameAndBirth = findPossibleDuplicates(db, { given_name: ' zoë', family_name: 'smith', date_of_birth: '1990-01-01' });
    expect(byNameAndBirth.map((m) => [m.client_id, m.reason])).toEqual([['A', 'name_and_date_of_birth'], ['C', 'name_and_date_of_birth']]);
    expect(findPossibleDuplicates(db, { nhs_number: NHS[1] }).map((m) => [m.id, m.reason])).toEqual([[c, 'nhs_number']]);
    expect(findPossibleDuplicates(db, { nhs_number: NHS[0], given_name: 'Zoë', family_name: 'Smith', date_of_birth: '1990-01-01', excludeId: a }).map((m) => m.client_id)).toEqual(['C']);
    // A name without a date of birth, or a different date of birth, is not enough.
    expect(findPossibleDuplicates(db, { given_name: 'Zoë', family_name: 'Smith' })).toEqual([]);
    expect(findPossibleDuplicates(db, { given_name: 'Zoë', family_name: 'Smith', date_of_birth: '1990-01-02' })).toEqual([]);
    expect(byNameAndBirth[0]).toMatchObject({ name: 'Zoë Smith', referral_date: '2025-04-01', discharge_date: null });
    raw.close();
  });

  it('follows episode links both ways and same NHS numbers to every episode of a person', () => {
    const { db, raw } = openTestDatabase(tempDir());
    const first = insertClient(db, client({ client_id: 'E1', referral_date: '2023-01-01', discharge_date: '2023-06-01' }));
    const second = insertClient(db, client({ client_id: 'E2', referral_date: '2024-01-01', discharge_date: '2024-06-01', nhs_number: NHS[2] }), first);
    const third = insertClient(db, client({ client_id: 'E3', referral_date: '2025-01-01', nhs_number: NHS[2] }));
    insertClient(db, client({ client_id: 'OTHER', nhs_number: NHS[3] }));
    expect(linkedEpisodes(db, first).map((e) => e.client_id)).toEqual(['E2', 'E3']);
    expect(linkedEpisodes(db, third).map((e) => e.client_id)).toEqual(['E1', 'E2']);
    expect(linkedEpisodes(db, second).map((e) => e.id)).toEqual([first, third]);
    expect(getClient(db, second)?.previous_episode_id).toBe(first);
    raw.close();
  });

  it('deleting a client deletes its jobs, contacts, activities and wellbeing, and unlinks later episodes', () => {
    const { db, raw } = openTestDatabase(tempDir());
    const gone = insertClient(db, client({ client_id: 'GONE', discharge_date: '2025-05-01' }));
    const kept = insertClient(db, client({ client_id: 'KEPT', referral_date: '2025-06-01' }), gone);
    insertJob(db, job({ client_id: 'GONE' }), gone);
    insertContact(db, contact({ client_id: 'GONE' }), gone);
    insertActivity(db, activity({ client_id: 'GONE' }), gone);
    insertWellbeing(db, wellbeingScore({ client_id: 'GONE' }), gone);
    const keptContact = insertContact(db, contact({ client_id: 'KEPT', date: '2025-06-02' }), kept);

    expect(deleteClient(db, gone)).toBe(true);
    expect(deleteClient(db, gone)).toBe(false);
    for (const table of [jobs, activities, wellbeing]) expect(db.select().from(table).all()).toEqual([]);
    expect(db.select().from(contacts).all().map((c) => c.id)).toEqual([keptContact]);
    expect(getContact(db, keptContact)?.contact.client_id).toBe('KEPT');
    expect(getClient(db, kept)?.previous_episode_id).toBeNull();
    expect(db.select().from(clients).all()).toHaveLength(1);
    raw.close();
  });
});
