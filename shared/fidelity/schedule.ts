import { addDays, addMonths, format, parseISO, subMonths } from 'date-fns';
import { daysBetween, type IsoDate } from '../dates';
import { scoreSummary, type ScoredReview } from './scoring';

/**
 * When reviews fall due (DOMAIN §7 and issue 9): every 6 months until the IPS-25 band is good or better,
 * then yearly. Month arithmetic is date-fns's: the same day of the month, or the month's last day when it
 * has no such day (31 August + 6 months = 28 or 29 February).
 */

const iso = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return iso(addMonths(parseISO(date), months));
}

/** The 12 months up to and including the review date: 15/01/2026 → 16/01/2025 to 15/01/2026. */
export function defaultReviewPeriod(reviewDate: IsoDate): { start: IsoDate; end: IsoDate } {
  return { start: iso(addDays(subMonths(parseISO(reviewDate), 12), 1)), end: reviewDate };
}

export const REVIEW_INTERVAL_MONTHS = { belowGood: 6, goodOrBetter: 12 } as const;

/** "Due soon" from this many days before the due date (the due date itself included). */
export const DUE_SOON_DAYS = 30;

export type NextReviewDue = { due: IsoDate; intervalMonths: number; rule: string };

/**
 * The next review of an instrument is due a set time after its latest final review (pass that review):
 * - IPS-25: 12 months after a review whose band is good or exemplary, else 6 months (a review with items
 *   left unscored has no band and counts as below good, but a final review has every item scored);
 * - Sainsbury section C: 12 months (the seed puts it in an annual quality report to commissioners), whatever
 *   the IPS-25 band.
 */
export function nextReviewDue(latestFinal: ScoredReview & { review_date: IsoDate }): NextReviewDue {
  if (latestFinal.instrument === 'sainsbury_c') {
    return {
      due: addMonthsIso(latestFinal.review_date, REVIEW_INTERVAL_MONTHS.goodOrBetter),
      intervalMonths: REVIEW_INTERVAL_MONTHS.goodOrBetter,
      rule: 'Sainsbury Centre section C is reviewed yearly: due 12 months after the last final review.',
    };
  }
  const band = scoreSummary(latestFinal).band?.key;
  const goodOrBetter = band === 'good' || band === 'exemplary';
  const months = goodOrBetter ? REVIEW_INTERVAL_MONTHS.goodOrBetter : REVIEW_INTERVAL_MONTHS.belowGood;
  return {
    due: addMonthsIso(latestFinal.review_date, months),
    intervalMonths: months,
    rule: goodOrBetter
      ? 'The last final IPS-25 review was good or exemplary (100 or more), so the next is due 12 months after it.'
      : 'The last final IPS-25 review was below good (under 100), so the next is due 6 months after it; yearly once the band is good or better.',
  };
}

export type ReviewDueState = 'overdue' | 'due_soon' | 'not_due';

/** Overdue after the due date; due soon from 30 days before it up to the day itself; else not due. */
export function reviewDueState(due: IsoDate, today: IsoDate): { state: ReviewDueState; daysUntilDue: number } {
  const daysUntilDue = daysBetween(today, due);
  const state: ReviewDueState = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= DUE_SOON_DAYS ? 'due_soon' : 'not_due';
  return { state, daysUntilDue };
}
