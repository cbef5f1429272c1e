import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../electron/services/demo';
import {
  SUGGESTED_ITEM_IDS, computeFidelitySuggestions, fidelitySuggestionsSchema, suggestionPeriodOf, toPublicSuggestions, newReviewDraft,
} from '../../../shared/fidelity';
import { computeReport, contactFactsFrom, type ReportInput } from '../../../shared/outcomes';
import { parsePeriod } from '../../../shared/period';
import type { Contact } from '../../../shared/records';
import { client, contact, job, staff } from '../outcomes/helpers';

const P = parsePeriod('2025-26');
// As of 23/06/2025: snap = 23/06/2025, and 01/04/2025..23/06/2025 is 84 days = 12 weeks.
const AS_OF = '2025-06-23';

const engaged = (vp: string) => ({ vocational_profile_date: vp, action_plan_date: vp });

const clients = [
  client('A', engaged('2025-04-10')),
  client('B', { vocational_profile_date: '2025-04-01', action_plan_date: '2025-04-02' }),
  client('C', engaged('2025-06-01')),
  client('D'), // no vocational profile: no clock, never active
  client('E', { referral_date: '2024-01-01', ...engaged('2024-01-10'), discharge_date: '2025-01-31' }),
  client('F', engaged('2025-05-01')),
  client('G', { referral_date: '2025-06-01' }),
];

const f2f = (date: string, clientId: string | null, pref: Contact['client_preference_based']) =>
  contact({ date, kind: 'employer_face_to_face', client_id: clientId, client_preference_based: pref });

const contacts: Contact[] = [
  // First face-to-face employer contacts (FEC): A 30 days after the profile, B 75, C before the profile (0 days).
  f2f('2025-05-10', 'A', 'yes'),
  f2f('2025-06-15', 'B', 'no'),
  f2f('2025-05-20', 'C', 'yes'),
  f2f('2025-06-15', 'D', 'unknown'), // D has no clock: not in the mean
  f2f('2024-03-01', 'E', 'yes'), // before the period
  f2f('2025-07-01', 'F', 'yes'), // after the as-of date
  // Five more face-to-face contacts for nobody: 2 yes, 3 unknown.
  f2f('2025-06-01', null, 'yes'),
  f2f('2025-06-02', null, 'yes'),
  f2f('2025-06-03', null, 'unknown'),
  f2f('2025-06-04', null, 'unknown'),
  f2f('2025-06-05', null, 'unknown'),
  contact({ date: '2025-06-02', kind: 'employer_other', client_preference_based: 'yes' }),
  contact({ date: '2025-06-03', kind: 'employer_other', client_preference_based: 'no' }),
  contact({ date: '2025-07-10', kind: 'employer_other', client_preference_based: 'yes' }), // after as-of
  contact({ date: '2025-03-30', kind: 'employer_other', client_preference_based: 'yes' }), // before P
  // Client contacts in the last 4 weeks before snap make A, B, C and F active.
  ...['A', 'B', 'C', 'F'].map((id) => contact({ date: '2025-06-20', kind: 'client_face_to_face', client_id: id })),
];

const jobs: ReportInput['jobs'] = [
  job('j1', 'A', { start_date: '2025-05-01', job_title: 'Barista', employer: 'Bean Co' }),
  // Same title and employer once trimmed and case-folded (set after the schema, which trims).
  { ...job('j2', 'B', { start_date: '2025-05-15' }), job_title: ' BARISTA ', employer: 'bean co  ' },
  job('j3', 'C', { start_date: '2025-06-01', job_title: 'Porter', employer: 'City Hospital' }),
  job('j4', 'D', { start_date: '2025-06-10', job_title: null, employer: 'Park Café' }),
  job('j5', 'F', { start_date: '2025-06-20', job_title: 'Gardener', employer: null }),
  job('j6', 'F', { start_date: '2025-07-01', job_title: 'Cook', employer: 'Inn' }), // after as-of
  job('j7', 'A', { start_date: '2025-05-20', competitive: false, job_title: 'Packer', employer: 'Workshop' }),
  job('j8', 'B', { start_date: '2025-06-05', four_hours_confirmed: false, job_title: 'Cleaner', employer: 'Offices' }),
  job('j9', 'G', { start_date: '2025-05-25', job_title: 'Driver', employer: 'Vans' }), // before G's referral
];

