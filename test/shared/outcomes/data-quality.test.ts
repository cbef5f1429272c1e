import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { contactSummaryFrom, findDataQualityProblems, unlinkedContactsWithoutEmployer, type DataQualityInput } from '../../../shared/outcomes/data-quality';
import type { EngineJob } from '../../../shared/outcomes/types';
import { client, contact, job, staff } from './helpers';

const AS_OF = '2026-03-31';
const run = (parts: Partial<DataQualityInput> & { contacts?: ReturnType<typeof contact>[] }) => {
  const clients = parts.clients ?? [];
  return findDataQualityProblems(
    {
      clients,
      jobs: parts.jobs ?? [],
      staff: parts.staff ?? [],
      contactSummary: parts.contactSummary ?? contactSummaryFrom(clients, parts.contacts ?? [], AS_OF),
      unlinkedContactsWithoutEmployer: parts.unlinkedContactsWithoutEmployer ?? 0,
    },
    AS_OF,
  );
};
const kinds = (problems: ReturnType<typeof run>) => problems.map((p) => `${p.kind}:${p.record.type}:${p.record.id}:${p.severity}`);
// A recent contact keeps "no contact in 8 weeks" out of the way in tests about other problems.
const recent = (id: string) => contact({ date: '2026-03-30', kind: 'client_other', client_id: id });

