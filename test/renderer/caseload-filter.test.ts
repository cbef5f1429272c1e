import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../shared/ipc/records';
import {
  choicesOf, EMPTY_FILTER, filterCaseload, isContactOverdue, NONE, rowsBeforeStatus, statusCounts,
} from '../../renderer/src/screens/caseload/caseload-filter';

function row(over: Partial<CaseloadRow>): CaseloadRow {
  return {
    id: '00000000-0000-4000-8000-000000000001', client_id: 'C001', name: 'Ada Lovelace', nhs_number: '943 476 5919',
    specialist: 'Jo Smith', team: 'North', status: 'engaged', referral_date: '2025-01-10', discharge_date: null,
    last_contact: '2025-03-01', current_job: null, ...over,
  };
}

const rows = [
  row({ client_id: 'C001' }),
  row({ client_id: 'C002', name: 'Ben Okafor', nhs_number: '4010232137', specialist: null, team: 'South', status: 'in_work' }),
  row({ client_id: 'C003', name: 'Cara Jones', nhs_number: null, status: 'discharged', discharge_date: '2025-02-01' }),
];

describe('caseload filter', () => {
  it('shows open clients by default and everyone on request', () => {
    expect(filterCaseload(rows, EMPTY_FILTER).map((r) => r.client_id)).toEqual(['C001', 'C002']);
    expect(filterCaseload(rows, { ...EMPTY_FILTER, status: 'all' })).toHaveLength(3);
    expect(filterCaseload(rows, { ...EMPTY_FILTER, status: 'discharged' }).map((r) => r.client_id)).toEqual(['C003']);
  });

  it('searches name, client id and NHS number ignoring spaces', () => {
    const find = (search: string) => filterCaseload(rows, { ...EMPTY_FILTER, status: 'all', search }).map((r) => r.client_id);
    expect(find('ben')).toEqual(['C002']);
    expect(find('c003')).toEqual(['C003']);
    expect(find('9434765919')).toEqual(['C001']);
    expect(find('401 023 2137')).toEqual(['C002']);
    expect(find('   ')).toHaveLength(3);
  });

  it('filters by specialist and team, including "not recorded"', () => {
    expect(filterCaseload(rows, { ...EMPTY_FILTER, specialist: NONE }).map((r) => r.client_id)).toEqual(['C002']);
    expect(filterCaseload(rows, { ...EMPTY_FILTER, team: 'North', status: 'all' }).map((r) => r.client_id)).toEqual(['C001', 'C003']);
    expect(choicesOf(rows, (r) => r.specialist)).toEqual({ values: ['Jo Smith'], hasBlank: true });
  });

  it('counts each status over the other filters', () => {
    const counts = statusCounts(rowsBeforeStatus(rows, { ...EMPTY_FILTER, team: 'North' }));
    expect(counts).toMatchObject({ engaged: 1, discharged: 1, in_work: 0, open: 1, all: 2 });
  });

  it('flags open clients with no contact for more than eight weeks', () => {
    expect(isContactOverdue(row({ last_contact: '2025-03-01' }), '2025-04-26')).toBe(false); // 56 days
    expect(isContactOverdue(row({ last_contact: '2025-03-01' }), '2025-04-27')).toBe(true);
    expect(isContactOverdue(row({ last_contact: null, referral_date: '2025-01-01' }), '2025-04-27')).toBe(true);
    expect(isContactOverdue(row({ status: 'discharged', last_contact: '2020-01-01' }), '2025-04-27')).toBe(false);
  });
});
