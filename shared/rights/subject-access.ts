import {
  ACTIVITY_KIND, BENEFIT, CONTACT_KIND, CONTRACT_TYPE, DIAGNOSIS, DISCHARGE_REASON, EDUCATION_LEVEL, EMPLOYMENT_STATUS, ETHNICITY,
  EVIDENCE, GENDER, PAID_WORK_RECENCY, SECTOR, SOC_MAJOR_GROUP, WELLBEING_MEASURE, YES_NO_UNKNOWN, type CodeList,
} from '../codes';
import type { IsoDate } from '../dates';
import type { AuditEntryRow } from '../ipc/audit';
import type { AgeBand } from '../outcomes/facts';
import type { Activity, Client, Contact, Job, Wellbeing } from '../records';
import { swemwbsMetricScore } from '../wellbeing';

/**
 * A subject access export (issue 10 point 9): every record IPS Desk holds about one client, as a workbook and a
 * printable document. The sections and their columns are declared once here, so the workbook and the document
 * always hold the same fields with the same headings and code labels.
 */

export interface SubjectAccessData {
  serviceName: string;
  /** The day the export was made, and by whom. */
  generatedOn: IsoDate;
  generatedBy: string;
  client: Client & { id: string };
  /** Facts of the stored record beyond its fields. */
  record: {
    previousEpisode: string | null;
    anonymisedAt: IsoDate | null;
    ageBandAtReferral: AgeBand | null;
  };
  jobs: readonly Job[];
  /** Contacts with the client, and with employers on the client's behalf. */
  contacts: readonly Contact[];
  activities: readonly Activity[];
  wellbeing: readonly Wellbeing[];
  /** Audit trail entries about the client and their records, oldest first. */
  audit: readonly AuditEntryRow[];
}

/** A value as both outputs show it: text, a number, a calendar date (a date cell, dd/mm/yyyy) or blank. */
export type SubjectAccessValue = string | number | { date: IsoDate } | null;

export interface SubjectAccessColumn<R> {
  header: string;
  /** Width in characters in the workbook. */
  width: number;
  value(record: R): SubjectAccessValue;
}

export interface SubjectAccessTable<R> {
  key: 'jobs' | 'contacts' | 'activities' | 'wellbeing' | 'audit';
  /** Sheet name and section heading. */
  title: string;
  /** Said when the client has none. */
  none: string;
  columns: readonly SubjectAccessColumn<R>[];
  rows(data: SubjectAccessData): readonly R[];
}

const date = (iso: IsoDate | null | undefined): SubjectAccessValue => (iso ? { date: iso } : null);
const label = (list: CodeList, code: string | null | undefined): SubjectAccessValue => (code ? (list.labels[code] ?? code) : null);
const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');
const text = (value: string | null | undefined): SubjectAccessValue => (value === null || value === undefined || value === '' ? null : value);

/** `943 476 5919`: the NHS's own way of writing the number. */
export function spacedNhsNumber(nhs: string | null): string | null {
  return nhs && /^\d{10}$/.test(nhs) ? `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}` : nhs;
}

const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '16-35': '16 to 35',
  '36-50': '36 to 50',
  '51-65': '51 to 65',
  other: 'Under 16 or over 65',
  unknown: 'Not known',
};

