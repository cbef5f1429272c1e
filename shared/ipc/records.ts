import { z } from 'zod';
import { caseloadStatusSchema } from '../caseload';
import {
  activitySchema, clientSchema, contactSchema, jobSchema, staffSchema, wellbeingSchema,
} from '../records';
import { optionalText, requiredDate } from '../records/fields';

/** Records carry a UUID `id` (database key) beside their domain fields. */
export const idSchema = z.string().uuid('Not a valid record id');
const byId = z.object({ id: idSchema });
const withId = <T extends z.ZodType>(schema: T) => z.intersection(schema, z.object({ id: idSchema }));

export const caseloadRowSchema = z.object({
  id: idSchema,
  client_id: z.string(),
  name: z.string(),
  nhs_number: z.string().nullable(),
  specialist: z.string().nullable(),
  team: z.string().nullable(),
  status: caseloadStatusSchema,
  referral_date: z.string(),
  discharge_date: z.string().nullable(),
  last_contact: z.string().nullable(),
  current_job: z.string().nullable(),
});
export type CaseloadRow = z.infer<typeof caseloadRowSchema>;

export const episodeSchema = z.object({
  id: idSchema,
  client_id: z.string(),
  referral_date: z.string(),
  discharge_date: z.string().nullable(),
});

export const clientDetailSchema = z.object({
  client: withId(clientSchema),
  previous_episode_id: idSchema.nullable(),
  /** Other referral episodes of the same person (linked, same NHS number), oldest first. */
  episodes: z.array(episodeSchema),
  /**
   * Set once the retention rule anonymised the record (names, NHS number, date of birth and free text are gone
   * and cannot be added back): the date, and the age band at referral kept for the intake figures.
   */
  anonymised: z.object({ on: z.string(), age_band_at_referral: z.string().nullable() }).nullable(),
  jobs: z.array(withId(jobSchema)),
  contacts: z.array(withId(contactSchema)),
  activities: z.array(withId(activitySchema)),
  wellbeing: z.array(withId(wellbeingSchema)),
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

export const duplicateMatchSchema = z.object({
  id: idSchema,
  client_id: z.string(),
  name: z.string(),
  referral_date: z.string(),
  discharge_date: z.string().nullable(),
  reason: z.enum(['nhs_number', 'name_and_date_of_birth']),
});
export type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;

const saved = z.object({ id: idSchema });
const deleted = z.object({ deleted: z.literal(true) });

/** Import/export move whole workbooks as base64 so the same call works over Electron IPC and the e2e harness. */
export const MAX_WORKBOOK_BASE64 = 70_000_000;

export const importCountsSchema = z.record(z.string(), z.object({ added: z.number(), updated: z.number(), unchanged: z.number() }));

export const recordChannels = {
  'clients.list': { input: z.object({}), output: z.object({ rows: z.array(caseloadRowSchema), today: z.string() }) },
  'clients.get': { input: byId, output: clientDetailSchema },
  'clients.findMatches': {
    input: z.object({
      nhs_number: z.string().max(20).nullish(),
      given_name: z.string().max(100).nullish(),
      family_name: z.string().max(100).nullish(),
      date_of_birth: z.string().max(10).nullish(),
      excludeId: idSchema.nullish(),
    }),
    output: z.object({ matches: z.array(duplicateMatchSchema) }),
  },
  /** Refused with code `conflict` and the matches when a likely duplicate exists, unless acknowledged. */
  'clients.create': {
    input: z.object({
      client: clientSchema,
      previous_episode_id: idSchema.nullish(),
      acknowledgeDuplicates: z.boolean().default(false),
    }),
    output: saved,
  },
  'clients.update': { input: z.object({ id: idSchema, client: clientSchema }), output: saved },
  'clients.discharge': {
    input: z.object({ id: idSchema, discharge_date: requiredDate('Discharge date'), discharge_reason: optionalText('Discharge reason') }),
    output: saved,
  },
  'clients.reopen': { input: byId, output: saved },
  'jobs.save': { input: z.object({ id: idSchema.nullish(), job: jobSchema }), output: saved },
  'jobs.delete': { input: byId, output: deleted },
  'contacts.save': { input: z.object({ id: idSchema.nullish(), contact: contactSchema }), output: saved },
  'contacts.delete': { input: byId, output: deleted },
  'contacts.listEmployer': {
    input: z.object({ from: z.string().nullish(), to: z.string().nullish() }),
    output: z.object({ rows: z.array(withId(contactSchema)) }),
  },
  'activities.save': { input: z.object({ id: idSchema.nullish(), activity: activitySchema }), output: saved },
  'activities.delete': { input: byId, output: deleted },
  'wellbeing.save': { input: z.object({ id: idSchema.nullish(), wellbeing: wellbeingSchema }), output: saved },
  'wellbeing.delete': { input: byId, output: deleted },
  'staff.list': { input: z.object({}), output: z.object({ rows: z.array(withId(staffSchema)) }) },
  'staff.save': { input: z.object({ id: idSchema.nullish(), staff: staffSchema }), output: saved },
  'staff.delete': { input: byId, output: deleted },
  /**
   * Said when the manager sets out to import (before the file is chosen): the import's threads start loading
   * meanwhile, so the import itself starts at once. Changes nothing; answers at once.
   */
  'interchange.prepareImport': { input: z.object({}), output: z.null() },
  /** All-or-nothing. Problems come back as error `invalid_input` with one issue per `Sheet!Cell: message`. */
  'interchange.import': {
    input: z.object({ fileName: z.string().max(260), base64: z.string().min(1, 'Choose a workbook').max(MAX_WORKBOOK_BASE64, 'The workbook is too large (50 MB at most)') }),
    output: z.object({ counts: importCountsSchema, warnings: z.array(z.string()) }),
  },
  /**
   * The workbook leaves the encrypted database in clear: an identifiable export is refused unless the person
   * has confirmed that (`confirmedUnencrypted`); a pseudonymised one has no names, NHS numbers or dates of birth.
   */
  'interchange.export': {
    input: z.object({ pseudonymised: z.boolean(), confirmedUnencrypted: z.boolean().default(false) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /** Fills an empty database with made-up people so a manager can try every screen. */
  'demo.load': { input: z.object({}), output: z.object({ clients: z.number() }) },
} as const;
