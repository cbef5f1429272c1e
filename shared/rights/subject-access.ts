import {
  ACTIVITY_KIND, BENEFIT, CONTACT_KIND, CONTRACT_TYPE, DIAGNOSIS, DISCHARGE_REASON, EDUCATION_LEVEL, EMPLOYER_CONTACT_KINDS, EMPLOYMENT_STATUS, ETHNICITY,
  EVIDENCE, GENDER, PAID_WORK_RECENCY, SECTOR, SOC_MAJOR_GROUP, WELLBEING_MEASURE, YES_NO_UNKNOWN, type CodeList,
} from '../codes';
import { formatUkDate, type IsoDate } from '../dates';
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

type FieldKind = 'text' | 'date' | 'yes_no' | 'nhs_number' | 'number' | 'code_list';

interface FieldDef {
  heading: string;
  kind?: FieldKind;
  /** Codes shown as their labels (shared/codes.ts). */
  codes?: CodeList;
}

/**
 * Every field of each kind of record as the person reading the export sees it: heading, and how its value is
 * shown. The client record, the tables and the audit trail's before/after all read these, so one field has
 * one name everywhere.
 */
const FIELDS = {
  client: {
    client_id: { heading: 'Client ID' },
    given_name: { heading: 'Given name' },
    family_name: { heading: 'Family name' },
    nhs_number: { heading: 'NHS number', kind: 'nhs_number' },
    date_of_birth: { heading: 'Date of birth', kind: 'date' },
    gender: { heading: 'Gender', codes: GENDER },
    ethnicity: { heading: 'Ethnicity', codes: ETHNICITY },
    diagnosis: { heading: 'Diagnosis', codes: DIAGNOSIS },
    specialist: { heading: 'Employment specialist' },
    team: { heading: 'Referring team' },
    referral_date: { heading: 'Referral date', kind: 'date' },
    employment_status_at_referral: { heading: 'Employment status at referral', codes: EMPLOYMENT_STATUS },
    retention_case: { heading: 'Referred to keep a job (retention case)', kind: 'yes_no' },
    retention_return_date: { heading: 'Back at work (retention cases)', kind: 'date' },
    vocational_profile_date: { heading: 'Vocational profile completed', kind: 'date' },
    action_plan_date: { heading: 'Action plan agreed', kind: 'date' },
    discharge_date: { heading: 'Discharge date', kind: 'date' },
    discharge_reason: { heading: 'Discharge reason', codes: DISCHARGE_REASON },
    education_level: { heading: 'Education level', codes: EDUCATION_LEVEL },
    benefits: { heading: 'Benefits', kind: 'code_list', codes: BENEFIT },
    paid_work_recency: { heading: 'Time since last paid work', codes: PAID_WORK_RECENCY },
    maintained_job_over_1y: { heading: 'Ever kept a paid job for over a year', codes: YES_NO_UNKNOWN },
    in_secondary_mh_care: { heading: 'In secondary mental health care at referral', codes: YES_NO_UNKNOWN },
    care_plan_employment_actions: { heading: 'Care plan has employment actions', codes: YES_NO_UNKNOWN },
    care_plan_retention_actions: { heading: 'Care plan has job retention actions', codes: YES_NO_UNKNOWN },
    previous_episode_id: { heading: 'Earlier referral (record)' },
  },
  job: {
    job_id: { heading: 'Job ID' },
    client_id: { heading: 'Client ID' },
    employer: { heading: 'Employer' },
    job_title: { heading: 'Job title' },
    start_date: { heading: 'Start date', kind: 'date' },
    end_date: { heading: 'End date', kind: 'date' },
    hours_per_week: { heading: 'Hours a week', kind: 'number' },
    contract_type: { heading: 'Contract', codes: CONTRACT_TYPE },
    competitive: { heading: 'Open-market job', kind: 'yes_no' },
    four_hours_confirmed: { heading: 'Four paid hours confirmed', kind: 'yes_no' },
    sector: { heading: 'Sector', codes: SECTOR },
    soc_major_group: { heading: 'Occupation group', codes: SOC_MAJOR_GROUP },
    evidence: { heading: 'Evidence', codes: EVIDENCE },
  },
  contact: {
    date: { heading: 'Date', kind: 'date' },
    kind: { heading: 'Contact', codes: CONTACT_KIND },
    client_id: { heading: 'Client ID' },
    employer: { heading: 'Employer' },
    specialist: { heading: 'Employment specialist' },
    client_preference_based: { heading: "Chosen from the client's preferences", codes: YES_NO_UNKNOWN },
  },
  activity: {
    client_id: { heading: 'Client ID' },
    start_date: { heading: 'Start date', kind: 'date' },
    kind: { heading: 'Activity', codes: ACTIVITY_KIND },
  },
  wellbeing: {
    client_id: { heading: 'Client ID' },
    date: { heading: 'Date', kind: 'date' },
    measure: { heading: 'Measure', codes: WELLBEING_MEASURE },
    score: { heading: 'Score', kind: 'number' },
  },
} as const satisfies Record<string, Record<string, FieldDef>>;

