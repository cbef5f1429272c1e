import {
  CONTRACT_TYPE, DIAGNOSIS, DISCHARGE_REASON, EMPLOYMENT_STATUS, ETHNICITY, GENDER, SECTOR, SOC_MAJOR_GROUP,
} from '../codes';
import { fromDayNumber, type IsoDate } from '../dates';
import { buildEngineIndex } from '../outcomes/client-index';
import { ageAtReferral, dayNumber, isOpenDuring, type ClientFacts } from '../outcomes/facts';
import { MILESTONES } from '../outcomes/sustainment';
import type { PeriodRange, ReportInput } from '../outcomes/types';
import type { FigureValue } from './resolve';

/** One client's values, keyed by column id (`client.referral_date`, `job.start_date`; client-columns.ts). */
export type ClientRow = Readonly<Record<string, FigureValue>>;

const date = (day: number | null): FigureValue => (day === null ? null : { date: fromDayNumber(day) });
const isoDate = (iso: IsoDate | null | undefined): FigureValue => (iso ? { date: iso } : null);
const label = (labels: Record<string, string>, code: string | null | undefined): FigureValue =>
  code === null || code === undefined || code === '' ? null : (labels[code] ?? code);
const HOURS_LABEL = { lt16: 'Under 16 hours a week', ge16: '16 hours or more a week' } as const;

function rowOf(cf: ClientFacts, pseudonym: string, inP: (day: number) => boolean): ClientRow {
  const c = cf.client;
  const entryJob = cf.countedJobs[0]?.job ?? null;
  const row: Record<string, FigureValue> = {
    'client.pseudonym': pseudonym,
    'client.client_id': c.client_id,
    'client.nhs_number': c.nhs_number,
    'client.given_name': c.given_name,
    'client.family_name': c.family_name,
    'client.date_of_birth': isoDate(c.date_of_birth),
    'client.age_at_referral': ageAtReferral(c),
    'client.gender': label(GENDER.labels, c.gender),
    'client.ethnicity': label(ETHNICITY.labels, c.ethnicity),
    'client.diagnosis': label(DIAGNOSIS.labels, c.diagnosis),
    'client.specialist': c.specialist,
    'client.team': c.team,
    'client.referral_date': isoDate(c.referral_date),
    'client.employment_status_at_referral': label(EMPLOYMENT_STATUS.labels, c.employment_status_at_referral),
    'client.retention_case': c.retention_case ? 'Yes' : 'No',
    'client.vocational_profile_date': date(cf.vocationalProfile),
    'client.action_plan_date': date(cf.actionPlan),
    'client.engagement_date': date(cf.engagement),
    'client.first_employer_contact_date': date(cf.fec),
    'client.job_entry_date': date(cf.jobEntry),
    'client.job_starts_in_period': cf.countedJobs.filter((j) => inP(j.start)).length,
    'client.retention_return_date': date(cf.retentionReturn),
    'client.discharge_date': date(cf.discharge),
    'client.discharge_reason': label(DISCHARGE_REASON.labels, c.discharge_reason),
    'job.start_date': isoDate(entryJob?.start_date),
    'job.end_date': isoDate(entryJob?.end_date),
    'job.employer': entryJob?.employer ?? null,
    'job.job_title': entryJob?.job_title ?? null,
    'job.hours_per_week': entryJob?.hours_per_week ?? null,
    'job.contract_type': label(CONTRACT_TYPE.labels, entryJob?.contract_type),
    'job.sector': label(SECTOR.labels, entryJob?.sector),
    'job.soc_major_group': label(SOC_MAJOR_GROUP.labels, entryJob?.soc_major_group),
  };
  for (const { weeks } of MILESTONES) {
    const milestone = cf.sustainment.milestones[weeks];
    row[`client.sustained_${weeks}w_date`] = date(milestone?.day ?? null);
    row[`client.sustained_${weeks}w_hours`] = milestone ? HOURS_LABEL[milestone.band] : null;
  }
  return row;
}

/**
 * The rows of a client-level return: every client open at some time in the period (DOMAIN §3 "open
 * during P"), in referral order, with the facts the IPS Grow reporting tool records (referral, engagement,
 * first employer contact, job entry and starts, sustainment dates, discharge). Dates after `asOf` are not
 * known yet, so milestones are those reached by `asOf`. `pseudonymOf` gives each client's stable pseudonym.
 */
export function clientExtractRows(
  input: ReportInput,
  period: PeriodRange,
  asOf: IsoDate,
  pseudonymOf: (clientId: string) => string,
): ClientRow[] {
  const index = buildEngineIndex(input, asOf);
  const start = dayNumber(period.start);
  const snap = Math.min(dayNumber(period.end), dayNumber(asOf));
  const inP = (day: number) => day >= start && day <= snap;
  return index.clients
    .filter((cf) => isOpenDuring(cf, start, snap))
    .sort((a, b) => a.referral - b.referral || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((cf) => rowOf(cf, pseudonymOf(cf.id), inP));
}
