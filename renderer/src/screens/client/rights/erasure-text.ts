import { formatUkDate } from '../../../../../shared/dates';
import type { ErasurePreview } from '../../../../../shared/ipc/rights';

/**
 * The erasure preview in words (what goes, what stays, the outcome), for the erase dialog, the caseload's
 * message afterwards and their tests. Pure, so the sentences are checked in one place.
 */

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

type Counts = ErasurePreview['counts'];

/** What erasing removes besides the client record itself: each kind of record there is, with its count. */
export function erasedRecords(counts: Counts): string[] {
  const lines: string[] = [];
  if (counts.jobs > 0) lines.push(count(counts.jobs, 'job', 'jobs'));
  if (counts.clientContacts > 0) lines.push(count(counts.clientContacts, 'contact with the person', 'contacts with the person'));
  if (counts.activities > 0) lines.push(count(counts.activities, 'education or volunteering record', 'education or volunteering records'));
  if (counts.wellbeing > 0) lines.push(count(counts.wellbeing, 'wellbeing score', 'wellbeing scores'));
  return lines;
}

/** Employer contacts are the team's work with an employer: they stay, with the link to the person cleared. */
export function keptEmployerContacts(kept: number): string | null {
  if (kept === 0) return null;
  return `${count(kept, 'employer contact', 'employer contacts')} made for them stay${kept === 1 ? 's' : ''} in the employer log, no longer linked to anyone`;
}

type Linked = ErasurePreview['linkedEpisodes'][number];

/** One other episode of the same person, as the dialog lists it. */
export function episodeText(e: Pick<Linked, 'client_id' | 'referral_date' | 'discharge_date'>): string {
  const end = e.discharge_date ? `discharged ${formatUkDate(e.discharge_date)}` : 'still open';
  return `${e.client_id}: referred ${formatUkDate(e.referral_date)}, ${end}`;
}

/** Episodes linked as re-referrals must go with it (the service refuses otherwise); NHS-number matches are a choice. */
export function splitLinked(linked: readonly Linked[]): { mustGo: Linked[]; mayGo: Linked[] } {
  return { mustGo: linked.filter((e) => e.link === 'episode'), mayGo: linked.filter((e) => e.link === 'nhs_number') };
}

/** The message the caseload shows once the erasure is done. */
export function erasedText(result: { erased: { client_id: string }[]; employerContactsKept: number }): string {
  const ids = result.erased.map((e) => e.client_id);
  const which = ids.length === 1 ? `the record of ${ids[0]}` : `the records of ${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
  const kept = keptEmployerContacts(result.employerContactsKept);
  return `Erased ${which}.${kept ? ` ${kept.charAt(0).toUpperCase()}${kept.slice(1)}.` : ''} The erasure and its reason are in the audit trail.`;
}
