/**
 * DOMAIN §7's rules from a figure to a suggested score, each threshold written once. Figures are unrounded:
 * a mean of 30.5 days is over 30 and suggests 4. Every rule gives 5, 4, 3 or 2 at its bounds and 1 beyond.
 *
 * A figure is a ratio of counts computed in floating point, so one that is exactly on a bound in
 * arithmetic (17 ÷ 20 = 85 %, 12 contacts ÷ 2 weeks ÷ (0.1 + 0.2 + 0.7) FTE = 6) can land a rounding error
 * either side of it. Comparisons therefore allow 1e-9 (relative to the bound): far below any real
 * difference between a team's figure and a bound (a share of n records that is not exactly 85 % is at
 * least 1 ÷ (20n) away from it), so a figure on the bound keeps the score DOMAIN gives it.
 */

export type ThresholdRule = {
  /** `at_most`: lower is better (score s when figure ≤ bound); `at_least`: higher is better (figure ≥ bound). */
  direction: 'at_most' | 'at_least';
  /** Bounds for scores 5, 4, 3 and 2, in that order; past the last, the score is 1. */
  bounds: readonly [five: number, four: number, three: number, two: number];
};

const TOLERANCE = 1e-9;

function meets(rule: ThresholdRule, figure: number, bound: number): boolean {
  const slack = TOLERANCE * Math.max(1, Math.abs(bound));
  return rule.direction === 'at_most' ? figure <= bound + slack : figure >= bound - slack;
}

/** The score (1–5) a figure earns under a rule. Throws for a figure that is not a number. */
export function scoreByThresholds(rule: ThresholdRule, figure: number): number {
  if (!Number.isFinite(figure)) throw new RangeError(`A suggestion figure must be a finite number (got ${figure})`);
  const index = rule.bounds.findIndex((bound) => meets(rule, figure, bound));
  return index === -1 ? 1 : 5 - index;
}

/** IPS-25 item 1: active clients per full-time specialist: ≤ 20 → 5, ≤ 25 → 4, ≤ 30 → 3, ≤ 40 → 2, more → 1. */
export const CASELOAD_PER_FTE_RULE: ThresholdRule = { direction: 'at_most', bounds: [20, 25, 30, 40] };

/** Sainsbury 3 and IPS-25 item 15: mean days to first employer contact: ≤ 30 → 5, ≤ 60 → 4, ≤ 150 → 3, ≤ 270 → 2, more → 1. */
export const DAYS_TO_EMPLOYER_CONTACT_RULE: ThresholdRule = { direction: 'at_most', bounds: [30, 60, 150, 270] };

/** Sainsbury 2 and IPS-25 item 16: preference-based share: 100 % → 5, ≥ 75 % → 4, ≥ 50 % → 3, ≥ 10 % → 2, less → 1. */
export const PREFERENCE_SHARE_RULE: ThresholdRule = { direction: 'at_least', bounds: [1, 0.75, 0.5, 0.1] };

/** IPS-25 item 17: face-to-face employer contacts per FTE per week: ≥ 6 → 5, ≥ 5 → 4, ≥ 3 → 3, ≥ 2 → 2, less → 1. */
export const EMPLOYER_CONTACTS_PER_FTE_RULE: ThresholdRule = { direction: 'at_least', bounds: [6, 5, 3, 2] };

/** IPS-25 items 19 and 20: distinct job types or employers per job start: ≥ 85 % → 5, ≥ 70 % → 4, ≥ 60 % → 3, ≥ 50 % → 2, less → 1. */
export const DIVERSITY_RULE: ThresholdRule = { direction: 'at_least', bounds: [0.85, 0.7, 0.6, 0.5] };

/** IPS-25 item 21: competitive share: ≥ 95 % → 5, ≥ 85 % → 4, ≥ 75 % → 3, ≥ 65 % → 2, less → 1. */
export const COMPETITIVE_SHARE_RULE: ThresholdRule = { direction: 'at_least', bounds: [0.95, 0.85, 0.75, 0.65] };

export const scoreCaseloadPerFte = (clientsPerFte: number) => scoreByThresholds(CASELOAD_PER_FTE_RULE, clientsPerFte);
export const scoreDaysToEmployerContact = (meanDays: number) => scoreByThresholds(DAYS_TO_EMPLOYER_CONTACT_RULE, meanDays);
export const scorePreferenceShare = (share: number) => scoreByThresholds(PREFERENCE_SHARE_RULE, share);
export const scoreEmployerContactsPerFte = (perFtePerWeek: number) => scoreByThresholds(EMPLOYER_CONTACTS_PER_FTE_RULE, perFtePerWeek);
export const scoreDiversity = (share: number) => scoreByThresholds(DIVERSITY_RULE, share);
export const scoreCompetitiveShare = (share: number) => scoreByThresholds(COMPETITIVE_SHARE_RULE, share);
