import { describe, expect, it } from 'vitest';
import { clientSchema, contactSchema, jobSchema } from '../../../shared/records';
import { emptyInterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { isoFromSerial } from '../../../electron/xlsx/interchange-cell-read';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { isDateFormatCode } from '../../../electron/xlsx/styles-read';
import { DATE_STYLES, inlineCell, oneSheet, row, sharedCell, sharedStrings, workbook } from './hostile-workbooks';
import { part } from './zip-writer';

/** Sheet XML as other tools write it, read by the streaming reader: the details the fixtures do not pin. */
const header = (...names: string[]) => row(1, names.map((name, i) => inlineCell(`${String.fromCharCode(65 + i)}1`, name)));
const clientsOnly = (clients: unknown[]) => ({ ok: true, warnings: [], records: { ...emptyInterchangeRecords(), clients } });

async function problemsOf(bytes: Buffer, today = '2026-01-15'): Promise<string[]> {
  const result = await readInterchangeWorkbook(bytes, { today });
  if (result.ok) throw new Error('expected the workbook to be refused');
  return result.problems;
}

describe('reading sheet XML', () => {
  it('reads rows and cells without references, and elements with a namespace prefix', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const xml =
      `<x:worksheet xmlns:x="${ns}"><x:sheetData>` +
      '<x:row><x:c t="inlineStr"><x:is><x:t>client_id</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>referral_date</x:t></x:is></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>C1</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>2025-04-01</x:t></x:is></x:c></x:row>' +
      '<x:row r="5"><x:c r="B5" t="inlineStr"><x:is><x:t>2025-04-02</x:t></x:is></x:c><x:c r="A5" t="inlineStr"><x:is><x:t>C2</x:t></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const result = await readInterchangeWorkbook(workbook([{ name: 'Clients', part: part('', xml) }]));
    expect(result).toEqual(clientsOnly([
      clientSchema.parse({ client_id: 'C1', referral_date: '2025-04-01' }),
      clientSchema.parse({ client_id: 'C2', referral_date: '2025-04-02' }),
    ]));
  });

  it('joins rich-text runs and leaves out phonetic guides, inline and shared', async () => {
    const shared = part('', sharedStrings(['client_id', 'given_name']).replace('</sst>', '<si><r><t>Ma</t></r><r><rPr><b/></rPr><t>ri</t></r><rPh sb="0" eb="2"><t>マリ</t></rPh></si></sst>'));
    const rows =
      header('client_id', 'referral_date', 'given_name', 'family_name') +
      row(2, [
        inlineCell('A2', 'C1'),
        inlineCell('B2', '2025-04-01'),
        sharedCell('C2', 2),
        '<c r="D2" t="inlineStr"><is><r><t>Ya</t></r><r><t xml:space="preserve">mada </t></r><rPh><t>やまだ</t></rPh></is></c>',
      ]);
    expect(await readInterchangeWorkbook(oneSheet('Clients', rows, { shared }))).toEqual(
      clientsOnly([clientSchema.parse({ client_id: 'C1', referral_date: '2025-04-01', given_name: 'Mari', family_name: 'Yamada' })]),
    );
  });

  it('reads booleans, ISO date cells, formula results, and refuses errors and formulas without a saved result', async () => {
    const rows =
      header('client_id', 'referral_date', 'retention_case', 'team', 'given_name') +
      row(2, [inlineCell('A2', 'C1'), '<c r="B2" t="d"><v>2025-04-01T00:00:00</v></c>', '<c r="C2" t="b"><v>1</v></c>', '<c r="D2" t="str"><f>"North"&amp;" CMHT"</f><v>North CMHT</v></c>']) +
      row(3, [inlineCell('A3', 'C2'), '<c r="B3" t="e"><v>#REF!</v></c>', '<c r="C3" t="b"><v>0</v></c>', '<c r="D3"><f>1+1</f></c>']);
    expect(await problemsOf(oneSheet('Clients', rows))).toEqual([
      'Clients!B3: referral_date holds the error #REF! instead of a value',
      'Clients!D3: team holds a formula with no saved result (open the file in Excel and save it again)',
    ]);
    const good = await readInterchangeWorkbook(oneSheet('Clients', rows.replace(/<row r="3">.*<\/row>/, '')));
    expect(good).toEqual(clientsOnly([clientSchema.parse({ client_id: 'C1', referral_date: '2025-04-01', retention_case: true, team: 'North CMHT' })]));
  });

  it('refuses a cell that points at a shared string the workbook does not have', async () => {
    const rows = header('client_id', 'referral_date') + row(2, [sharedCell('A2', 7), inlineCell('B2', '2025-04-01')]);
    expect(await problemsOf(oneSheet('Clients', rows, { shared: part('', sharedStrings(['x'])) }))).toEqual([
      'Clients!A2: client_id refers to text that the workbook does not hold (the file is damaged)',
    ]);
  });

  it('passes over the Codes sheet without a warning', async () => {
    const bytes = workbook([
      { name: 'Clients', part: part('', `<worksheet><sheetData>${header('client_id', 'referral_date')}${row(2, [inlineCell('A2', 'C1'), inlineCell('B2', '2025-04-01')])}</sheetData></worksheet>`) },
      { name: 'Codes', part: part('', `<worksheet><sheetData>${header('columns', 'code', 'label')}</sheetData></worksheet>`) },
    ]);
    expect(await readInterchangeWorkbook(bytes)).toEqual(clientsOnly([clientSchema.parse({ client_id: 'C1', referral_date: '2025-04-01' })]));
  });

  it('refuses XML that is not well formed, or nested absurdly deep, naming the sheet', async () => {
    const broken = oneSheet('Clients', `${header('client_id')}<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></row>`);
    expect(await problemsOf(broken)).toEqual([expect.stringMatching(/^The sheet "Clients" is damaged and could not be read \(.+\)$/)]);
    const deep = oneSheet('Clients', `${'<x>'.repeat(200)}${'</x>'.repeat(200)}`);
    expect(await problemsOf(deep)).toEqual(['The sheet "Clients" is damaged and could not be read (elements nested more than 64 deep)']);
  });
});

