import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ClientInput } from '../../../shared/records';
import { useTempDirs } from '../../db/helpers';
import { NHS } from '../../db/repositories/helpers';
import { openRecordsApp, type RecordsApp } from '../records/records-app';
import { printedText } from './print-pdf';
import { signInAsSpecialist } from './rights-app';

const tempDir = useTempDirs();

const JANE: ClientInput = {
  client_id: 'C-7',
  given_name: 'Jane',
  family_name: 'Smith',
  nhs_number: NHS[0],
  date_of_birth: '1990-02-03',
  gender: 'female',
  ethnicity: 'B',
  referral_date: '2025-04-01',
  vocational_profile_date: '2025-04-10',
  employment_status_at_referral: '02',
  benefits: ['esa_wrag', 'pip_dla'],
};

/** Jane with one of every kind of record, a change, a job added and removed, and someone else on the caseload. */
async function janeWithRecords(app: RecordsApp): Promise<string> {
  const id = (await app.call('clients.create', { client: JANE })).id;
  await app.call('clients.update', { id, client: { ...JANE, family_name: 'Smith-Jones' } });
  await app.call('jobs.save', { job: { job_id: 'J-1', client_id: 'C-7', employer: 'Harbour Coffee', job_title: 'Barista', start_date: '2025-06-02', hours_per_week: 16, contract_type: 'permanent' } });
  const gone = await app.call('jobs.save', { job: { job_id: 'J-0', client_id: 'C-7', employer: 'Wrong Entry Ltd', start_date: '2025-05-01', hours_per_week: 10, contract_type: 'zero_hours' } });
  await app.call('jobs.delete', { id: gone.id });
  await app.call('contacts.save', { contact: { date: '2025-04-20', kind: 'client_face_to_face', client_id: 'C-7', specialist: 'Priya Shah' } });
  await app.call('contacts.save', { contact: { date: '2025-05-12', kind: 'employer_face_to_face', client_id: 'C-7', employer: 'Harbour Coffee', client_preference_based: 'yes' } });
  await app.call('activities.save', { activity: { client_id: 'C-7', start_date: '2025-09-01', kind: 'fe_college' } });
  await app.call('wellbeing.save', { wellbeing: { client_id: 'C-7', date: '2025-04-10', measure: 'swemwbs', score: 21 } });
  // Someone else, whose records must not appear.
  await app.call('clients.create', { client: { client_id: 'C-8', given_name: 'Tom', family_name: 'Other', nhs_number: NHS[1], referral_date: '2025-04-02' } });
  await app.call('jobs.save', { job: { job_id: 'J-9', client_id: 'C-8', employer: 'Not Janes Employer', start_date: '2025-07-01', hours_per_week: 30, contract_type: 'permanent' } });
  return id;
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('clients.subjectAccessExport', () => {
  it('gives every record of the client as a workbook, one sheet per kind with headed columns, date cells and code labels', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await janeWithRecords(app);
    const before = app.auditActions().length;
    const result = await app.call('clients.subjectAccessExport', { id });
    expect(result.workbook.fileName).toBe('subject-access-C-7-2026-01-15.xlsx');
    expect(result.document).toMatchObject({ title: 'Records held about Jane Smith-Jones', pdfFileName: 'subject-access-C-7-2026-01-15.pdf' });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.workbook.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['About', 'Client', 'Jobs', 'Contacts', 'Education and volunteering', 'Wellbeing', 'Audit trail']);

    const client = new Map(sheetRows(workbook.getWorksheet('Client')!).map(([field, value]) => [field, value]));
    expect(client.get('Field')).toBe('Value');
    expect(client.get('Given name')).toBe('Jane');
    expect(client.get('Family name')).toBe('Smith-Jones');
    expect(client.get('NHS number')).toBe('943 476 5919');
    expect(client.get('Date of birth')).toEqual(new Date(Date.UTC(1990, 1, 3)));
    expect(client.get('Gender')).toBe('Female');
    expect(client.get('Ethnicity')).toBe('White - Irish');
    expect(client.get('Employment status at referral')).toBe('02 Unemployed and seeking work');
    expect(client.get('Benefits')).toBe('ESA Work Related Activity Group; PIP (DLA)');
    expect(client.get('Discharge date')).toBeUndefined();
    const dobRow = sheetRows(workbook.getWorksheet('Client')!).findIndex(([field]) => field === 'Date of birth') + 1;
    expect(workbook.getWorksheet('Client')!.getRow(dobRow).getCell(2).numFmt).toBe('dd/mm/yyyy');

    const jobs = workbook.getWorksheet('Jobs')!;
    expect(sheetRows(jobs)).toEqual([
      ['Job ID', 'Employer', 'Job title', 'Start date', 'End date', 'Hours a week', 'Contract', 'Open-market job', 'Four paid hours confirmed', 'Sector', 'Occupation group', 'Evidence'],
      // exceljs leaves blank cells out of a row's values: blank end date inside, sector onwards at the end.
      ['J-1', 'Harbour Coffee', 'Barista', new Date(Date.UTC(2025, 5, 2)), undefined, 16, 'Permanent employment', 'Yes', 'No'],
    ]);
    expect(jobs.getRow(2).getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(jobs.getRow(1).font?.bold).toBe(true);
    expect(sheetRows(workbook.getWorksheet('Contacts')!).slice(1).map((r) => r[1])).toEqual(['Client – face to face', 'Employer – face to face']);
    expect(sheetRows(workbook.getWorksheet('Education and volunteering')!)[1]).toEqual([new Date(Date.UTC(2025, 8, 1)), 'Further education college']);
    expect(sheetRows(workbook.getWorksheet('Wellbeing')!)[1]).toEqual([new Date(Date.UTC(2025, 3, 10)), 'SWEMWBS (Short Warwick-Edinburgh)', 21, 19.25]);

    // The audit trail about her: her record's entries and her jobs' (the deleted one too), nobody else's.
    const audit = sheetRows(workbook.getWorksheet('Audit trail')!);
    expect(audit[0]).toEqual(['When (UK time)', 'Who', 'What', 'Before', 'After']);
    expect(audit.slice(1).map((r) => r[2])).toEqual([
      'Client record created', 'Client record changed', 'Job added', 'Job added', 'Job removed', 'Contact added', 'Contact added', 'Activity added', 'Wellbeing score added',
    ]);
    expect(audit[2]).toEqual([expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/), 'Ann Manager', 'Client record changed', 'Family name: Smith', 'Family name: Smith-Jones']);
    expect(audit[1]![4]).toEqual(expect.stringContaining('Date of birth: 03/02/1990\n'));
    expect(audit[1]![4]).toEqual(expect.stringContaining('Benefits: ESA Work Related Activity Group; PIP (DLA)\n'));
    const everything = JSON.stringify(workbook.worksheets.map(sheetRows));
    expect(everything).not.toContain('Not Janes Employer');
    expect(everything).not.toContain('Tom');

    // The export is in the audit trail, with counts, not the records.
    const actions = app.auditActions();
    expect(actions.slice(before)).toEqual(['client.subject_access_export']);
    const entry = app.vault.reader().raw.prepare("SELECT entity, entity_id, before, after, details FROM audit_log WHERE action = 'client.subject_access_export'").get();
    expect(entry).toEqual({ entity: 'client', entity_id: id, before: null, after: null, details: JSON.stringify({ counts: { activities: 1, audit: 9, contacts: 2, jobs: 1, wellbeing: 1 } }) });
    app.close();
  });

  it('prints as a readable A4 document holding the client’s name and every record', async () => {
    const dir = tempDir();
    const app = await openRecordsApp(dir);
    const id = await janeWithRecords(app);
    const { document } = await app.call('clients.subjectAccessExport', { id });
    const { text, pages } = await printedText(document.html, dir);
    expect(pages).toBeGreaterThanOrEqual(1);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Records held about Jane Smith-Jones',
      'Northfield IPS',
      'Prepared on 15/01/2026 by Ann Manager',
      '943 476 5919',
      '03/02/1990',
      'Harbour Coffee',
      'Barista',
      'Job J-1',
      'Start date 02/06/2025',
      'Client – face to face',
      'Further education college',
      'SWEMWBS (Short Warwick-Edinburgh)',
      'Client record changed',
      'Family name: Smith-Jones',
      'Employer: Wrong Entry Ltd',
      'Jobs (1)',
      'Audit trail (9)',
      'Page 1 of',
    ]) {
      expect(flat, expected).toContain(expected);
    }
    expect(flat).not.toContain('Not Janes Employer');
    app.close();
  });

  it('escapes whatever a record holds, so no text becomes markup', async () => {
    const app = await openRecordsApp(tempDir());
    const { id } = await app.call('clients.create', { client: { client_id: 'C-9', given_name: '<img src=x onerror=alert(1)>', family_name: '</style><script>x()</script>', referral_date: '2025-04-01' } });
    const { document } = await app.call('clients.subjectAccessExport', { id });
    expect(document.html).not.toMatch(/<img|<script|<\/style><script/);
    expect(document.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect((document.html.match(/<style>/g) ?? []).length).toBe(1);
    app.close();
  });

  it('says when a record was anonymised, and exports what is left', async () => {
    const app = await openRecordsApp(tempDir());
    const { id } = await app.call('clients.create', { client: { ...JANE, referral_date: '2015-01-05' } });
    await app.call('clients.discharge', { id, discharge_date: '2018-06-01', discharge_reason: 'moved_away' });
    await app.call('retention.anonymise', { ids: [id] });
    const { document } = await app.call('clients.subjectAccessExport', { id });
    expect(document.title).toBe('Records held about client C-7');
    expect(document.html).toContain('These records were anonymised on 15/01/2026');
    expect(document.html).toContain('Age band at referral (kept when anonymised)');
    expect(document.html).toContain('Anonymised under the retention rule');
    app.close();
  });

  it('prints the same document to PDF with the app’s printer, recorded as an export of its own', async () => {
    const printed: string[] = [];
    const printPdf = async (html: string) => {
      printed.push(html);
      return new TextEncoder().encode('%PDF-1.7 test');
    };
    const app = await openRecordsApp(tempDir(), undefined, { printPdf });
    const id = await janeWithRecords(app);
    const before = app.auditActions().length;
    const pdf = await app.call('clients.subjectAccessPdf', { id });
    expect(pdf.fileName).toBe('subject-access-C-7-2026-01-15.pdf');
    expect(Buffer.from(pdf.base64, 'base64').toString('latin1')).toBe('%PDF-1.7 test');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Records held about Jane Smith-Jones');
    expect(app.auditActions().slice(before)).toEqual(['client.subject_access_export']);
    const entry = app.vault.reader().raw.prepare("SELECT details FROM audit_log WHERE action = 'client.subject_access_export'").pluck().get() as string;
    expect(JSON.parse(entry)).toMatchObject({ file: 'pdf', counts: { jobs: 1 } });
    await signInAsSpecialist(app);
    expect(await app.fail('clients.subjectAccessPdf', { id })).toMatchObject({ code: 'forbidden' });
    app.close();
  });

  it('refuses a specialist, and a record that is not there', async () => {
    const app = await openRecordsApp(tempDir());
    const id = (await app.call('clients.create', { client: JANE })).id;
    expect(await app.fail('clients.subjectAccessExport', { id: '00000000-0000-4000-8000-000000000009' })).toMatchObject({ code: 'not_found' });
    expect(await app.fail('clients.subjectAccessExport', { id: 'C-7' })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['id'] }] });
    await signInAsSpecialist(app);
    expect(await app.fail('clients.subjectAccessExport', { id })).toMatchObject({ code: 'forbidden' });
    app.close();
  });
});
