import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { audited } from '../../../db/audited-write';
import { runImportJob, SHEETS_READ_BESIDE, type ImportOutcome } from '../../../electron/services/interchange/import-job';
import { emptyInterchangeRecords, type InterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { readInterchangeSheets } from '../../../electron/xlsx/interchange-read';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { markReaderStopped, newBatchSignal, ReaderStopped, sendBatch, type BatchChannel } from '../../../electron/xlsx/record-batches';
import type { Contact } from '../../../shared/records';
import { dataAccessOf, TEST_MANAGER } from '../../db/data-access';
import { generateDemoData } from '../../../electron/services/demo';
import { importInterchangeWorkbook } from '../../../electron/services/interchange-service';
import { createServiceContext } from '../../../electron/services/service-context';
import { worthTwoThreads } from '../../../electron/services/interchange/interchange-threads';
import { sheetBatch } from '../../../electron/services/interchange/streamed-sheets';
import { MERGE_ORDER } from '../../../electron/services/interchange/merge-records';
import { createEncryptedDatabase } from '../../db/demo-database';
import { useTempDirs } from '../../db/helpers';
import { richSample } from '../xlsx/interchange-sample';
import { openRecordsApp } from './records-app';

const tempDir = useTempDirs();
const TODAY = '2026-01-15';
const RECORD_TABLES = ['clients', 'jobs', 'contacts', 'activities', 'wellbeing', 'staff', 'audit_log'] as const;

/** A sample with enough contacts for several batches between the threads (RECORD_BATCH is 2,000). */
function manyContacts(): InterchangeRecords {
  const sample = richSample();
  const contacts: Contact[] = [];
  for (let i = 0; i < 5_000; i++) contacts.push({ ...sample.contacts[i % sample.contacts.length]!, specialist: `Specialist ${i % 7}` });
  return { ...sample, contacts };
}

function newDatabase() {
  return createEncryptedDatabase(tempDir());
}

type Database = ReturnType<typeof newDatabase>;

function request(bytes: Buffer, beside: BatchChannel | null) {
  return {
    kind: 'import' as const,
    bytes,
    target: { databaseFile: '', key: new Uint8Array(), actor: TEST_MANAGER, at: new Date('2026-01-15T10:00:00Z') },
    today: TODAY,
    beside,
  };
}

/** The sheets read as the second thread reads them, their batches queued on a channel for the writer; `batches` names each batch's sheet. */
async function queuedBeside(bytes: Buffer): Promise<{ channel: BatchChannel; batches: string[] }> {
  const { port1, port2 } = new MessageChannel();
  const signal = newBatchSignal();
  const reader = { port: port1, signal };
  const batches: string[] = [];
  const part = await readInterchangeSheets(bytes, { today: TODAY }, {
    only: SHEETS_READ_BESIDE,
    reportSheetWarnings: false,
    onRecords: (key, records) => {
      batches.push(key);
      sendBatch(reader, sheetBatch(key, records as object[]));
    },
  });
  sendBatch(reader, { kind: 'done', done: part });
  port1.close();
  return { channel: { port: port2, signal }, batches };
}

/** Every index's definition: an import into an empty table drops and rebuilds some. */
function indexes(database: Database): string[] {
  return (database.raw.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").pluck().all() as string[]).sort();
}

/** Every record table's rows without record ids and timestamps, and the audit log's actions. */
function contents(database: Database): Record<string, string[]> {
  return Object.fromEntries(
    RECORD_TABLES.map((table) => {
      const rows = database.raw.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      const plain = rows.map((row) =>
        table === 'audit_log'
          ? String(row['action'])
          : JSON.stringify(Object.fromEntries(Object.entries(row).filter(([key]) => !['id', 'created_at', 'updated_at', 'client_pk', 'previous_episode_id'].includes(key)))),
      );
      return [table, plain.sort()];
    }),
  );
}

/** Imports `records` into two databases (holding `stored` first, if given): one thread, and as two threads do. */
async function importBothWays(records: InterchangeRecords, stored?: InterchangeRecords): Promise<{ streamed: ImportOutcome; whole: ImportOutcome; same: boolean; batches: string[] }> {
  const bytes = await writeInterchangeWorkbook(records);
  const seed = stored && (await writeInterchangeWorkbook(stored));
  const one = newDatabase();
  const two = newDatabase();
  if (seed) for (const database of [one, two]) expect((await runImportJob(database, request(seed, null))).ok).toBe(true);
  const whole = await runImportJob(one, request(bytes, null));
  const { channel, batches } = await queuedBeside(bytes);
  const streamed = await runImportJob(two, request(bytes, channel));
  const same = JSON.stringify(contents(one)) === JSON.stringify(contents(two));
  const fresh = newDatabase();
  expect(indexes(one)).toEqual(indexes(fresh));
  expect(indexes(two)).toEqual(indexes(fresh));
  fresh.raw.close();
  one.raw.close();
  two.raw.close();
  return { streamed, whole, same, batches };
}

describe('an import whose records arrive from another thread as they are read', () => {
  it('writes exactly what reading every sheet first writes', async () => {
    const { streamed, whole, same, batches } = await importBothWays(manyContacts());
    // In the order the merge takes them (it asks for each sheet in turn): three batches of contacts, one of each other sheet.
    expect(batches).toEqual(['clients', 'contacts', 'contacts', 'contacts', 'activities', 'wellbeing']);
    expect([...new Set(batches)]).toEqual(MERGE_ORDER.filter((key) => SHEETS_READ_BESIDE.includes(key)));
    expect(whole.ok).toBe(true);
    expect(streamed).toEqual(whole);
    expect(same).toBe(true);
  });

  it('refuses a bad contact cell, or a contact naming no known client, with the same problems, writing nothing', async () => {
    const records = manyContacts();
    const contacts = records.contacts.map((c, i) => (i === 4_321 ? { ...c, client_id: 'NOBODY' } : i === 4_400 ? { ...c, kind: 'bogus' as Contact['kind'] } : c));
    const bad = { ...records, contacts };
    const { streamed, whole, same } = await importBothWays(bad);
    expect(whole.ok).toBe(false);
    expect(streamed).toEqual(whole);
    expect(JSON.stringify(streamed)).toContain('NOBODY');
    expect(JSON.stringify(streamed)).toContain('Contacts!B4402');
    expect(same).toBe(true);
  });

  it('refuses a bad client cell (the row never reaches the writer) and the records naming that client, as reading first does', async () => {
    const records = manyContacts();
    const clientId = records.clients[1]!.client_id;
    const bad = { ...records, clients: records.clients.map((c, i) => (i === 1 ? { ...c, referral_date: '2026-02-30' } : c)) };
    const { streamed, whole, same } = await importBothWays(bad);
    expect(whole.ok).toBe(false);
    expect(streamed).toEqual(whole);
    expect(JSON.stringify(streamed)).toContain('Clients!');
    expect(records.contacts.some((c) => c.client_id === clientId)).toBe(true);
    expect(same).toBe(true);
  });

  it('refuses a client id or a job id given twice, as reading first does, never tripping over the database’s own uniqueness', async () => {
    const records = manyContacts();
    for (const bad of [
      { ...records, clients: [...records.clients, { ...records.clients[0]!, team: 'Another team' }] },
      { ...records, jobs: [...records.jobs, { ...records.jobs[0]!, job_title: 'Another title' }] },
    ]) {
      const { streamed, whole, same } = await importBothWays(bad);
      expect(whole.ok).toBe(false);
      expect(streamed).toEqual(whole);
      expect(JSON.stringify(streamed)).toContain('appears twice');
      expect(same).toBe(true);
    }
  });

  it('reports the other sheets’ problems and the contacts’ together when both have some', async () => {
    const records = manyContacts();
    const bad = {
      ...records,
      jobs: records.jobs.map((j, i) => (i === 0 ? { ...j, client_id: 'GHOST' } : j)),
      contacts: records.contacts.map((c, i) => (i === 10 ? { ...c, client_id: 'NOBODY' } : c)),
    };
    const { streamed, whole, same } = await importBothWays(bad);
    expect(streamed).toEqual(whole);
    const problems = streamed.ok ? [] : streamed.problems.join('\n');
    expect(problems).toContain('GHOST');
    expect(problems).toContain('NOBODY');
    expect(same).toBe(true);
  });

  it('refuses an activity or a wellbeing score naming no known client, read after the contacts, with the same problems', async () => {
    const records = manyContacts();
    const bad = {
      ...records,
      activities: records.activities.map((a, i) => (i === 0 ? { ...a, client_id: 'STRAY' } : a)),
      wellbeing: records.wellbeing.map((w, i) => (i === 0 ? { ...w, client_id: 'LOST' } : w)),
    };
    const { streamed, whole, same } = await importBothWays(bad);
    expect(whole.ok).toBe(false);
    expect(streamed).toEqual(whole);
    const problems = streamed.ok ? '' : streamed.problems.join('\n');
    expect(problems).toContain('Activities!');
    expect(problems).toContain('STRAY');
    expect(problems).toContain('Wellbeing!');
    expect(problems).toContain('LOST');
    expect(same).toBe(true);
  });

  it('refuses, as reading first does, a job that the database records for another client', async () => {
    const records = manyContacts();
    const other = records.clients.find((c) => c.client_id !== records.jobs[0]!.client_id)!.client_id;
    const moved = { ...records, jobs: records.jobs.map((j, i) => (i === 0 ? { ...j, client_id: other } : j)) };
    const { streamed, whole, same } = await importBothWays(moved, records);
    expect(whole.ok).toBe(false);
    expect(streamed).toEqual(whole);
    expect(same).toBe(true);
  });

  it('rolls everything back when the reading thread dies part-way', async () => {
    const bytes = await writeInterchangeWorkbook(manyContacts());
    const { port1, port2 } = new MessageChannel();
    const signal = newBatchSignal();
    sendBatch({ port: port1, signal }, sheetBatch('contacts', manyContacts().contacts.slice(0, 2_000)));
    markReaderStopped(signal);
    const database = newDatabase();
    await expect(runImportJob(database, request(bytes, { port: port2, signal }))).rejects.toThrow(ReaderStopped);
    expect(contents(database)).toEqual(contents(newDatabase()));
    database.raw.close();
  });
});

describe('an import in worker threads', () => {
  it('reads a large workbook in two threads and writes what one thread in-process writes, or refuses it alike', { timeout: 120_000 }, async () => {
    // Enough clients for the Clients sheet, compressed, to pass the size worth a thread of its own (1,200
    // clients' sheet, as the export writes it, compresses to 127 KB, just under it).
    const data = generateDemoData({ clients: 1_500, seed: 7, today: TODAY });
    // A contact of a client the Clients sheet lacks is found only by putting the two threads' rows together.
    const missing = data.jobs[0]!.client_id;
    for (const records of [data, { ...data, clients: data.clients.filter((c) => c.client_id !== missing) }]) {
      const bytes = await writeInterchangeWorkbook(records);
      expect(worthTwoThreads(bytes)).toBe(true);
      const threads = newDatabase();
      const context = createServiceContext(dataAccessOf(threads), { today: () => TODAY });
      const outcome = await importInterchangeWorkbook(context, TEST_MANAGER, bytes);
      const inProcess = newDatabase();
      expect(outcome).toEqual(await runImportJob(inProcess, request(bytes, null)));
      expect(contents(threads)).toEqual(contents(inProcess));
      if (!outcome.ok) expect(outcome.problems.some((p) => p.startsWith('Contacts!') && p.includes(`Client ID "${missing}" is not in`))).toBe(true);
      threads.raw.close();
      inProcess.raw.close();
    }
  });
});

describe('while an import is being written on its own connection', () => {
  it('refuses other writes as busy at once, and a lock waits for the import to finish', async () => {
    const app = await openRecordsApp(tempDir());
    const bytes = await writeInterchangeWorkbook(manyContacts());
    const importing = app.call('interchange.import', { fileName: 'records.xlsx', base64: bytes.toString('base64') });
    let refusal: unknown = null;
    let done = false;
    void importing.finally(() => (done = true));
    while (!done && refusal === null) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      try {
        app.vault.write(TEST_MANAGER, () => audited(null, { action: 'test.write' }));
      } catch (error) {
        refusal = error;
      }
    }
    expect(refusal).toMatchObject({ code: 'busy', message: 'IPS Desk is still saving an import. Try again when it has finished.' });
    const locking = app.vault.lock();
    const outcome = await importing;
    expect(outcome.counts.Contacts).toEqual({ added: 5_000, updated: 0, unchanged: 0 });
    expect((await locking).state).toBe('locked');
  });

  it('records an empty workbook’s import once, changing no records', async () => {
    const app = await openRecordsApp(tempDir());
    const before = app.rowCounts();
    const empty = await writeInterchangeWorkbook({ ...emptyInterchangeRecords(), contacts: [] });
    const outcome = await app.call('interchange.import', { fileName: 'empty.xlsx', base64: empty.toString('base64') });
    expect(outcome.counts.Clients).toEqual({ added: 0, updated: 0, unchanged: 0 });
    expect(app.rowCounts()).toEqual({ ...before, audit_log: before.audit_log! + 1 });
  });
});
