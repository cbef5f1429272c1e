import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../shared/dates';
import type { DemoData } from '../../../electron/services/demo';
import { demoFor, SEEDS, TODAY, WINDOW_START } from './demo-fixture';

type Job = DemoData['jobs'][number];

function countedJobs(data: DemoData): Job[] {
  const referral = new Map(data.clients.map((c) => [c.client_id, c.referral_date]));
  return data.jobs.filter((j) => j.competitive && j.four_hours_confirmed && j.start_date >= (referral.get(j.client_id) ?? ''));
}

function jobsByClient(jobs: readonly Job[]): Map<string, Job[]> {
  const out = new Map<string, Job[]>();
  for (const j of jobs) out.set(j.client_id, [...(out.get(j.client_id) ?? []), j]);
  for (const list of out.values()) list.sort((a, b) => a.start_date.localeCompare(b.start_date));
  return out;
}

/** Days out of work between one job (or overlapping jobs) ending and the next starting, per client. */
function idleGaps(jobs: readonly Job[]): number[] {
  const gaps: number[] = [];
  for (const list of jobsByClient(jobs).values()) {
    let coveredTo: string | null = null;
    for (const j of list) {
      if (coveredTo !== null && j.start_date > coveredTo) gaps.push(daysBetween(coveredTo, j.start_date) - 1);
      if (j.end_date === null) break;
      if (coveredTo === null || j.end_date > coveredTo) coveredTo = j.end_date;
    }
  }
  return gaps;
}

