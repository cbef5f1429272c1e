/**
 * Code lists of DOMAIN §2 and §6. Stored codes are the keys; labels are the seed documents' wording
 * (IPS Grow standard data set; Sainsbury Centre KPIs), shown in the UI. Each list is one object so the
 * zod enum, the select options and the report breakdown keys all come from the same place.
 */
export function codes<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { values, labels } as const;
}

export const GENDER = codes({ male: 'Male', female: 'Female', other_or_not_said: "Other / Won't say" });

export const ETHNICITY = codes({
  A: 'White - British',
  B: 'White - Irish',
  C: 'White – any other White background',
  D: 'Mixed White and Black Caribbean',
  E: 'Mixed White and Black African',
  F: 'Mixed White and Asian',
  G: 'Mixed – any other mixed background',
  H: 'Asian or Asian British - Indian',
  J: 'Asian or Asian British - Pakistani',
  K: 'Asian or Asian British - Bangladeshi',
  L: 'Asian or Asian British – any other Asian background',
  M: 'Black or Black British - Caribbean',
  N: 'Black or Black British - African',
  P: 'Black or Black British – any other',
  R: 'Other Ethnic Groups - Chinese',
  S: 'Any other ethnic group (including Arab)',
  Z: 'Not stated',
  '99': 'Not known',
});

export const DIAGNOSIS = codes({
  psychosis: 'Psychosis',
  other: 'Other Diagnosis',
  dual: 'Dual Diagnosis',
  substance_alcohol: 'Substance Misuse - alcohol',
  substance_drug: 'Substance Misuse - drug',
});

export const EMPLOYMENT_STATUS = codes({
  '01': '01 Employed',
  '02': '02 Unemployed and seeking work',
  '03': '03 Student',
  '04': '04 Long-term sick or disabled',
  '05': '05 Homemaker',
  '06': '06 Not working or seeking work, no benefits',
  '07': '07 Unpaid voluntary work',
  '08': '08 Retired',
  ZZ: 'ZZ Not stated',
});

export const EDUCATION_LEVEL = codes({
  functional_literacy: 'Functional literacy',
  functional_numeracy: 'Functional numeracy',
  esol: 'ESOL qualification',
  level1: 'Level 1 - GCSE grades D to G',
  level2: 'Level 2 - GCSE grades A* to C',
  level3: 'Level 3 – A levels / NVQ Lvl 3',
  level4: 'Level 4 - Cert. of Higher Education',
  level5: 'Level 5 - HND / Foundation Degree',
  level6: 'Level 6 - Bachelor’s degree',
  level7: 'Level 7 - Masters / Post Grad',
  level8: 'Level 8 – Doctorate',
  recovery_college: 'Recovery College',
});

/** NVQ level 2 or above (Sainsbury B4). */
export const NVQ2_PLUS_LEVELS: readonly string[] = ['level2', 'level3', 'level4', 'level5', 'level6', 'level7', 'level8'];

export const BENEFIT = codes({
  esa_support_group: 'ESA Support Group',
  esa_wrag: 'ESA Work Related Activity Group',
  esa_other: 'ESA Other',
  jobseekers_allowance: 'Job Seekers Allowance',
  income_support: 'Income Support',
  incapacity_benefit: 'Incapacity Benefit',
  universal_credit: 'Universal Credit',
  statutory_sick_pay: 'Statutory Sick Pay',
  pip_dla: 'PIP (DLA)',
  severe_disablement_allowance: 'Severe Disablement Allowance',
  working_tax_credit: 'Working Tax Credit',
  child_tax_credit: 'Child Tax Credit',
  housing_benefit: 'Housing Benefit',
  council_tax_support: 'Council Tax Support',
  carers_allowance: 'Carers Allowance',
});

export const WORK_RELATED_BENEFITS: readonly string[] = [
  'esa_support_group', 'esa_wrag', 'esa_other', 'jobseekers_allowance', 'income_support', 'incapacity_benefit', 'universal_credit',
];

