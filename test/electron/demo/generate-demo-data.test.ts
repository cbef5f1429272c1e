import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activitySchema, clientSchema, contactSchema, jobSchema, staffSchema, wellbeingSchema } from '../../../shared/records';
import { isValidNhsNumber } from '../../../shared/nhs-number';
import { CLIENT_CONTACT_KINDS } from '../../../shared/codes';
import { generateDemoData, isDemoClientId } from '../../../electron/services/demo';
import { FICTIONAL_FAMILY_NAMES } from '../../../electron/services/demo/demo-vocabulary';
import { demoFor, SEEDS, TODAY, WINDOW_START } from './demo-fixture';

afterEach(() => vi.restoreAllMocks());

describe('generateDemoData: determinism', () => {
  it('gives identical data for the same seed and options', () => {
    const again = generateDemoData({ clients: 300, seed: 1, today: TODAY });
    expect(again).toEqual(demoFor(1));
  });

  it('gives different data for a different seed', () => {
    expect(demoFor(2).clients).not.toEqual(demoFor(1).clients);
  });

  it('never reads the clock or Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    expect(() => generateDemoData({ clients: 50, seed: 9, today: TODAY })).not.toThrow();
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('keeps the same clients and jobs whatever the contact density', () => {
    const dense = generateDemoData({ clients: 300, seed: 1, today: TODAY, contactsPerClient: 60 });
    expect(dense.clients).toEqual(demoFor(1).clients);
    expect(dense.jobs).toEqual(demoFor(1).jobs);
    expect(dense.contacts.length).not.toBe(demoFor(1).contacts.length);
  });
});

describe.each(SEEDS)('generateDemoData: validity (seed %i)', (seed) => {
  const data = demoFor(seed);

  it('makes 300 clients and every record passes its schema unchanged', () => {
    expect(data.clients).toHaveLength(300);
    const problems = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: unknown } }, records: readonly T[]) =>
      records.flatMap((r): { record: T; error?: string; parsed?: unknown }[] => {
        const result = schema.safeParse(r);
        if (!result.success) return [{ record: r, error: String(result.error) }];
        return isDeepStrictEqual(result.data, r) ? [] : [{ record: r, parsed: result.data }];
      });
    expect(problems(clientSchema, data.clients)).toEqual([]);
    expect(problems(jobSchema, data.jobs)).toEqual([]);
    expect(problems(contactSchema, data.contacts)).toEqual([]);
    expect(problems(activitySchema, data.activities)).toEqual([]);
    expect(problems(wellbeingSchema, data.wellbeing)).toEqual([]);
    expect(problems(staffSchema, data.staff)).toEqual([]);
  });

  it('has unique DEMO- client ids and unique job ids, and every reference points at a client', () => {
    const ids = new Set(data.clients.map((c) => c.client_id));
    expect(ids.size).toBe(data.clients.length);
    expect(data.clients.filter((c) => !isDemoClientId(c.client_id))).toEqual([]);
    expect(data.clients[0]?.client_id).toBe('DEMO-0001');
    expect(new Set(data.jobs.map((j) => j.job_id)).size).toBe(data.jobs.length);
    expect(data.jobs.filter((j) => !ids.has(j.client_id))).toEqual([]);
    expect(data.activities.filter((a) => !ids.has(a.client_id))).toEqual([]);
    expect(data.wellbeing.filter((w) => !ids.has(w.client_id))).toEqual([]);
    expect(data.contacts.filter((c) => c.client_id !== null && !ids.has(c.client_id))).toEqual([]);
  });

  it('dates nothing after today or before its client was referred, and keeps every order rule', () => {
    const byId = new Map(data.clients.map((c) => [c.client_id, c]));
    const dateFields = ['referral_date', 'retention_return_date', 'vocational_profile_date', 'action_plan_date', 'discharge_date', 'date_of_birth'] as const;
    expect(data.clients.filter((c) => dateFields.some((f) => (c[f] ?? '') > TODAY))).toEqual([]);
    expect(data.clients.filter((c) => c.referral_date < WINDOW_START)).toEqual([]);
    expect(data.clients.filter((c) => c.discharge_date !== null && c.discharge_date < c.referral_date)).toEqual([]);
    expect(data.clients.filter((c) => c.vocational_profile_date !== null && c.vocational_profile_date < c.referral_date)).toEqual([]);
    expect(data.jobs.filter((j) => j.start_date > TODAY || (j.end_date !== null && (j.end_date < j.start_date || j.end_date > TODAY)))).toEqual([]);
    expect(data.jobs.filter((j) => j.start_date > (byId.get(j.client_id)?.discharge_date ?? TODAY))).toEqual([]);
    const openOn = (clientId: string, date: string) => {
      const c = byId.get(clientId);
      return !!c && c.referral_date <= date && (!c.discharge_date || date <= c.discharge_date);
    };
    expect(data.contacts.filter((x) => x.date > TODAY || x.date < WINDOW_START)).toEqual([]);
    expect(data.contacts.filter((x) => x.client_id !== null && !openOn(x.client_id, x.date))).toEqual([]);
    expect(data.wellbeing.filter((w) => !openOn(w.client_id, w.date))).toEqual([]);
    expect(data.activities.filter((a) => !openOn(a.client_id, a.start_date))).toEqual([]);
    expect(data.staff.filter((s) => (s.start_date ?? '') > TODAY || (s.end_date ?? '') > TODAY)).toEqual([]);
  });

  it('uses only NHS test numbers (999 range) with a valid check digit, never twice', () => {
    const numbers = data.clients.map((c) => c.nhs_number).filter((n): n is string => n !== null);
    expect(numbers.length).toBeGreaterThan(250);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.filter((n) => !/^999\d{7}$/.test(n) || !isValidNhsNumber(n))).toEqual([]);
  });

  it('names every person with an invented family name, and specialists are in post when they act', () => {
    const fictional = new Set<string>(FICTIONAL_FAMILY_NAMES);
    expect(data.clients.filter((c) => c.family_name !== null && !fictional.has(c.family_name))).toEqual([]);
    const staffNames = new Set(data.staff.map((s) => s.name));
    expect(staffNames.size).toBe(data.staff.length);
    expect(data.staff.filter((s) => !fictional.has(s.name.split(' ')[1] ?? ''))).toEqual([]);
    const staffByName = new Map(data.staff.map((s) => [s.name, s]));
    const inPost = (name: string | null, date: string) => {
      const s = staffByName.get(name ?? '');
      return !!s && (!s.start_date || s.start_date <= date) && (!s.end_date || date <= s.end_date);
    };
    expect(data.contacts.filter((x) => !inPost(x.specialist, x.date))).toEqual([]);
    expect(data.clients.filter((c) => !inPost(c.specialist, c.discharge_date ?? TODAY))).toEqual([]);
  });

  it('gives client contacts a client and employer contacts an employer, in date order', () => {
    expect(data.contacts.filter((x) => (CLIENT_CONTACT_KINDS.includes(x.kind) ? !x.client_id : !x.employer))).toEqual([]);
    const dates = data.contacts.map((x) => x.date);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('generateDemoData: options', () => {
  it('tells its own client ids from a team’s, however those are written', () => {
    // Every generated id is recognised (see "has unique DEMO- client ids" above); a team's own never is.
    expect(isDemoClientId('DEMO-0001')).toBe(true);
    expect(['C-0001', '0001', 'C-DEMO-1', 'NHS-DEMO-7', 'DEMO', 'Demo 1', ''].filter(isDemoClientId)).toEqual([]);
  });

  it('rejects bad options with a message naming the option', () => {
    const base = { clients: 10, seed: 1, today: TODAY };
    expect(() => generateDemoData({ ...base, clients: 0 })).toThrow(/clients/);
    expect(() => generateDemoData({ ...base, clients: 2.5 })).toThrow(/clients/);
    expect(() => generateDemoData({ ...base, seed: Number.NaN })).toThrow(/seed/);
    expect(() => generateDemoData({ ...base, today: '2026-02-30' })).toThrow(/today/);
    expect(() => generateDemoData({ ...base, contactsPerClient: -1 })).toThrow(/contactsPerClient/);
    expect(() => generateDemoData({ ...base, jobsPerClient: Number.POSITIVE_INFINITY })).toThrow(/jobsPerClient/);
    expect(() => generateDemoData({ ...base, financialYears: 0 })).toThrow(/financialYears/);
  });

  it('numbers 10,000 clients DEMO-00001 to DEMO-10000', () => {
    const data = generateDemoData({ clients: 10_000, seed: 3, today: TODAY, contactsPerClient: 1 });
    expect(data.clients).toHaveLength(10_000);
    expect(data.clients[0]?.client_id).toBe('DEMO-00001');
    expect(data.clients[9999]?.client_id).toBe('DEMO-10000');
  });

  it('reaches benchmark ratios of jobs and contacts per client when asked', () => {
    const data = generateDemoData({ clients: 2000, seed: 4, today: TODAY, contactsPerClient: 20, jobsPerClient: 3 });
    expect(data.clients).toHaveLength(2000);
    expect(data.jobs.length / 2000).toBeGreaterThan(2.6);
    expect(data.jobs.length / 2000).toBeLessThan(3.4);
    expect(data.contacts.length / 2000).toBeGreaterThan(18);
    expect(data.contacts.length / 2000).toBeLessThan(22);
    expect(new Set(data.jobs.map((j) => j.job_id)).size).toBe(data.jobs.length);
  });
});