describe('dates', () => {
  it('converts Excel serials 1 to 60 across the fictitious 29/02/1900, and the 1904 system from serial 0', () => {
    expect(isoFromSerial(1, false)).toBe('1900-01-01');
    expect(isoFromSerial(59, false)).toBe('1900-02-28');
    expect(isoFromSerial(60, false)).toBeNull();
    expect(isoFromSerial(61, false)).toBe('1900-03-01');
    expect(isoFromSerial(45_748, false)).toBe('2025-04-01');
    expect(isoFromSerial(0, false)).toBeNull();
    expect(isoFromSerial(0, true)).toBe('1904-01-01');
    expect(isoFromSerial(45_748 - 1_462, true)).toBe('2025-04-01');
    expect(isoFromSerial(45_748.99999999, false)).toBe('2025-04-02');
  });

  it('reads date-styled serials in the Clients sheet, and refuses 29/02/1900', async () => {
    const styled = (ref: string, serial: number) => `<c r="${ref}" s="1"><v>${serial}</v></c>`;
    const rows =
      header('client_id', 'referral_date') + row(2, [inlineCell('A2', 'C1'), styled('B2', 1)]) + row(3, [inlineCell('A3', 'C2'), styled('B3', 61)]);
    expect(await readInterchangeWorkbook(oneSheet('Clients', rows, { styles: DATE_STYLES }))).toEqual(
      clientsOnly([clientSchema.parse({ client_id: 'C1', referral_date: '1900-01-01' }), clientSchema.parse({ client_id: 'C2', referral_date: '1900-03-01' })]),
    );
    const leap = header('client_id', 'referral_date') + row(2, [inlineCell('A2', 'C1'), styled('B2', 60)]);
    expect(await problemsOf(oneSheet('Clients', leap, { styles: DATE_STYLES }))).toEqual([
      'Clients!B2: Referral date must be a real date (dd/mm/yyyy or YYYY-MM-DD)',
    ]);
  });

  it('refuses referral dates before 1900 or more than a year after today, accepting a year to the day', async () => {
    const rows =
      header('client_id', 'referral_date') +
      row(2, [inlineCell('A2', 'C1'), inlineCell('B2', '1899-12-31')]) +
      row(3, [inlineCell('A3', 'C2'), inlineCell('B3', '16/01/2027')]) +
      row(4, [inlineCell('A4', 'C3'), inlineCell('B4', '15/01/2027')]) +
      row(5, [inlineCell('A5', 'C4'), inlineCell('B5', '1900-01-01')]);
    expect(await problemsOf(oneSheet('Clients', rows), '2026-01-15')).toEqual([
      'Clients!B2: Referral date 31/12/1899 is before 1900',
      'Clients!B3: Referral date 16/01/2027 is more than a year after today (15/01/2026)',
    ]);
  });

  it('tells date formats from number formats', () => {
    for (const code of ['dd/mm/yyyy', 'd-mmm-yy', '[$-809]dd mmmm yyyy', 'yyyy-mm-dd;@', 'h:mm']) expect(isDateFormatCode(code)).toBe(true);
    for (const code of ['General', '0.00', '#,##0', '"days"0', '0.0%', '@', '[Red]0.00']) expect(isDateFormatCode(code)).toBe(false);
  });
});

