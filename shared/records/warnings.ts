import { formatUkDate, type IsoDate } from '../dates';
import type { Client } from './client';
import type { Contact } from './contact';
import type { Job } from './job';

/**
 * Sense checks (issue 11): dates that are allowed but usually a slip — in the future, or before the client was
 * referred. Not refusals: a job can be agreed ahead, and a contact can come before a referral is accepted. A
 * form shows each beside its field and asks the person to confirm it; Data quality lists those saved anyway.
 */
export interface FieldWarning {
  path: string[];
  message: string;
}

const uk = formatUkDate;

function future(path: string, label: string, date: IsoDate | null | undefined, today: IsoDate): FieldWarning[] {
  return date && date > today ? [{ path: [path], message: `${label} ${uk(date)} is in the future: check it before saving` }] : [];
}

function beforeReferral(path: string, label: string, date: IsoDate | null | undefined, referral: IsoDate | null | undefined): FieldWarning[] {
  return date && referral && date < referral ? [{ path: [path], message: `${label} ${uk(date)} is before the referral (${uk(referral)}): check it before saving` }] : [];
}

export function clientWarnings(client: Pick<Client, 'referral_date' | 'discharge_date' | 'vocational_profile_date'>, today: IsoDate): FieldWarning[] {
  return [
    ...future('discharge_date', 'Discharge date', client.discharge_date, today),
    ...beforeReferral('vocational_profile_date', 'Vocational profile date', client.vocational_profile_date, client.referral_date),
  ];
}

/** A retention case's existing job begins before referral by design: no warning for that. */
export function jobWarnings(
  job: Pick<Job, 'start_date'>,
  context: { today: IsoDate; client?: Pick<Client, 'referral_date' | 'retention_case'> | null },
): FieldWarning[] {
  const client = context.client;
  return [
    ...future('start_date', 'Start date', job.start_date, context.today),
    ...(client && !client.retention_case ? beforeReferral('start_date', 'Start date', job.start_date, client.referral_date) : []),
  ];
}

export function contactWarnings(contact: Pick<Contact, 'date'>, context: { today: IsoDate; client?: Pick<Client, 'referral_date'> | null }): FieldWarning[] {
  return [...future('date', 'Contact date', contact.date, context.today), ...beforeReferral('date', 'Contact date', contact.date, context.client?.referral_date)];
}
