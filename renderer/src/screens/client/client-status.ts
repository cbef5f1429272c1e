import { caseloadStatus, type CaseloadStatus } from '../../../../shared/caseload';
import { EMPLOYER_CONTACT_KINDS } from '../../../../shared/codes';
import type { IsoDate } from '../../../../shared/dates';
import type { ClientDetail } from '../../../../shared/ipc/records';

/** The caseload status of one record, from the same rule the caseload list uses. */
export function statusOfDetail(detail: ClientDetail, today: IsoDate): CaseloadStatus {
  const { client, jobs, contacts } = detail;
  const employedToday = jobs.some((j) => j.competitive && j.start_date <= today && (!j.end_date || j.end_date >= today));
  const employerDates = contacts.filter((c) => EMPLOYER_CONTACT_KINDS.includes(c.kind)).map((c) => c.date).sort();
  return caseloadStatus(
    {
      discharge_date: client.discharge_date,
      vocational_profile_date: client.vocational_profile_date,
      action_plan_date: client.action_plan_date,
      employedToday,
      firstEmployerContact: employerDates[0] ?? null,
    },
    today,
  );
}

export function displayName(detail: ClientDetail): string {
  const name = [detail.client.given_name, detail.client.family_name].filter(Boolean).join(' ');
  return name || `Client ${detail.client.client_id}`;
}
