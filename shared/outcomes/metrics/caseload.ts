import { specialistKey } from '../contact-facts';
import { countClients, rate, type EngineContext } from '../context';
import { isOpenOnDay, isStaffInPostOn, type ClientFacts } from '../facts';
import type { MetricResult } from '../types';

/** Client contact within the last 4 weeks: [snap − 27, snap]. */
export const ACTIVE_CONTACT_WINDOW_DAYS = 28;

export function isActiveOn(c: ClientFacts, snap: number): boolean {
  return (
    isOpenOnDay(c, snap) &&
    c.engagement !== null &&
    c.engagement <= snap &&
    c.lastClientContact !== null &&
    c.lastClientContact >= snap - (ACTIVE_CONTACT_WINDOW_DAYS - 1) &&
    c.lastClientContact <= snap
  );
}

/** Total FTE of staff in post on `snap`; a blank FTE adds nothing (data quality flags it). */
export function fteInPost(ctx: EngineContext): number {
  return ctx.input.staff.reduce((sum, s) => (isStaffInPostOn(s, ctx.snapIso) ? sum + (s.fte ?? 0) : sum), 0);
}

function caseloadPerFte(active: readonly ClientFacts[], fte: number): MetricResult {
  const breakdown: Record<string, number> = {};
  const byKey: Record<string, { clients: string[] }> = {};
  for (const c of active) {
    const key = specialistKey(c.client.specialist);
    breakdown[key] = (breakdown[key] ?? 0) + 1;
    (byKey[key] ??= { clients: [] }).clients.push(c.id);
  }
  return {
    value: fte > 0 ? active.length / fte : null,
    breakdown,
    records: { clients: active.map((c) => c.id), byKey },
  };
}

/** DOMAIN §4.2 caseload snapshot at snap = min(end, as_of). */
export function caseload(ctx: EngineContext) {
  const open = ctx.index.clients.filter((c) => isOpenOnDay(c, ctx.snap));
  const active = open.filter((c) => isActiveOn(c, ctx.snap));
  return {
    open_caseload: countClients(open),
    active_caseload: countClients(active),
    caseload_per_fte: caseloadPerFte(active, fteInPost(ctx)),
    retention_share: rate(open, (c) => c.client.retention_case),
  };
}