const team = [
  staff('Sam', { fte: 0.125, start_date: '2025-01-01' }),
  staff('Leaver', { fte: 1, end_date: '2025-06-22' }), // left the day before snap
  staff('Starter', { fte: 1, start_date: '2025-06-24' }), // not yet in post
];

const input = (): ReportInput => ({ clients, jobs, activities: [], staff: team, contactFacts: contactFactsFrom(contacts, P, AS_OF) });

describe('computeFidelitySuggestions on a small record set', () => {
  const result = computeFidelitySuggestions(input(), P, AS_OF);
  const s = result.suggestions;

  it('covers exactly the items DOMAIN §7 gives a rule for, in order, with the period and as-of date', () => {
    expect(Object.keys(s)).toEqual([...SUGGESTED_ITEM_IDS]);
    expect(result.period).toEqual({ start: '2025-04-01', end: '2026-03-31', as_of: AS_OF });
    expect(fidelitySuggestionsSchema.parse(result)).toEqual(result);
  });

  it('Sainsbury 2 and IPS-25 16: marked yes ÷ marked yes or no = 5 / 7 → 3 (with the 4 unknown it would be 5 / 11 → 2)', () => {
    // Yes in P: A, C, two for nobody, one other = 5; no: B, one other = 2; unknown (D, three for nobody) left out.
    for (const id of ['sainsbury:2', 'ips25:16'] as const) {
      expect(s[id]).toMatchObject({ item: id, score: 3, figure: 5 / 7, unit: 'share', numerator: 5, denominator: 7 });
      expect(s[id].rule).toMatch(/marked yes or no/);
    }
  });

  it('Sainsbury 3 and IPS-25 15: mean days (30 + 75 + 0) / 3 = 35 → 4', () => {
    for (const id of ['sainsbury:3', 'ips25:15'] as const) {
      expect(s[id]).toMatchObject({ score: 4, figure: 35, unit: 'days', numerator: 105, denominator: 3 });
      expect(s[id].records.clients).toEqual(['A', 'B', 'C']);
    }
  });

  it('IPS-25 1: 4 active clients ÷ 0.125 FTE in post = 32 → 2', () => {
    expect(s['ips25:1']).toMatchObject({ score: 2, figure: 32, unit: 'clients_per_fte', numerator: 4, denominator: 0.125 });
    expect(s['ips25:1'].records).toMatchObject({ clients: ['A', 'B', 'C', 'F'], staff: ['Sam'] });
  });

  it('IPS-25 17: 9 face-to-face employer contacts ÷ 12 weeks = 0.75 a week, ÷ 0.125 FTE = 6 → 5 (on the bound)', () => {
    expect(s['ips25:17']).toMatchObject({ score: 5, figure: 6, unit: 'contacts_per_fte_per_week', numerator: 9, denominator: 1.5 });
    expect(s['ips25:17'].records.staff).toEqual(['Sam']);
  });

  it('IPS-25 19: counted starts j1–j5, four with a title, 3 different (barista twice) → 3 / 4 = 75 % → 4; j4 left out', () => {
    expect(s['ips25:19']).toMatchObject({ score: 4, figure: 0.75, numerator: 3, denominator: 4 });
    expect(s['ips25:19'].records).toMatchObject({ jobs: ['j1', 'j2', 'j3', 'j5'], clients: ['A', 'B', 'C', 'F'], leftOutJobs: ['j4'] });
  });

  it('IPS-25 20: four name an employer, 3 different (Bean Co twice) → 75 % → 4; j5 with no employer left out', () => {
    expect(s['ips25:20']).toMatchObject({ score: 4, figure: 0.75, numerator: 3, denominator: 4 });
    expect(s['ips25:20'].records).toMatchObject({ jobs: ['j1', 'j2', 'j3', 'j4'], leftOutJobs: ['j5'] });
  });

  it('IPS-25 21: j1–j5 and the sheltered j7 (four hours, after referral) → 5 competitive / 6 → 3; j8 (no four hours), j9 (before referral), j6 (after as-of) out', () => {
    expect(s['ips25:21']).toMatchObject({ score: 3, figure: 5 / 6, numerator: 5, denominator: 6 });
    expect(s['ips25:21'].records).toMatchObject({ jobs: ['j1', 'j7', 'j2', 'j3', 'j4', 'j5'], nonCompetitiveJobs: ['j7'], clients: ['A', 'B', 'C', 'D', 'F'] });
  });

  it('the public form holds only score and figure, in the same order', () => {
    const pub = toPublicSuggestions(result);
    expect(Object.keys(pub.suggestions)).toEqual([...SUGGESTED_ITEM_IDS]);
    expect(pub.suggestions['ips25:19']).toEqual({ score: 4, figure: 0.75 });
    expect(Object.keys(pub.suggestions['sainsbury:2']!)).toEqual(['score', 'figure']);
  });
});

