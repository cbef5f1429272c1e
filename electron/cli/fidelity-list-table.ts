import { formatUkDate } from '../../shared/dates';
import { instrumentOf } from '../../shared/fidelity';
import type { InstrumentSchedule, ReviewListRow } from '../../shared/ipc/fidelity';
import { alignColumns } from './report-table';

/** `fidelity list` without `--json`: every review as a row, then when each instrument is next due. */

const DUE_STATE = { overdue: 'overdue', due_soon: 'due within 30 days', not_due: 'not due yet', never_reviewed: 'no final review yet' } as const;

function dueText(s: InstrumentSchedule): string {
  if (s.due === null) return DUE_STATE[s.state];
  const days = s.days_until_due ?? 0;
  const when = days < 0 ? `${-days} day${days === -1 ? '' : 's'} ago` : days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
  return `${formatUkDate(s.due)} (${when}; ${DUE_STATE[s.state]})`;
}

export function formatFidelityList(reviews: readonly ReviewListRow[], schedule: readonly InstrumentSchedule[]): string {
  const lines: string[] = [];
  if (reviews.length === 0) {
    lines.push('No fidelity reviews yet.');
  } else {
    const rows = [['id', 'instrument', 'review date', 'period', 'status', 'kind', 'total', 'band', 'reviewers']];
    for (const r of reviews) {
      rows.push([
        r.id,
        instrumentOf(r.instrument).shortTitle,
        formatUkDate(r.review_date),
        `${formatUkDate(r.period.start)} to ${formatUkDate(r.period.end)}`,
        r.status,
        r.kind,
        r.complete ? `${r.total} / ${r.max}` : `${r.total} / ${r.max} (${r.scored} of ${r.items} scored)`,
        r.band?.label ?? '–',
        r.reviewers.join(', ') || '–',
      ]);
    }
    lines.push(...alignColumns(rows));
  }
  lines.push('', 'Next review due');
  lines.push(...alignColumns(schedule.map((s) => [`  ${s.title}`, dueText(s)])));
  return `${lines.join('\n')}\n`;
}
