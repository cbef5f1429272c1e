import type { z } from 'zod';
import {
  activitySchema, clientFieldsSchema, clientSchema, contactFieldsSchema, contactSchema, jobFieldsSchema, jobSchema,
  staffSchema, wellbeingSchema,
  type TeamRecords,
} from '../../shared/records';

/**
 * The interchange workbook layout (DOMAIN §5), in one place so the reader and the writer cannot drift.
 * Column names and their order come from the record schemas' shapes; each kind map below must name every
 * field of its schema (and nothing else), so adding a field to a schema fails type-checking until its
 * cell kind is chosen here.
 */
export type CellKind =
  | 'text'
  | 'nhs_number'
  | 'date'
  | 'yes_no'
  | 'yes_no_unknown'
  | 'code'
  /** Codes like `01` that spreadsheet users type as numbers: a numeric cell 1 reads as `01`. */
  | 'two_digit_code'
  | 'code_list'
  | 'number';

export type InterchangeRecords = TeamRecords;

export type RecordKey = keyof InterchangeRecords;

export interface ColumnDef {
  /** Field name = header text in row 1. */
  readonly field: string;
  readonly kind: CellKind;
  /** A column the sheet must have when the sheet is present (its field rejects a missing value). */
  readonly required: boolean;
}

export interface SheetDef {
  readonly name: string;
  readonly key: RecordKey;
  readonly columns: readonly ColumnDef[];
  /** Parses one row's input object into the stored record (the full schema, cross-field rules included). */
  readonly schema: z.ZodType;
}

type KindsOf<S extends z.ZodObject> = { readonly [K in keyof S['shape']]: CellKind };

const clientKinds = {
  client_id: 'text',
  nhs_number: 'nhs_number',
  given_name: 'text',
  family_name: 'text',
  date_of_birth: 'date',
  gender: 'code',
  ethnicity: 'code',
  diagnosis: 'code',
  specialist: 'text',
  team: 'text',
  referral_date: 'date',
  employment_status_at_referral: 'two_digit_code',
  retention_case: 'yes_no',
  retention_return_date: 'date',
  vocational_profile_date: 'date',
  action_plan_date: 'date',
  discharge_date: 'date',
  discharge_reason: 'text',
  education_level: 'code',
  benefits: 'code_list',
  paid_work_recency: 'code',
  maintained_job_over_1y: 'yes_no_unknown',
  in_secondary_mh_care: 'yes_no_unknown',
  care_plan_employment_actions: 'yes_no_unknown',
  care_plan_retention_actions: 'yes_no_unknown',
} as const satisfies KindsOf<typeof clientFieldsSchema>;

const jobKinds = {
  job_id: 'text',
  client_id: 'text',
  employer: 'text',
  job_title: 'text',
  start_date: 'date',
  four_hours_confirmed: 'yes_no',
  end_date: 'date',
  hours_per_week: 'number',
  contract_type: 'code',
  competitive: 'yes_no',
  sector: 'code',
  soc_major_group: 'code',
  evidence: 'code',
} as const satisfies KindsOf<typeof jobFieldsSchema>;

const contactKinds = {
  date: 'date',
  kind: 'code',
  client_id: 'text',
  employer: 'text',
  specialist: 'text',
  client_preference_based: 'yes_no_unknown',
} as const satisfies KindsOf<typeof contactFieldsSchema>;

const activityKinds = {
  client_id: 'text',
  start_date: 'date',
  kind: 'code',
} as const satisfies KindsOf<typeof activitySchema>;

const wellbeingKinds = {
  client_id: 'text',
  date: 'date',
  measure: 'code',
  score: 'number',
} as const satisfies KindsOf<typeof wellbeingSchema>;

const staffKinds = {
  name: 'text',
  fte: 'number',
  start_date: 'date',
  end_date: 'date',
} as const satisfies KindsOf<typeof staffSchema>;

function columnsOf<S extends z.ZodObject>(fields: S, kinds: KindsOf<S>): ColumnDef[] {
  return Object.entries(fields.shape).map(([field, schema]) => ({
    field,
    kind: kinds[field as keyof S['shape']],
    required: !(schema as z.ZodType).safeParse(undefined).success,
  }));
}

/** Sheets in workbook order. */
export const INTERCHANGE_SHEETS: readonly SheetDef[] = [
  { name: 'Clients', key: 'clients', columns: columnsOf(clientFieldsSchema, clientKinds), schema: clientSchema },
  { name: 'Jobs', key: 'jobs', columns: columnsOf(jobFieldsSchema, jobKinds), schema: jobSchema },
  { name: 'Contacts', key: 'contacts', columns: columnsOf(contactFieldsSchema, contactKinds), schema: contactSchema },
  { name: 'Activities', key: 'activities', columns: columnsOf(activitySchema, activityKinds), schema: activitySchema },
  { name: 'Wellbeing', key: 'wellbeing', columns: columnsOf(wellbeingSchema, wellbeingKinds), schema: wellbeingSchema },
  { name: 'Staff', key: 'staff', columns: columnsOf(staffSchema, staffKinds), schema: staffSchema },
];

/** The id columns that must be unique within the workbook, and the label used in messages. */
export const UNIQUE_ID_COLUMNS: Partial<Record<RecordKey, { field: string; label: string }>> = {
  clients: { field: 'client_id', label: 'Client ID' },
  jobs: { field: 'job_id', label: 'Job ID' },
};

/** Sheets whose rows point at a client by `client_id`. */
export const CLIENT_LINKED_SHEETS: readonly RecordKey[] = ['jobs', 'contacts', 'activities', 'wellbeing'];

export function emptyInterchangeRecords(): InterchangeRecords {
  return { clients: [], jobs: [], contacts: [], activities: [], wellbeing: [], staff: [] };
}