describe('no figure, no suggestion', () => {
  it('with no records every item has score and figure null', () => {
    const empty: ReportInput = { clients: [], jobs: [], activities: [], staff: [], contactFacts: contactFactsFrom([], P, AS_OF) };
    const result = computeFidelitySuggestions(empty, P, AS_OF);
    for (const id of SUGGESTED_ITEM_IDS) {
      expect(result.suggestions[id]).toMatchObject({ score: null, figure: null, numerator: 0, denominator: 0 });
    }
  });

  it('with an as-of date before the period starts nothing has happened in it yet', () => {
    const before = '2025-03-31';
    const result = computeFidelitySuggestions({ ...input(), contactFacts: contactFactsFrom(contacts, P, before) }, P, before);
    for (const id of SUGGESTED_ITEM_IDS.filter((i) => i !== 'ips25:1')) {
      expect({ id, score: result.suggestions[id].score, figure: result.suggestions[id].figure }).toEqual({ id, score: null, figure: null });
    }
    // Caseload is a snapshot on 31/03/2025, as in the report: nobody is active yet, with Sam and Leaver (1.125 FTE) in post.
    expect(result.suggestions['ips25:1']).toMatchObject({ figure: 0, score: 5, numerator: 0, denominator: 1.125 });
  });

  it('refuses a period or as-of date that is not a real date', () => {
    expect(() => computeFidelitySuggestions(input(), P, '2025-02-30')).toThrow('As-of date "2025-02-30" is not a real date (YYYY-MM-DD)');
  });
});

describe('figures the report also shows', () => {
  it('equal the report’s caseload per FTE, days to first employer contact and employer contacts per week on demo data', () => {
    const data = generateDemoData({ clients: 200, seed: 3, today: '2026-01-15', contactsPerClient: 15, jobsPerClient: 2 });
    const review = newReviewDraft('ips25', '2026-01-15');
    const { period, asOf } = suggestionPeriodOf(review);
    const full: ReportInput = { ...data, contactFacts: contactFactsFrom(data.contacts, period, asOf) };
    const s = computeFidelitySuggestions(full, period, asOf).suggestions;
    const report = computeReport(full, period, asOf).metrics;
    const fte = data.staff.filter((x) => (!x.start_date || x.start_date <= asOf) && (!x.end_date || x.end_date >= asOf)).reduce((t, x) => t + (x.fte ?? 0), 0);
    expect(s['ips25:1'].figure).toBe(report.caseload_per_fte.value);
    expect(s['ips25:15'].figure).toBe(report.days_to_first_employer_contact.value);
    expect(s['ips25:17'].figure).toBeCloseTo(report.employer_f2f_per_week.value! / fte, 12);
    expect(s['ips25:1'].figure).not.toBeNull();
    expect(s['ips25:19'].denominator).toBe(report.job_starts.value! - s['ips25:19'].records.leftOutJobs.length);
  });
});
