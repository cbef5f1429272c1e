import type { CatalogueEntry } from './catalogue';
import type { MetricId } from './metric-ids';

// Title, rule and target of every metric, as DOMAIN §4 decided them (types and use: catalogue.ts).

const COUNTED_JOB =
  'A job counts when it is competitive (not sheltered work), four paid hours are confirmed, and it started on or after the referral date.';
const SUSTAINED =
  'Employed days are added up from the first counted job, across jobs; a break of 42 or more days without work starts the count again at the next job. The outcome date is the 91st (13 weeks), 182nd (26 weeks) or 364th (52 weeks) employed day. Average hours are the weekly hours of every job worked on each of those days (jobs at the same time added together); 16 or more is "16 or more". Each person gets at most one outcome of each length.';

function sustained(weeks: 13 | 26 | 52, band: 'lt16' | 'ge16'): CatalogueEntry {
  const hours = band === 'lt16' ? 'under 16 hours a week' : '16 or more hours a week';
  return {
    section: 'key_outcomes',
    title: `Sustained in work ${weeks} weeks, ${hours}`,
    rule: `People whose ${weeks}-week outcome date falls in the period, averaging ${hours}. ${SUSTAINED}`,
    kind: 'count',
    about: 'clients',
  };
}

function sustainmentRate(weeks: 13 | 26 | 52, offset: number, target: number): CatalogueEntry {
  return {
    section: 'kpis',
    title: `Job sustainment rate at ${weeks} weeks`,
    rule: `Of the people whose job entry plus ${offset} days falls in the period (so they could have reached ${weeks} weeks by then), the share whose ${weeks}-week outcome was reached by the end of the period (or the as-of date). ${SUSTAINED}`,
    kind: 'rate',
    about: 'clients',
    target: { min: target, text: `${Math.round(target * 100)}% or more` },
  };
}

const JOB_STARTS_IN_P = `Counted job starts in the period. ${COUNTED_JOB}`;

function intakeDistribution(title: string, what: string): CatalogueEntry {
  return {
    section: 'intake',
    title,
    rule: `Clients referred in the period, counted by ${what}. A blank is counted as "unknown". Shares are each count divided by the clients referred.`,
    kind: 'distribution',
    about: 'clients',
  };
}

