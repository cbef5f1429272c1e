import { z } from 'zod';
import {
  DIAGNOSIS, DISCHARGE_REASON, EDUCATION_LEVEL, EMPLOYMENT_STATUS, ETHNICITY, GENDER, BENEFIT, PAID_WORK_RECENCY, YES_NO_UNKNOWN,
} from '../codes';
import { isValidNhsNumber, normaliseNhsNumber } from '../nhs-number';
import { DEFER, withFastField } from './fast-parse';
import { codeList, optionalCode, optionalDate, optionalText, requiredDate, requiredText, yesNo } from './fields';

export const nhsNumberSchema = withFastField(
  z
    .string({ error: 'NHS number must be text' })
    .nullish()
    .transform((v) => (v ? normaliseNhsNumber(v) : null))
    .refine((v) => v === null || /^\d{10}$/.test(v), 'NHS number must be 10 digits')
    .refine((v) => v === null || !/^\d{10}$/.test(v) || isValidNhsNumber(v), 'NHS number fails its check digit'),
  (value) => {
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string') return DEFER;
    const digits = normaliseNhsNumber(value);
    return isValidNhsNumber(digits) ? digits : DEFER;
  },
);

/** Blank (not recorded) stays distinct from `unknown` (asked, and not known); figures treat both as not yes. */
const yesNoUnknown = (label: string) => optionalCode(YES_NO_UNKNOWN, label);

/** A client is one referral episode (DOMAIN §2). Field names are the interchange column names. */
export const clientFieldsSchema = z.object({
  client_id: requiredText('Client ID', 50),
  nhs_number: nhsNumberSchema,
  given_name: optionalText('Given name', 100),
  family_name: optionalText('Family name', 100),
  date_of_birth: optionalDate('Date of birth'),
  gender: optionalCode(GENDER, 'Gender'),
  ethnicity: optionalCode(ETHNICITY, 'Ethnicity'),
  diagnosis: optionalCode(DIAGNOSIS, 'Diagnosis'),
  specialist: optionalText('Employment specialist', 100),
  team: optionalText('Referring team', 100),
  referral_date: requiredDate('Referral date'),
  employment_status_at_referral: optionalCode(EMPLOYMENT_STATUS, 'Employment status at referral'),
  retention_case: yesNo('Retention case'),
  retention_return_date: optionalDate('Retention return date'),
  vocational_profile_date: optionalDate('Vocational profile date'),
  action_plan_date: optionalDate('Action plan date'),
  discharge_date: optionalDate('Discharge date'),
  /** Suggested codes (DISCHARGE_REASON) or free text. */
  discharge_reason: optionalText('Discharge reason', 200),
  education_level: optionalCode(EDUCATION_LEVEL, 'Education level'),
  benefits: codeList(BENEFIT, 'Benefit'),
  paid_work_recency: optionalCode(PAID_WORK_RECENCY, 'Paid work recency'),
  maintained_job_over_1y: yesNoUnknown('Maintained a job over 1 year'),
  in_secondary_mh_care: yesNoUnknown('In secondary mental health care'),
  care_plan_employment_actions: yesNoUnknown('Care plan employment actions'),
  care_plan_retention_actions: yesNoUnknown('Care plan retention actions'),
});

/** Date-order and consistency rules, shared by form, service and import. */
export const clientSchema = clientFieldsSchema.superRefine((c, ctx) => {
  const notBefore = (field: keyof typeof c, label: string) => {
    const value = c[field];
    if (typeof value === 'string' && value < c.referral_date) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${label} must be on or after the referral date` });
    }
  };
  notBefore('discharge_date', 'Discharge date');
  notBefore('action_plan_date', 'Action plan date');
  notBefore('retention_return_date', 'Retention return date');
  if (c.date_of_birth && c.date_of_birth > c.referral_date) {
    ctx.addIssue({ code: 'custom', path: ['date_of_birth'], message: 'Date of birth must be before the referral date' });
  }
  if (c.retention_case && c.employment_status_at_referral && c.employment_status_at_referral !== '01') {
    ctx.addIssue({
      code: 'custom',
      path: ['employment_status_at_referral'],
      message: 'A retention case is in work at referral: employment status must be 01 (employed)',
    });
  }
  if (c.retention_return_date && !c.retention_case) {
    ctx.addIssue({ code: 'custom', path: ['retention_return_date'], message: 'Retention return date is only for retention cases' });
  }
  if (c.discharge_reason && !c.discharge_date) {
    ctx.addIssue({ code: 'custom', path: ['discharge_reason'], message: 'Discharge reason needs a discharge date' });
  }
});

export type ClientInput = z.input<typeof clientSchema>;
export type Client = z.output<typeof clientSchema>;
export { DISCHARGE_REASON };
