import { describe, expect, it } from 'vitest';
import { emptyInterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { clientSchema, jobSchema } from '../../../shared/records';
import { NHS } from '../../db/repositories/helpers';
import { useTempDirs } from '../../db/helpers';
import { openRecordsApp } from '../records/records-app';
import { allTextCells, decryptedFileBytes } from './rights-app';

const tempDir = useTempDirs();

// The demo caseload covers the three financial years up to 15/01/2026, so a one-year rule reaches its old
// discharges (the default six years would reach none of it).
const PERIODS: ChannelInput<'reports.run'>[] = [
  { period: '2023-24' },
  { period: '2024-25' },
  { period: '2025-26' },
  { period: '2024-25-Q3' },
  { period: '2023-04-01..2026-01-15' },
  { period: '2024-25', asOf: '2025-02-28' },
];

/**
 * One more person, with text found nowhere else (demo names come from short lists), added by import so the
 * audit trail holds only counts for them: every string of theirs must be gone after anonymising.
 */
const UNIQUE = {
  client: clientSchema.parse({
    client_id: 'X-UNIQUE',
    given_name: 'Philippa',
    family_name: 'Quennell-Zabrowski',
    nhs_number: NHS[3],
    date_of_birth: '1979-08-02',
    referral_date: '2023-05-02',
    discharge_date: '2024-03-01',
    discharge_reason: 'Moved to Aberystwyth to live with her sister',
    gender: 'female',
  }),
  job: jobSchema.parse({
    job_id: 'X-UNIQUE-J1',
    client_id: 'X-UNIQUE',
    employer: 'Zanzibar Widget Emporium',
    job_title: 'Quayside lamplighter',
    start_date: '2023-09-04',
    end_date: '2024-01-31',
    four_hours_confirmed: true,
    hours_per_week: 18,
    contract_type: 'permanent',
  }),
};
const UNIQUE_TEXT = ['Philippa', 'Quennell-Zabrowski', NHS[3]!, 'Aberystwyth', 'Zanzibar Widget', 'Quayside lamplighter'];

interface Person {
  id: string;
  client_id: string;
  given_name: string | null;
  family_name: string | null;
  nhs_number: string | null;
  date_of_birth: string | null;
}

describe('retention rule on the demo caseload', () => {
  it('anonymises the old discharges and leaves every DOMAIN §4 figure, drill-down included, as it was', async () => {
    const dir = tempDir();
    const app = await openRecordsApp(dir);
    await app.call('demo.load', {});
    const workbook = await writeInterchangeWorkbook({ ...emptyInterchangeRecords(), clients: [UNIQUE.client], jobs: [UNIQUE.job] });
    await app.call('interchange.import', { fileName: 'one-more.xlsx', base64: Buffer.from(workbook).toString('base64') });
    await app.call('settings.save', { retentionYears: 1 });

    const preview = await app.call('retention.preview', {});
    expect(preview).toMatchObject({ years: 1, today: '2026-01-15', cutoff: '2025-01-15' });
    expect(preview.due.length).toBeGreaterThan(20);
    expect(preview.due.every((c) => c.discharge_date !== null && c.discharge_date < '2025-01-15')).toBe(true);
    const dueIds = preview.due.map((c) => c.id);

    const { raw } = app.vault.reader();
    const people = raw
      .prepare('SELECT id, client_id, given_name, family_name, nhs_number, date_of_birth FROM clients WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(dueIds)) as Person[];
    const kept = raw.prepare('SELECT given_name, family_name FROM clients WHERE id NOT IN (SELECT value FROM json_each(?))').all(JSON.stringify(dueIds)) as Person[];
    expect(people.map((p) => p.client_id)).toContain('X-UNIQUE');
    const withDob = people.filter((p) => p.date_of_birth !== null);
    // NHS numbers are one per person, and a person's episodes are anonymised together: none of these is kept.
    const nhsNumbers = people.flatMap((p) => (p.nhs_number ? [p.nhs_number] : []));
    expect(withDob.length).toBeGreaterThan(10);
    expect(nhsNumbers.length).toBeGreaterThan(10);
    const searched = [...nhsNumbers, ...UNIQUE_TEXT];
    const jobsOfDue = raw.prepare('SELECT count(*) FROM jobs WHERE employer IS NOT NULL AND client_pk IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(dueIds)) as number;
    expect(jobsOfDue).toBeGreaterThan(0);

    const run = () => Promise.all(PERIODS.map((input) => app.call('reports.run', input)));
    const before = await run();
    const qualityBefore = await app.call('reports.dataQuality', {});
    // The age band is the one figure that reads a removed field: anonymised people with a date of birth must be
    // in it, under a real band, for this test to mean anything.
    const intake = before[0]!.report.metrics.intake_age_band.records.byKey!;
    const banded = new Set(['16-35', '36-50', '51-65', 'other'].flatMap((k) => intake[k]?.clients ?? []));
    expect(withDob.filter((p) => banded.has(p.client_id)).length).toBeGreaterThan(0);

    expect(await app.call('retention.anonymise', { ids: dueIds })).toEqual({ anonymised: dueIds.length, ids: expect.any(Array), on: '2026-01-15' });
    expect(await run()).toEqual(before);
    // Data quality reads employers (duplicate jobs): the same problems are listed, no new ones; only the names
    // shown beside the anonymised clients' problems are gone.
    const qualityAfter = await app.call('reports.dataQuality', {});
    const withoutNames = (q: typeof qualityAfter) => q.problems.map((p) => ({ ...p, record: { ...p.record, name: null } }));
    expect(withoutNames(qualityAfter)).toEqual(withoutNames(qualityBefore));
    const anonymisedProblems = qualityAfter.problems.filter((p) => p.record.clientRecordId !== null && dueIds.includes(p.record.clientRecordId));
    expect(anonymisedProblems.length).toBeGreaterThan(0);
    expect(anonymisedProblems.every((p) => p.record.name === null)).toBe(true);

    // Nothing to do now; the same ids again are refused, and nothing changes.
    expect((await app.call('retention.preview', {})).due).toEqual([]);
    expect(await app.fail('retention.anonymise', { ids: dueIds.slice(0, 1) })).toMatchObject({ code: 'conflict', message: expect.stringContaining('preview the retention rule again') });

    // The decrypted tables hold none of it: not in the clients table, not in jobs, not in the audit trail.
    const cells = allTextCells(app);
    expect(cells.filter((c) => searched.some((text) => c.text.includes(text)))).toEqual([]);
    const rows = raw.prepare('SELECT given_name, family_name, nhs_number, date_of_birth, anonymised_at FROM clients WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(dueIds));
    expect(rows.every((r) => JSON.stringify(r) === JSON.stringify({ given_name: null, family_name: null, nhs_number: null, date_of_birth: null, anonymised_at: '2026-01-15' }))).toBe(true);
    expect(raw.prepare('SELECT count(*) FROM jobs WHERE (employer IS NOT NULL OR job_title IS NOT NULL) AND client_pk IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(dueIds))).toBe(0);

    // The audit entry names the records by id and client reference only.
    const entry = raw.prepare("SELECT entity, entity_id, before, after, details FROM audit_log WHERE action = 'retention.anonymise'").get() as Record<string, string | null>;
    expect(entry).toMatchObject({ entity: 'client', entity_id: null, before: null, after: null });
    const details = JSON.parse(entry.details!) as { years: number; cutoff: string; count: number; clients: { id: string; client_id: string }[] };
    expect(details).toMatchObject({ years: 1, cutoff: '2025-01-15', count: dueIds.length });
    expect(details.clients.map((c) => c.id).sort()).toEqual([...dueIds].sort());
    expect(Object.keys(details.clients[0]!).sort()).toEqual(['client_id', 'id']);

    // And the file itself, decrypted byte for byte (free pages and old cells included), has none of it either.
    const bytes = await decryptedFileBytes(app, dir);
    expect(searched.filter((text) => bytes.includes(Buffer.from(text, 'utf8')))).toEqual([]);
    // The check can see text: names of people still on file are there.
    expect(bytes.includes(Buffer.from(kept.find((p) => p.family_name)!.family_name!, 'utf8'))).toBe(true);
  });
});
