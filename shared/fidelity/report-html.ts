import { formatUkDate, type IsoDate } from '../dates';
import { instrumentOf } from './instruments';
import { actionPlanTable, comparisonSection, itemsSection, previousActionsTable, reviewFacts, scoreBox, totalsTable } from './report/sections';
import { esc } from './report/html';
import { reportStyles } from './report/styles';
import { nextReviewDue } from './schedule';
import { compareReviews } from './scoring';
import { summaryOf, type StoredAction, type StoredReview } from './stored-review';
import type { FidelitySuggestions } from './suggestions';

/**
 * The printable A4 report of one fidelity review (issue 9): service, period, reviewers, every item with its
 * score, the level met, the evidence and the data's suggestion, totals and band, the comparison with the
 * previous review, and the action plan. One complete, self-contained HTML document (no script, no external
 * files), so the app (Electron printToPDF), the CLI and the test harness (Chromium's page.pdf) print the
 * same thing. Headings run h1 > h2 > h3 (> h4) without gaps, so a tagged PDF gets a document outline.
 */

export interface FidelityReportInput {
  serviceName: string;
  review: StoredReview;
  actions: readonly StoredAction[];
  /** The data's suggestions for the review's period, as of its review date (items with no suggestion kept). */
  suggestions: FidelitySuggestions | null;
  /** The latest final review of the same instrument before this one, with its action plan. */
  previous: { review: StoredReview; actions: readonly StoredAction[] } | null;
  /** The day the report is made. */
  generatedOn: IsoDate;
}

/** `IPS-25 fidelity review, 15/01/2026: Northfield IPS` */
export function fidelityReportTitle(review: Pick<StoredReview, 'instrument' | 'review_date'>, serviceName: string): string {
  return `${instrumentOf(review.instrument).shortTitle} fidelity review, ${formatUkDate(review.review_date)}: ${serviceName}`;
}

/** `fidelity-review-ips25-2026-01-15-draft.pdf`: what the report is, of when, and whether it is final. */
export function fidelityReportFileName(review: Pick<StoredReview, 'instrument' | 'review_date' | 'status'>, extension: 'pdf' | 'xlsx' | 'html'): string {
  return `fidelity-review-${review.instrument.replace('_', '-')}-${review.review_date}${review.status === 'draft' ? '-draft' : ''}.${extension}`;
}

export function fidelityReportHtml(input: FidelityReportInput): string {
  const { review, serviceName } = input;
  const instrument = instrumentOf(review.instrument);
  const summary = summaryOf(review);
  const previous = input.previous?.review ?? null;
  const comparison = previous ? compareReviews(review, previous) : null;
  const draft = review.status === 'draft';
  const nextDue = draft ? null : nextReviewDue(review).due;
  const title = fidelityReportTitle(review, serviceName);
  const footer = `${serviceName}: ${instrument.shortTitle} review of ${formatUkDate(review.review_date)}${draft ? ' (draft)' : ''}`;

  const previousActions = previous
    ? `<h2 id="previous-actions">Actions from the previous review</h2>\n${previousActionsTable(previous, input.previous!.actions)}`
    : '';
  const notes = review.notes ? `<h2 id="notes">Notes</h2>\n<p>${esc(review.notes).replace(/\r?\n/g, '<br>')}</p>` : '';

  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="IPS Desk">
<title>${esc(title)}</title>
<style>${reportStyles(footer, draft)}</style>
</head>
<body>
<main>
<header>
<p class="kicker">${esc(serviceName)}: fidelity review</p>
<h1>${esc(instrument.title)}</h1>
${draft ? '<p class="draft-banner">Draft: this review is not final. Scores and evidence may still change.</p>' : ''}
<div class="headline"><div class="facts">${reviewFacts(serviceName, review, nextDue)}</div>${scoreBox(summary)}</div>
<p class="muted">${esc(instrument.source)}.</p>
</header>
<h2 id="scores">Scores</h2>
<p>${esc(instrument.scoreNote)}</p>
${totalsTable(instrument, review, summary)}
<h2 id="items">Item by item</h2>
<p>Each item shows the score agreed, the level that score stands for, the evidence behind it and, where the records can suggest a score, what they suggested. A suggestion is worked out from the team’s records for the review period, as they stood on the review date; the reviewers decide every score.</p>
${itemsSection(instrument, review, input.suggestions)}
<h2 id="comparison">Comparison with the previous review</h2>
${comparisonSection(instrument, review, previous, comparison)}
<h2 id="action-plan">Action plan</h2>
${actionPlanTable(input.actions, 'Actions agreed at this review')}
${previousActions}
${notes}
<p class="endnote">Prepared with IPS Desk on ${formatUkDate(input.generatedOn)}. ${draft ? 'This is a draft.' : `The review was made final${review.finalised_by ? ` by ${esc(review.finalised_by)}` : ''}${review.finalised_at ? ` on ${formatUkDate(review.finalised_at.slice(0, 10))}` : ''}; the scores above cannot change.`}</p>
</main>
</body>
</html>
`;
}
