import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppDatabase, RawDatabase } from '../../db/connection';
import { readContactFacts, readContactSummary, readRecordIds, readUnlinkedContactsWithoutEmployer } from '../../db/repositories/report-facts';
import { readHandEntered, readNewRecruitsDeclaringMh, writeHandEntered } from '../../db/repositories/report-hand-entered';
import { readClientReportRecords, readReportRecords } from '../../db/repositories/report-records';
import { runDatabaseReport } from '../../electron/services/report-run';
import { createReader } from '../../db/access';
import { generateDemoData, type DemoData } from '../../electron/services/demo';
import { computeReport, contactFactsFrom, contactSummaryFrom, unlinkedContactsWithoutEmployer, type ReportInput } from '../../shared/outcomes';
import { parsePeriod } from '../../shared/period';
import type { Contact } from '../../shared/records';
import { createEncryptedDatabase, inTransaction, insertDemoData } from './demo-database';

const TODAY = '2026-01-15';

/** Edge cases the demo may not hold: blank and padded specialist names, an employer contact for nobody, a contact after discharge. */
function withEdgeContacts(data: DemoData): DemoData {
  const discharged = data.clients.find((c) => c.discharge_date && c.discharge_date < '2025-12-01')!;
  const someone = data.clients[3]!.client_id;
  const extra: Contact[] = [
    { date: '2025-06-02', kind: 'employer_face_to_face', client_id: someone, employer: 'Acme', specialist: null, client_preference_based: 'yes' },
    { date: '2025-06-03', kind: 'employer_face_to_face', client_id: someone, employer: 'Acme', specialist: '', client_preference_based: 'no' },
    { date: '2025-06-04', kind: 'employer_face_to_face', client_id: null, employer: 'Acme', specialist: '  Pat Lee  ', client_preference_based: 'unknown' },
    { date: '2025-06-05', kind: 'employer_other', client_id: null, employer: 'Acme', specialist: 'Pat Lee', client_preference_based: 'yes' },
    { date: '2025-12-20', kind: 'client_other', client_id: discharged.client_id, employer: null, specialist: 'Pat Lee', client_preference_based: 'unknown' },
    { date: TODAY, kind: 'client_face_to_face', client_id: someone, employer: null, specialist: 'Pat Lee', client_preference_based: 'unknown' },
  ];
  return { ...data, contacts: [...data.contacts, ...extra] };
}

const byText = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The in-memory input in the order the database reads it (so record lists compare equal). */
function inMemoryInput(data: DemoData): Omit<ReportInput, 'contactFacts'> {
  return {
    clients: [...data.clients].sort(byText((c) => c.client_id)),
    jobs: [...data.jobs].sort(byText((j) => j.job_id)),
    activities: [...data.activities].sort(byText((a) => `${a.client_id}\u0000${a.start_date}\u0000${a.kind}`)),
    staff: [...data.staff].sort(byText((s) => s.name)),
  };
}

// Periods × as-of dates: whole years, a quarter, custom ranges, as-of mid-period, before the period and after it.
const CASES: { period: string; asOf: string }[] = [
  { period: '2025-26', asOf: TODAY },
  { period: '2024-25', asOf: TODAY },
  { period: '2024-25', asOf: '2024-11-20' },
  { period: '2025-26-Q2', asOf: '2025-08-14' },
  { period: '2025-26-Q1', asOf: TODAY },
  { period: '2025-06-01..2025-06-30', asOf: '2025-06-04' },
  { period: '2023-04-01..2026-01-15', asOf: TODAY },
  { period: '2025-26-Q4', asOf: '2025-12-31' },
];

