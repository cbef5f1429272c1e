import { CASELOAD_STATUS, type CaseloadStatus } from '../../../../shared/caseload';
import { daysBetween, type IsoDate } from '../../../../shared/dates';
import type { CaseloadRow } from '../../../../shared/ipc/records';

/** `open` = everyone not discharged (the default view); `all` includes discharged clients. */
export type StatusFilter = 'open' | 'all' | CaseloadStatus;

export interface CaseloadFilter {
  search: string;
  specialist: string;
  team: string;
  status: StatusFilter;
}

export const EMPTY_FILTER: CaseloadFilter = { search: '', specialist: '', team: '', status: 'open' };

/** Marks "no specialist recorded" in the specialist and team selects (a real value can't be blank). */
export const NONE = '__none__';

/** Open clients with no contact for longer than this are flagged on the caseload. */
export const CONTACT_OVERDUE_DAYS = 56;

function matchesSearch(row: CaseloadRow, search: string): boolean {
  const text = search.trim().toLowerCase();
  if (!text) return true;
  if (row.name.toLowerCase().includes(text) || row.client_id.toLowerCase().includes(text)) return true;
  // NHS numbers are written "943 476 5919" or "9434765919": compare without spaces.
  const compact = text.replace(/\s+/g, '');
  return compact !== '' && (row.nhs_number ?? '').replace(/\s+/g, '').includes(compact);
}

function matchesChoice(value: string | null, choice: string): boolean {
  if (!choice) return true;
  return choice === NONE ? !value : value === choice;
}

function matchesStatus(status: CaseloadStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return status !== 'discharged';
  return status === filter;
}

/** Rows passing the search, specialist and team filters, before the status filter (the counts are taken here). */
export function rowsBeforeStatus(rows: readonly CaseloadRow[], filter: CaseloadFilter): CaseloadRow[] {
  return rows.filter(
    (row) => matchesSearch(row, filter.search) && matchesChoice(row.specialist, filter.specialist) && matchesChoice(row.team, filter.team),
  );
}

export function filterCaseload(rows: readonly CaseloadRow[], filter: CaseloadFilter): CaseloadRow[] {
  return rowsBeforeStatus(rows, filter).filter((row) => matchesStatus(row.status, filter.status));
}

export type StatusCounts = Record<CaseloadStatus | 'open' | 'all', number>;

export function statusCounts(rows: readonly CaseloadRow[]): StatusCounts {
  const counts = Object.fromEntries([...CASELOAD_STATUS, 'open', 'all'].map((key) => [key, 0])) as StatusCounts;
  for (const row of rows) {
    counts[row.status] += 1;
    counts.all += 1;
    if (row.status !== 'discharged') counts.open += 1;
  }
  return counts;
}

/** Distinct non-blank values, sorted, for a filter select; `hasBlank` says whether to offer "None recorded". */
export function choicesOf(rows: readonly CaseloadRow[], pick: (row: CaseloadRow) => string | null): { values: string[]; hasBlank: boolean } {
  const values = new Set<string>();
  let hasBlank = false;
  for (const row of rows) {
    const value = pick(row);
    if (value) values.add(value);
    else hasBlank = true;
  }
  return { values: [...values].sort((a, b) => a.localeCompare(b, 'en-GB')), hasBlank };
}

/** An open client whose last contact (or, with none, referral) is more than eight weeks before today. */
export function isContactOverdue(row: CaseloadRow, today: IsoDate): boolean {
  if (row.status === 'discharged') return false;
  const since = row.last_contact ?? row.referral_date;
  return daysBetween(since, today) > CONTACT_OVERDUE_DAYS;
}
