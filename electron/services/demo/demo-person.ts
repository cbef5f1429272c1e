import type { Client } from '../../../shared/records';
import { nhsCheckDigit } from '../../../shared/nhs-number';
import { FEMALE_GIVEN_NAMES, FICTIONAL_FAMILY_NAMES, MALE_GIVEN_NAMES, NEUTRAL_GIVEN_NAMES } from './demo-vocabulary';
import { isoOf } from './demo-calendar';
import type { Rng } from './prng';

type Code<K extends keyof Client> = NonNullable<Client[K]>;
type Benefit = Client['benefits'][number];
type YesNoUnknown = Client['in_secondary_mh_care'];

/** Who a demo client is: everything about the person that does not depend on what the service did. */
export interface DemoPerson {
  nhs_number: string | null;
  given_name: string | null;
  family_name: string | null;
  date_of_birth: string | null;
  /** Age at referral, for choices like retirement; null when the date of birth is not recorded. */
  age: number | null;
  gender: Code<'gender'> | null;
  ethnicity: Code<'ethnicity'> | null;
  diagnosis: Code<'diagnosis'> | null;
  education_level: Code<'education_level'> | null;
  in_secondary_mh_care: YesNoUnknown;
}

/**
 * NHS test numbers start 999, so a demo number can never be a real patient's. The check digit is a
 * real modulus-11 one; prefixes whose check would be 10 have no valid number and are skipped.
 */
export function drawTestNhsNumber(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const firstNine = `999${String(rng.int(0, 999_999)).padStart(6, '0')}`;
    const check = nhsCheckDigit(firstNine);
    if (check === null) continue;
    const number = `${firstNine}${check}`;
    if (taken.has(number)) continue;
    taken.add(number);
    return number;
  }
}

const GENDER_MIX = [['male', 52], ['female', 44], ['other_or_not_said', 4]] as const;
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [[[18, 25], 22], [[26, 35], 30], [[36, 50], 30], [[51, 65], 16], [[66, 70], 2]];
const ETHNICITY_MIX = [
  ['A', 70], ['B', 2], ['C', 5], ['D', 2], ['E', 1], ['F', 1], ['G', 1], ['H', 3], ['J', 3], ['K', 1],
  ['L', 1], ['M', 2], ['N', 3], ['P', 1], ['R', 1], ['S', 1], ['Z', 2], ['99', 1],
] as const;
const DIAGNOSIS_MIX = [['psychosis', 45], ['other', 40], ['dual', 8], ['substance_alcohol', 4], ['substance_drug', 3]] as const;
const EDUCATION_MIX = [
  [null, 15], ['functional_literacy', 3], ['functional_numeracy', 2], ['esol', 2], ['level1', 14], ['level2', 24],
  ['level3', 18], ['level4', 5], ['level5', 4], ['level6', 8], ['level7', 2], ['level8', 0.5], ['recovery_college', 3],
] as const;
const SECONDARY_CARE_MIX = [['yes', 88], ['no', 7], ['unknown', 5]] as const;

export function makePerson(rng: Rng, referral: number, nhsTaken: Set<string>): DemoPerson {
  const gender = rng.weighted(GENDER_MIX);
  const names = gender === 'male' ? MALE_GIVEN_NAMES : gender === 'female' ? FEMALE_GIVEN_NAMES : NEUTRAL_GIVEN_NAMES;
  const [lo, hi] = rng.weighted(AGE_BANDS);
  const age = rng.int(lo, hi);
  // Birthday somewhere in the year after the age-th birthday: whole years at referral stay `age`.
  const dob = referral - Math.round(age * 365.2425) - rng.int(1, 364);
  const dobKnown = rng.chance(0.97);
  return {
    nhs_number: rng.chance(0.95) ? drawTestNhsNumber(rng, nhsTaken) : null,
    given_name: rng.pick(names),
    family_name: rng.pick(FICTIONAL_FAMILY_NAMES),
    date_of_birth: dobKnown ? isoOf(dob) : null,
    age: dobKnown ? age : null,
    gender: rng.chance(0.98) ? gender : null,
    ethnicity: rng.chance(0.96) ? rng.weighted(ETHNICITY_MIX) : null,
    diagnosis: rng.chance(0.93) ? rng.weighted(DIAGNOSIS_MIX) : null,
    education_level: rng.weighted(EDUCATION_MIX),
    in_secondary_mh_care: rng.weighted(SECONDARY_CARE_MIX),
  };
}

const OUT_OF_WORK_BENEFITS: readonly (readonly [Benefit, number])[] = [
  ['esa_support_group', 0.1], ['esa_wrag', 0.1], ['jobseekers_allowance', 0.03], ['income_support', 0.02],
  ['incapacity_benefit', 0.01], ['universal_credit', 0.6], ['pip_dla', 0.25], ['severe_disablement_allowance', 0.01],
  ['housing_benefit', 0.15], ['council_tax_support', 0.15], ['carers_allowance', 0.02],
];
const IN_WORK_BENEFITS: readonly (readonly [Benefit, number])[] = [
  ['universal_credit', 0.2], ['statutory_sick_pay', 0.35], ['pip_dla', 0.1], ['working_tax_credit', 0.1],
  ['child_tax_credit', 0.08], ['council_tax_support', 0.05],
];

/** Independent draws per benefit; an ESA person is never also on JSA (they are alternatives). */
export function drawBenefits(rng: Rng, inWork: boolean): Benefit[] {
  const chosen = (inWork ? IN_WORK_BENEFITS : OUT_OF_WORK_BENEFITS).filter(([, p]) => rng.chance(p)).map(([b]) => b);
  const onEsa = chosen.some((b) => b.startsWith('esa_'));
  return onEsa ? chosen.filter((b) => b !== 'jobseekers_allowance') : chosen;
}

const RECENCY_MIX = [['lt6m', 15], ['6m_2y', 25], ['2y_5y', 22], ['gt5y', 23], ['never', 10], [null, 5]] as const;

/** `heldJobOverYear`: for someone in work at referral, whether that job has lasted over a year; else null. */
export function drawWorkHistory(rng: Rng, heldJobOverYear: boolean | null): Pick<Client, 'paid_work_recency' | 'maintained_job_over_1y'> {
  const paid_work_recency = heldJobOverYear !== null ? 'lt6m' : rng.weighted(RECENCY_MIX);
  const maintained_job_over_1y: YesNoUnknown = heldJobOverYear
    ? 'yes'
    : paid_work_recency === 'never' ? 'no' : rng.weighted([['yes', 45], ['no', 35], ['unknown', 20]] as const);
  return { paid_work_recency, maintained_job_over_1y };
}
