import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../electron/services/demo';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { readInterchangeWorkbookInWorker, worthTwoThreads } from '../../../electron/xlsx/interchange-read-worker';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { richSample } from './interchange-sample';

/** The worker threads give exactly what the reader gives in-process, one thread or two. */
describe('readInterchangeWorkbookInWorker', () => {
  it('reads a small workbook in one thread, as the reader does in-process', async () => {
    const bytes = await writeInterchangeWorkbook(richSample());
    expect(worthTwoThreads(bytes)).toBe(false);
    expect(await readInterchangeWorkbookInWorker(bytes)).toEqual(await readInterchangeWorkbook(bytes));
  });

  it('reads a large workbook in two threads, with the checks across sheets made on their combined rows', { timeout: 120_000 }, async () => {
    const data = generateDemoData({ clients: 1_200, seed: 7, today: '2026-01-15' });
    const good = await writeInterchangeWorkbook(data);
    expect(worthTwoThreads(good)).toBe(true);
    const read = await readInterchangeWorkbookInWorker(good, { today: '2026-01-15' });
    expect(read).toEqual(await readInterchangeWorkbook(good, { today: '2026-01-15' }));
    expect(read.ok && read.records.contacts.length).toBe(data.contacts.length);

    // A contact of a client the Clients sheet lacks is found only by putting the two threads' rows together.
    const missing = data.jobs[0]!.client_id;
    const bad = await writeInterchangeWorkbook({ ...data, clients: data.clients.filter((c) => c.client_id !== missing) });
    const refused = await readInterchangeWorkbookInWorker(bad, { today: '2026-01-15', knownClientIds: new Set(['someone else']) });
    expect(refused).toEqual(await readInterchangeWorkbook(bad, { today: '2026-01-15', knownClientIds: new Set(['someone else']) }));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems.some((p) => p.startsWith('Contacts!') && p.includes(`Client ID "${missing}" is not in`))).toBe(true);
    expect(!refused.ok && refused.problems.some((p) => p.startsWith('Jobs!') && p.includes(`Client ID "${missing}" is not in`))).toBe(true);
  });
});