type Entity = keyof typeof FIELDS;

/** `943 476 5919`: the NHS's own way of writing the number. */
export function spacedNhsNumber(nhs: string | null): string | null {
  return nhs && /^\d{10}$/.test(nhs) ? `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}` : nhs;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value as shown: labels for codes, Yes/No, date cells, the NHS number spaced; blank is null. */
function shown(def: FieldDef, value: unknown): SubjectAccessValue {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length > 0 ? value.map((v) => (def.codes ? (def.codes.labels[String(v)] ?? String(v)) : String(v))).join('; ') : 'None recorded';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  if (def.kind === 'date' && ISO_DATE.test(text)) return { date: text };
  if (def.kind === 'nhs_number') return spacedNhsNumber(text);
  if (def.codes) return def.codes.labels[text] ?? text;
  return text;
}

/** The value of `field` of a record of `entity`, as shown. */
function fieldValue<E extends Entity>(entity: E, field: keyof (typeof FIELDS)[E] & string, record: object): SubjectAccessValue {
  return shown((FIELDS[entity] as Record<string, FieldDef>)[field]!, (record as Record<string, unknown>)[field]);
}

export interface SubjectAccessColumn<R> {
  header: string;
  /** Width in characters in the workbook. */
  width: number;
  value(record: R): SubjectAccessValue;
}

export interface SubjectAccessTable<R> {
  key: 'jobs' | 'contacts' | 'activities' | 'wellbeing' | 'audit';
  /** Section heading in the document. */
  title: string;
  /** Sheet name in the workbook (at most 31 characters). */
  sheet: string;
  /** Said when the client has none. */
  none: string;
  /**
   * How the document prints it: a `table`, or one small field table per record (`card`, titled by `cardTitle`)
   * when the columns are too many for the width of an A4 page.
   */
  print: { layout: 'table'; widths: readonly number[] } | { layout: 'card'; cardTitle(record: R): string };
  columns: readonly SubjectAccessColumn<R>[];
  rows(data: SubjectAccessData): readonly R[];
}

function column<E extends Entity, R extends object>(entity: E, field: keyof (typeof FIELDS)[E] & string, width: number): SubjectAccessColumn<R> {
  return { header: (FIELDS[entity] as Record<string, FieldDef>)[field]!.heading, width, value: (record) => fieldValue(entity, field, record) };
}

/** Shown where a field does not apply to a record (an employer on a client contact), as opposed to being blank. */
const NOT_APPLICABLE = '—';

const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '16-35': '16 to 35',
  '36-50': '36 to 50',
  '51-65': '51 to 65',
  other: 'Under 16 or over 65',
  unknown: 'Not known',
};

/** The client record, one field per line: [heading, value]. */
export function clientFields(data: SubjectAccessData): [string, SubjectAccessValue][] {
  const fields: [string, SubjectAccessValue][] = Object.entries(FIELDS.client)
    .filter(([field]) => field !== 'previous_episode_id')
    .map(([field, def]) => [def.heading, shown(def, (data.client as Record<string, unknown>)[field])]);
  fields.push(['Earlier referral (client ID)', data.record.previousEpisode]);
  if (data.record.anonymisedAt) {
    fields.push(['Anonymised on', { date: data.record.anonymisedAt }]);
    fields.push(['Age band at referral (kept when anonymised)', data.record.ageBandAtReferral ? AGE_BAND_LABELS[data.record.ageBandAtReferral] : null]);
  }
  return fields;
}

