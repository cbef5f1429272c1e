import { describe, expect, it } from 'vitest';
import { CASELOAD_SQL, listCaseload } from '../../../db/repositories/caseload-repository';
import { insertClient } from '../../../db/repositories/clients-repository';
import { insertContact } from '../../../db/repositories/contacts-repository';
import { insertJob } from '../../../db/repositories/jobs-repository';
import { caseloadStatus } from '../../../shared/caseload';
import { CLIENT_CONTACT_KINDS } from '../../../shared/codes';
import type { CaseloadRow } from '../../../shared/ipc/records';
import type { ClientInput, Contact, Job } from '../../../shared/records';
import { generateDemoData } from '../../../electron/services/demo';
import { mergeRecords } from '../../../electron/services/interchange/merge-records';
import { useTempDirs } from '../helpers';
import { client, contact, job, openTestDatabase } from './helpers';

const tempDir = useTempDirs();
const TODAY = '2026-01-15';

function setUp() {
  const { db, raw } = openTestDatabase(tempDir());
  const addClient = (clientId: string, over: Partial<ClientInput> = {}) => insertClient(db, client({ client_id: clientId, ...over }));
  const addJob = (pk: string, over: Partial<Job>) => insertJob(db, job(over), pk);
  const addContact = (pk: string | null, over: Partial<Contact>) => insertContact(db, contact(over), pk);
  const rowOf = (clientId: string): CaseloadRow => {
    const row = listCaseload(raw, TODAY).find((r) => r.client_id === clientId);
    if (!row) throw new Error(`${clientId} is not on the caseload`);
    return row;
  };
  return { db, raw, addClient, addJob, addContact, rowOf };
}