describe('report facts from SQL', () => {
  let dir: string;
  let raw: RawDatabase;
  let db: AppDatabase;
  let data: DemoData;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    ({ raw, db } = createEncryptedDatabase(dir));
    data = withEdgeContacts(generateDemoData({ clients: 400, seed: 11, today: TODAY, contactsPerClient: 20, jobsPerClient: 3 }));
    insertDemoData(raw, data);
    return () => {
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    };
  });

  afterEach(() => raw.exec('DELETE FROM hand_entered_figures'));

  it('the demo holds every kind of contact the facts aggregate', () => {
    const kinds = new Set(data.contacts.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['client_face_to_face', 'client_other', 'employer_face_to_face', 'employer_other']);
    expect(data.contacts.length).toBeGreaterThan(7000);
  });

  it.each(CASES)('contact facts for $period as of $asOf equal contactFactsFrom on the raw contacts', ({ period, asOf }) => {
    const p = parsePeriod(period);
    const fromSql = readContactFacts(raw, p, asOf);
    const reference = contactFactsFrom(data.contacts, p, asOf);
    expect(fromSql).toEqual(reference);
    if (p.start <= asOf) expect(Object.keys(fromSql.firstEmployerF2F).length).toBeGreaterThan(0);
  });

  it('folds blank and padded specialist names the way specialistKey does', () => {
    const facts = readContactFacts(raw, parsePeriod('2025-06-01..2025-06-30'), TODAY);
    expect(facts.employerF2FInPeriod.bySpecialist.unknown).toBeGreaterThanOrEqual(2);
    expect(facts.employerF2FInPeriod.bySpecialist['Pat Lee']).toBeGreaterThanOrEqual(1);
    expect(Object.keys(facts.employerF2FInPeriod.bySpecialist).some((k) => k !== k.trim() || k === '')).toBe(false);
  });

  it('counts only employer contacts marked yes or no for the preference share (DOMAIN §7 item 2)', () => {
    const period = parsePeriod('2025-26');
    const inP = data.contacts.filter((c) => c.kind.startsWith('employer') && c.date >= period.start && c.date <= TODAY);
    const marked = inP.filter((c) => c.client_preference_based !== 'unknown');
    // The demo marks some contacts unknown, so the two counts differ and the test can tell them apart.
    expect(marked.length).toBeLessThan(inP.length);
    expect(readContactFacts(raw, period, TODAY).employerContactsPreference).toEqual({
      marked: marked.length,
      preferenceBased: marked.filter((c) => c.client_preference_based === 'yes').length,
    });
  });

  it.each(CASES)('computeReport from the database equals computeReport from the records for $period as of $asOf', ({ period, asOf }) => {
    const p = parsePeriod(period);
    const fromDb = runDatabaseReport(createReader({ db, raw }), p, asOf).report;
    const reference = computeReport(
      { ...inMemoryInput(data), contactFacts: contactFactsFrom(data.contacts, p, asOf), handEntered: { new_recruits_declaring_mh: null } },
      p,
      asOf,
    );
    expect(fromDb).toEqual(reference);
    if (period === '2025-26') {
      // Not a vacuous comparison: the figures have substance.
      expect(fromDb.metrics.job_starts.value).toBeGreaterThan(10);
      expect(fromDb.metrics.open_caseload.value).toBeGreaterThan(50);
      expect(fromDb.metrics.active_caseload.value).toBeGreaterThan(0);
    }
  });

  it('puts the hand-entered D7 figure of the period’s financial year into the report', () => {
    inTransaction(db, (tx) => writeHandEntered(tx, '2025-26', [{ key: 'new_recruits_declaring_mh', value: 6.5, source: 'Trust HR', year: '2025' }]));
    expect(readNewRecruitsDeclaringMh(db, '2025-26')).toBe(6.5);
    expect(runDatabaseReport(createReader({ db, raw }), parsePeriod('2025-26-Q3'), TODAY)).toMatchObject({
      handEnteredYear: '2025-26',
      report: { metrics: { new_recruits_declaring_mh: { value: 6.5 } } },
    });
    expect(runDatabaseReport(createReader({ db, raw }), parsePeriod('2024-25'), TODAY).report.metrics.new_recruits_declaring_mh.value).toBeNull();
    // A range over two financial years has no single year's figure.
    expect(runDatabaseReport(createReader({ db, raw }), parsePeriod('2025-01-01..2025-06-30'), TODAY)).toMatchObject({
      handEnteredYear: null,
      report: { metrics: { new_recruits_declaring_mh: { value: null } } },
    });
  });

  it('reads hand-entered items back in form order, statements as text, and clears an emptied item', () => {
    inTransaction(db, (tx) => writeHandEntered(tx, '2025-26', [
      { key: 'a1', value: 74.2, source: 'Annual Population Survey', year: 'Oct 2023 – Sep 2024' },
      { key: 'a12', value: 'partly', source: 'Commissioner', year: null },
    ]));
    const items = readHandEntered(db, '2025-26');
    expect(items.map((i) => i.key)).toEqual([...Array.from({ length: 13 }, (_, i) => `a${i + 1}`), 'new_recruits_declaring_mh']);
    expect(items[0]).toEqual({ key: 'a1', value: 74.2, source: 'Annual Population Survey', year: 'Oct 2023 – Sep 2024' });
    expect(items[11]).toEqual({ key: 'a12', value: 'partly', source: 'Commissioner', year: null });
    expect(items[1]).toEqual({ key: 'a2', value: null, source: null, year: null });
    inTransaction(db, (tx) => writeHandEntered(tx, '2025-26', [{ key: 'a1', value: 75, source: 'APS', year: '2024' }, { key: 'a12', value: null, source: null, year: null }]));
    const again = readHandEntered(db, '2025-26');
    expect(again[0]).toMatchObject({ value: 75, source: 'APS' });
    expect(again[11]).toEqual({ key: 'a12', value: null, source: null, year: null });
    expect(raw.prepare('SELECT count(*) FROM hand_entered_figures').pluck().get()).toBe(1);
    expect(readHandEntered(db, '2024-25').every((i) => i.value === null)).toBe(true);
  });

  it('counts employer contacts on behalf of nobody with no employer as unlinkedContactsWithoutEmployer does', () => {
    expect(readUnlinkedContactsWithoutEmployer(raw)).toBe(unlinkedContactsWithoutEmployer(data.contacts));
  });

  it('contact summary for data quality equals contactSummaryFrom', () => {
    for (const asOf of [TODAY, '2025-07-01']) {
      expect(readContactSummary(raw, asOf)).toEqual(contactSummaryFrom(data.clients, data.contacts, asOf));
    }
    const summary = readContactSummary(raw, TODAY);
    expect(Object.values(summary).some((s) => s.contactsAfterDischarge > 0)).toBe(true);
  });

  it('reads one client’s records, and maps references to record ids', () => {
    const ids = readRecordIds(raw);
    const client = data.clients.find((c) => data.jobs.some((j) => j.client_id === c.client_id))!;
    const pk = ids.clients.get(client.client_id)!;
    const records = readClientReportRecords(raw, pk)!;
    expect(records.clients.map((c) => c.client_id)).toEqual([client.client_id]);
    expect(records.jobs.map((j) => j.job_id).sort()).toEqual(data.jobs.filter((j) => j.client_id === client.client_id).map((j) => j.job_id).sort());
    expect(records.staff).toHaveLength(data.staff.length);
    expect(ids.jobs.get(records.jobs[0]!.job_id)?.clientPk).toBe(pk);
    expect(readClientReportRecords(raw, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    // Figures only: personal fields the engine never reads are not read.
    expect(records.clients[0]).toMatchObject({ given_name: null, family_name: null, nhs_number: null });
    expect(readReportRecords(raw).clients).toHaveLength(data.clients.length);
  });
});
