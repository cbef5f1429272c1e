import type { DataQualityKind } from '../../../../shared/outcomes';
import type { DataQualityRow } from '../../../../shared/ipc/reports';
import { hrefFor } from '../../app/routes';

/** Grouping and wording of data-quality problems: blocking ones first, then by kind in a fixed order. */

export const SEVERITY_TEXT: Record<DataQualityRow['severity'], { title: string; explain: string }> = {
  blocks: { title: 'Block figures', explain: 'A figure cannot be right until these are fixed.' },
  changes: { title: 'Change figures', explain: 'These records are accepted, but a figure leaves them out or could mislead.' },
};

export const KIND_TITLES: Record<DataQualityKind, string> = {
  job_without_client: 'Jobs with no client',
  duplicate_job: 'Jobs entered twice (same client, employer and dates)',
  job_without_hours: 'Jobs without hours a week',
  staff_fte_missing: 'Staff without FTE',
  profile_without_action_plan: 'Vocational profile without action plan',
  action_plan_without_profile: 'Action plan without vocational profile',
  job_before_referral: 'Jobs that began before referral',
  four_hours_unconfirmed: 'Four paid hours not confirmed',
  contact_after_discharge: 'Contacts after discharge',
  no_recent_contact: 'No contact in 8 weeks but not discharged',
  employer_contact_without_employer: 'Employer contacts with no employer named',
  date_in_future: 'Dates in the future',
  profile_before_referral: 'Vocational profile before the referral',
  contact_before_referral: 'Contacts before the referral',
};

const KIND_ORDER = Object.keys(KIND_TITLES);

export function groupProblems(rows: readonly DataQualityRow[]) {
  return (['blocks', 'changes'] as const)
    .map((severity) => {
      const mine = rows.filter((r) => r.severity === severity);
      const kinds = [...new Set(mine.map((r) => r.kind))]
        .sort((a, b) => (KIND_ORDER.indexOf(a) + 1 || 99) - (KIND_ORDER.indexOf(b) + 1 || 99))
        .map((kind) => ({ kind: kind as DataQualityKind, rows: mine.filter((r) => r.kind === kind) }));
      return { severity, kinds };
    })
    .filter((g) => g.kinds.length > 0);
}

/** Where to fix a problem: the client record at the right tab, or the staff list in settings. */
export function fixLinkFor(row: DataQualityRow): { href: string; text: string } | null {
  const { type, clientRecordId } = row.record;
  if (type === 'staff') return { href: hrefFor({ screen: 'settings', tab: 'staff' }), text: 'Fix in Settings › Staff' };
  if (type === 'contact' && !clientRecordId) return { href: hrefFor({ screen: 'employers' }), text: 'Fix in the employer contacts log' };
  if (!clientRecordId) return null;
  const contactKinds: readonly string[] = ['no_recent_contact', 'employer_contact_without_employer', 'contact_before_referral'];
  const tab = type === 'job' ? 'jobs' : type === 'contact' || contactKinds.includes(row.kind) ? 'contacts' : 'details';
  const words: Record<string, string> = { jobs: 'Fix the job', contacts: 'Fix the contacts', details: 'Fix the client record' };
  return { href: hrefFor({ screen: 'client', id: clientRecordId, tab }), text: `${words[tab]} (${row.record.ref})` };
}
