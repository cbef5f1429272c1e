import { afterEach, describe, expect, it, vi } from 'vitest';
import { importInterchangeWorkbook } from '../../../electron/services/interchange-service';
import { prepareInterchangeWorkers, SPARE_LIFETIME_MS, spareWorkerCount } from '../../../electron/services/interchange/interchange-threads';
import { practiseReading } from '../../../electron/services/interchange/practice-read';
import { createServiceContext } from '../../../electron/services/service-context';
import { generateDemoData } from '../../../electron/services/demo';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { dataAccessOf, TEST_MANAGER } from '../../db/data-access';
import { createEncryptedDatabase } from '../../db/demo-database';
import { useTempDirs } from '../../db/helpers';

const tempDir = useTempDirs();
const TODAY = '2026-01-15';

/** Waits (briefly, in real time) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('an import’s threads started ahead of it', () => {
  afterEach(() => vi.useRealTimers());

  it('practise on a made-up workbook that reads clean (a refused one would leave them cold, silently)', async () => {
    await expect(practiseReading()).resolves.toBeUndefined();
  });

  it('are two, loaded when prepared, taken by the next import, which writes what it would without them', { timeout: 120_000 }, async () => {
    await prepareInterchangeWorkers();
    expect(spareWorkerCount()).toBe(2);
    // Preparing again while they wait starts no more.
    await prepareInterchangeWorkers();
    expect(spareWorkerCount()).toBe(2);

    // Large enough for two threads (import-streaming.test.ts): both spares are taken.
    const bytes = await writeInterchangeWorkbook(generateDemoData({ clients: 1_500, seed: 7, today: TODAY }));
    const counts = async () => {
      const database = createEncryptedDatabase(tempDir());
      const outcome = await importInterchangeWorkbook(createServiceContext(dataAccessOf(database), { today: () => TODAY }), TEST_MANAGER, bytes);
      database.raw.close();
      return outcome;
    };
    const withSpares = await counts();
    expect(spareWorkerCount()).toBe(0);
    const without = await counts();
    expect(withSpares.ok).toBe(true);
    expect(withSpares).toEqual(without);
  });

  it('are stopped when no import takes them in time', { timeout: 60_000 }, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await prepareInterchangeWorkers();
    expect(spareWorkerCount()).toBe(2);
    vi.advanceTimersByTime(SPARE_LIFETIME_MS - 1);
    expect(spareWorkerCount()).toBe(2);
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await until(() => spareWorkerCount() === 0);
    expect(spareWorkerCount()).toBe(0);
  });
});
