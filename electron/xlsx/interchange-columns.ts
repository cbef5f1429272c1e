import { z } from 'zod';
import {
  ACTIVITY_KIND, BENEFIT, CONTACT_KIND, CONTRACT_TYPE, DIAGNOSIS, DISCHARGE_REASON, EDUCATION_LEVEL, EMPLOYMENT_STATUS, ETHNICITY,
  EVIDENCE, GENDER, PAID_WORK_RECENCY, SECTOR, SOC_MAJOR_GROUP, WELLBEING_MEASURE, YES_NO_UNKNOWN,
  type CodeList,
} from '../../shared/codes';
import {
  activitySchema, clientFieldsSchema, clientSchema, contactFieldsSchema, contactSchema, jobFieldsSchema, jobSchema,
  staffSchema, wellbeingSchema,
  type Client, type TeamRecords,
} from '../../shared/records';
import { DEFER, withFastField } from '../../shared/records/fast-parse';

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

/**
 * The Clients sheet also carries the episode link (not a field of the record itself): `previous_episode_id`
 * holds the client_id of the person's earlier episode when this one is a re-referral, so links survive an
 * export and re-import. Absent when there is none.
 */
const PREVIOUS_EPISODE_MAX = 50;
export const interchangeClientSchema = clientSchema.safeExtend({
  previous_episode_id: withFastField(
    z
      .string({ error: 'Previous episode must be a client ID' })
      .trim()
      .max(PREVIOUS_EPISODE_MAX, `Previous episode must be at most ${PREVIOUS_EPISODE_MAX} characters`)
      .optional()
      .transform((v) => v || undefined),
    (value) => {
      if (value === undefined) return undefined;
      if (typeof value !== 'string') return DEFER;
      const id = value.trim();
      return id.length <= PREVIOUS_EPISODE_MAX ? id || undefined : DEFER;
    },
  ),
});

export type InterchangeClient = Client & { previous_episode_id?: string };

export type InterchangeRecords = Omit<TeamRecords, 'clients'> & { clients: InterchangeClient[] };

export type RecordKey = keyof InterchangeRecords;

export interface ColumnDef {
  /** Field name = header text in row 1. */
  readonly field: string;
  readonly kind: CellKind;
  /** A column the sheet must have when the sheet is present (its field rejects a missing value). */
  readonly required: boolean;
  /** The code list of a coded column: the Codes sheet lists it, and a cell may hold a code or its label. */
  readonly codes?: CodeList;
}

export interface SheetDef {
  readonly name: string;
  readonly key: RecordKey;
  readonly columns: readonly ColumnDef[];
  /** Parses one row's input object into the stored record (the full schema, cross-field rules included). */
  readonly schema: z.ZodObject;
}

type KindsOf<S extends z.ZodObject> = { readonly [K in keyof S['shape']]: CellKind };
type CodesOf<S extends z.ZodObject> = { readonly [K in keyof S['shape']]?: CodeList };

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
  previous_episode_id: 'text',
} as const satisfies KindsOf<typeof interchangeClientSchema>;

const clientCodes = {
  gender: GENDER,
  ethnicity: ETHNICITY,
  diagnosis: DIAGNOSIS,
  employment_status_at_referral: EMPLOYMENT_STATUS,
  discharge_reason: DISCHARGE_REASON,
  education_level: EDUCATION_LEVEL,
  benefits: BENEFIT,
  paid_work_recency: PAID_WORK_RECENCY,
} satisfies CodesOf<typeof clientFieldsSchema>;

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

const jobCodes = {
  contract_type: CONTRACT_TYPE,
  sector: SECTOR,
  soc_major_group: SOC_MAJOR_GROUP,
  evidence: EVIDENCE,
} satisfies CodesOf<typeof jobFieldsSchema>;

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

function columnsOf<S extends z.ZodObject>(fields: S, kinds: KindsOf<S>, codes: CodesOf<S> = {}): ColumnDef[] {
  return Object.entries(fields.shape).map(([field, schema]) => {
    const kind = kinds[field as keyof S['shape']];
    const list = codes[field as keyof S['shape']] ?? (kind === 'yes_no_unknown' ? YES_NO_UNKNOWN : undefined);
    return {
      field,
      kind,
      required: !(schema as z.ZodType).safeParse(undefined).success,
      ...(list ? { codes: list } : {}),
    };
  });
}

/** Sheets in workbook order. */
export const INTERCHANGE_SHEETS: readonly SheetDef[] = [
  { name: 'Clients', key: 'clients', columns: columnsOf(interchangeClientSchema, clientKinds, clientCodes), schema: interchangeClientSchema },
  { name: 'Jobs', key: 'jobs', columns: columnsOf(jobFieldsSchema, jobKinds, jobCodes), schema: jobSchema },
  { name: 'Contacts', key: 'contacts', columns: columnsOf(contactFieldsSchema, contactKinds, { kind: CONTACT_KIND }), schema: contactSchema },
  { name: 'Activities', key: 'activities', columns: columnsOf(activitySchema, activityKinds, { kind: ACTIVITY_KIND }), schema: activitySchema },
  { name: 'Wellbeing', key: 'wellbeing', columns: columnsOf(wellbeingSchema, wellbeingKinds, { measure: WELLBEING_MEASURE }), schema: wellbeingSchema },
  { name: 'Staff', key: 'staff', columns: columnsOf(staffSchema, staffKinds), schema: staffSchema },
];

/** The id columns that must be unique within the workbook, and the label used in messages. */
export const UNIQUE_ID_COLUMNS: Partial<Record<RecordKey, { field: string; label: string }>> = {
  clients: { field: 'client_id', label: 'Client ID' },
  jobs: { field: 'job_id', label: 'Job ID' },
};

/** The sheet listing every code with its label: written on export, passed over without a warning on import. */
export const CODES_SHEET_NAME = 'Codes';

/** Sheets whose rows point at a client by `client_id`. */
export const CLIENT_LINKED_SHEETS: readonly RecordKey[] = ['jobs', 'contacts', 'activities', 'wellbeing'];

export function emptyInterchangeRecords(): InterchangeRecords {
  return { clients: [], jobs: [], contacts: [], activities: [], wellbeing: [], staff: [] };
}
