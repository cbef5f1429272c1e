import ExcelJS from 'exceljs';
import {
  EMPLOYMENT_STATUS, ETHNICITY, GENDER, PAID_WORK_RECENCY, YES_NO_UNKNOWN,
} from '../../../shared/codes';
import { SAINSBURY_C } from '../../../shared/fidelity';
import type { MetricId } from '../../../shared/outcomes';
import { NEW_RECRUITS_ITEM, SAINSBURY_A_ITEMS } from '../../../shared/sainsbury-a';
import { FORMATS, headerBlock, notesSheet, printSetup, sectionHeading, setColumns, tableHeader, tableRow, type CellSpec } from './layout';

/**
 * Built-in return (b): the Sainsbury Centre / NHS Confederation key performance indicators. Section A is
 * entered by hand with its source; B is the intake of clients referred in the period (counts and shares);
 * C is the latest final fidelity self-review (or says none has been finalised); D is individual outcomes.
 */
const COLS = 5;
const count = (token: string): CellSpec => ({ token, format: FORMATS.count });
const pct = (token: string): CellSpec => ({ token, format: FORMATS.percent });

export const SAINSBURY_METRICS: readonly MetricId[] = [
  'intake_age_band', 'intake_gender', 'intake_ethnicity', 'intake_nvq2_plus', 'intake_employment_status', 'intake_in_secondary_mh_care',
  'intake_paid_work_recency', 'intake_maintained_job_over_1y', 'intake_long_term_benefits', 'placed_in_work_by_hours',
  'currently_employed', 'unemployed_seeking', 'moved_to_education_volunteering_retirement', 'care_plan_employment_actions',
  'care_plan_retention_actions', 'new_recruits_declaring_mh',
];

function sectionA(ws: ExcelJS.Worksheet, row: number): number {
  row = sectionHeading(ws, row, 'A. Local employment context (for commissioners)', COLS, 'Entered by hand in IPS Desk for the financial year, each with the source it was taken from. Percentages are shown as published.');
  row = tableHeader(ws, row, ['Item', 'Indicator', 'Value', 'Source', 'Year of source']);
  SAINSBURY_A_ITEMS.forEach((item, i) => {
    const value: CellSpec = item.kind === 'percent' ? { token: `sainsbury_a.${item.number}`, format: FORMATS.enteredPercent } : { token: `sainsbury_a.${item.number}` };
    row = tableRow(ws, row, [`A${item.number}`, item.text, value, { token: `sainsbury_a.${item.number}.source` }, { token: `sainsbury_a.${item.number}.year` }], { shade: i % 2 === 1 });
    ws.getCell(row - 1, 4).alignment = { wrapText: true, vertical: 'top' };
  });
  return row + 1;
}

/** One B item: a row per category with its count and its share of the clients referred. */
function distribution(ws: ExcelJS.Worksheet, row: number, ref: string, title: string, metric: MetricId, categories: ReadonlyArray<[string, string]>): number {
  row = tableRow(ws, row, [ref, title, null, null, null], { bold: true, shade: true });
  const total = `C${row + categories.length}`;
  for (const [key, label] of categories) {
    row = tableRow(ws, row, ['', label, count(`${metric}.breakdown.${key}`), { formula: `IF(${total}=0,"",C${row}/${total})`, format: FORMATS.percent }, null]);
  }
  return tableRow(ws, row, ['', 'Clients referred', count(metric), { formula: `IF(${total}=0,"",1)`, format: FORMATS.percent }, null], { bold: true });
}

/** Categories in code-list order (Object.entries would put numeric codes such as `99` first), then "not recorded". */
const categories = (list: { values: readonly string[]; labels: Record<string, string> }, unknown: string | null = 'Not recorded'): Array<[string, string]> => [
  ...list.values.map((v): [string, string] => [v, list.labels[v]!]),
  ...(unknown ? [['unknown', unknown] as [string, string]] : []),
];

function sectionB(ws: ExcelJS.Worksheet, row: number): number {
  row = sectionHeading(ws, row, 'B. Client intake characteristics (clients referred in the period)', COLS, 'Each item counts the clients referred in the period by what was recorded at referral; shares are of all clients referred. A blank is counted as "not recorded".');
  row = tableHeader(ws, row, ['Item', 'Characteristic', 'Clients', 'Share', '']);
  row = distribution(ws, row, 'B1', 'Age at referral', 'intake_age_band', [['16-35', '16 to 35'], ['36-50', '36 to 50'], ['51-65', '51 to 65'], ['other', 'Other ages'], ['unknown', 'Date of birth not recorded']]);
  row = distribution(ws, row, 'B2', 'Gender', 'intake_gender', categories(GENDER));
  row = distribution(ws, row, 'B3', 'Ethnicity', 'intake_ethnicity', categories(ETHNICITY));
  row = tableRow(ws, row, ['B4', 'Educational level NVQ level 2 or above', count('intake_nvq2_plus.numerator'), pct('intake_nvq2_plus'), 'of {{intake_nvq2_plus.denominator}} with a level recorded'], { bold: true, shade: true });
  row = distribution(ws, row, 'B5', 'Employment status at referral', 'intake_employment_status', categories(EMPLOYMENT_STATUS));
  row = distribution(ws, row, 'B6', 'In contact with specialist mental health services at referral', 'intake_in_secondary_mh_care', categories(YES_NO_UNKNOWN, null));
  row = distribution(ws, row, 'B7', 'Most recent paid employment', 'intake_paid_work_recency', categories(PAID_WORK_RECENCY));
  row = distribution(ws, row, 'B8', 'Has kept any paid job for more than a year', 'intake_maintained_job_over_1y', categories(YES_NO_UNKNOWN, null));
  row = tableRow(ws, row, ['B9', 'In receipt of employment-related, long-term benefits', count('intake_long_term_benefits.numerator'), pct('intake_long_term_benefits'), 'of {{intake_long_term_benefits.denominator}} referred'], { bold: true, shade: true });
  return row + 1;
}