describe('findDataQualityProblems', () => {
  it('vocational profile without action plan, and the reverse', () => {
    const clients = [
      client('P', { vocational_profile_date: '2025-05-01' }),
      client('A', { action_plan_date: '2025-05-01' }),
      client('OK', { vocational_profile_date: '2025-05-01', action_plan_date: '2025-05-02' }),
    ];
    const problems = run({ clients, contacts: clients.map((c) => recent(c.client_id)) });
    expect(kinds(problems)).toEqual(['profile_without_action_plan:client:P:changes', 'action_plan_without_profile:client:A:changes']);
    expect(problems[0]?.message).toBe('Client P: vocational profile done (01/05/2025) but no action plan date, so not counted as engaged');
  });

  it('jobs without hours (legacy null or 0), without a client, and duplicates (same client, employer, start)', () => {
    const clients = [client('C')];
    const legacy = { ...job('nohours', 'C'), hours_per_week: null } satisfies EngineJob;
    const zero = { ...job('zero', 'C', { start_date: '2025-06-01' }), hours_per_week: 0 } satisfies EngineJob;
    const jobs = [
      legacy,
      zero,
      job('orphan', 'X'),
      job('first', 'C', { employer: 'Tesco', start_date: '2025-07-01' }),
      job('again', 'C', { employer: ' tesco ', start_date: '2025-07-01' }),
      job('other', 'C', { employer: 'Tesco', start_date: '2025-07-02' }),
    ];
    const problems = run({ clients, jobs, contacts: [recent('C')] });
    expect(kinds(problems)).toEqual([
      'job_without_hours:job:nohours:blocks',
      'job_without_hours:job:zero:blocks',
      'job_without_client:job:orphan:blocks',
      'duplicate_job:job:again:blocks',
    ]);
    expect(problems[3]?.message).toBe(
      'Job again repeats job first: same client (C), employer and start date (01/07/2025); it would be counted twice',
    );
  });

  it('job before referral is flagged unless the client is a retention case; unconfirmed four hours after 14 days', () => {
    const clients = [
      client('N', { referral_date: '2025-05-01' }),
      client('R', { referral_date: '2025-05-01', retention_case: true, employment_status_at_referral: '01' }),
    ];
    const jobs = [
      job('early', 'N', { start_date: '2025-04-01' }),
      job('kept', 'R', { start_date: '2015-04-01' }),
      job('slow', 'N', { start_date: addDays(AS_OF, -15), four_hours_confirmed: false }),
      job('new', 'N', { start_date: addDays(AS_OF, -14), four_hours_confirmed: false }),
    ];
    const problems = run({ clients, jobs, contacts: [recent('N'), recent('R')] });
    expect(kinds(problems)).toEqual(['job_before_referral:job:early:changes', 'four_hours_unconfirmed:job:slow:changes']);
    expect(problems[0]?.message).toBe('Job early (client N): job began before referral (01/05/2025): not counted as a job start');
  });

  it('contacts after discharge', () => {
    const clients = [client('D', { discharge_date: '2025-09-01' })];
    const contacts = [
      contact({ date: '2025-09-01', kind: 'client_face_to_face', client_id: 'D' }), // on the day: fine
      contact({ date: '2025-09-10', kind: 'client_other', client_id: 'D' }),
      contact({ date: '2025-09-05', kind: 'employer_face_to_face', client_id: 'D', employer: 'Acme Ltd' }),
    ];
    const summary = contactSummaryFrom(clients, contacts, AS_OF);
    expect(summary.D).toEqual({
      lastClientContact: '2025-09-10',
      contactsAfterDischarge: 2,
      firstContactAfterDischarge: '2025-09-05',
      employerContactsWithoutEmployer: 0,
      contactsAfterAsOf: 0,
      contactsBeforeReferral: 0,
      firstContactBeforeReferral: null,
    });
    const problems = run({ clients, contacts });
    expect(kinds(problems)).toEqual(['contact_after_discharge:client:D:changes']);
    expect(problems[0]?.message).toBe('Client D: 2 contacts after discharge on 01/09/2025 (first on 05/09/2025): check the discharge date');
  });

  it('employer contacts with no employer named: a note per client and one for contacts on behalf of nobody, never blocking', () => {
    const clients = [client('E')];
    const contacts = [
      contact({ date: '2025-06-01', kind: 'employer_face_to_face', client_id: 'E', employer: null }),
      contact({ date: '2025-06-02', kind: 'employer_other', client_id: 'E', employer: '   ' }),
      contact({ date: '2025-06-03', kind: 'employer_other', client_id: 'E', employer: 'Acme Ltd' }),
      contact({ date: '2025-06-04', kind: 'client_face_to_face', client_id: 'E', employer: null }),
      contact({ date: '2025-06-05', kind: 'employer_face_to_face', client_id: null, employer: null }),
    ];
    expect(contactSummaryFrom(clients, contacts, AS_OF).E?.employerContactsWithoutEmployer).toBe(2);
    expect(unlinkedContactsWithoutEmployer(contacts)).toBe(1);
    const problems = run({ clients, contacts, unlinkedContactsWithoutEmployer: unlinkedContactsWithoutEmployer(contacts) });
    const notes = problems.filter((p) => p.kind === 'employer_contact_without_employer');
    expect(notes.map((p) => [p.severity, p.record, p.message])).toEqual([
      ['changes', { type: 'client', id: 'E' }, 'Client E: 2 employer contacts with no employer named (still counted; add the employer if it is known)'],
      ['changes', { type: 'contact', id: '' }, '1 employer contact on behalf of no client with no employer named (still counted; add the employer if it is known)'],
    ]);
  });

  it('dates in the future and events before the referral: noted, never blocking', () => {
    const clients = [
      client('F', { referral_date: '2025-06-01', discharge_date: '2026-04-01', vocational_profile_date: '2025-05-20' }),
      client('G', { referral_date: '2025-06-01' }),
    ];
    const contacts = [
      contact({ date: '2026-04-02', kind: 'client_other', client_id: 'G' }),
      contact({ date: '2025-05-01', kind: 'client_other', client_id: 'G' }),
      contact({ date: '2025-05-10', kind: 'client_face_to_face', client_id: 'G' }),
      recent('G'),
      recent('F'),
    ];
    const jobs: EngineJob[] = [job('J-AHEAD', 'G', { start_date: '2026-04-07' })];
    const problems = run({ clients, contacts, jobs });
    expect(problems.filter((p) => ['date_in_future', 'profile_before_referral', 'contact_before_referral'].includes(p.kind)).map((p) => [p.kind, p.message])).toEqual([
      ['date_in_future', 'Client F: discharge date 01/04/2026 is in the future'],
      ['profile_before_referral', 'Client F: vocational profile (20/05/2025) is before the referral (01/06/2025)'],
      ['date_in_future', 'Client G: 1 contact dated in the future'],
      ['contact_before_referral', 'Client G: 2 contacts before the referral (01/06/2025), the first on 01/05/2025'],
      ['date_in_future', 'Job J-AHEAD (client G): start date 07/04/2026 is in the future'],
    ]);
    expect(problems.every((p) => p.severity === 'changes' || p.kind === 'job_without_hours')).toBe(true);
  });

  it('staff FTE missing: blocks for someone in post, changes for someone who has left', () => {
    const problems = run({ staff: [staff('Sam', { fte: null }), staff('Old', { fte: null, end_date: '2025-01-01' }), staff('Ok')] });
    expect(kinds(problems)).toEqual(['staff_fte_missing:staff:Sam:blocks', 'staff_fte_missing:staff:Old:changes']);
  });

  it('no client contact in 8 weeks (none in [as_of − 55, as_of]) while still open', () => {
    const clients = [
      client('d55', { referral_date: '2025-01-01' }),
      client('d56', { referral_date: '2025-01-01' }),
      client('never', { referral_date: '2025-01-01' }),
      client('newcomer', { referral_date: addDays(AS_OF, -20) }),
      client('closed', { referral_date: '2025-01-01', discharge_date: '2025-06-01' }),
    ];
    const contacts = [
      contact({ date: addDays(AS_OF, -55), kind: 'client_face_to_face', client_id: 'd55' }),
      contact({ date: addDays(AS_OF, -56), kind: 'client_face_to_face', client_id: 'd56' }), // 31/03/2026 − 56 = 03/02/2026
      contact({ date: addDays(AS_OF, -1), kind: 'employer_face_to_face', client_id: 'never' }), // not a client contact
    ];
    const problems = run({ clients, contacts });
    expect(kinds(problems)).toEqual(['no_recent_contact:client:d56:changes', 'no_recent_contact:client:never:changes']);
    expect(problems[0]?.message).toBe('Client d56: no client contact for 8 weeks (last on 03/02/2026) but not discharged');
  });

  it('lists blocking problems first', () => {
    const clients = [client('P', { vocational_profile_date: '2025-05-01' })];
    const problems = run({ clients, staff: [staff('Sam', { fte: null })], contacts: [recent('P')] });
    expect(problems.map((p) => p.severity)).toEqual(['blocks', 'changes']);
  });
});
