// Run by interchange-roundtrip.test.ts in a child process with TZ set: the time zone is fixed at start-up.
import { readFileSync } from 'node:fs';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { emptyInterchangeRecords } from '../../../electron/xlsx/interchange-columns';

// Dates around the UK clock changes and the new year, where a local-time conversion would slip a day.
const dates = ['2025-03-30', '2025-10-26', '2026-01-01'];
const records = emptyInterchangeRecords();
records.staff = dates.map((d) => ({ name: `S ${d}`, fte: 1, start_date: d, end_date: null }));
const written = await readInterchangeWorkbook(await writeInterchangeWorkbook(records));

// Date serials written by another tool (see test/fixtures/xlsx/make_fixtures.py).
const fixture = await readInterchangeWorkbook(readFileSync(new URL('../../fixtures/xlsx/shared-strings-dates.xlsx', import.meta.url)));

process.stdout.write(
  JSON.stringify({
    tz: process.env.TZ,
    written: written.ok ? written.records.staff.map((s) => s.start_date) : written.problems,
    fixture: fixture.ok ? fixture.records.clients.map((c) => [c.date_of_birth, c.referral_date]) : fixture.problems,
  }),
);