/** Sainsbury B9: employment-related, long-term benefits (DOMAIN §4.5). */
export const LONG_TERM_BENEFITS: readonly string[] = [
  'esa_support_group', 'esa_wrag', 'esa_other', 'incapacity_benefit', 'severe_disablement_allowance', 'universal_credit',
];

export const PAID_WORK_RECENCY = codes({
  lt6m: 'Less than 6 months',
  '6m_2y': '6 months to 2 years',
  '2y_5y': '2 to 5 years',
  gt5y: 'More than 5 years',
  never: 'Never',
});

export const YES_NO_UNKNOWN = codes({ yes: 'Yes', no: 'No', unknown: 'Not known' });

export const CONTRACT_TYPE = codes({
  permanent: 'Permanent employment',
  temporary_lt4w: 'Temporary work – under 4 weeks',
  temporary_4w_plus: 'Temporary work – 4 weeks or more',
  seasonal_lt4w: 'Seasonal job – under 4 weeks',
  seasonal_4w_plus: 'Seasonal job – 4 weeks or more',
  zero_hours: 'Zero hours contract',
  self_employed: 'Self-employment',
});

export const SECTOR = codes({
  manufacturing: 'Manufacturing',
  utilities: 'Electricity, gas and water supply',
  construction: 'Construction',
  wholesale_retail: 'Wholesale and retail',
  hotels_restaurants: 'Hotels and restaurants',
  transport_communication: 'Transport and communication',
  financial_services: 'Financial services',
  other_business_services: 'Other business services',
  public_administration: 'Public administration',
  education: 'Education',
  health_social_work: 'Health and social work',
  other_community_services: 'Other community services',
  other: 'Other',
});

/** SOC 2020 major groups (the seed's job type table uses SOC 2010 names; group 3 renamed). */
export const SOC_MAJOR_GROUP = codes({
  '1': '1 Managers, directors and senior officials',
  '2': '2 Professional occupations',
  '3': '3 Associate professional occupations',
  '4': '4 Administrative and secretarial occupations',
  '5': '5 Skilled trades occupations',
  '6': '6 Caring, leisure and other service occupations',
  '7': '7 Sales and customer service occupations',
  '8': '8 Process, plant and machine operatives',
  '9': '9 Elementary occupations',
});

export const EVIDENCE = codes({
  employer_letter: 'Employer letter',
  payslip: 'Payslip',
  timesheet: 'Timesheet',
  self_declaration: 'Signed self-declaration',
});

export const CONTACT_KIND = codes({
  client_face_to_face: 'Client – face to face',
  client_other: 'Client – phone, video or message',
  employer_face_to_face: 'Employer – face to face',
  employer_other: 'Employer – phone, email or other',
});

export const CLIENT_CONTACT_KINDS: readonly string[] = ['client_face_to_face', 'client_other'];
export const EMPLOYER_CONTACT_KINDS: readonly string[] = ['employer_face_to_face', 'employer_other'];

export const ACTIVITY_KIND = codes({
  formal_training: 'Formal training',
  fe_college: 'Further education college',
  university: 'University course',
  recovery_college: 'Recovery College course',
  voluntary_work: 'Unpaid voluntary work',
  retirement: 'Retirement',
});

export const WELLBEING_MEASURE = codes({
  swemwbs: 'SWEMWBS (Short Warwick-Edinburgh)',
  reqol10: 'ReQoL-10',
});

/** Suggested reasons; free text is allowed too. */
export const DISCHARGE_REASON = codes({
  employed_sustained: 'Employed and sustained',
  moved_away: 'Moved away',
  disengaged: 'Disengaged',
  declined_further_support: 'Declined further support',
  transferred: 'Transferred',
  other: 'Other',
});

export type CodeList = { values: readonly [string, ...string[]]; labels: Readonly<Record<string, string>> };

export function codeLabel(list: CodeList, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return 'Not recorded';
  return list.labels[code] ?? code;
}
