import { ACTIVITY_KIND, codeLabel, CONTACT_KIND, DISCHARGE_REASON, WELLBEING_MEASURE } from '../../../../shared/codes';
import type { IsoDate } from '../../../../shared/dates';
import type { ClientDetail } from '../../../../shared/ipc/records';

export interface TimelineEvent {
  date: IsoDate;
  /** Which tab holds the record, for a link. */
  tab: 'details' | 'jobs' | 'contacts' | 'activities' | 'wellbeing';
  title: string;
  detail?: string;
}

/**
 * Every dated thing on a client's record, newest first. Events on the same day keep the order of the
 * episode (referral before profile before job start…), reversed with the rest.
 */
export function buildTimeline(d: ClientDetail): TimelineEvent[] {
  const c = d.client;
  const events: TimelineEvent[] = [];
  const add = (date: IsoDate | null, event: Omit<TimelineEvent, 'date'>) => {
    if (date) events.push({ date, ...event });
  };
  add(c.referral_date, { tab: 'details', title: 'Referred', detail: c.team ? `by ${c.team}` : undefined });
  add(c.vocational_profile_date, { tab: 'details', title: 'Vocational profile completed' });
  add(c.action_plan_date, { tab: 'details', title: 'Action plan agreed' });
  for (const a of d.activities) add(a.start_date, { tab: 'activities', title: `Started: ${codeLabel(ACTIVITY_KIND, a.kind)}` });
  for (const ct of d.contacts) {
    add(ct.date, { tab: 'contacts', title: `Contact: ${codeLabel(CONTACT_KIND, ct.kind)}`, detail: [ct.employer, ct.specialist].filter(Boolean).join(' · ') || undefined });
  }
  for (const w of d.wellbeing) add(w.date, { tab: 'wellbeing', title: `${codeLabel(WELLBEING_MEASURE, w.measure)}: ${w.score}` });
  for (const j of d.jobs) {
    const what = [j.job_title, j.employer].filter(Boolean).join(' at ') || j.job_id;
    add(j.start_date, { tab: 'jobs', title: `Job started: ${what}`, detail: `${j.hours_per_week} hours a week${j.competitive ? '' : ' · not competitive'}` });
    add(j.end_date, { tab: 'jobs', title: `Job ended: ${what}` });
  }
  add(c.retention_return_date, { tab: 'details', title: 'Back at work (job retention)' });
  add(c.discharge_date, { tab: 'details', title: 'Discharged', detail: c.discharge_reason ? codeLabel(DISCHARGE_REASON, c.discharge_reason) : undefined });
  // Stable sort keeps same-day events in episode order; reversing gives newest first.
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i).reverse().map(({ e }) => e);
}