/** The client record, one field per line: [heading, value]. */
export function clientFields(data: SubjectAccessData): [string, SubjectAccessValue][] {
  const c = data.client;
  const fields: [string, SubjectAccessValue][] = [
    ['Client ID', c.client_id],
    ['Given name', text(c.given_name)],
    ['Family name', text(c.family_name)],
    ['NHS number', spacedNhsNumber(c.nhs_number)],
    ['Date of birth', date(c.date_of_birth)],
    ['Gender', label(GENDER, c.gender)],
    ['Ethnicity', label(ETHNICITY, c.ethnicity)],
    ['Diagnosis', label(DIAGNOSIS, c.diagnosis)],
    ['Employment specialist', text(c.specialist)],
    ['Referring team', text(c.team)],
    ['Referral date', date(c.referral_date)],
    ['Employment status at referral', label(EMPLOYMENT_STATUS, c.employment_status_at_referral)],
    ['Referred to keep a job (retention case)', yesNo(c.retention_case)],
    ['Back at work (retention cases)', date(c.retention_return_date)],
    ['Vocational profile completed', date(c.vocational_profile_date)],
    ['Action plan agreed', date(c.action_plan_date)],
    ['Discharge date', date(c.discharge_date)],
    ['Discharge reason', label(DISCHARGE_REASON, c.discharge_reason)],
    ['Education level', label(EDUCATION_LEVEL, c.education_level)],
    ['Benefits', c.benefits.length > 0 ? c.benefits.map((b) => BENEFIT.labels[b] ?? b).join('; ') : 'None recorded'],
    ['Time since last paid work', label(PAID_WORK_RECENCY, c.paid_work_recency)],
    ['Ever kept a paid job for over a year', label(YES_NO_UNKNOWN, c.maintained_job_over_1y)],
    ['In secondary mental health care at referral', label(YES_NO_UNKNOWN, c.in_secondary_mh_care)],
    ['Care plan has employment actions', label(YES_NO_UNKNOWN, c.care_plan_employment_actions)],
    ['Care plan has job retention actions', label(YES_NO_UNKNOWN, c.care_plan_retention_actions)],
    ['Earlier referral (client ID)', text(data.record.previousEpisode)],
  ];
  if (data.record.anonymisedAt) {
    fields.push(['Anonymised on', date(data.record.anonymisedAt)]);
    fields.push(['Age band at referral (kept when anonymised)', data.record.ageBandAtReferral ? AGE_BAND_LABELS[data.record.ageBandAtReferral] : null]);
  }
  return fields;
}

const jobsTable: SubjectAccessTable<Job> = {
  key: 'jobs',
  title: 'Jobs',
  none: 'No jobs are recorded.',
  rows: (d) => d.jobs,
  columns: [
    { header: 'Job ID', width: 12, value: (j) => j.job_id },
    { header: 'Employer', width: 26, value: (j) => text(j.employer) },
    { header: 'Job title', width: 24, value: (j) => text(j.job_title) },
    { header: 'Start date', width: 12, value: (j) => date(j.start_date) },
    { header: 'End date', width: 12, value: (j) => date(j.end_date) },
    { header: 'Hours a week', width: 10, value: (j) => j.hours_per_week },
    { header: 'Contract', width: 24, value: (j) => label(CONTRACT_TYPE, j.contract_type) },
    { header: 'Open-market job', width: 10, value: (j) => yesNo(j.competitive) },
    { header: 'Four paid hours confirmed', width: 12, value: (j) => yesNo(j.four_hours_confirmed) },
    { header: 'Sector', width: 24, value: (j) => label(SECTOR, j.sector) },
    { header: 'Occupation group', width: 30, value: (j) => label(SOC_MAJOR_GROUP, j.soc_major_group) },
    { header: 'Evidence', width: 18, value: (j) => label(EVIDENCE, j.evidence) },
  ],
};

const contactsTable: SubjectAccessTable<Contact> = {
  key: 'contacts',
  title: 'Contacts',
  none: 'No contacts are recorded.',
  rows: (d) => d.contacts,
  columns: [
    { header: 'Date', width: 12, value: (c) => date(c.date) },
    { header: 'Contact', width: 32, value: (c) => label(CONTACT_KIND, c.kind) },
    { header: 'Employer', width: 26, value: (c) => text(c.employer) },
    { header: 'Employment specialist', width: 22, value: (c) => text(c.specialist) },
    { header: "Chosen from the client's preferences", width: 16, value: (c) => (c.kind.startsWith('employer') ? label(YES_NO_UNKNOWN, c.client_preference_based) : null) },
  ],
};

const activitiesTable: SubjectAccessTable<Activity> = {
  key: 'activities',
  title: 'Education, volunteering and retirement',
  none: 'No education, volunteering or retirement is recorded.',
  rows: (d) => d.activities,
  columns: [
    { header: 'Start date', width: 12, value: (a) => date(a.start_date) },
    { header: 'Activity', width: 30, value: (a) => label(ACTIVITY_KIND, a.kind) },
  ],
};