function sectionC(ws: ExcelJS.Worksheet, row: number): number {
  row = sectionHeading(ws, row, 'C. Service effectiveness and quality (fidelity self-review)', COLS, 'Scores agreed by the reviewers in the latest final Sainsbury Centre section C review (items 1\u20136 scored 1\u20135, items 7\u20138 scored 0\u20133; 5 = good).');
  ws.mergeCells(row, 1, row, COLS);
  const status = ws.getCell(row, 1);
  status.value = '{{sainsbury_c.status}}';
  status.font = { name: 'Arial', size: 10, bold: true };
  row += 1;
  row = tableRow(ws, row, ['', 'Date of review', { token: 'sainsbury_c.review_date', format: FORMATS.date }, null, null]);
  row = tableHeader(ws, row, ['Item', 'Indicator', 'Score', 'Scale', '']);
  SAINSBURY_C.items.forEach((item, i) => {
    const cells: CellSpec[] = [`C${item.number}`, item.title, { token: `sainsbury_c.${item.number}`, format: FORMATS.score }, `${item.min} to ${item.max}`, null];
    row = tableRow(ws, row, cells, { shade: i % 2 === 1 });
  });
  row = tableRow(ws, row, ['', 'Total (out of 36)', { token: 'sainsbury_c.total', format: FORMATS.score }, null, null], { bold: true, shade: true });
  return row + 1;
}

function sectionD(ws: ExcelJS.Worksheet, row: number): number {
  row = sectionHeading(ws, row, 'D. Individual level outcomes', COLS, 'Shares are of the open caseload on the snapshot day unless the line says otherwise.');
  row = tableHeader(ws, row, ['Item', 'Outcome', 'Figure', 'Numerator', 'Denominator']);
  const rows: CellSpec[][] = [
    ['D1', 'People placed in paid employment in the period, by weekly hours of their first job: under 5 hours', count('placed_in_work_by_hours.breakdown.lt5'), null, null],
    ['', '5 to under 16 hours', count('placed_in_work_by_hours.breakdown.5to16'), null, null],
    ['', '16 hours or more', count('placed_in_work_by_hours.breakdown.ge16'), null, null],
    ['', 'Total placed', count('placed_in_work_by_hours'), null, null],
    ['D2', 'Currently employed', pct('currently_employed'), count('currently_employed.numerator'), count('currently_employed.denominator')],
    ['D3', 'Currently unemployed but actively seeking employment', pct('unemployed_seeking'), count('unemployed_seeking.numerator'), count('unemployed_seeking.denominator')],
    ['D4', 'Moved into education or training, voluntary work or retirement (of clients open in the period)', pct('moved_to_education_volunteering_retirement'), count('moved_to_education_volunteering_retirement.numerator'), count('moved_to_education_volunteering_retirement.denominator')],
    ['D5', 'Care plan contains clear actions about paid employment', pct('care_plan_employment_actions'), count('care_plan_employment_actions.numerator'), count('care_plan_employment_actions.denominator')],
    ['D6', 'Currently employed and care plan contains clear actions about job retention', pct('care_plan_retention_actions'), count('care_plan_retention_actions.numerator'), count('care_plan_retention_actions.denominator')],
    ['D7', NEW_RECRUITS_ITEM.text, { token: 'new_recruits_declaring_mh', format: FORMATS.enteredPercent }, '{{new_recruits_declaring_mh.source}}', '{{new_recruits_declaring_mh.year}}'],
  ];
  rows.forEach((cells, i) => (row = tableRow(ws, row, cells, { shade: i % 2 === 1 })));
  return row;
}

export async function sainsburyReturn(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'IPS Desk';
  wb.title = 'Sainsbury Centre key performance indicators';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('KPIs', { views: [{ showGridLines: false }] });
  setColumns(ws, [7, 64, 13, 24, 18]);
  let row = headerBlock(ws, 'Sainsbury Centre key performance indicators for employment services', COLS, 'Counts are numbers of clients; shares and rates are percentages; section A percentages are as published by their source; section C scores are points on the scale shown. Definitions are on the Notes sheet.');
  row = sectionA(ws, row);
  row = sectionB(ws, row);
  row = sectionC(ws, row);
  sectionD(ws, row);
  printSetup(ws, 'portrait', COLS);
  notesSheet(wb, SAINSBURY_METRICS, [
    ['Section A', 'Entered by hand for the financial year the period falls in, with the source and the year the source figure relates to (Labour Force Survey, the National Patient Survey, or commissioning guidance for items 11\u201313).'],
    ['Section C', 'From the latest fidelity self-review marked final in IPS Desk. A score is always the reviewers\u2019 decision; figures from the data are only suggestions shown during the review. If no review has been finalised, the section says so and gives no scores.'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
