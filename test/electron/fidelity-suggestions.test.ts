import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDrizzle, type RawDatabase } from '../../db/connection';
import { createReader } from '../../db/access';
import { readJobTitlesStartingIn } from '../../db/repositories/fidelity-records';
import { generateDemoData, type DemoData } from '../../electron/services/demo';
import { runDatabaseFidelitySuggestions } from '../../electron/services/fidelity-suggestions';
import { SUGGESTED_ITEM_IDS, computeFidelitySuggestions } from '../../shared/fidelity';
import { contactFactsFrom } from '../../shared/outcomes';
import { parsePeriod } from '../../shared/period';
import { createEncryptedDatabase, insertDemoData } from '../db/demo-database';

const TODAY = '2026-01-15';
const byText = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

describe('fidelity suggestions from the encrypted database', () => {
  let dir: string;
  let raw: RawDatabase;
  let data: DemoData;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    ({ raw } = createEncryptedDatabase(dir));
    data = generateDemoData({ clients: 300, seed: 21, today: TODAY, contactsPerClient: 15, jobsPerClient: 3 });
    // A blank title and a blank employer, so items 19 and 20 have something to leave out.
    const [first, second] = data.jobs;
    data = { ...data, jobs: [{ ...first!, job_title: null }, { ...second!, employer: null }, ...data.jobs.slice(2)] };
    insertDemoData(raw, data);
    return () => {
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    };
  });

  it.each([
    { period: '2025-26', asOf: TODAY },
    { period: '2024-25', asOf: TODAY },
    { period: '2025-26-Q2', asOf: '2025-08-14' },
    { period: '2025-01-16..2026-01-15', asOf: TODAY },
  ])('equal computeFidelitySuggestions on the same records for $period as of $asOf', ({ period, asOf }) => {
    const p = parsePeriod(period);
    const fromDb = runDatabaseFidelitySuggestions(createReader({ db: createDrizzle(raw), raw }), p, asOf);
    // The records in the order the database reads them (clients by client_id, staff by name).
    const reference = computeFidelitySuggestions(
      {
        clients: [...data.clients].sort(byText((c) => c.client_id)),
        jobs: [...data.jobs].sort(byText((j) => j.job_id)),
        activities: data.activities,
        staff: [...data.staff].sort(byText((s) => s.name)),
        contactFacts: contactFactsFrom(data.contacts, p, asOf),
      },
      p,
      asOf,
    );
    // Job lists follow the engine's per-client order, so the table order of jobs does not matter.
    expect(fromDb).toEqual(reference);
    expect(Object.keys(fromDb.suggestions)).toEqual([...SUGGESTED_ITEM_IDS]);
    if (period === '2025-26') {
      for (const id of SUGGESTED_ITEM_IDS) expect({ id, figure: fromDb.suggestions[id].figure }).not.toEqual({ id, figure: null });
      expect(fromDb.suggestions['ips25:19'].denominator).toBeGreaterThan(20);
    }
  });

  it('reads titles only for jobs starting in the period up to the as-of date', () => {
    const p = parsePeriod('2025-26-Q1');
    const titles = readJobTitlesStartingIn(raw, p, '2025-05-31');
    const expected = data.jobs.filter((j) => j.job_title && j.start_date >= '2025-04-01' && j.start_date <= '2025-05-31');
    expect(titles.size).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    for (const j of expected) expect(titles.get(j.job_id)).toBe(j.job_title);
  });
});
