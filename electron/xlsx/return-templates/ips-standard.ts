import ExcelJS from 'exceljs';
import type { MetricId } from '../../../shared/outcomes';
import { FORMATS, headerBlock, notesSheet, printSetup, sectionHeading, setColumns, tableHeader, tableRow, type CellSpec } from './layout';

/**
 * Built-in return (a): the IPS Grow standard data set. Key outcomes with outcomes and people side by side,
 * sustainment by hours band, quality and fidelity measures, and the annual KPIs against their targets.
 */
const COLS = 6;
const count = (token: string): CellSpec => ({ token, format: FORMATS.count });
const pct = (token: string): CellSpec => ({ token, format: FORMATS.percent });
const dec = (token: string): CellSpec => ({ token, format: FORMATS.decimal });

const KEY_OUTCOMES: ReadonlyArray<[string, string, MetricId]> = [
  ['1', 'Referrals to the service', 'referrals'],
  ['1a', 'of which already in work (job retention or employed)', 'referrals_in_work'],
  ['2', 'Service users engaged (vocational profile and action plan)', 'engaged'],
  ['3', 'Job starts (every job counts)', 'job_starts'],
  ['4', 'People supported into work (first job only)', 'people_into_work'],
  ['', 'Job retention outcomes', 'retention_outcomes'],
  ['', 'Carried over in work from before the period (not new outcomes)', 'carried_over_in_work'],
];

export const IPS_STANDARD_METRICS: readonly MetricId[] = [
  'referrals', 'referrals_in_work', 'engaged', 'job_starts', 'people_into_work', 'retention_outcomes', 'carried_over_in_work',
  'sustained_13w_lt16', 'sustained_13w_ge16', 'sustained_26w_lt16', 'sustained_26w_ge16', 'sustained_52w_lt16', 'sustained_52w_ge16',
  'job_search_within_4w', 'days_to_first_employer_contact', 'job_starts_by_time_in_service', 'employer_f2f_per_week', 'open_caseload',
  'active_caseload', 'caseload_per_fte', 'retention_share', 'self_employment_starts', 'excluded_non_competitive', 'kpi_engaged',
  'kpi_job_starts', 'sustainment_rate_13w', 'sustainment_rate_26w', 'sustainment_rate_52w', 'employment_rate',
];

function keyOutcomes(ws: ExcelJS.Worksheet, row: number): number {
  row = sectionHeading(ws, row, '1. Key outcomes', COLS, 'Outcomes count events (each job start counts); people count different people. Both are reported, as the standard data set asks.');
  row = tableHeader(ws, row, ['Ref', 'Outcome', 'Outcomes', 'People', '', '']);
  KEY_OUTCOMES.forEach(([ref, label, id], i) => {
    row = tableRow(ws, row, [ref, label, count(id), count(id === 'job_starts' ? 'job_starts.people' : id), null, null], { shade: i % 2 === 1 });
  });
  return row + 1;
}

function sustainment(ws: ExcelJS.Worksheet, row: number): number {
  row = sectionHeading(ws, row, '2. Job sustainment outcomes by average weekly hours', COLS, 'People whose 13, 26 or 52-week sustainment date falls in the period; breaks of under 6 weeks between jobs do not stop the count. One outcome of each length per person.');
  row = tableHeader(ws, row, ['Ref', 'Sustained in work', 'Under 16 hours', '16 hours or more', 'Total', '']);
  const first = row;
  for (const [ref, weeks] of [['5', 13], ['6', 26], ['7', 52]] as const) {
    row = tableRow(ws, row, [ref, `${weeks} weeks`, count(`sustained_${weeks}w_lt16`), count(`sustained_${weeks}w_ge16`), { formula: `SUM(C${row}:D${row})`, format: FORMATS.count }, null]);
  }
  row = tableRow(ws, row, ['', 'Total', { formula: `SUM(C${first}:C${row - 1})`, format: FORMATS.count }, { formula: `SUM(D${first}:D${row - 1})`, format: FORMATS.count }, { formula: `SUM(E${first}:E${row - 1})`, format: FORMATS.count }, null], { bold: true, shade: true });
  return row + 1;
}

