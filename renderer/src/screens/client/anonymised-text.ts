import { formatUkDate } from '../../../../shared/dates';
import { ANONYMISED_CLIENT_FIELDS, ANONYMISED_JOB_FIELDS } from '../../../../shared/retention';
import type { ClientDetail } from '../../../../shared/ipc/records';
import type { FieldGroup, FieldSpec } from '../../forms/field-spec';
import { AGE_BAND_LABELS } from '../../../../shared/returns/breakdown-keys';

/** What an anonymised record says about itself, and which fields it no longer offers (pure, for tests). */

type Anonymised = NonNullable<ClientDetail['anonymised']>;

export function anonymisedHeading(anonymised: Anonymised): string {
  return `Anonymised on ${formatUkDate(anonymised.on)} under the retention rule`;
}

/** The kept age band as the intake figures name it (an unknown date of birth stays unknown). */
export function keptAgeBandText(band: string | null): string {
  if (band === null || band === 'unknown') return 'the age band at referral was not known';
  return `the age band at referral, ${AGE_BAND_LABELS[band] ?? band}, is kept`;
}

export function anonymisedBody(anonymised: Anonymised): string {
  return (
    `Names, NHS number, date of birth (${keptAgeBandText(anonymised.age_band_at_referral)}) and free text were removed and cannot be added back. ` +
    'Dates and codes are kept, so the figures are unchanged. ' +
    'The record cannot be re-opened: if the person is referred again, add them as a new client.'
  );
}

const REMOVED: readonly string[] = ANONYMISED_CLIENT_FIELDS;

export function isRemovedByAnonymising(field: string): boolean {
  return REMOVED.includes(field);
}

/** The form of an anonymised record: without the fields that would name the person again. */
export function groupsWithoutRemoved<G extends FieldGroup>(groups: readonly G[]): G[] {
  return groups.map((g) => ({ ...g, fields: g.fields.filter((f) => !isRemovedByAnonymising(f.name)) })).filter((g) => g.fields.length > 0);
}

const REMOVED_FROM_JOBS: readonly string[] = ANONYMISED_JOB_FIELDS;

/** A job form on an anonymised record: without the employer and job title, which pointed at the person. */
export function jobFieldsWithoutRemoved<F extends FieldSpec>(fields: readonly F[]): F[] {
  return fields.filter((f) => !REMOVED_FROM_JOBS.includes(f.name));
}
