import { z } from 'zod';
import {
  CASELOAD_PER_FTE_RULE, COMPETITIVE_SHARE_RULE, DAYS_TO_EMPLOYER_CONTACT_RULE, DIVERSITY_RULE, EMPLOYER_CONTACTS_PER_FTE_RULE,
  PREFERENCE_SHARE_RULE, type ThresholdRule,
} from './suggestion-rules';

/**
 * The items DOMAIN §7 suggests a score for from the data, with the rule each screen shows beside the
 * suggestion. The order is the CLI's JSON order: Sainsbury first, then IPS-25 by item number.
 */
export const SUGGESTED_ITEM_IDS = [
  'sainsbury:2',
  'sainsbury:3',
  'ips25:1',
  'ips25:15',
  'ips25:16',
  'ips25:17',
  'ips25:19',
  'ips25:20',
  'ips25:21',
] as const;
export const suggestedItemIdSchema = z.enum(SUGGESTED_ITEM_IDS);
export type SuggestedItemId = z.infer<typeof suggestedItemIdSchema>;

/** What a figure measures: a share 0..1, mean days, contacts per FTE per week, or active clients per FTE. */
export const SUGGESTION_UNITS = ['share', 'days', 'contacts_per_fte_per_week', 'clients_per_fte'] as const;
export type SuggestionUnit = (typeof SUGGESTION_UNITS)[number];

export type SuggestionDefinition = {
  unit: SuggestionUnit;
  thresholds: ThresholdRule;
  /** What the figure measures, in a few words after the figure ("45.2 days" + " from …"): for reports. */
  measure: string;
  /** How the figure is worked out and scored, for the screen; names what is left out and when there is none. */
  rule: string;
};

const PREFERENCE =
  'Employer contacts (face to face and other) dated in the period, up to the review date (the as-of date), counting only those marked yes or no for "based on the client’s preferences" (contacts marked not known are left out): the share marked yes. 100 % suggests 5, 75 % or more 4, 50 % or more 3, 10 % or more 2, less 1. No contacts marked yes or no: no suggestion.';

const DAYS =
  'Clients with a vocational profile date whose first face-to-face employer contact falls in the period, up to the review date (the as-of date): the mean number of days from the profile to that contact (a contact before the profile counts as 0 days), unrounded. 30 days or fewer suggests 5, 60 or fewer 4, 150 or fewer 3, 270 or fewer 2, more 1. No such clients: no suggestion.';

const JOB_STARTS =
  'Job starts in the period, up to the review date (the as-of date), that are counted (competitive, four paid hours confirmed, starting on or after referral)';

const PREFERENCE_MEASURE = 'of employer contacts (marked yes or no) followed the client’s preferences';
const DAYS_MEASURE = 'on average from vocational profile to first face-to-face employer contact';

const DIVERSITY_SCALE = '85 % or more suggests 5, 70 % or more 4, 60 % or more 3, 50 % or more 2, less 1.';

export const SUGGESTION_DEFINITIONS: Readonly<Record<SuggestedItemId, SuggestionDefinition>> = {
  'sainsbury:2': { unit: 'share', thresholds: PREFERENCE_SHARE_RULE, measure: PREFERENCE_MEASURE, rule: PREFERENCE },
  'sainsbury:3': { unit: 'days', thresholds: DAYS_TO_EMPLOYER_CONTACT_RULE, measure: DAYS_MEASURE, rule: DAYS },
  'ips25:1': {
    unit: 'clients_per_fte',
    thresholds: CASELOAD_PER_FTE_RULE,
    measure: 'active clients per full-time specialist',
    rule: 'Active caseload on the snapshot day (the period end, or the review date if earlier) divided by the total FTE of staff in post that day, as in the caseload report. 20 or fewer suggests 5, 25 or fewer 4, 30 or fewer 3, 40 or fewer 2, more 1. No FTE recorded: no suggestion.',
  },
  'ips25:15': { unit: 'days', thresholds: DAYS_TO_EMPLOYER_CONTACT_RULE, measure: DAYS_MEASURE, rule: DAYS },
  'ips25:16': { unit: 'share', thresholds: PREFERENCE_SHARE_RULE, measure: PREFERENCE_MEASURE, rule: PREFERENCE },
  'ips25:17': {
    unit: 'contacts_per_fte_per_week',
    thresholds: EMPLOYER_CONTACTS_PER_FTE_RULE,
    measure: 'face-to-face employer contacts per full-time specialist a week',
    rule: 'Face-to-face employer contacts per week in the period, up to the review date (the as-of date), as in the report, divided by the total FTE of staff in post on the snapshot day. 6 or more suggests 5, 5 or more 4, 3 or more 3, 2 or more 2, less 1. No FTE recorded, or the period starts after the review date: no suggestion.',
  },
  'ips25:19': {
    unit: 'share',
    thresholds: DIVERSITY_RULE,
    measure: 'of job starts with a job title are different job types',
    rule: `${JOB_STARTS} and have a job title: the number of different titles (ignoring spaces at either end and upper or lower case) divided by the number of those job starts. Job starts with no title are left out and listed. ${DIVERSITY_SCALE} No job starts with a title: no suggestion.`,
  },
  'ips25:20': {
    unit: 'share',
    thresholds: DIVERSITY_RULE,
    measure: 'of job starts naming an employer are with different employers',
    rule: `${JOB_STARTS} and name an employer: the number of different employers (ignoring spaces at either end and upper or lower case) divided by the number of those job starts. Job starts with no employer are left out and listed, as for item 19: a blank cannot be told apart from, or matched with, any other employer. ${DIVERSITY_SCALE} No job starts naming an employer: no suggestion.`,
  },
  'ips25:21': {
    unit: 'share',
    thresholds: COMPETITIVE_SHARE_RULE,
    measure: 'of jobs started (four paid hours confirmed) are competitive',
    rule: 'Jobs starting in the period, up to the review date (the as-of date), with four paid hours confirmed and a start on or after the referral date, competitive or not: the share that are competitive. 95 % or more suggests 5, 85 % or more 4, 75 % or more 3, 65 % or more 2, less 1. No such jobs: no suggestion.',
  },
};
