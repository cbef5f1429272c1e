import { DISCHARGE_REASON } from '../../../shared/codes';
import type { InterchangeRecords } from '../../xlsx/interchange-columns';
import { pseudonym } from '../../xlsx/template';

/**
 * The records for a pseudonymised export: the interchange workbook without names, NHS numbers or dates of
 * birth, and with each client's and job's reference replaced by a pseudonym. Pseudonyms are those of the
 * client-level returns (xlsx/template/pseudonym.ts). Discharge reasons that are
 * not one of the suggested codes become `other`: free text may name someone. Staff names, employers and
 * every code, date and figure stay, so the workbook still imports and reports as before.
 */
const SUGGESTED_REASONS = new Set<string>(DISCHARGE_REASON.values);

export function pseudonymiseRecords(records: InterchangeRecords, secret: Buffer): InterchangeRecords {
  const ids = new Map<string, string>();
  const clientRef = (clientId: string) => {
    let id = ids.get(clientId);
    if (id === undefined) ids.set(clientId, (id = pseudonym(secret, 'client', clientId)));
    return id;
  };
  const optionalClientRef = (clientId: string | null) => (clientId === null ? null : clientRef(clientId));
  const result: InterchangeRecords = {
    clients: records.clients.map((c) => ({
      ...c,
      client_id: clientRef(c.client_id),
      // The re-referral link names the earlier episode by its client_id: it gets that episode's pseudonym.
      ...(c.previous_episode_id === undefined ? {} : { previous_episode_id: clientRef(c.previous_episode_id) }),
      nhs_number: null,
      given_name: null,
      family_name: null,
      date_of_birth: null,
      discharge_reason: c.discharge_reason === null || SUGGESTED_REASONS.has(c.discharge_reason) ? c.discharge_reason : 'other',
    })),
    jobs: records.jobs.map((j) => ({ ...j, job_id: pseudonym(secret, 'job', j.job_id), client_id: clientRef(j.client_id) })),
    contacts: records.contacts.map((k) => ({ ...k, client_id: optionalClientRef(k.client_id) })),
    activities: records.activities.map((a) => ({ ...a, client_id: clientRef(a.client_id) })),
    wellbeing: records.wellbeing.map((w) => ({ ...w, client_id: clientRef(w.client_id) })),
    staff: records.staff,
  };
  // 60 bits make this all but impossible; if it ever happens the export stops rather than merge two people.
  if (new Set(ids.values()).size !== ids.size || new Set(result.jobs.map((j) => j.job_id)).size !== result.jobs.length) {
    throw new Error('Two references were given the same pseudonym, so the pseudonymised export was stopped.');
  }
  return result;
}
