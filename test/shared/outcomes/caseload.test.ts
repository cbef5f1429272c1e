import { describe, expect, it } from 'vitest';
import { client, contact, metric, report, staff } from './helpers';

// Period 2025-26; as of 30/06/2026 the snapshot day is 31/03/2026 (end of P).
const engaged = { vocational_profile_date: '2025-04-10', action_plan_date: '2025-04-20' };
const seen = (id: string, date: string, kind: 'client_face_to_face' | 'client_other' = 'client_face_to_face') =>
  contact({ date, kind, client_id: id });

describe('§4.2 caseload snapshot', () => {
  it('open_caseload: open on snap = min(end, as_of)', () => {
    const clients = [
      client('open'),
      client('gone_on_snap', { discharge_date: '2026-03-31' }),
      client('gone_after', { discharge_date: '2026-04-01' }),
      client('later', { referral_date: '2026-04-01' }),
      client('same_day', { referral_date: '2025-06-01', discharge_date: '2025-06-01' }),
    ];
    // open + gone_after = 2 on 31/03/2026.
    expect(metric({ clients }, 'open_caseload')).toMatchObject({ value: 2, people: 2, records: { clients: ['open', 'gone_after'] } });
    // As of 15/09/2025 (mid-period) the snapshot is 15/09/2025: open, gone_on_snap, gone_after = 3.
    expect(metric({ clients }, 'open_caseload', '2025-26', '2025-09-15').value).toBe(3);
  });

  it('active_caseload: open, engaged by snap and a client contact in [snap − 27, snap]', () => {
    const clients = [
      client('day27', engaged),
      client('day28', engaged),
      client('phone', engaged),
      client('employer_only', engaged),
      client('not_engaged', { vocational_profile_date: '2025-04-10' }),
      client('engaged_late', { vocational_profile_date: '2026-03-01', action_plan_date: '2026-04-02' }),
      client('after_snap', engaged),
    ];
    const contacts = [
      seen('day27', '2026-03-04'), // 31/03 − 27 = 04/03/2026: inside the 4 weeks
      seen('day28', '2026-03-03'), // 28 days before: outside
      seen('phone', '2026-03-31', 'client_other'),
      contact({ date: '2026-03-30', kind: 'employer_face_to_face', client_id: 'employer_only' }),
      seen('not_engaged', '2026-03-30'),
      seen('engaged_late', '2026-03-30'),
      seen('after_snap', '2026-04-01'), // after snap: does not count
    ];
    expect(metric({ clients, contacts }, 'active_caseload')).toMatchObject({ value: 2, records: { clients: ['day27', 'phone'] } });
  });

  it('caseload_per_fte: active clients ÷ FTE in post on snap; staff who left before snap do not count', () => {
    const clients = [
      client('a', { ...engaged, specialist: 'Sam' }),
      client('b', { ...engaged, specialist: 'Sam' }),
      client('c', { ...engaged, specialist: 'Alex' }),
      client('d', engaged), // no specialist → "unknown"
    ];
    const contacts = clients.map((c) => seen(c.client_id, '2026-03-20'));
    const team = [
      staff('Sam', { fte: 1, start_date: '2024-01-01' }),
      staff('Alex', { fte: 0.5, start_date: '2025-01-01' }),
      staff('Jo', { fte: 1, start_date: '2024-01-01', end_date: '2026-03-30' }), // left the day before snap
      staff('Kim', { fte: 0.5, start_date: '2024-01-01', end_date: '2026-03-31' }), // last day = snap: in post
      staff('New', { fte: 1, start_date: '2026-04-01' }), // not started
      staff('Blank', { fte: null }), // no FTE: adds nothing
    ];
    // FTE on 31/03/2026 = 1 + 0.5 + 0.5 = 2; 4 active ÷ 2 = 2.
    const m = metric({ clients, contacts, staff: team }, 'caseload_per_fte');
    expect(m.value).toBe(2);
    expect(m.breakdown).toEqual({ Sam: 2, Alex: 1, unknown: 1 });
    expect(m.records.byKey?.Sam?.clients).toEqual(['a', 'b']);
    // As of 30/03/2026 Jo is still in post but Kim too: FTE 3; 4 ÷ 3.
    expect(metric({ clients, contacts, staff: team }, 'caseload_per_fte', '2025-26', '2026-03-30').value).toBeCloseTo(4 / 3, 12);
    // No staff: no figure.
    expect(metric({ clients, contacts }, 'caseload_per_fte')).toMatchObject({ value: null, breakdown: { Sam: 2, Alex: 1, unknown: 1 } });
  });

  it('retention_share: share of open caseload that are retention cases; null when nobody is open', () => {
    const ret = { retention_case: true, employment_status_at_referral: '01' as const };
    const clients = [client('r1', ret), client('x1'), client('x2'), client('x3'), client('r_gone', { ...ret, discharge_date: '2025-05-01' })];
    // Open on 31/03/2026: r1, x1, x2, x3; retention 1 → 1/4.
    expect(metric({ clients }, 'retention_share')).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      records: { clients: ['r1'], denominatorClients: ['r1', 'x1', 'x2', 'x3'] },
    });
    expect(metric({ clients: [] }, 'retention_share')).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('snapshot figures use the as-of date when it falls inside the period', () => {
    const r = report({ clients: [client('a', engaged)], contacts: [seen('a', '2025-09-01')] }, '2025-26', '2025-09-10');
    expect(r.period).toEqual({ start: '2025-04-01', end: '2026-03-31', as_of: '2025-09-10', label: 'Financial year 2025-26' });
    expect(r.metrics.active_caseload.value).toBe(1); // contact 9 days before the 10/09/2025 snapshot
  });
});