describe('codes', () => {
  it('accepts a code or its label as the Codes sheet shows it, in any case, with any dash', async () => {
    const clients =
      header('client_id', 'referral_date', 'gender', 'ethnicity', 'employment_status_at_referral', 'benefits', 'maintained_job_over_1y', 'discharge_date', 'discharge_reason') +
      row(2, [
        inlineCell('A2', 'C1'), inlineCell('B2', '2025-04-01'), inlineCell('C2', 'FEMALE'), inlineCell('D2', 'White - British'),
        inlineCell('E2', '02 Unemployed and seeking work'), inlineCell('F2', 'Universal Credit; esa_wrag; PIP (DLA)'), inlineCell('G2', 'not known'),
        inlineCell('H2', '2025-06-01'), inlineCell('I2', 'Moved away'),
      ]) +
      row(3, [inlineCell('A3', 'C2'), inlineCell('B3', '2025-04-01'), inlineCell('C3', 'Woman')]);
    const jobs =
      header('job_id', 'client_id', 'start_date', 'hours_per_week', 'contract_type', 'sector') +
      row(2, [inlineCell('A2', 'J1'), inlineCell('B2', 'C1'), inlineCell('C2', '2025-05-01'), inlineCell('D2', '16'), inlineCell('E2', 'Zero Hours Contract'), inlineCell('F2', 'health and social work')]);
    const contacts =
      header('date', 'kind', 'client_id') + row(2, [inlineCell('A2', '2025-05-02'), inlineCell('B2', 'Employer - face to face'), inlineCell('C2', 'C1')]);
    const sheet = (xml: string) => part('', `<worksheet><sheetData>${xml}</sheetData></worksheet>`);
    const bytes = workbook([{ name: 'Clients', part: sheet(clients) }, { name: 'Jobs', part: sheet(jobs) }, { name: 'Contacts', part: sheet(contacts) }]);
    expect(await problemsOf(bytes)).toEqual(['Clients!C3: Gender "Woman" is not a known code (expected one of male, female, other_or_not_said)']);

    const good = await readInterchangeWorkbook(workbook([
      { name: 'Clients', part: sheet(clients.replace(/<row r="3">.*?<\/row>/, '')) },
      { name: 'Jobs', part: sheet(jobs) },
      { name: 'Contacts', part: sheet(contacts) },
    ]));
    expect(good).toEqual({
      ok: true,
      warnings: [],
      records: {
        ...emptyInterchangeRecords(),
        clients: [clientSchema.parse({
          client_id: 'C1', referral_date: '2025-04-01', gender: 'female', ethnicity: 'A', employment_status_at_referral: '02',
          benefits: ['universal_credit', 'esa_wrag', 'pip_dla'], maintained_job_over_1y: 'unknown', discharge_date: '2025-06-01', discharge_reason: 'moved_away',
        })],
        jobs: [jobSchema.parse({ job_id: 'J1', client_id: 'C1', start_date: '2025-05-01', hours_per_week: 16, contract_type: 'zero_hours', sector: 'health_social_work' })],
        contacts: [contactSchema.parse({ date: '2025-05-02', kind: 'employer_face_to_face', client_id: 'C1' })],
      },
    });
  });
});

describe('episode links in the Clients sheet', () => {
  it('refuses a previous episode that is nowhere, or the client itself', async () => {
    const rows =
      header('client_id', 'referral_date', 'previous_episode_id') +
      row(2, [inlineCell('A2', 'C1'), inlineCell('B2', '2025-04-01')]) +
      row(3, [inlineCell('A3', 'C2'), inlineCell('B3', '2025-06-01'), inlineCell('C3', 'C1')]) +
      row(4, [inlineCell('A4', 'C3'), inlineCell('B4', '2025-06-01'), inlineCell('C4', 'C9')]) +
      row(5, [inlineCell('A5', 'C4'), inlineCell('B5', '2025-06-01'), inlineCell('C5', 'C4')]);
    expect(await problemsOf(oneSheet('Clients', rows))).toEqual([
      'Clients!C4: Previous episode "C9" is not in the Clients sheet',
      'Clients!C5: Previous episode cannot be the client itself',
    ]);
  });
});

describe('problem lists', () => {
  it('stay bounded whatever the cells hold: each quote clipped, the list capped in lines and characters', async () => {
    const long = 'q'.repeat(30_000);
    const rows: string[] = [header('client_id', 'referral_date', 'gender')];
    for (let r = 2; r <= 3_001; r++) rows.push(row(r, [inlineCell(`A${r}`, `C${r}`), inlineCell(`B${r}`, '2025-04-01'), sharedCell(`C${r}`, 0)]));
    const result = await readInterchangeWorkbook(oneSheet('Clients', rows.join(''), { shared: part('', sharedStrings([long])) }));
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(1_001);
    expect(result.problems[0]).toBe(`Clients!C2: Gender "${'q'.repeat(60)}… (30,000 characters)" is not a known code (expected one of male, female, other_or_not_said)`);
    expect(result.problems[1_000]).toBe('2,000 more problems not listed: fix those above and import again to see the rest');
    expect(result.problems.join('\n').length).toBeLessThan(300 * 1024);
  });
});
