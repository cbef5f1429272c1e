import { describe, expect, it } from 'vitest';
import {
  deleteActivity, getActivity, insertActivities, insertActivity, listActivitiesOfClient, listAllActivities, updateActivity,
} from '../../../db/repositories/activities-repository';
import { insertClient } from '../../../db/repositories/clients-repository';
import {
  countContacts, deleteContact, getContact, insertContact, insertContacts, listAllContacts, listContactsOfClient, listEmployerContacts, updateContact,
} from '../../../db/repositories/contacts-repository';
import { deleteJob, findJobByJobId, getJob, insertJob, insertJobs, listAllJobs, listJobsOfClient, updateJob } from '../../../db/repositories/jobs-repository';
import {
  countStaff, deleteStaff, findStaffByName, getStaff, insertStaff, insertStaffMembers, listStaff, updateStaff,
} from '../../../db/repositories/staff-repository';
import {
  deleteWellbeing, getWellbeing, insertWellbeing, insertWellbeingScores, listAllWellbeing, listWellbeingOfClient, updateWellbeing,
} from '../../../db/repositories/wellbeing-repository';
import { useTempDirs } from '../helpers';
import { activity, client, contact, job, openTestDatabase, staffMember, wellbeingScore } from './helpers';

const tempDir = useTempDirs();

function twoClients() {
  const { db, raw } = openTestDatabase(tempDir());
  const one = insertClient(db, client({ client_id: 'C-1' }));
  const two = insertClient(db, client({ client_id: 'C-2' }));
  return { db, raw, one, two };
}

