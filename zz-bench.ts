import { computeReport } from '/work/main/shared/outcomes/report';
import { contactFactsFrom } from '/work/main/shared/outcomes/contact-facts';
import { addDays } from '/work/main/shared/dates';
import type { Client, Contact } from '/work/main/shared/records';
import type { EngineJob } from '/work/main/shared/outcomes/types';
let seed = 1; const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const pick = <T,>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
const clients: Client[] = []; const jobs: EngineJob[] = []; const contacts: Contact[] = [];
for (let i = 0; i < 10000; i++) {
  const ref = addDays('2021-04-01', Math.floor(rnd() * 1800));
  const vp = rnd() < 0.8 ? addDays(ref, Math.floor(rnd() * 40)) : null;
  clients.push({ client_id: 'C' + i, nhs_number: null, given_name: null, family_name: null, date_of_birth: addDays('1960-01-01', Math.floor(rnd()*15000)),
    gender: pick(['male','female',null] as const), ethnicity: null, diagnosis: null, specialist: pick(['Sam','Alex','Jo',null]), team: null,
    referral_date: ref, employment_status_at_referral: pick(['01','02','04',null] as const), retention_case: rnd() < 0.1, retention_return_date: null,
    vocational_profile_date: vp, action_plan_date: vp && rnd() < 0.9 ? addDays(vp, 5) : null, discharge_date: rnd() < 0.5 ? addDays(ref, 100 + Math.floor(rnd()*600)) : null,
    discharge_reason: null, education_level: null, benefits: ['universal_credit'], paid_work_recency: null, maintained_job_over_1y: 'unknown',
    in_secondary_mh_care: 'yes', care_plan_employment_actions: 'yes', care_plan_retention_actions: 'no' } as Client);
  for (let k = 0; k < 3; k++) {
    const s = addDays(ref, Math.floor(rnd() * 500) - 30);
    jobs.push({ job_id: `J${i}_${k}`, client_id: 'C' + i, employer: 'E' + Math.floor(rnd()*500), job_title: null, start_date: s, four_hours_confirmed: rnd() < 0.9,
      end_date: rnd() < 0.6 ? addDays(s, Math.floor(rnd() * 400)) : null, hours_per_week: 5 + Math.floor(rnd() * 30), contract_type: 'permanent', competitive: rnd() < 0.95,
      sector: null, soc_major_group: null, evidence: null });
  }
  for (let k = 0; k < 20; k++) contacts.push({ date: addDays(ref, Math.floor(rnd()*700)), kind: pick(['client_face_to_face','client_other','employer_face_to_face','employer_other'] as const),
    client_id: 'C' + i, employer: 'x', specialist: 'Sam', client_preference_based: 'yes' });
}
const period = { start: '2025-04-01', end: '2026-03-31' };
let t = performance.now(); const facts = contactFactsFrom(contacts, period, '2026-03-31'); console.log('contactFacts(200k)', (performance.now() - t).toFixed(1), 'ms');
const input = { clients, jobs, activities: [], staff: [], contactFacts: facts };
for (let r = 0; r < 5; r++) { t = performance.now(); const rep = computeReport(input, period, '2026-03-31'); console.log('report', (performance.now() - t).toFixed(1), 'ms', rep.metrics.job_starts.value, rep.metrics.sustained_13w_ge16.value, rep.metrics.active_caseload.value); }
