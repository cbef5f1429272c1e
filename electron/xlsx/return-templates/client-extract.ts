import ExcelJS from 'exceljs';
import { clientColumn } from '../../../shared/returns';
import { FORMATS, NHS_BLUE, headerBlock, printSetup, setColumns, tableHeader } from './layout';

/**
 * Built-in return (c): one row per client open in the period, in the style of the IPS Grow reporting
 * tool (referral, engagement, first employer contact, job starts, sustainment dates, discharge).
 * Pseudonymised unless the manager chooses identifiable output: the first column then shows the client id.
 */
const COLUMNS: ReadonlyArray<[string, string, number]> = [
  ['client.client_id', 'Client (pseudonym)', 13],
  ['client.referral_date', 'Referral date', 11],
  ['client.employment_status_at_referral', 'Status at referral', 30],
  ['client.engagement_date', 'Engaged (profile and plan)', 11],
  ['client.first_employer_contact_date', 'First employer contact', 11],
  ['client.job_entry_date', 'First job start', 11],
  ['client.job_starts_in_period', 'Job starts in period', 9],
  ['job.hours_per_week', 'Hours a week (first job)', 9],
  ['job.contract_type', 'Contract (first job)', 28],
  ['client.sustained_13w_date', '13 weeks sustained', 11],
  ['client.sustained_26w_date', '26 weeks sustained', 11],
  ['client.sustained_52w_date', '52 weeks sustained', 11],
  ['client.sustained_52w_hours', 'Hours band at 52 weeks', 14],
  ['client.retention_return_date', 'Retention: back at work', 11],
  ['client.discharge_date', 'Discharge date', 11],
  ['client.discharge_reason', 'Discharge reason', 26],
];

export async function clientExtractReturn(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'IPS Desk';
  wb.title = 'IPS client-level extract';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Clients');
  setColumns(ws, COLUMNS.map(([, , width]) => width));
  const headerRow = headerBlock(ws, 'IPS client-level extract', COLUMNS.length, 'One row per client open at any time in the period. Clients are shown by a pseudonym that stays the same in every extract from this service; no names, NHS numbers or dates of birth are included. Dates are dd/mm/yyyy; a blank date has not happened (by the "data as of" date).');
  tableHeader(ws, headerRow, COLUMNS.map(([, title]) => title));
  ws.getRow(headerRow).height = 40;
  const dataRow = headerRow + 1;
  COLUMNS.forEach(([id], i) => {
    const c = ws.getCell(dataRow, i + 1);
    c.value = `${i === 0 ? '{{#clients}}' : ''}{{${id}}}`;
    c.font = { name: 'Arial', size: 9 };
    c.border = { bottom: { style: 'hair', color: { argb: NHS_BLUE } } };
    const type = clientColumn(id)?.type;
    if (type === 'date') c.numFmt = FORMATS.date;
    c.alignment = { vertical: 'top', horizontal: type === 'text' ? 'left' : 'right' };
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 1, showGridLines: false }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: dataRow, column: COLUMNS.length } };
  printSetup(ws, 'landscape', COLUMNS.length);
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
