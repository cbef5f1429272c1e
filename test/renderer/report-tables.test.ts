import { describe, expect, it } from 'vitest';
import { METRIC_CATALOGUE, type MetricResult, type Report } from '../../shared/outcomes';
import { toCsv } from '../../renderer/src/screens/reports/export/csv';
import { COUNTED, drillDownTable, exportFileStem, MISSED, sectionTable } from '../../renderer/src/screens/reports/export/report-tables';
import type { JobRow } from '../../renderer/src/screens/reports/jobs-behind';

const directory = new Map([
  ['C-1', { id: 'id-1', name: 'Jane Smith' }],
  ['C-2', { id: 'id-2', name: 'Ravi Patel' }],
  ['C-3', { id: 'id-3', name: '' }],
]);

describe('drill-down tables', () => {
  it('lists everyone in a rate’s denominator, counted first, the rest marked as missed', () => {
    const metric: MetricResult = { value: 0.5, numerator: 1, denominator: 2, records: { clients: ['C-2'], denominatorClients: ['C-1', 'C-2'] } };
    const table = drillDownTable(METRIC_CATALOGUE.sustainment_rate_13w, metric, directory);
    expect(table.columns.map((c) => c.header)).toEqual(['Client ID', 'Name', 'Outcome']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['C-2', 'Ravi Patel', COUNTED],
      ['C-1', 'Jane Smith', MISSED],
    ]);
    expect(table.rows[1]?.clientRef).toBe('C-1');
  });

  it('puts the breakdown value beside each job, with the job’s details, earliest start first', () => {
    const metric: MetricResult = {
      value: 2,
      breakdown: { wholesale_retail: 1, health_social_work: 1 },
      records: { clients: ['C-1', 'C-2'], jobs: ['J-2', 'J-1'], byKey: { wholesale_retail: { clients: ['C-1'], jobs: ['J-1'] }, health_social_work: { clients: ['C-2'], jobs: ['J-2'] } } },
    };
    const jobs = new Map<string, JobRow>([
      ['J-1', { job_id: 'J-1', clientRef: 'C-1', employer: 'Harbour Coffee', job_title: 'Barista', start_date: '2025-05-01', hours: 16 }],
      ['J-2', { job_id: 'J-2', clientRef: 'C-2', employer: null, job_title: null, start_date: '2025-07-01', hours: 30 }],
    ]);
    const table = drillDownTable(METRIC_CATALOGUE.job_starts_by_sector, metric, directory, jobs);
    expect(table.title).toBe('Job starts by sector: jobs');
    expect(table.columns.map((c) => c.header)).toEqual(['Client ID', 'Name', 'Sector', 'Job ID', 'Job title', 'Employer', 'Started', 'Hours a week']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['C-1', 'Jane Smith', 'Wholesale and retail', 'J-1', 'Barista', 'Harbour Coffee', { date: '2025-05-01' }, 16],
      ['C-2', 'Ravi Patel', 'Health and social work', 'J-2', null, null, { date: '2025-07-01' }, 30],
    ]);
  });

  it('puts the band beside each client of a client breakdown, and names a client with no name by reference only', () => {
    const metric: MetricResult = { value: 2, breakdown: { lt5: 1, ge16: 1 }, records: { clients: ['C-3', 'C-1'], byKey: { lt5: { clients: ['C-3'] }, ge16: { clients: ['C-1'] } } } };
    const table = drillDownTable(METRIC_CATALOGUE.placed_in_work_by_hours, metric, directory);
    expect(table.columns.map((c) => c.header)).toEqual(['Client ID', 'Name', 'Hours a week (band)']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['C-3', '', 'Under 5 hours a week'],
      ['C-1', 'Jane Smith', '16 hours or more'],
    ]);
  });
});

describe('section tables', () => {
  it('has a row per figure, shares as percentages, targets judged, then each part of a breakdown', () => {
    const report = {
      period: { start: '2025-04-01', end: '2026-03-31', as_of: '2026-03-31', label: 'Financial year 2025-26' },
      metrics: {
        job_search_within_4w: { value: 0.6, numerator: 12, denominator: 20, records: {} },
        job_starts_by_contract_type: { value: 3, breakdown: { permanent: 2, zero_hours: 1 }, records: {} },
      },
    } as unknown as Report;
    const table = sectionTable('fidelity', report, 365);
    expect(table.title).toBe('Fidelity and quality measures');
    const search = table.rows.find((r) => r[0] === 'Job search within 4 weeks');
    expect(search).toEqual(['Job search within 4 weeks', null, { percent: 0.6 }, 12, 20, null, '12 of 20 (60%)', '75% or more', 'Target not met']);
    const parts = table.rows.filter((r) => r[0] === 'Job starts by contract type' && r[1] !== null);
    expect(parts.map((r) => [r[1], r[2]])).toEqual([['Permanent employment', 2], ['Zero hours contract', 1]]);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting, writes dates and shares as read in the UK, and never lets text become a formula', () => {
    const csv = toCsv({
      columns: [{ header: 'Name' }, { header: 'Started' }, { header: 'Share' }, { header: 'Hours' }, { header: 'Note' }],
      rows: [
        ['Smith, Jane', { date: '2025-06-01' }, { percent: 0.256 }, 16, 'said "yes"'],
        ['=HYPERLINK("http://x")', null, null, -2, '@SUM(A1)'],
        ['+44 7700', null, null, null, 'line one\nline two'],
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Name,Started,Share,Hours,Note',
      '"Smith, Jane",01/06/2025,25.6%,16,"said ""yes"""',
      `"'=HYPERLINK(""http://x"")",,,-2,'@SUM(A1)`,
      `'+44 7700,,,,"line one\nline two"`,
      '',
    ]);
  });

  it('names files by the table and the period', () => {
    expect(exportFileStem('Job starts by sector: jobs', { start: '2025-04-01', end: '2026-03-31' })).toBe('job-starts-by-sector-jobs-2025-04-01-to-2026-03-31');
    expect(exportFileStem('Key outcomes (IPS Grow standard data set)', { start: '2025-04-01', end: '2025-06-30' })).toBe('key-outcomes-ips-grow-standard-data-set-2025-04-01-to-2025-06-30');
  });
});

describe('figures by specialist', () => {
  it('names the row with no specialist, rounds contacts a week and keeps the share as a percentage', async () => {
    const { specialistTable } = await import('../../renderer/src/screens/reports/export/report-tables');
    const table = specialistTable([
      { specialist: 'Priya Shah', activeCaseload: 12, employerContactsPerWeek: 4.567, jobStarts: 3, working: { numerator: 4, denominator: 10, value: 0.4 } },
      { specialist: 'unknown', activeCaseload: 1, employerContactsPerWeek: null, jobStarts: 0, working: { numerator: 0, denominator: 0, value: null } },
    ]);
    expect(table.rows).toEqual([
      ['Priya Shah', 12, 4.57, 3, 4, 10, { percent: 0.4 }],
      ['No specialist recorded', 1, null, 0, 0, 0, null],
    ]);
  });
});