const jobsTable: SubjectAccessTable<Job> = {
  key: 'jobs',
  title: 'Jobs',
  sheet: 'Jobs',
  none: 'No jobs are recorded.',
  print: { layout: 'card', cardTitle: (j) => `Job ${j.job_id}` },
  rows: (d) => d.jobs,
  columns: [
    column('job', 'job_id', 12),
    column('job', 'employer', 26),
    column('job', 'job_title', 24),
    column('job', 'start_date', 12),
    column('job', 'end_date', 12),
    column('job', 'hours_per_week', 10),
    column('job', 'contract_type', 24),
    column('job', 'competitive', 10),
    column('job', 'four_hours_confirmed', 12),
    column('job', 'sector', 24),
    column('job', 'soc_major_group', 30),
    column('job', 'evidence', 18),
  ],
};

const isEmployerContact = (c: Contact) => EMPLOYER_CONTACT_KINDS.includes(c.kind);

const contactsTable: SubjectAccessTable<Contact> = {
  key: 'contacts',
  title: 'Contacts',
  sheet: 'Contacts',
  none: 'No contacts are recorded.',
  print: { layout: 'table', widths: [14, 28, 22, 20, 16] },
  rows: (d) => d.contacts,
  columns: [
    column('contact', 'date', 12),
    column('contact', 'kind', 32),
    // Employers and preferences belong to employer contacts only.
    { ...column<'contact', Contact>('contact', 'employer', 26), value: (c) => (isEmployerContact(c) ? fieldValue('contact', 'employer', c) : NOT_APPLICABLE) },
    column('contact', 'specialist', 22),
    { ...column<'contact', Contact>('contact', 'client_preference_based', 16), value: (c) => (isEmployerContact(c) ? fieldValue('contact', 'client_preference_based', c) : NOT_APPLICABLE) },
  ],
};

const activitiesTable: SubjectAccessTable<Activity> = {
  key: 'activities',
  title: 'Education, volunteering and retirement',
  sheet: 'Education and volunteering',
  none: 'No education, volunteering or retirement is recorded.',
  print: { layout: 'table', widths: [25, 75] },
  rows: (d) => d.activities,
  columns: [column('activity', 'start_date', 12), column('activity', 'kind', 30)],
};

const wellbeingTable: SubjectAccessTable<Wellbeing> = {
  key: 'wellbeing',
  title: 'Wellbeing scores',
  sheet: 'Wellbeing',
  none: 'No wellbeing scores are recorded.',
  print: { layout: 'table', widths: [16, 44, 14, 26] },
  rows: (d) => d.wellbeing,
  columns: [
    column('wellbeing', 'date', 12),
    column('wellbeing', 'measure', 34),
    column('wellbeing', 'score', 8),
    { header: 'SWEMWBS metric score', width: 12, value: (w) => (w.measure === 'swemwbs' ? swemwbsMetricScore(w.score) : NOT_APPLICABLE) },
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

/**
 * The fields an audit entry holds, one a line, as the record shows them: `Family name: Smith`. Fields of other
 * areas (an import's counts, say) keep their stored names.
 */
export function describeFields(entity: string | null, fields: unknown): string | null {
  if (fields === null || fields === undefined) return null;
  if (typeof fields !== 'object' || Array.isArray(fields)) return JSON.stringify(fields);
  const defs: Record<string, FieldDef> = entity !== null && entity in FIELDS ? FIELDS[entity as Entity] : {};
  const lines = Object.entries(fields as Record<string, unknown>).map(([key, value]) => {
    const def = defs[key] ?? { heading: key };
    const v = shown(def, value);
    const text = v === null ? '(blank)' : typeof v === 'object' ? formatUkDate(v.date) : typeof v === 'number' ? v.toLocaleString('en-GB') : v;
    return `${def.heading}: ${text}`;
  });
  return lines.length > 0 ? lines.join('\n') : null;
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
  sheet: 'Audit trail',
  none: 'The audit trail holds no entries about these records.',
  print: { layout: 'table', widths: [14, 13, 17, 28, 28] },
  rows: (d) => d.audit,
  columns: [
    { header: 'When (UK time)', width: 17, value: (e) => auditTime(e.at) },
    { header: 'Who', width: 20, value: (e) => e.user ?? 'Someone using the recovery key' },
    { header: 'What', width: 34, value: (e) => auditActionLabel(e.action) },
    // A create has no "before" and a delete no "after": nothing is missing there.
    { header: 'Before', width: 44, value: (e) => describeFields(e.entity, e.before) ?? NOT_APPLICABLE },
    { header: 'After', width: 44, value: (e) => describeFields(e.entity, e.after) ?? NOT_APPLICABLE },
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