describe('child record repositories', () => {
  it('jobs: store every field, read the client id through the client, and move between clients', () => {
    const { db, raw, one, two } = twoClients();
    const full = job({
      job_id: 'J-9', employer: 'Acme Ltd', job_title: 'Porter', end_date: '2025-12-31', hours_per_week: 37.5, contract_type: 'zero_hours',
      competitive: false, four_hours_confirmed: false, sector: 'health_social_work', soc_major_group: '9', evidence: 'payslip',
    });
    const id = insertJob(db, full, one);
    expect(getJob(db, id)).toEqual({ id, client_pk: one, job: full });
    expect(findJobByJobId(db, 'J-9')?.id).toBe(id);
    updateJob(db, id, { ...full, client_id: 'C-2', hours_per_week: 20 }, two);
    expect(getJob(db, id)).toEqual({ id, client_pk: two, job: { ...full, client_id: 'C-2', hours_per_week: 20 } });
    insertJobs(db, [{ job: job({ job_id: 'J-1', start_date: '2025-01-01' }), clientPk: one }, { job: job({ job_id: 'J-2', client_id: 'C-2' }), clientPk: two }]);
    expect(listJobsOfClient(db, two).map((j) => j.job.job_id)).toEqual(['J-2', 'J-9']);
    expect(listAllJobs(db).map((j) => j.job.job_id)).toEqual(['J-1', 'J-2', 'J-9']);
    expect(deleteJob(db, id)).toBe(true);
    expect(getJob(db, id)).toBeUndefined();
    raw.close();
  });

  it('contacts: client contacts, employer contacts on behalf of a client, and employer contacts for nobody', () => {
    const { db, raw, one } = twoClients();
    const visit = contact({ date: '2025-05-01', client_id: 'C-1', specialist: 'Priya Shah' });
    const onBehalf = contact({ date: '2025-05-03', kind: 'employer_face_to_face', client_id: 'C-1', employer: 'Acme Ltd', client_preference_based: 'yes' });
    const general = contact({ date: '2025-05-02', kind: 'employer_other', client_id: null, employer: 'Bright Ltd' });
    const ids = [insertContact(db, visit, one), insertContact(db, onBehalf, one), insertContact(db, general, null)];
    expect(getContact(db, ids[2]!)).toEqual({ id: ids[2], client_pk: null, contact: { ...general, client_preference_based: null } });
    expect(listContactsOfClient(db, one).map((c) => c.contact)).toEqual([visit, onBehalf]);
    expect(listEmployerContacts(db, {}).map((c) => c.contact.date)).toEqual(['2025-05-03', '2025-05-02']);
    expect(listEmployerContacts(db, { from: '2025-05-03' }).map((c) => c.id)).toEqual([ids[1]]);
    expect(listEmployerContacts(db, { to: '2025-05-02' }).map((c) => c.id)).toEqual([ids[2]]);
    updateContact(db, ids[2]!, { ...general, client_id: 'C-1' }, one);
    expect(getContact(db, ids[2]!)?.contact.client_id).toBe('C-1');
    insertContacts(db, Array.from({ length: 700 }, () => ({ contact: visit, clientPk: one })));
    expect(countContacts(db)).toBe(703);
    expect(listAllContacts(db)).toHaveLength(703);
    expect(deleteContact(db, ids[0]!)).toBe(true);
    expect(deleteContact(db, ids[0]!)).toBe(false);
    raw.close();
  });

  it('activities and wellbeing scores belong to a client and read back with its client id', () => {
    const { db, raw, one, two } = twoClients();
    const a = insertActivity(db, activity({ client_id: 'C-1' }), one);
    updateActivity(db, a, activity({ client_id: 'C-2', kind: 'voluntary_work' }), two);
    expect(getActivity(db, a)?.activity).toEqual({ client_id: 'C-2', start_date: '2025-09-01', kind: 'voluntary_work' });
    insertActivities(db, [{ activity: activity({ start_date: '2025-01-01' }), clientPk: one }]);
    expect(listActivitiesOfClient(db, one).map((x) => x.activity)).toEqual([{ client_id: 'C-1', start_date: '2025-01-01', kind: 'fe_college' }]);
    expect(listAllActivities(db).map((x) => x.activity.client_id)).toEqual(['C-1', 'C-2']);
    expect(deleteActivity(db, a)).toBe(true);

    const w = insertWellbeing(db, wellbeingScore({ client_id: 'C-1' }), one);
    updateWellbeing(db, w, wellbeingScore({ client_id: 'C-1', measure: 'reqol10', score: 40 }), one);
    expect(getWellbeing(db, w)?.wellbeing).toEqual({ client_id: 'C-1', date: '2025-05-01', measure: 'reqol10', score: 40 });
    insertWellbeingScores(db, [{ wellbeing: wellbeingScore({ client_id: 'C-2', score: 7 }), clientPk: two }]);
    expect(listWellbeingOfClient(db, two).map((x) => x.wellbeing.score)).toEqual([7]);
    expect(listAllWellbeing(db).map((x) => [x.wellbeing.client_id, x.wellbeing.measure, x.wellbeing.score])).toEqual([
      ['C-1', 'reqol10', 40],
      ['C-2', 'swemwbs', 7],
    ]);
    expect(deleteWellbeing(db, w)).toBe(true);
    raw.close();
  });

  it('staff: stored with blank FTE allowed, listed by name, found by name in any case', () => {
    const { db, raw } = openTestDatabase(tempDir());
    const id = insertStaff(db, staffMember({ name: 'Sam Patel', fte: 0.6, end_date: '2026-03-31' }));
    insertStaffMembers(db, [staffMember({ name: 'Ali Khan', fte: null, start_date: null })]);
    expect(listStaff(db).map((s) => s.staff)).toEqual([
      { name: 'Ali Khan', fte: null, start_date: null, end_date: null },
      { name: 'Sam Patel', fte: 0.6, start_date: '2024-01-01', end_date: '2026-03-31' },
    ]);
    expect(findStaffByName(db, ' sam PATEL ')?.id).toBe(id);
    expect(findStaffByName(db, 'Sam Patel', id)).toBeUndefined();
    updateStaff(db, id, staffMember({ name: 'Sam Patel', fte: 1 }));
    expect(getStaff(db, id)?.staff.fte).toBe(1);
    expect(deleteStaff(db, id)).toBe(true);
    expect(countStaff(db)).toBe(1);
    raw.close();
  });
});