const wellbeingTable: SubjectAccessTable<Wellbeing> = {
  key: 'wellbeing',
  title: 'Wellbeing scores',
  none: 'No wellbeing scores are recorded.',
  rows: (d) => d.wellbeing,
  columns: [
    { header: 'Date', width: 12, value: (w) => date(w.date) },
    { header: 'Measure', width: 34, value: (w) => label(WELLBEING_MEASURE, w.measure) },
    { header: 'Score', width: 8, value: (w) => w.score },
    { header: 'SWEMWBS metric score', width: 12, value: (w) => (w.measure === 'swemwbs' ? swemwbsMetricScore(w.score) : null) },
  ],
};

/** What each audit action means, in words; anything else shows its code. */
const ACTION_LABELS: Record<string, string> = {
  'client.create': 'Client record created',
  'client.update': 'Client record changed',
  'client.discharge': 'Discharged',
  'client.reopen': 'Re-opened',
  'client.view': 'Client record opened',
  'client.subject_access_export': 'Records exported for a subject access request',
  'job.create': 'Job added',
  'job.update': 'Job changed',
  'job.delete': 'Job removed',
  'contact.create': 'Contact added',
  'contact.update': 'Contact changed',
  'contact.delete': 'Contact removed',
  'activity.create': 'Activity added',
  'activity.update': 'Activity changed',
  'activity.delete': 'Activity removed',
  'wellbeing.create': 'Wellbeing score added',
  'wellbeing.update': 'Wellbeing score changed',
  'wellbeing.delete': 'Wellbeing score removed',
  'retention.anonymise': 'Anonymised under the retention rule',
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** `given_name: Jane; family_name: Smith`, for the changed fields an audit entry holds. */
export function describeFields(fields: unknown): string | null {
  if (fields === null || fields === undefined) return null;
  if (typeof fields !== 'object' || Array.isArray(fields)) return JSON.stringify(fields);
  const parts = Object.entries(fields as Record<string, unknown>).map(([key, value]) => {
    const shown = value === null || value === undefined || value === '' ? '(blank)' : typeof value === 'string' ? value : JSON.stringify(value);
    return `${key}: ${shown}`;
  });
  return parts.length > 0 ? parts.join('; ') : null;
}

/** `15/01/2026 14:05` in UK time, from an audit entry's ISO timestamp. */
export function auditTime(at: string): string {
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return at;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(when)
    .replace(',', '');
}

const auditTable: SubjectAccessTable<AuditEntryRow> = {
  key: 'audit',
  title: 'Audit trail',
  none: 'The audit trail holds no entries about these records.',
  rows: (d) => d.audit,
  columns: [
    { header: 'When (UK time)', width: 17, value: (e) => auditTime(e.at) },
    { header: 'Who', width: 20, value: (e) => text(e.user) },
    { header: 'What', width: 34, value: (e) => auditActionLabel(e.action) },
    { header: 'Before', width: 40, value: (e) => describeFields(e.before) },
    { header: 'After', width: 40, value: (e) => describeFields(e.after) },
  ],
};

/** The record tables after the client's own fields, in the order both outputs show them. */
export const SUBJECT_ACCESS_TABLES = [jobsTable, contactsTable, activitiesTable, wellbeingTable, auditTable] as unknown as readonly SubjectAccessTable<unknown>[];

/** The person as the documents name them: their name, else (anonymised, or never recorded) their client ID. */
export function subjectName(data: Pick<SubjectAccessData, 'client'>): string {
  const name = [data.client.given_name, data.client.family_name].filter((p) => p && p.trim()).map((p) => p!.trim()).join(' ');
  return name || `client ${data.client.client_id}`;
}

/** `subject-access-C-1-2026-01-15.xlsx`: the client ID kept to characters every file system takes. */
export function subjectAccessFileName(clientId: string, generatedOn: IsoDate, extension: 'xlsx' | 'pdf'): string {
  const safe = clientId.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'client';
  return `subject-access-${safe}-${generatedOn}.${extension}`;
}