function hasConcurrentJobs(jobs: readonly Job[]): boolean {
  for (const list of jobsByClient(jobs).values()) {
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1] as Job;
      if (prev.end_date === null || (list[i] as Job).start_date <= prev.end_date) return true;
    }
  }
  return false;
}

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  while (`${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

describe.each(SEEDS)('demo data looks like a real IPS caseload (seed %i)', (seed) => {
  const data = demoFor(seed);
  const counted = countedJobs(data);
  const byId = new Map(data.clients.map((c) => [c.client_id, c]));

  it('spreads referrals over every month of the three financial years', () => {
    const seen = new Set(data.clients.map((c) => c.referral_date.slice(0, 7)));
    for (const month of months(WINDOW_START, TODAY)) expect(seen.has(month), month).toBe(true);
  });

  it('receives referrals and makes contacts on weekdays only', () => {
    const weekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
    expect(data.clients.filter((c) => weekend(c.referral_date))).toEqual([]);
    expect(data.contacts.filter((x) => weekend(x.date))).toEqual([]);
  });

  it('profiles most clients within 30 days, agrees plans after, and has some who never engage', () => {
    const profiled = data.clients.filter((c) => c.vocational_profile_date);
    expect(profiled.length / data.clients.length).toBeGreaterThan(0.75);
    for (const c of profiled) expect(daysBetween(c.referral_date, c.vocational_profile_date as string)).toBeLessThanOrEqual(30);
    for (const c of data.clients) if (c.action_plan_date) expect(c.action_plan_date > (c.vocational_profile_date as string)).toBe(true);
    const neverEngaged = data.clients.filter((c) => !c.vocational_profile_date && c.discharge_date);
    expect(neverEngaged.length).toBeGreaterThan(5);
  });

  it('finds work for roughly 35–45 % of clients referred at least a year ago', () => {
    const inWork = new Set(counted.map((j) => j.client_id));
    const older = data.clients.filter((c) => daysBetween(c.referral_date, TODAY) >= 365);
    const share = older.filter((c) => inWork.has(c.client_id)).length / older.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.52);
  });

  it('has counted jobs under 5, 5 to under 16, exactly 16 and over 16 hours', () => {
    const h = counted.map((j) => j.hours_per_week);
    expect(h.filter((x) => x < 5).length).toBeGreaterThan(3);
    expect(h.filter((x) => x >= 5 && x < 16).length).toBeGreaterThan(3);
    expect(h.filter((x) => x === 16).length).toBeGreaterThan(3);
    expect(h.filter((x) => x > 16).length).toBeGreaterThan(3);
  });

  it('has the awkward cases the outcome rules exist for', () => {
    const retention = data.clients.filter((c) => c.retention_case);
    expect(retention.length).toBeGreaterThan(5);
    for (const c of retention) expect(c.employment_status_at_referral).toBe('01');
    expect(retention.some((c) => c.retention_return_date)).toBe(true);
    expect(data.jobs.some((j) => byId.get(j.client_id)?.retention_case && j.start_date < (byId.get(j.client_id)?.referral_date ?? ''))).toBe(true);
    expect(data.jobs.some((j) => !j.competitive)).toBe(true);
    expect(data.jobs.some((j) => !j.four_hours_confirmed)).toBe(true);
    expect(data.jobs.some((j) => !j.four_hours_confirmed && daysBetween(j.start_date, TODAY) < 14)).toBe(true);
    expect(data.jobs.some((j) => j.contract_type === 'self_employed')).toBe(true);
    expect(data.jobs.some((j) => j.end_date === null)).toBe(true);
    expect(data.jobs.some((j) => j.end_date !== null)).toBe(true);
    const gaps = idleGaps(counted);
    expect(gaps.some((g) => g < 42)).toBe(true);
    expect(gaps.some((g) => g >= 42)).toBe(true);
    expect(hasConcurrentJobs(data.jobs.filter((j) => j.start_date >= (byId.get(j.client_id)?.referral_date ?? '')))).toBe(true);
  });

  it('discharges clients with reasons and keeps others open', () => {
    const discharged = data.clients.filter((c) => c.discharge_date);
    expect(discharged.length).toBeGreaterThan(60);
    expect(data.clients.length - discharged.length).toBeGreaterThan(60);
    for (const c of discharged) expect(c.discharge_reason).toBeTruthy();
    expect(new Set(discharged.map((c) => c.discharge_reason)).size).toBeGreaterThan(4);
    expect(discharged.some((c) => c.discharge_reason === 'employed_sustained')).toBe(true);
  });

  it('records activities and both wellbeing measures at referral and later', () => {
    expect(data.activities.length).toBeGreaterThan(10);
    expect(new Set(data.activities.map((a) => a.kind)).size).toBeGreaterThan(3);
    const measures = new Map<string, Set<string>>();
    const dates = new Map<string, Set<string>>();
    for (const w of data.wellbeing) {
      measures.set(w.client_id, (measures.get(w.client_id) ?? new Set()).add(w.measure));
      dates.set(w.client_id, (dates.get(w.client_id) ?? new Set()).add(w.date));
    }
    expect([...measures.values()].some((m) => m.size === 2)).toBe(true);
    expect([...dates.values()].filter((d) => d.size >= 2).length).toBeGreaterThan(10);
    for (const w of data.wellbeing) {
      if (w.measure === 'swemwbs') expect(w.score >= 7 && w.score <= 35).toBe(true);
      else expect(w.score >= 0 && w.score <= 40).toBe(true);
    }
  });

  it('has 5–8 specialists in post, one leaver and a replacement', () => {
    const inPost = data.staff.filter((s) => !s.end_date);
    expect(inPost.length).toBeGreaterThanOrEqual(5);
    expect(inPost.length).toBeLessThanOrEqual(8);
    for (const s of data.staff) expect((s.fte ?? 0) >= 0.6 && (s.fte ?? 0) <= 1).toBe(true);
    const leavers = data.staff.filter((s) => s.end_date);
    expect(leavers).toHaveLength(1);
    const leftOn = leavers[0]?.end_date as string;
    expect(data.staff.some((s) => (s.start_date ?? '') > leftOn)).toBe(true);
    expect(new Set(data.clients.map((c) => c.team)).size).toBeGreaterThan(3);
  });

  it('sees open clients every 1–3 weeks and contacts employers on their behalf and not', () => {
    const clientContacts = new Map<string, string[]>();
    for (const x of data.contacts) {
      if (x.kind === 'client_face_to_face' || x.kind === 'client_other') {
        clientContacts.set(x.client_id as string, [...(clientContacts.get(x.client_id as string) ?? []), x.date]);
      }
    }
    const spacing: number[] = [];
    for (const list of clientContacts.values()) for (let i = 1; i < list.length; i++) spacing.push(daysBetween(list[i - 1] as string, list[i] as string));
    spacing.sort((a, b) => a - b);
    const median = spacing[Math.floor(spacing.length / 2)] as number;
    expect(median).toBeGreaterThanOrEqual(7);
    expect(median).toBeLessThanOrEqual(21);

    const employer = data.contacts.filter((x) => x.kind === 'employer_face_to_face' || x.kind === 'employer_other');
    expect(employer.some((x) => x.kind === 'employer_face_to_face' && x.client_id)).toBe(true);
    expect(employer.some((x) => x.kind === 'employer_other' && x.client_id)).toBe(true);
    expect(employer.some((x) => x.client_id === null)).toBe(true);
    const onBehalf = employer.filter((x) => x.client_id);
    expect(onBehalf.filter((x) => x.client_preference_based === 'yes').length / onBehalf.length).toBeGreaterThan(0.6);
  });

  it('makes first employer contacts mostly within 4 months of the profile, a few before it', () => {
    const first = new Map<string, string>();
    for (const x of data.contacts) {
      if (x.kind === 'employer_face_to_face' && x.client_id && !first.has(x.client_id)) first.set(x.client_id, x.date);
    }
    const offsets = [...first].flatMap(([id, date]) => {
      const profile = byId.get(id)?.vocational_profile_date;
      return profile ? [daysBetween(profile, date)] : [];
    });
    expect(offsets.some((d) => d < 0)).toBe(true);
    expect(offsets.filter((d) => d <= 120).length / offsets.length).toBeGreaterThan(0.8);
  });
});