function quality(ws: ExcelJS.Worksheet, row: number): number {
  row = sectionHeading(ws, row, '3. Quality and fidelity measures', COLS);
  row = tableHeader(ws, row, ['Ref', 'Measure', 'Figure', 'Numerator', 'Denominator', 'Target']);
  const rows: CellSpec[][] = [
    ['Q1', 'People supported to job search within 4 weeks', pct('job_search_within_4w'), count('job_search_within_4w.numerator'), count('job_search_within_4w.denominator'), '75% or more'],
    ['Q2', 'Days from initial assessment to first face-to-face employer contact (mean)', dec('days_to_first_employer_contact'), null, null, '30 days or fewer'],
    ['', 'Median days', dec('days_to_first_employer_contact.breakdown.median'), null, null, null],
    ['Q3', 'Job starts by time in service: under 6 months', count('job_starts_by_time_in_service.breakdown.lt6m'), null, null, null],
    ['', '6 to 12 months', count('job_starts_by_time_in_service.breakdown.6to12m'), null, null, null],
    ['', 'Over 12 months', count('job_starts_by_time_in_service.breakdown.gt12m'), null, null, null],
    ['', 'No initial assessment recorded', count('job_starts_by_time_in_service.breakdown.no_assessment'), null, null, null],
    ['Q4', 'Face-to-face employer contacts per week (whole service)', dec('employer_f2f_per_week'), null, null, '6 or more per specialist'],
    ['Q5', 'Open caseload on the snapshot day', count('open_caseload'), null, null, null],
    ['', 'Active caseload (engaged, contact in the last 4 weeks)', count('active_caseload'), null, null, null],
    ['', 'Active caseload per full-time employment specialist', dec('caseload_per_fte'), null, null, '20 or fewer'],
    ['', 'Share of open caseload who are job retention cases', pct('retention_share'), count('retention_share.numerator'), count('retention_share.denominator'), '15% or less'],
    ['Q6', 'Self-employment starts', count('self_employment_starts'), null, null, null],
    ['', 'Sheltered (non-competitive) jobs left out of every count', count('excluded_non_competitive'), null, null, null],
  ];
  rows.forEach((cells, i) => (row = tableRow(ws, row, cells, { shade: i % 2 === 1 })));
  return row + 1;
}

function kpis(ws: ExcelJS.Worksheet, row: number): number {
  row = sectionHeading(ws, row, '4. Annual key performance indicators', COLS, 'Targets are for a whole year (IPS Grow, audit of 10 UK IPS services); for a shorter period compare the count with the pro-rata target.');
  row = tableHeader(ws, row, ['Ref', 'Indicator', 'Actual', 'Numerator', 'Denominator', 'Target']);
  const rate = (ref: string, label: string, id: MetricId, target: string): CellSpec[] => [ref, label, pct(id), count(`${id}.numerator`), count(`${id}.denominator`), target];
  const rows: CellSpec[][] = [
    ['K1', 'Service users actively engaged', count('kpi_engaged'), null, null, '40 to 60 a year'],
    ['K2', 'Job starts', count('kpi_job_starts'), null, null, '17 to 26 a year'],
    rate('K3', 'Job sustainment rate at 13 weeks (3 months)', 'sustainment_rate_13w', '60% or more'),
    rate('K4', 'Job sustainment rate at 26 weeks (6 months)', 'sustainment_rate_26w', '50% or more'),
    rate('K5', 'Job sustainment rate at 52 weeks (12 months)', 'sustainment_rate_52w', '40% or more'),
    rate('K6', 'Employment rate (IPS Grow 2024 definition)', 'employment_rate', '40% or more (benchmark)'),
  ];
  rows.forEach((cells, i) => (row = tableRow(ws, row, cells, { shade: i % 2 === 1 })));
  return row;
}

export async function ipsStandardReturn(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'IPS Desk';
  wb.title = 'IPS standard data set return';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Return', { views: [{ showGridLines: false }] });
  setColumns(ws, [6, 58, 14, 14, 14, 24]);
  let row = headerBlock(ws, 'IPS standard data set return', COLS, 'Counts are numbers of people or of jobs as each line says; rates are percentages of the denominator shown beside them; days and per-week figures are averages. Definitions are on the Notes sheet.');
  row = keyOutcomes(ws, row);
  row = sustainment(ws, row);
  row = quality(ws, row);
  kpis(ws, row);
  printSetup(ws, 'portrait', COLS);
  notesSheet(wb, IPS_STANDARD_METRICS);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
