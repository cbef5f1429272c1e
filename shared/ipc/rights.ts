import { z } from 'zod';
import { requiredText } from '../records/fields';
import { idSchema } from './records';

/**
 * Retention and people's rights over their records (issue 10 point 9): the retention rule (preview, then
 * anonymise), a subject access export of one client, and erasure of one client on request (preview, then
 * erase). Every write is one audited transaction whose entry names records by id, never by personal data.
 */

const episodeSchema = z.object({
  id: idSchema,
  client_id: z.string(),
  referral_date: z.string(),
  discharge_date: z.string().nullable(),
});

/** The most clients one anonymisation takes (a whole caseload fits many times over). */
export const MAX_ANONYMISE_IDS = 100_000;

export const retentionPreviewSchema = z.object({
  /** The rule as set now (Settings › retention) and the day it is applied on. */
  years: z.number().int(),
  today: z.string(),
  /** Clients discharged before this date are past the retention period. */
  cutoff: z.string(),
  /** Clients the rule anonymises now, in client_id order: pass their ids to `retention.anonymise`. */
  due: z.array(episodeSchema),
  /** Past the period, but another episode of the same person is open or was discharged since (`heldBackBy`). */
  heldBack: z.array(episodeSchema.extend({ heldBackBy: episodeSchema })),
  /** Clients anonymised before now. */
  anonymisedBefore: z.number().int(),
});
export type RetentionPreview = z.infer<typeof retentionPreviewSchema>;

const exportedFileSchema = z.object({ fileName: z.string(), base64: z.string() });

export const erasurePreviewSchema = z.object({
  client: episodeSchema,
  /**
   * Other episodes of the same person. `link: 'episode'` (recorded as a re-referral of this one, or it of them)
   * must be erased with it: name them in `alsoErase`. `link: 'nhs_number'` only shares the NHS number (which
   * may have been mistyped): erased only if named.
   */
  linkedEpisodes: z.array(episodeSchema.extend({ link: z.enum(['episode', 'nhs_number']) })),
  /** What erasing this client alone would remove, and the employer contacts it keeps with the link cleared. */
  counts: z.object({
    jobs: z.number().int(),
    clientContacts: z.number().int(),
    employerContactsKept: z.number().int(),
    activities: z.number().int(),
    wellbeing: z.number().int(),
  }),
});
export type ErasurePreview = z.infer<typeof erasurePreviewSchema>;

export const rightsChannels = {
  /** Which clients the retention rule would anonymise today, and which it holds back and why. */
  'retention.preview': { input: z.object({}), output: retentionPreviewSchema },
  /**
   * Anonymises the clients named (the `due` ids of a preview). Refused with `conflict`, changing nothing, when any
   * of them is not due any more (re-opened, re-referred, already anonymised, the rule changed): preview again.
   */
  'retention.anonymise': {
    input: z.object({
      ids: z
        .array(idSchema)
        .min(1, 'Choose at least one client to anonymise')
        .max(MAX_ANONYMISE_IDS, `At most ${MAX_ANONYMISE_IDS.toLocaleString('en-GB')} clients at a time`),
    }),
    output: z.object({ anonymised: z.number().int(), ids: z.array(idSchema), on: z.string() }),
  },
  /**
   * Everything held about one client: a workbook (one sheet per kind of record) and a printable document (A4
   * HTML, to print to PDF; `pdfFileName` is the name to save it under). The export is in the audit trail.
   */
  'clients.subjectAccessExport': {
    input: z.object({ id: idSchema }),
    output: z.object({
      workbook: exportedFileSchema,
      document: z.object({ html: z.string(), title: z.string(), pdfFileName: z.string() }),
    }),
  },
  /**
   * The same printable document as a PDF, printed by the app as the fidelity report is (`fidelity.reportPdf`),
   * named `pdfFileName`. It is taken out of IPS Desk too, so it is in the audit trail as an export of its own.
   */
  'clients.subjectAccessPdf': { input: z.object({ id: idSchema }), output: exportedFileSchema },
  /** What erasing a client would remove, and the other episodes of the same person. */
  'clients.erasurePreview': { input: z.object({ id: idSchema }), output: erasurePreviewSchema },
  /**
   * Erases the client and every record of theirs, with the episodes named in `alsoErase`. Refused with `conflict`
   * while an episode linked as a re-referral is left out. `reason` goes into the audit trail: say why (e.g. "Erasure
   * request received 03/03/2026"), not who.
   */
  'clients.erase': {
    input: z.object({
      id: idSchema,
      reason: requiredText('Reason', 300),
      alsoErase: z.array(idSchema).max(50, 'At most 50 other episodes at a time').default([]),
    }),
    output: z.object({
      erased: z.array(z.object({ id: idSchema, client_id: z.string() })),
      employerContactsKept: z.number().int(),
    }),
  },
} as const;
