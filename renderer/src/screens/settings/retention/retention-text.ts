import { formatUkDate } from '../../../../../shared/dates';
import type { RetentionPreview } from '../../../../../shared/ipc/rights';

/**
 * The retention rule in words, for the Settings › Retention page and its tests. Pure: the page only places
 * these sentences, so what a manager reads is checked once here.
 */

/** How many due clients the page lists; all of them are anonymised, the list only says who the first are. */
export const LISTED_AT_MOST = 100;

export function yearsText(years: number): string {
  return years === 1 ? '1 year' : `${years.toLocaleString('en-GB')} years`;
}

export function clientsText(count: number): string {
  return count === 1 ? '1 client' : `${count.toLocaleString('en-GB')} clients`;
}

/** The rule as a manager would say it. */
export function ruleText(years: number): string {
  return `Anonymise clients discharged more than ${yearsText(years)} ago.`;
}

/** What the rule covers on the day of the preview: the cut-off is the first discharge date it keeps. */
export function coverageText(preview: Pick<RetentionPreview, 'today' | 'cutoff'>): string {
  return `Today, ${formatUkDate(preview.today)}, that means clients discharged before ${formatUkDate(preview.cutoff)}.`;
}

/** The count of the clients due now, as the heading of the list says it. */
export function dueText(due: number): string {
  if (due === 0) return 'No client is due to be anonymised today.';
  return due === 1 ? '1 client is due to be anonymised today.' : `${clientsText(due)} are due to be anonymised today.`;
}

/** The list shows the first LISTED_AT_MOST: say so, so nobody thinks the rest are left alone. */
export function moreText(due: number): string | null {
  return due > LISTED_AT_MOST ? `The first ${LISTED_AT_MOST.toLocaleString('en-GB')} are listed; all ${clientsText(due)} are anonymised.` : null;
}

/** Why an episode past the period is kept whole: the same person's later or open episode. */
export function heldBackText(row: RetentionPreview['heldBack'][number]): string {
  const by = row.heldBackBy;
  return by.discharge_date === null
    ? `${by.client_id}, the same person, is still open`
    : `${by.client_id}, the same person, was discharged on ${formatUkDate(by.discharge_date)}`;
}

export function anonymisedBeforeText(count: number): string | null {
  if (count === 0) return null;
  return count === 1 ? '1 client was anonymised before.' : `${clientsText(count)} were anonymised before.`;
}

/** The button's words: "these 12 clients", or "this client" when there is one. */
export function anonymiseButtonText(due: number): string {
  return due === 1 ? 'Anonymise this client' : `Anonymise these ${clientsText(due)}`;
}

/** The outcome, for the status region beside the button. */
export function anonymisedText(result: { anonymised: number; on: string }): string {
  const who = result.anonymised === 1 ? '1 client' : clientsText(result.anonymised);
  return `Anonymised ${who} on ${formatUkDate(result.on)}. Their records stay in the caseload and the figures under their client IDs, without names.`;
}