export const CATALOGUE_ENTRIES: Record<MetricId, CatalogueEntry> = {
  referrals: { section: 'key_outcomes', title: 'Referrals', rule: 'Clients whose referral date is in the period.', kind: 'count', about: 'clients' },
  referrals_in_work: {
    section: 'key_outcomes',
    title: 'Referrals already in work',
    rule: 'Of the referrals in the period, those referred as a job retention case or with employment status 01 (employed).',
    kind: 'count',
    about: 'clients',
  },
  engaged: {
    section: 'key_outcomes',
    title: 'People engaged',
    rule: 'Clients whose engagement date is in the period. The engagement date is the later of the vocational profile date and the action plan date; a client with either blank is not engaged.',
    kind: 'count',
    about: 'clients',
  },
  job_starts: {
    section: 'key_outcomes',
    title: 'Job starts',
    rule: `${JOB_STARTS_IN_P} Every job counts, so one person can have several; "people" is the number of different people.`,
    kind: 'count',
    about: 'jobs',
  },
  people_into_work: {
    section: 'key_outcomes',
    title: 'People supported into work',
    rule: `Clients whose job entry (the start of their first counted job) is in the period: one per person, ever. ${COUNTED_JOB}`,
    kind: 'count',
    about: 'clients',
  },
  sustained_13w_lt16: sustained(13, 'lt16'),
  sustained_13w_ge16: sustained(13, 'ge16'),
  sustained_26w_lt16: sustained(26, 'lt16'),
  sustained_26w_ge16: sustained(26, 'ge16'),
  sustained_52w_lt16: sustained(52, 'lt16'),
  sustained_52w_ge16: sustained(52, 'ge16'),
  retention_outcomes: {
    section: 'key_outcomes',
    title: 'Job retention outcomes',
    rule: 'Job retention clients whose return-to-work date is in the period.',
    kind: 'count',
    about: 'clients',
  },
  carried_over_in_work: {
    section: 'key_outcomes',
    title: 'Carried over in work',
    rule: 'Clients referred before the period starts, still open on its first day, with a counted job covering that day. A separate figure, not new outcomes. Nil when the as-of date is before the period starts.',
    kind: 'count',
    about: 'clients',
  },
  open_caseload: {
    section: 'caseload',
    title: 'Open caseload',
    rule: 'Clients open on the snapshot day: referred on or before it and not discharged on or before it.',
    kind: 'count',
    about: 'clients',
  },
  active_caseload: {
    section: 'caseload',
    title: 'Active caseload',
    rule: 'Open clients who are engaged (engagement date on or before the snapshot day) and had a face-to-face or other client contact in the last 4 weeks (the snapshot day and the 27 days before it).',
    kind: 'count',
    about: 'clients',
  },
  caseload_per_fte: {
    section: 'caseload',
    title: 'Active caseload per full-time specialist',
    rule: 'Active caseload divided by the total FTE of staff in post on the snapshot day (a blank start date counts as in post; a blank FTE adds nothing). Shown per specialist as active clients each. No figure when no FTE is recorded.',
    kind: 'ratio',
    about: 'clients',
    target: { max: 20, text: '20 or fewer (IPS-25 item 1, top score)' },
  },
  retention_share: {
    section: 'caseload',
    title: 'Share of caseload who are retention cases',
    rule: 'Of the open caseload, the share referred as job retention cases.',
    kind: 'rate',
    about: 'clients',
    target: { max: 0.15, text: '15% or less (IPS Grow guidance)' },
  },
  job_search_within_4w: {
    section: 'fidelity',
    title: 'Job search within 4 weeks',
    rule: 'Of clients whose vocational profile date plus 28 days falls in the period, the share with a first face-to-face employer contact on their behalf on or before that day (a contact before the profile counts).',
    kind: 'rate',
    about: 'clients',
    target: { min: 0.75, text: '75% or more' },
  },
  days_to_first_employer_contact: {
    section: 'fidelity',
    title: 'Days from assessment to first employer contact',
    rule: 'Clients with a vocational profile whose first face-to-face employer contact is in the period: the mean (and median) of the days from the profile to that contact, counting a contact before the profile as 0 days. Not rounded.',
    kind: 'mean',
    about: 'clients',
    target: { max: 30, text: '30 days or fewer (Sainsbury C3 and IPS-25 item 15, top score)' },
  },
  job_starts_by_time_in_service: {
    section: 'fidelity',
    title: 'Job starts by time in service',
    rule: `${JOB_STARTS_IN_P} Grouped by days from the vocational profile to the job start: under 183 days, 183 to 365 days, over 365 days, or "no assessment" when there is no vocational profile date.`,
    kind: 'distribution',
    about: 'jobs',
  },
  employer_f2f_per_week: {
    section: 'fidelity',
    title: 'Face-to-face employer contacts per week',
    rule: 'Face-to-face employer contacts dated in the period divided by the weeks from the start of the period to its end (or the as-of date, if earlier). Shown per specialist too; IPS-25 item 17 looks for 6 or more per specialist per week.',
    kind: 'ratio',
    about: 'contacts',
  },
  job_starts_by_contract_type: {
    section: 'fidelity',
    title: 'Job starts by contract type',
    rule: JOB_STARTS_IN_P,
    kind: 'distribution',
    about: 'jobs',
  },
  job_starts_by_sector: {
    section: 'fidelity',
    title: 'Job starts by sector',
    rule: `${JOB_STARTS_IN_P} A blank sector is "unknown".`,
    kind: 'distribution',
    about: 'jobs',
  },
  job_starts_by_soc: {
    section: 'fidelity',
    title: 'Job starts by occupation (SOC 2020 major group)',
    rule: `${JOB_STARTS_IN_P} Grouped by SOC major group 1 to 9; a blank group is "unknown".`,
    kind: 'distribution',
    about: 'jobs',
  },
  self_employment_starts: {
    section: 'fidelity',
    title: 'Self-employment starts',
    rule: `${JOB_STARTS_IN_P} Only those with contract type self-employment.`,
    kind: 'count',
    about: 'jobs',
  },
  excluded_non_competitive: {
    section: 'fidelity',
    title: 'Sheltered jobs left out',
    rule: 'Jobs marked not competitive (sheltered work such as Clubhouse, social firms or community jobs programmes) that started in the period. They are never counted as job starts or employment; shown so nobody wonders where they went.',
    kind: 'count',
    about: 'jobs',
  },
  kpi_engaged: {
    section: 'kpis',
    title: 'People engaged (KPI)',
    rule: 'The same figure as "People engaged".',
    kind: 'count',
    about: 'clients',
    target: { min: 40, max: 60, per: 'year', text: '40 to 60 a year' },
  },
  kpi_job_starts: {
    section: 'kpis',
    title: 'Job starts (KPI)',
    rule: 'The same figure as "Job starts".',
    kind: 'count',
    about: 'jobs',
    target: { min: 17, max: 26, per: 'year', text: '17 to 26 a year' },
  },
  sustainment_rate_13w: sustainmentRate(13, 90, 0.6),
  sustainment_rate_26w: sustainmentRate(26, 181, 0.5),
  sustainment_rate_52w: sustainmentRate(52, 363, 0.4),
  employment_rate: {
    section: 'kpis',
    title: 'Employment rate',
    rule: 'IPS Grow 2024 definition: of clients open at some time in the period who were not in work at referral (status not 01 and not a retention case), the share with a job entry on or before the end of the period (or the as-of date).',
    kind: 'rate',
    about: 'clients',
    target: { min: 0.4, text: '40% or more (benchmark)' },
  },
  intake_age_band: intakeDistribution('Age at referral', 'age at referral: 16–35, 36–50, 51–65, other ages, or unknown (no date of birth)'),
  intake_gender: intakeDistribution('Gender', 'gender'),
  intake_ethnicity: intakeDistribution('Ethnicity', 'ethnic category'),
  intake_nvq2_plus: {
    section: 'intake',
    title: 'Educated to NVQ level 2 or above',
    rule: 'Of clients referred in the period with an education level recorded, the share at level 2 to level 8.',
    kind: 'rate',
    about: 'clients',
  },
  intake_employment_status: intakeDistribution('Employment status at referral', 'employment status at referral'),
  intake_in_secondary_mh_care: intakeDistribution('In contact with specialist mental health services', 'whether they were in secondary mental health care at referral'),
  intake_paid_work_recency: intakeDistribution('Most recent paid work', 'how long since they last had paid work'),
  intake_maintained_job_over_1y: intakeDistribution('Ever kept a paid job over a year', 'whether they have ever kept a paid job for more than a year'),
  intake_long_term_benefits: {
    section: 'intake',
    title: 'On long-term employment-related benefits',
    rule: 'Of clients referred in the period, the share receiving any of ESA (support group, work-related activity group or other), Incapacity Benefit, Severe Disablement Allowance or Universal Credit.',
    kind: 'rate',
    about: 'clients',
  },
  placed_in_work_by_hours: {
    section: 'sainsbury_d',
    title: 'Placed in paid work, by hours',
    rule: `Clients with a counted job start in the period, grouped by the weekly hours of their first such job: under 5, 5 to under 16, or 16 or more. ${COUNTED_JOB}`,
    kind: 'distribution',
    about: 'clients',
  },
  currently_employed: {
    section: 'sainsbury_d',
    title: 'Currently employed',
    rule: 'Of the open caseload, the share in a competitive job on the snapshot day (any job, including one held before referral).',
    kind: 'rate',
    about: 'clients',
  },
  unemployed_seeking: {
    section: 'sainsbury_d',
    title: 'Unemployed and seeking work',
    rule: 'Of the open caseload, the share not in a competitive job on the snapshot day and engaged by then (engagement date on or before it).',
    kind: 'rate',
    about: 'clients',
  },
  moved_to_education_volunteering_retirement: {
    section: 'sainsbury_d',
    title: 'Moved into education, volunteering or retirement',
    rule: 'Of clients open at some time in the period, the share with an education, training, voluntary work or retirement activity starting in the period.',
    kind: 'rate',
    about: 'clients',
  },
  care_plan_employment_actions: {
    section: 'sainsbury_d',
    title: 'Care plan has employment actions',
    rule: 'Of the open caseload, the share whose care plan has clear actions about paid employment ("yes"; "no" and "not known" are not).',
    kind: 'rate',
    about: 'clients',
  },
  care_plan_retention_actions: {
    section: 'sainsbury_d',
    title: 'Care plan has job retention actions',
    rule: 'Of open clients in a competitive job on the snapshot day, the share whose care plan has clear actions about keeping the job ("yes").',
    kind: 'rate',
    about: 'clients',
  },
  new_recruits_declaring_mh: {
    section: 'sainsbury_d',
    title: 'New trust recruits declaring a mental health condition',
    rule: 'Entered by hand for the year from the trust’s HR equal opportunities figures; blank until entered.',
    kind: 'entered',
    about: 'entered',
  },
};
