import { codeLabel, EVIDENCE } from '../../../../shared/codes';
import { formatUkDate } from '../../../../shared/dates';
import type { HomeWeek } from '../../../../shared/ipc/home';
import type { InstrumentSchedule, OverdueAction } from '../../../../shared/ipc/fidelity';

/** The words of the home screen's items, kept pure so they are tested without a screen. */

type Kpi = HomeWeek['kpis'][number];
type Milestone = HomeWeek['milestones'][number];

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function daysText(days: number): string {
  return `${whole.format(days)} ${days === 1 ? 'day' : 'days'}`;
}

/** "Alex Morgan (NS-0001)", or the reference alone when the record has no name. */
export function clientLabel(item: { name: string; client_id: string }): string {
  return item.name ? `${item.name} (${item.client_id})` : item.client_id;
}

/**
 * What to do about a milestone's evidence: say what is held, or what to collect. DOMAIN §3: a job
 * sustained counts on the records, but commissioners ask for the evidence behind it.
 */
export function evidenceText(milestone: Pick<Milestone, 'evidence'>): string {
  if (milestone.evidence) return `Evidence held: ${codeLabel(EVIDENCE, milestone.evidence).toLowerCase()}. Check it still covers the job.`;
  return `Collect evidence: ${EVIDENCE.values.map((code) => EVIDENCE.labels[code].toLowerCase()).join(', ').replace(/, ([^,]*)$/, ' or $1')}.`;
}

export function milestoneText(milestone: Milestone): string {
  const where = milestone.employer ? ` at ${milestone.employer}` : '';
  return `${milestone.weeks} weeks in work${where} on ${formatUkDate(milestone.date)}`;
}

function percent(value: number): string {
  return `${whole.format(value * 100)}%`;
}

/** A KPI year to date in words: "12 so far" or "58%", with the target it is judged against. */
export function kpiFigures(kpi: Kpi): { actual: string; target: string } {
  if (kpi.kind === 'count') {
    return {
      actual: kpi.actual === null ? 'Not known' : `${whole.format(kpi.actual)} so far`,
      target: kpi.targetSoFar === null ? kpi.targetText : `${oneDecimal.format(kpi.targetSoFar)} by now (${kpi.targetText})`,
    };
  }
  return { actual: kpi.actual === null ? 'No one to count yet' : percent(kpi.actual), target: kpi.targetText };
}

export function onTrackText(onTrack: boolean | null): string {
  if (onTrack === null) return 'Nothing to judge yet';
  return onTrack ? 'On track' : 'Behind';
}

export function reviewDueText(review: InstrumentSchedule): string {
  if (review.state === 'never_reviewed' || review.due === null) return 'Never reviewed: due now';
  const days = review.days_until_due ?? 0;
  if (days < 0) return `Overdue since ${formatUkDate(review.due)} (${daysText(-days)})`;
  if (days === 0) return `Due today (${formatUkDate(review.due)})`;
  return `Due ${formatUkDate(review.due)} (in ${daysText(days)})`;
}

export function actionOverdueText(item: OverdueAction): string {
  const owner = item.action.owner ? `, ${item.action.owner}` : '';
  const due = item.action.due_date ? `due ${formatUkDate(item.action.due_date)}, ` : '';
  return `${due}${daysText(item.days_overdue)} overdue${owner}`;
}
