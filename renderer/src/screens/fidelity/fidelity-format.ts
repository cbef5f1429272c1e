import { formatUkDate } from '../../../../shared/dates';
import { INSTRUMENTS, type InstrumentId, type SuggestionUnit } from '../../../../shared/fidelity';
import type { InstrumentSchedule } from '../../../../shared/ipc/fidelity';

/** How the fidelity screens word reviews, totals, bands and due dates: pure, so each wording is tested once. */

export function instrumentName(id: InstrumentId): string {
  return INSTRUMENTS[id].shortTitle;
}

/** `Start an IPS-25 review`, `Start a Sainsbury Centre C review`. */
export function startLabel(id: InstrumentId): string {
  const name = instrumentName(id);
  return `Start ${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} review`;
}

/** `IPS-25 review of 15/01/2026` */
export function reviewName(review: { instrument: InstrumentId; review_date: string }): string {
  return `${instrumentName(review.instrument)} review of ${formatUkDate(review.review_date)}`;
}

/** `16/01/2025 to 15/01/2026` */
export function periodText(period: { start: string; end: string }): string {
  return `${formatUkDate(period.start)} to ${formatUkDate(period.end)}`;
}

/** `Anna, Ben and Carl`; a draft may have none yet. */
export function reviewersText(reviewers: readonly string[]): string {
  if (reviewers.length === 0) return 'No reviewer named yet';
  if (reviewers.length === 1) return reviewers[0]!;
  return `${reviewers.slice(0, -1).join(', ')} and ${reviewers[reviewers.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

type Totals = { total: number; max: number; scored: number; items: number; complete: boolean };

/** `87 out of 125`, or while items are unscored `70 so far (20 of 25 items scored)`. */
export function totalText(t: Totals): string {
  return t.complete ? `${t.total} out of ${t.max}` : `${t.total} so far (${t.scored} of ${t.items} items scored)`;
}

/**
 * The band, or why there is none: Sainsbury section C has no bands, and a band of a partial total would
 * mislead, so an IPS-25 draft shows its band only once every item is scored.
 */
export function bandText(instrument: InstrumentId, band: { label: string } | null, complete: boolean): string {
  if (band) return band.label;
  if (INSTRUMENTS[instrument].bands.length === 0) return 'None for this instrument';
  return complete ? 'No band' : 'When every item is scored';
}

/** `+3`, `−2` (a real minus sign), `No change`; `–` when either side has no figure. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  if (change === 0) return 'No change';
  return change > 0 ? `+${change}` : `−${-change}`;
}

export type DueTone = 'overdue' | 'soon' | 'fine' | 'none';

/** When an instrument's next review is due, in words, with how urgent it is. */
export function dueText(s: InstrumentSchedule): { headline: string; tone: DueTone } {
  if (s.state === 'never_reviewed' || s.due === null || s.days_until_due === null) {
    return { headline: 'No final review yet', tone: 'none' };
  }
  const date = formatUkDate(s.due);
  const days = s.days_until_due;
  if (s.state === 'overdue') return { headline: `Overdue by ${plural(-days, 'day')} (due ${date})`, tone: 'overdue' };
  if (days === 0) return { headline: `Due today (${date})`, tone: 'soon' };
  if (s.state === 'due_soon') return { headline: `Due in ${plural(days, 'day')}, on ${date}`, tone: 'soon' };
  return { headline: `Next due ${date}`, tone: 'fine' };
}

/** Reviewers as typed in one box, separated by commas or new lines; blanks dropped. */
export function parseReviewers(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

const STAMP = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** An ISO time (when a review was made final) in local time: `15/01/2026 at 14:03`. */
export function timestampText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(STAMP.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} at ${parts.hour}:${parts.minute}`;
}

const upTo2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** How a suggestion's figure is worked out, in its own terms: `12 of 15`, `3,177 days over 95 clients`. */
export function workingText(s: { unit: SuggestionUnit; numerator: number; denominator: number }): string {
  const [n, d] = [upTo2.format(s.numerator), upTo2.format(s.denominator)];
  switch (s.unit) {
    case 'share':
      return `${n} of ${d}`;
    case 'days':
      return `${n} days in all, over ${plural(s.denominator, 'client')}`;
    case 'clients_per_fte':
      return `${plural(s.numerator, 'active client')} ÷ ${d} full-time equivalent staff`;
    case 'contacts_per_fte_per_week':
      return `${plural(s.numerator, 'face-to-face employer contact')} ÷ ${d} (weeks × full-time equivalent staff)`;
  }
}
