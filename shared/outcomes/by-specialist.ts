import { specialistKey } from './contact-facts';
import type { Report } from './types';

/**
 * The figures IPS supervisors review weekly, per employment specialist, for one report's period (issue 11):
 * active caseload and share working at the snapshot, face-to-face employer contacts a week and job starts in
 * the period. Each is the team figure's own records split by the client's specialist, so the rows add up to
 * the team's figures (a blank specialist is the row `unknown`).
 */
export interface SpecialistFigures {
  specialist: string;
  activeCaseload: number;
  employerContactsPerWeek: number | null;
  jobStarts: number;
  /** Open clients employed at the snapshot, of the specialist's open clients. */
  working: { numerator: number; denominator: number; value: number | null };
}

export function figuresBySpecialist(
  report: Report,
  clients: readonly { client_id: string; specialist: string | null }[],
  jobs: readonly { job_id: string; client_id: string }[],
): SpecialistFigures[] {
  const specialistOf = new Map(clients.map((c) => [c.client_id, specialistKey(c.specialist)]));
  const clientOfJob = new Map(jobs.map((j) => [j.job_id, j.client_id]));
  const rows = new Map<string, SpecialistFigures>();
  const row = (name: string): SpecialistFigures => {
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { specialist: name, activeCaseload: 0, employerContactsPerWeek: null, jobStarts: 0, working: { numerator: 0, denominator: 0, value: null } }));
    return r;
  };
  const of = (clientId: string) => specialistOf.get(clientId) ?? specialistKey(null);
  const { metrics } = report;
  for (const id of metrics.active_caseload.records.clients ?? []) row(of(id)).activeCaseload += 1;
  for (const [name, perWeek] of Object.entries(metrics.employer_f2f_per_week.breakdown ?? {})) row(name).employerContactsPerWeek = perWeek;
  for (const jobId of metrics.job_starts.records.jobs ?? []) {
    const clientId = clientOfJob.get(jobId);
    if (clientId !== undefined) row(of(clientId)).jobStarts += 1;
  }
  for (const id of metrics.currently_employed.records.denominatorClients ?? []) row(of(id)).working.denominator += 1;
  for (const id of metrics.currently_employed.records.clients ?? []) row(of(id)).working.numerator += 1;
  for (const r of rows.values()) r.working.value = r.working.denominator === 0 ? null : r.working.numerator / r.working.denominator;
  // Named specialists alphabetically; the `unknown` row (no specialist recorded) last.
  return [...rows.values()].sort((a, b) => (a.specialist === 'unknown' ? 1 : b.specialist === 'unknown' ? -1 : a.specialist.localeCompare(b.specialist, 'en-GB')));
}
