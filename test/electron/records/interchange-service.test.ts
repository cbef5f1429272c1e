import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { emptyInterchangeRecords, type InterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { clientSchema, contactSchema } from '../../../shared/records';
import { countProblems } from '../../../electron/services/interchange-service';
import { useTempDirs } from '../../db/helpers';
import { richSample } from '../xlsx/interchange-sample';
import { openRecordsApp, type RecordsApp } from './records-app';

const tempDir = useTempDirs();
const RECORD_TABLES = ['clients', 'jobs', 'contacts', 'activities', 'wellbeing', 'staff'] as const;

/**
 * Every record table as plain rows, without what differs between two databases holding the same records
 * (record ids, timestamps, the episode link) and with each client reference as the client's client_id.
 */
function snapshot(app: RecordsApp): Record<string, string[]> {
  const { raw } = app.vault.reader();
  const clientIdOf = new Map((raw.prepare('SELECT id, client_id FROM clients').all() as { id: string; client_id: string }[]).map((r) => [r.id, r.client_id]));
  return Object.fromEntries(
    RECORD_TABLES.map((table) => {
      const rows = raw.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      const plain = rows.map(({ id: _id, created_at: _c, updated_at: _u, previous_episode_id: _p, client_pk, ...rest }) =>
        JSON.stringify({ ...rest, ...(client_pk === undefined ? {} : { client: client_pk === null ? null : clientIdOf.get(client_pk as string) }) }),
      );
      return [table, plain.sort()];
    }),
  );
}

const sorted = (records: InterchangeRecords) =>
  Object.fromEntries(Object.entries(records).map(([key, rows]) => [key, (rows as object[]).map((r) => JSON.stringify(r)).sort()]));

async function importRecords(app: RecordsApp, records: InterchangeRecords) {
  return importBytes(app, await writeInterchangeWorkbook(records));
}

function importBytes(app: RecordsApp, bytes: Buffer) {
  return app.call('interchange.import', { fileName: 'records.xlsx', base64: bytes.toString('base64') });
}

const counts = (added: number, updated = 0, unchanged = 0) => ({ added, updated, unchanged });

/** Rewrites one cell of a workbook, as someone editing it in Excel would. */
async function editCell(bytes: Buffer, sheet: string, row: number, column: number, value: ExcelJS.CellValue): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  workbook.getWorksheet(sheet)!.getCell(row, column).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('interchange import and export', () => {
  it('export, then import into a fresh database, gives identical records; importing again changes nothing', async () => {
    const first = await openRecordsApp(tempDir());
    const sample = richSample();
    const imported = await importRecords(first, sample);
    expect(imported.counts).toEqual({
      Clients: counts(sample.clients.length), Jobs: counts(sample.jobs.length), Contacts: counts(sample.contacts.length),
      Activities: counts(sample.activities.length), Wellbeing: counts(sample.wellbeing.length), Staff: counts(sample.staff.length),
    });
    expect(imported.warnings).toEqual([]);

    const exported = await first.call('interchange.export', { pseudonymised: false, confirmedUnencrypted: true });
    expect(exported.fileName).toBe('ips-desk-records-2026-01-15.xlsx');
    const bytes = Buffer.from(exported.base64, 'base64');
    const read = await readInterchangeWorkbook(bytes);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(sorted(read.records)).toEqual(sorted(sample));

    const second = await openRecordsApp(tempDir());
    await importBytes(second, bytes);
    expect(snapshot(second)).toEqual(snapshot(first));

    const before = second.rowCounts();
    const again = await importBytes(second, bytes);
    expect(Object.values(again.counts).every((c) => c.added === 0 && c.updated === 0)).toBe(true);
    expect(again.counts.Contacts).toEqual(counts(0, 0, sample.contacts.length));
    expect(second.rowCounts()).toEqual({ ...before, audit_log: before.audit_log! + 1 });
    expect(snapshot(second)).toEqual(snapshot(first));
    expect(first.auditActions()).toContain('records.export');
    first.close();
    second.close();
  });

  it('updates records with the same ids in place and adds the new ones', async () => {
    const app = await openRecordsApp(tempDir());
    const sample = richSample();
    await importRecords(app, sample);
    const idOf = (clientId: string) => app.vault.reader().raw.prepare('SELECT id FROM clients WHERE client_id = ?').pluck().get(clientId);
    const before = idOf('C-3');

    const next = richSample();
    next.clients[3] = { ...next.clients[3]!, specialist: 'Sam Patel' };
    next.jobs[0] = { ...next.jobs[0]!, hours_per_week: 12 };
    next.staff[2] = { ...next.staff[2]!, fte: 0.4 };
    next.clients.push({ ...next.clients[1]!, client_id: 'NEW-1', nhs_number: null });
    next.jobs.push({ ...next.jobs[1]!, job_id: 'NEW-J', client_id: 'NEW-1' });
    next.contacts.push({ ...next.contacts[0]!, client_id: 'NEW-1' });
    const result = await importRecords(app, next);
    expect(result.counts).toMatchObject({
      Clients: counts(1, 1, sample.clients.length - 1), Jobs: counts(1, 1, sample.jobs.length - 1),
      Contacts: counts(1, 0, sample.contacts.length), Staff: counts(0, 1, 2),
    });
    expect(idOf('C-3')).toBe(before);
    const detail = await app.call('clients.get', { id: before as string });
    expect(detail.client.specialist).toBe('Sam Patel');
    expect(app.rowCounts().clients).toBe(sample.clients.length + 1);
    expect((await app.call('staff.list', {})).rows.find((s) => s.name === 'New starter')?.fte).toBe(0.4);
    app.close();
  });

  it('writes nothing when one cell is bad, even the last row of many, and lists it as Sheet!Cell', async () => {
    const app = await openRecordsApp(tempDir());
    await importRecords(app, richSample());
    const before = app.rowCounts();

    const many = richSample();
    for (let i = 0; i < 400; i++) many.clients.push({ ...many.clients[1]!, client_id: `BULK-${i}`, nhs_number: null });
    const lastRow = many.clients.length + 1;
    const bad = await editCell(await writeInterchangeWorkbook(many), 'Clients', lastRow, 2, '9434765918');
    const error = await app.fail('interchange.import', { fileName: 'bad.xlsx', base64: bad.toString('base64') });
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'The workbook has 1 problem. Nothing was imported.',
      issues: [{ path: [], message: `Clients!B${lastRow}: NHS number fails its check digit` }],
    });
    expect(app.rowCounts()).toEqual(before);

    const notAWorkbook = await app.fail('interchange.import', { fileName: 'x.xlsx', base64: Buffer.from('hello').toString('base64') });
    expect(notAWorkbook.issues).toEqual([{ path: [], message: 'The file is not an .xlsx workbook' }]);
    expect(app.rowCounts()).toEqual(before);
    app.close();
  });

  it('refuses, writing nothing, a job that the database records for a different client', async () => {
    const app = await openRecordsApp(tempDir());
    const sample = richSample();
    await importRecords(app, sample);
    const before = app.rowCounts();
    const moved = richSample();
    const job = moved.jobs[0]!;
    const otherClient = moved.clients.find((c) => c.client_id !== job.client_id)!.client_id;
    moved.jobs[0] = { ...job, client_id: otherClient };
    moved.clients.push({ ...moved.clients[1]!, client_id: 'NEW-1', nhs_number: null });
    const error = await app.fail('interchange.import', { fileName: 'moved.xlsx', base64: (await writeInterchangeWorkbook(moved)).toString('base64') });
    expect(error.message).toBe('The workbook has 1 problem. Nothing was imported.');
    expect(error.issues).toEqual([
      { path: [], message: `Jobs: Job ID "${job.job_id}" is recorded for client "${job.client_id}", not "${otherClient}"; a job cannot move to another client by import` },
    ]);
    expect(app.rowCounts()).toEqual(before);
    app.close();
  });

  it('treats rows without ids as the same record only as often as they are stored', async () => {
    const app = await openRecordsApp(tempDir());
    const sample = richSample();
    const twoCalls = { ...sample, contacts: [...sample.contacts, sample.contacts[0]!] };
    expect((await importRecords(app, twoCalls)).counts.Contacts).toEqual(counts(sample.contacts.length + 1));
    expect((await importRecords(app, twoCalls)).counts.Contacts).toEqual(counts(0, 0, sample.contacts.length + 1));
    const threeCalls = { ...sample, contacts: [...twoCalls.contacts, sample.contacts[0]!] };
    expect((await importRecords(app, threeCalls)).counts.Contacts).toEqual(counts(1, 0, sample.contacts.length + 1));
    expect(app.rowCounts().contacts).toBe(sample.contacts.length + 2);
    app.close();
  });

  it('imports rows pointing at clients already in the database, and refuses a staff name given twice', async () => {
    const app = await openRecordsApp(tempDir());
    await app.call('clients.create', { client: { client_id: 'OLD-1', referral_date: '2025-04-01' } });
    const onlyJobs: InterchangeRecords = { ...richSample(), clients: [], jobs: [], contacts: [], activities: [], wellbeing: [], staff: [] };
    onlyJobs.jobs = [{ ...richSample().jobs[0]!, client_id: 'OLD-1' }];
    expect((await importRecords(app, onlyJobs)).counts.Jobs).toEqual(counts(1));

    const before = app.rowCounts();
    const twice = { ...onlyJobs, jobs: [], staff: [...richSample().staff, { ...richSample().staff[0]!, name: 'PRIYA SHAH' }] };
    const error = await app.fail('interchange.import', { fileName: 'x.xlsx', base64: (await writeInterchangeWorkbook(twice)).toString('base64') });
    expect(error.issues).toEqual([{ path: [], message: 'Staff: "PRIYA SHAH" appears more than once; each member of staff is one row' }]);
    expect(app.rowCounts()).toEqual(before);
    app.close();
  });

  it('carries re-referral links through export and import, and refuses links that do not form chains', async () => {
    const first = await openRecordsApp(tempDir());
    await importRecords(first, richSample());
    const second = await openRecordsApp(tempDir());
    const exported = Buffer.from((await first.call('interchange.export', { pseudonymised: false, confirmedUnencrypted: true })).base64, 'base64');
    await importBytes(second, exported);
    const linkOf = (app: RecordsApp, clientId: string) =>
      app.vault.reader().raw
        .prepare('SELECT p.client_id FROM clients c JOIN clients p ON p.id = c.previous_episode_id WHERE c.client_id = ?')
        .pluck()
        .get(clientId);
    const linked = richSample().clients.filter((c) => c.previous_episode_id);
    expect(linked.length).toBeGreaterThan(0);
    for (const client of linked) {
      expect(linkOf(first, client.client_id)).toBe(client.previous_episode_id);
      expect(linkOf(second, client.client_id)).toBe(client.previous_episode_id);
    }
    expect((await importBytes(second, exported)).counts.Clients).toEqual(counts(0, 0, richSample().clients.length));

    // Linking another episode to the same earlier one, or linking round in a circle, is refused and writes nothing.
    const before = second.rowCounts();
    const twice = richSample();
    twice.clients[7] = { ...twice.clients[7]!, previous_episode_id: linked[0]!.previous_episode_id };
    const both = await second.fail('interchange.import', { fileName: 'x.xlsx', base64: (await writeInterchangeWorkbook(twice)).toString('base64') });
    expect(both.issues).toEqual([
      { path: [], message: `Clients: "${linked[0]!.client_id}" and "C-7" both name "${linked[0]!.previous_episode_id}" as their previous episode; an episode has one re-referral at most` },
    ]);
    const circle = richSample();
    const earlier = circle.clients.findIndex((c) => c.client_id === linked[0]!.previous_episode_id);
    circle.clients[earlier] = { ...circle.clients[earlier]!, previous_episode_id: linked[0]!.client_id };
    const round = await second.fail('interchange.import', { fileName: 'x.xlsx', base64: (await writeInterchangeWorkbook(circle)).toString('base64') });
    expect(round.issues).toEqual([
      // Told from the first client_id of the circle (C-3, the earlier episode).
      { path: [], message: `Clients: the previous episodes of "${linked[0]!.previous_episode_id}" lead back to it ("${linked[0]!.previous_episode_id}" → "${linked[0]!.client_id}" → "${linked[0]!.previous_episode_id}")` },
    ]);
    expect(second.rowCounts()).toEqual(before);
    expect(linkOf(second, linked[0]!.client_id)).toBe(linked[0]!.previous_episode_id);
    first.close();
    second.close();
  });

  it('imports employer contacts with no employer, and the report counts them (DOMAIN §2)', async () => {
    const app = await openRecordsApp(tempDir());
    const records = emptyInterchangeRecords();
    records.clients = [
      clientSchema.parse({ client_id: 'C1', referral_date: '2025-04-15', vocational_profile_date: '2025-05-01' }),
      clientSchema.parse({ client_id: 'C2', referral_date: '2025-05-15', vocational_profile_date: '2025-06-01' }),
    ];
    // A team moving from a spreadsheet often has only the date of each client's first employer contact.
    records.contacts = [
      contactSchema.parse({ date: '2025-05-11', kind: 'employer_face_to_face', client_id: 'C1', employer: null }),
      contactSchema.parse({ date: '2025-07-15', kind: 'employer_face_to_face', client_id: 'C2', employer: null }),
    ];
    const imported = await importRecords(app, records);
    expect(imported.counts.Contacts).toEqual(counts(2));
    expect(app.rowCounts().contacts).toBe(2);

    const { report } = await app.call('reports.run', { period: '2025-26', asOf: '2026-01-15' });
    // C1: first employer contact 10 days after the clock start, C2: 44 days (DOMAIN §3–4).
    expect(report.metrics.days_to_first_employer_contact).toMatchObject({ value: 27, breakdown: { median: 27 } });
    expect(report.metrics.job_search_within_4w).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    app.close();
  });

  it('counts the problems a long list leaves out', () => {
    expect(countProblems(['Clients!B2: x', 'Clients!B3: y'])).toBe(2);
    expect(countProblems(['Clients!B2: x', '1,234 more problems not listed: fix those above and import again to see the rest'])).toBe(1235);
    expect(countProblems(['Clients!B2: x', '1 more problem not listed: fix those above and import again to see the rest'])).toBe(2);
  });
});