describe('caseload query', () => {
  it('derives each of the five statuses from the records', () => {
    const t = setUp();
    t.addClient('REF');
    t.addClient('HALF', { vocational_profile_date: '2025-04-10' });
    t.addClient('ENG', { vocational_profile_date: '2025-04-10', action_plan_date: '2025-04-20' });
    const searching = t.addClient('SEARCH');
    t.addContact(searching, { kind: 'employer_face_to_face', client_id: 'SEARCH', employer: 'Acme Ltd', date: '2025-12-01' });
    const working = t.addClient('WORK', { vocational_profile_date: '2025-04-10' });
    t.addJob(working, { job_id: 'W-1', client_id: 'WORK', start_date: '2025-10-01', job_title: 'Care assistant', employer: 'Acme Ltd' });
    const gone = t.addClient('GONE', { discharge_date: '2026-01-10', discharge_reason: 'moved_away' });
    t.addJob(gone, { job_id: 'G-1', client_id: 'GONE', start_date: '2025-10-01' });

    expect(Object.fromEntries(listCaseload(t.raw, TODAY).map((r) => [r.client_id, r.status]))).toEqual({
      REF: 'referred', HALF: 'referred', ENG: 'engaged', SEARCH: 'job_searching', WORK: 'in_work', GONE: 'discharged',
    });
    t.raw.close();
  });

  it('counts only what has happened by today: future discharges, contacts and jobs do not change the status', () => {
    const t = setUp();
    const pk = t.addClient('LATER', { discharge_date: '2026-02-01' });
    t.addContact(pk, { kind: 'employer_face_to_face', client_id: 'LATER', employer: 'Acme Ltd', date: '2026-01-16' });
    t.addJob(pk, { job_id: 'L-1', client_id: 'LATER', start_date: '2026-01-16' });
    t.addContact(pk, { kind: 'client_other', client_id: 'LATER', date: '2026-01-20' });
    expect(t.rowOf('LATER')).toMatchObject({ status: 'referred', last_contact: null, current_job: null, discharge_date: '2026-02-01' });
    t.raw.close();
  });

  it('takes only face-to-face employer contacts as the start of job searching', () => {
    const t = setUp();
    const pk = t.addClient('OTHER', { vocational_profile_date: '2025-04-10', action_plan_date: '2025-04-20' });
    t.addContact(pk, { kind: 'employer_other', client_id: 'OTHER', employer: 'Acme Ltd', date: '2025-12-01' });
    expect(t.rowOf('OTHER').status).toBe('engaged');
    t.raw.close();
  });

  it('shows the last client contact on or before today, ignoring employer contacts', () => {
    const t = setUp();
    const pk = t.addClient('C-1');
    t.addContact(pk, { kind: 'client_face_to_face', date: '2025-11-02' });
    t.addContact(pk, { kind: 'client_other', date: '2026-01-15' });
    t.addContact(pk, { kind: 'client_other', date: '2026-01-20' });
    t.addContact(pk, { kind: 'employer_face_to_face', employer: 'Acme Ltd', date: '2026-01-15' });
    t.addContact(null, { kind: 'employer_other', client_id: null, employer: 'Acme Ltd', date: '2026-01-14' });
    expect(t.rowOf('C-1').last_contact).toBe('2026-01-15');
    t.raw.close();
  });

  it('shows the current job as "Job title, Employer" of a competitive job covering today', () => {
    const t = setUp();
    const pk = t.addClient('C-1');
    t.addJob(pk, { job_id: 'OLD', start_date: '2025-05-01', end_date: '2026-01-14', job_title: 'Porter', employer: 'Old Co' });
    t.addJob(pk, { job_id: 'SHELTERED', start_date: '2025-12-01', competitive: false, job_title: 'Café work', employer: 'Clubhouse' });
    t.addJob(pk, { job_id: 'NOW', start_date: '2025-09-01', end_date: '2026-01-15', job_title: 'Cleaner', employer: 'Bright Ltd' });
    expect(t.rowOf('C-1')).toMatchObject({ status: 'in_work', current_job: 'Cleaner, Bright Ltd' });

    // Two jobs at once: the one started last; a job without title or employer shows its id.
    t.addJob(pk, { job_id: 'SECOND', start_date: '2025-12-01', job_title: null, employer: null });
    expect(t.rowOf('C-1').current_job).toBe('SECOND');
    t.raw.close();
  });

  it('names clients by given and family name, whichever are known', () => {
    const t = setUp();
    t.addClient('BOTH', { given_name: 'Jane', family_name: 'Smith' });
    t.addClient('FAMILY', { family_name: 'Okafor' });
    t.addClient('NONE', { nhs_number: '9434765919', specialist: 'Priya Shah', team: 'North CMHT' });
    expect(t.rowOf('BOTH').name).toBe('Jane Smith');
    expect(t.rowOf('FAMILY').name).toBe('Okafor');
    expect(t.rowOf('NONE')).toMatchObject({ name: '', nhs_number: '9434765919', specialist: 'Priya Shah', team: 'North CMHT', referral_date: '2025-04-01' });
    t.raw.close();
  });

  it('reads each client\'s contacts through its own slice of an index, never the whole table', () => {
    const { raw } = openTestDatabase(tempDir());
    const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${CASELOAD_SQL}`).all({ today: TODAY }) as { detail: string }[]).map((row) => row.detail);
    const contactLookups = plan.filter((line) => / k /.test(line));
    expect(contactLookups).toHaveLength(2);
    for (const line of contactLookups) expect(line).toMatch(/^SEARCH k USING (COVERING )?INDEX \S+ \(.*client_pk=\?/);
    expect(plan.filter((line) => /^SCAN (k|contacts)\b/.test(line))).toEqual([]);
    raw.close();
  });

  it('agrees with a plain reading of the records for a whole demo caseload', () => {
    const { db, raw } = openTestDatabase(tempDir());
    const data = generateDemoData({ clients: 150, seed: 7, today: TODAY });
    db.transaction((tx) => expect(mergeRecords({ db: tx, raw }, data).problems).toEqual([]));

    const expected = data.clients.map((c) => {
      const mine = (x: { client_id: string | null }) => x.client_id === c.client_id;
      const covering = data.jobs
        .filter((j) => mine(j) && j.competitive && j.start_date <= TODAY && (j.end_date === null || j.end_date >= TODAY))
        .sort((a, b) => b.start_date.localeCompare(a.start_date) || a.job_id.localeCompare(b.job_id));
      const contacts = data.contacts.filter((k) => mine(k) && k.date <= TODAY);
      const clientDates = contacts.filter((k) => CLIENT_CONTACT_KINDS.includes(k.kind)).map((k) => k.date).sort();
      const employerDates = contacts.filter((k) => k.kind === 'employer_face_to_face').map((k) => k.date).sort();
      const current = covering[0];
      return {
        client_id: c.client_id,
        status: caseloadStatus(
          { ...c, employedToday: covering.length > 0, firstEmployerContact: employerDates[0] ?? null },
          TODAY,
        ),
        last_contact: clientDates[clientDates.length - 1] ?? null,
        current_job: current ? [current.job_title, current.employer].filter(Boolean).join(', ') || current.job_id : null,
      };
    });
    const rows = listCaseload(raw, TODAY).map((r) => ({ client_id: r.client_id, status: r.status, last_contact: r.last_contact, current_job: r.current_job }));
    const byId = (a: { client_id: string }, b: { client_id: string }) => a.client_id.localeCompare(b.client_id);
    expect(rows.sort(byId)).toEqual(expected.sort(byId));
    // The demo is meant to show every status.
    expect(new Set(rows.map((r) => r.status)).size).toBe(5);
    raw.close();
  });
});
