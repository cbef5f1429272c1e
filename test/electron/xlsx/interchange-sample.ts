import {
  ACTIVITY_KIND, BENEFIT, CONTACT_KIND, CONTRACT_TYPE, DIAGNOSIS, EDUCATION_LEVEL, EMPLOYMENT_STATUS, ETHNICITY, EVIDENCE, GENDER,
  PAID_WORK_RECENCY, SECTOR, SOC_MAJOR_GROUP, YES_NO_UNKNOWN,
} from '../../../shared/codes';
import { activitySchema, clientSchema, contactSchema, jobSchema, staffSchema, wellbeingSchema } from '../../../shared/records';
import type { InterchangeClient, InterchangeRecords } from '../../../electron/xlsx/interchange-columns';

/**
 * Test helper: records covering every field and every code of every list, with nulls, empty and long
 * lists, both booleans and text that a spreadsheet would love to reinterpret (leading zeros, TRUE, dates,
 * formulas, semicolons in free text).
 */
const VALID_NHS_NUMBERS = ['9434765919', '4010232137', '4857773457', '4505577104', '9990001111'];

function pick<T>(values: readonly T[], i: number): T {
  return values[i % values.length] as T;
}

/** C-6 is a re-referral of C-3 (discharged): the Clients sheet carries the link. */
const RE_REFERRAL = { index: 6, previous: 'C-3' };

function clients(): InterchangeClient[] {
  const count = Math.max(ETHNICITY.values.length, EDUCATION_LEVEL.values.length);
  return Array.from({ length: count }, (_, i) => {
    const retention = i % 4 === 1;
    const discharged = i % 3 === 0;
    const link = i === RE_REFERRAL.index ? { previous_episode_id: RE_REFERRAL.previous } : {};
    return { ...clientSchema.parse({
      client_id: i === 0 ? '007' : `C-${i}`,
      nhs_number: i % 5 === 4 ? null : pick(VALID_NHS_NUMBERS, i),
      given_name: i === 1 ? 'Zoë' : i === 2 ? 'TRUE' : i === 3 ? '2025-01-01' : i === 4 ? null : `Given ${i}`,
      family_name: i === 1 ? 'O’Brien-Ñúñez' : i === 2 ? '=SUM(A1:A3)' : `Family ${i}`,
      date_of_birth: i % 6 === 5 ? null : `19${60 + i}-0${(i % 9) + 1}-1${i % 10}`,
      gender: i % 4 === 3 ? null : pick(GENDER.values, i),
      ethnicity: pick(ETHNICITY.values, i),
      diagnosis: i % 6 === 5 ? null : pick(DIAGNOSIS.values, i),
      specialist: i % 2 ? 'Priya Shah' : null,
      team: i % 3 === 2 ? null : 'North CMHT',
      referral_date: `2025-0${(i % 9) + 1}-2${i % 8}`,
      employment_status_at_referral: retention ? '01' : pick(EMPLOYMENT_STATUS.values, i),
      retention_case: retention,
      retention_return_date: retention && i % 8 === 1 ? '2025-12-31' : null,
      vocational_profile_date: i % 2 ? '2025-10-01' : null,
      action_plan_date: i % 2 ? '2025-10-02' : null,
      discharge_date: discharged ? '2026-03-31' : null,
      discharge_reason: discharged ? (i % 2 ? 'moved_away' : 'Moved; see notes') : null,
      education_level: i >= EDUCATION_LEVEL.values.length ? null : pick(EDUCATION_LEVEL.values, i),
      benefits: i === 0 ? [...BENEFIT.values] : i % 3 === 1 ? [] : [pick(BENEFIT.values, i), pick(BENEFIT.values, i + 5)],
      paid_work_recency: i % 6 === 5 ? null : pick(PAID_WORK_RECENCY.values, i),
      maintained_job_over_1y: pick(YES_NO_UNKNOWN.values, i),
      in_secondary_mh_care: pick(YES_NO_UNKNOWN.values, i + 1),
      care_plan_employment_actions: pick(YES_NO_UNKNOWN.values, i + 2),
      care_plan_retention_actions: i % 2 ? null : 'yes',
    }), ...link };
  });
}

function jobs() {
  const count = Math.max(CONTRACT_TYPE.values.length, SECTOR.values.length, SOC_MAJOR_GROUP.values.length);
  return Array.from({ length: count }, (_, i) =>
    jobSchema.parse({
      job_id: `J-${String(i).padStart(3, '0')}`,
      client_id: i === 0 ? '007' : `C-${(i % 17) + 1}`,
      employer: i % 5 === 4 ? null : `Employer ${i}; Ltd`,
      job_title: i % 4 === 3 ? null : 'Care assistant',
      start_date: '2025-11-01',
      four_hours_confirmed: i % 2 === 0,
      end_date: i % 3 === 0 ? '2026-02-28' : null,
      hours_per_week: [0.5, 16, 37.5, 100, 7.25][i % 5],
      contract_type: pick(CONTRACT_TYPE.values, i),
      competitive: i % 7 !== 6,
      sector: pick(SECTOR.values, i),
      soc_major_group: i % 10 === 9 ? null : pick(SOC_MAJOR_GROUP.values, i),
      evidence: i % 5 === 4 ? null : pick(EVIDENCE.values, i),
    }),
  );
}

function contacts() {
  return CONTACT_KIND.values.flatMap((kind, i) => [
    contactSchema.parse({
      date: `2025-12-0${i + 1}`,
      kind,
      client_id: kind.startsWith('client') || i === 2 ? `C-${i + 1}` : null,
      employer: kind.startsWith('employer') ? 'Acme Ltd' : null,
      specialist: i % 2 ? null : 'Priya Shah',
      client_preference_based: pick(YES_NO_UNKNOWN.values, i),
    }),
  ]);
}

function activities() {
  return ACTIVITY_KIND.values.map((kind, i) => activitySchema.parse({ client_id: `C-${i + 1}`, start_date: `2026-01-1${i}`, kind }));
}

function wellbeing() {
  return [
    wellbeingSchema.parse({ client_id: '007', date: '2025-04-01', measure: 'swemwbs', score: 7 }),
    wellbeingSchema.parse({ client_id: '007', date: '2025-10-01', measure: 'swemwbs', score: 35 }),
    wellbeingSchema.parse({ client_id: 'C-2', date: '2025-05-01', measure: 'reqol10', score: 0 }),
    wellbeingSchema.parse({ client_id: 'C-2', date: '2025-11-01', measure: 'reqol10', score: 40 }),
  ];
}

function staff() {
  return [
    staffSchema.parse({ name: 'Priya Shah', fte: 1, start_date: '2024-01-01', end_date: null }),
    staffSchema.parse({ name: 'Sam Patel', fte: 0.6, start_date: '2025-04-01', end_date: '2026-03-31' }),
    staffSchema.parse({ name: 'New starter', fte: null }),
  ];
}

export function richSample(): InterchangeRecords {
  return { clients: clients(), jobs: jobs(), contacts: contacts(), activities: activities(), wellbeing: wellbeing(), staff: staff() };
}
