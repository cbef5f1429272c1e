import { describe, expect, it } from 'vitest';
import { BENEFIT, CONTRACT_TYPE, GENDER } from '../../../shared/codes';
import { clientSchema, contactSchema, jobSchema, staffSchema, wellbeingSchema } from '../../../shared/records';
import { finishInterchangeRead, NOT_A_WORKBOOK, readInterchangeSheets, readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { emptyInterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { buildWorkbook, ukDate, type TestCell } from './workbook-builder';

async function read(sheets: Record<string, TestCell[][]>, knownClientIds?: Set<string>) {
  return readInterchangeWorkbook(await buildWorkbook(sheets), { knownClientIds });
}

async function problemsOf(sheets: Record<string, TestCell[][]>, knownClientIds?: Set<string>) {
  const result = await read(sheets, knownClientIds);
  if (result.ok) throw new Error('expected the workbook to be refused');
  return result.problems;
}

const CLIENT_HEADER = ['client_id', 'nhs_number', 'referral_date', 'gender', 'discharge_date', 'benefits', 'retention_case'];
const JOB_HEADER = ['job_id', 'client_id', 'start_date', 'end_date', 'hours_per_week', 'contract_type'];

describe('readInterchangeWorkbook: a good workbook', () => {
  it('reads every sheet, converting Excel cells of each kind into records', async () => {
    const result = await read({
      Clients: [
        CLIENT_HEADER,
        ['C1', 9434765919, ukDate(2025, 4, 1), 'female', ukDate(2025, 9, 30), 'esa_wrag;universal_credit', 'No'],
        [{ richText: [{ text: 'C' }, { text: '2' }] }, '401 023 2137', '2025-04-02', null, null, null, true],
      ],
      Jobs: [
        [...JOB_HEADER, 'employer'],
        ['J1', 'C1', ukDate(2025, 5, 1), null, 16, 'permanent', { text: 'Acme', hyperlink: 'https://acme.example' }],
        ['J2', 'C2', '03/05/2025', '2025-06-01', { formula: '10*3', result: 30 }, 'zero_hours', null],
      ],
      Contacts: [
        ['date', 'kind', 'client_id', 'employer', 'client_preference_based'],
        [ukDate(2025, 5, 2), 'client_face_to_face', 'C1', null, null],
        [ukDate(2025, 5, 3), 'employer_other', null, 'Acme', 'No'],
      ],
      Activities: [['client_id', 'start_date', 'kind'], ['C2', ukDate(2025, 7, 1), 'fe_college']],
      Wellbeing: [['client_id', 'date', 'measure', 'score'], ['C1', ukDate(2025, 4, 1), 'swemwbs', '21']],
      Staff: [['name', 'fte', 'start_date', 'end_date'], ['Sam', 0.5, null, null]],
    });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      records: {
        clients: [
          clientSchema.parse({
            client_id: 'C1', nhs_number: '9434765919', referral_date: '2025-04-01', gender: 'female',
            discharge_date: '2025-09-30', benefits: ['esa_wrag', 'universal_credit'], retention_case: false,
          }),
          clientSchema.parse({ client_id: 'C2', nhs_number: '4010232137', referral_date: '2025-04-02', retention_case: true }),
        ],
        jobs: [
          jobSchema.parse({ job_id: 'J1', client_id: 'C1', start_date: '2025-05-01', hours_per_week: 16, contract_type: 'permanent', employer: 'Acme' }),
          jobSchema.parse({
            job_id: 'J2', client_id: 'C2', start_date: '2025-05-03', end_date: '2025-06-01', hours_per_week: 30, contract_type: 'zero_hours',
          }),
        ],
        contacts: [
          contactSchema.parse({ date: '2025-05-02', kind: 'client_face_to_face', client_id: 'C1' }),
          contactSchema.parse({ date: '2025-05-03', kind: 'employer_other', employer: 'Acme', client_preference_based: 'no' }),
        ],
        activities: [{ client_id: 'C2', start_date: '2025-07-01', kind: 'fe_college' }],
        wellbeing: [wellbeingSchema.parse({ client_id: 'C1', date: '2025-04-01', measure: 'swemwbs', score: 21 })],
        staff: [staffSchema.parse({ name: 'Sam', fte: 0.5 })],
      },
    });
  });

  it('treats missing sheets as empty and skips blank rows', async () => {
    const result = await read({
      Clients: [['client_id', 'referral_date'], [], ['C1', '2025-04-01'], ['   ', null], ['C2', '2025-04-02']],
    });
    expect(result.ok && result.records.clients.map((c) => c.client_id)).toEqual(['C1', 'C2']);
    expect(result.ok && result.records.jobs).toEqual([]);
  });

  it('reads an empty workbook written by the app as no records', async () => {
    const result = await readInterchangeWorkbook(await writeInterchangeWorkbook(emptyInterchangeRecords()));
    expect(result).toEqual({ ok: true, records: emptyInterchangeRecords(), warnings: [] });
  });
});

describe('readInterchangeWorkbook: a bad workbook', () => {
  const badWorkbook = {
    Clients: [
      CLIENT_HEADER,
      ['C1', '9434765919', '2025-04-01', 'female', null, null, null],
      ['C2', '9434765918', '2025-04-02', null, null, null, null],
      ['C3', null, '2025-02-30', null, null, null, null],
      ['C4', null, '2025-04-01', 'woman', null, null, null],
      ['C5', null, '2025-05-01', null, '2025-04-01', null, null],
      [null, null, '2025-04-01', null, null, null, null],
      ['C1', null, '2025-04-01', null, null, null, null],
      ['C6', null, null, null, null, null, null],
      ['C7', null, '2025-04-01', null, null, 'esa_wrag; bogus', null],
      ['C8', null, '2025-04-01', null, null, null, 'maybe'],
      [],
      ['C9', null, '2025-04-01', null, null, null, 'YES'],
    ],
    Jobs: [
      JOB_HEADER,
      ['J1', 'C1', '2025-05-01', null, 16, 'permanent'],
      ['J2', 'C1', '2025-05-01', null, 0, 'permanent'],
      ['J3', 'C1', '2025-05-01', null, 101, 'permanent'],
      ['J4', 'C1', '2025-05-10', '2025-05-01', 20, 'permanent'],
      ['J5', 'C99', '2025-05-01', null, 20, 'permanent'],
      ['J1', 'C1', '2025-05-01', null, 20, 'permanent'],
      ['J6', 'C1', null, null, 20, 'full_time'],
      ['J7', 'C2', '2025-05-01', null, 'ten', 'permanent'],
    ],
    Contacts: [
      ['date', 'kind', 'client_id', 'employer'],
      ['2025-05-01', 'client_face_to_face', null, null],
      ['2025-05-01', 'employer_other', null, null],
      ['2025-05-01', 'employer_face_to_face', 'C404', null],
    ],
    Activities: [['client_id', 'start_date', 'kind'], ['C404', '2025-05-01', 'university']],
    Wellbeing: [['client_id', 'date', 'measure', 'score'], ['C1', '2025-05-01', 'swemwbs', 40]],
    Staff: [['name', 'fte'], ['Sam', 1.5]],
  };

  it('lists every problem as Sheet!Cell: message, in sheet and cell order', async () => {
    expect(await problemsOf(badWorkbook)).toEqual([
      'Clients!B3: NHS number fails its check digit',
      'Clients!C4: Referral date must be a real date (dd/mm/yyyy or YYYY-MM-DD)',
      `Clients!D5: Gender "woman" is not a known code (expected one of ${GENDER.values.join(', ')})`,
      'Clients!E6: Discharge date must be on or after the referral date',
      'Clients!A7: Client ID is required',
      'Clients!A8: Client ID "C1" appears twice (also row 2)',
      'Clients!C9: Referral date is required',
      `Clients!F10: Benefit "bogus" is not a known code (expected one of ${BENEFIT.values.join(', ')})`,
      'Clients!G11: Retention case must be yes or no',
      'Jobs!E3: Hours per week must be more than 0',
      'Jobs!E4: Hours per week must be at most 100',
      'Jobs!D5: End date must be on or after the start date',
      'Jobs!B6: Client ID "C99" is not in the Clients sheet',
      'Jobs!A7: Job ID "J1" appears twice (also row 2)',
      'Jobs!C8: Start date is required',
      `Jobs!F8: Contract type "full_time" is not a known code (expected one of ${CONTRACT_TYPE.values.join(', ')})`,
      'Jobs!E9: Hours per week must be a number',
      'Contacts!C2: Client ID is required for a client contact',
      // A blank employer is allowed (DOMAIN §2); only the unknown client on row 4 is a problem.
      'Contacts!C4: Client ID "C404" is not in the Clients sheet',
      'Activities!A2: Client ID "C404" is not in the Clients sheet',
      'Wellbeing!D2: SWEMWBS raw score must be between 7 and 35',
      'Staff!B2: FTE must be at most 1 (full time)',
    ]);
  });

  it('accepts client ids already in the database, and says so when one is in neither place', async () => {
    const problems = await problemsOf(badWorkbook, new Set(['C99']));
    expect(problems).not.toContain('Jobs!B6: Client ID "C99" is not in the Clients sheet');
    expect(problems.filter((p) => p.includes('C99'))).toEqual([]);
    expect(problems).toContain('Activities!A2: Client ID "C404" is not in the Clients sheet or among the clients already recorded');
  });

  it('names every other row when an id appears more than twice', async () => {
    const problems = await problemsOf({
      Clients: [['client_id', 'referral_date'], ['C1', '2025-04-01'], ['C1', '2025-04-01'], ['C1', '2025-04-01']],
    });
    expect(problems).toEqual([
      'Clients!A3: Client ID "C1" appears 3 times (also rows 2, 4)',
      'Clients!A4: Client ID "C1" appears 3 times (also rows 2, 3)',
    ]);
  });

  it('names only the first few other rows when an id is repeated many times', async () => {
    const rows: TestCell[][] = [['client_id', 'referral_date'], ...Array.from({ length: 8 }, () => ['C1', '2025-04-01'])];
    const problems = await problemsOf({ Clients: rows });
    expect(problems).toHaveLength(7);
    expect(problems[0]).toBe('Clients!A3: Client ID "C1" appears 8 times (also rows 2, 4, 5, 6, 7 and 2 more)');
    expect(problems[6]).toBe('Clients!A9: Client ID "C1" appears 8 times (also rows 2, 3, 4, 5, 6 and 2 more)');
  });

  it('lists at most maxProblems problems, then says how many more were found', async () => {
    const bytes = await buildWorkbook({
      Clients: [['client_id', 'referral_date'], ...Array.from({ length: 6 }, (_, i) => [`C${i}`, 'never'])],
      Jobs: [JOB_HEADER, ['J1', 'C404', '2025-05-01', null, 10, 'permanent']],
    });
    const result = await readInterchangeWorkbook(bytes, { maxProblems: 3 });
    expect(result).toEqual({
      ok: false,
      problems: [
        'Clients!B2: Referral date must be a real date (dd/mm/yyyy or YYYY-MM-DD)',
        'Clients!B3: Referral date must be a real date (dd/mm/yyyy or YYYY-MM-DD)',
        'Clients!B4: Referral date must be a real date (dd/mm/yyyy or YYYY-MM-DD)',
        '4 more problems not listed: fix those above and import again to see the rest',
      ],
      warnings: [],
    });
  });

  it('reports a missing required column once, naming the sheet and column, not once per row', async () => {
    const problems = await problemsOf({
      Clients: [['client_id', 'gender'], ['C1', 'male'], ['C2', 'female']],
      Jobs: [['job_id', 'client_id', 'start_date', 'contract_type'], ['J1', 'C1', '2025-05-01', 'permanent']],
    });
    expect(problems).toEqual([
      'Clients!A1: the required column "referral_date" is missing from row 1',
      'Jobs!A1: the required column "hours_per_week" is missing from row 1',
    ]);
  });

  it('reports a column given twice', async () => {
    const problems = await problemsOf({ Clients: [['client_id', 'referral_date', 'client_id'], ['C1', '2025-04-01', 'C1']] });
    expect(problems).toEqual(['Clients!C1: column "client_id" appears twice (also A1)']);
  });

  it('reports cells holding errors or formulas without a saved result, not a second message for the same cell', async () => {
    const problems = await problemsOf({
      Clients: [
        ['client_id', 'referral_date', 'given_name'],
        ['C1', { error: '#REF!' } as TestCell, 'Ann'],
        ['C2', '2025-04-01', { formula: 'A1&B1' } as TestCell],
      ],
    });
    expect(problems).toEqual([
      'Clients!B2: referral_date holds the error #REF! instead of a value',
      'Clients!C3: given_name holds a formula with no saved result (open the file in Excel and save it again)',
    ]);
  });
});

describe('readInterchangeWorkbook: warnings', () => {
  it('ignores unknown columns and sheets with a warning, and still imports', async () => {
    const result = await read({
      'Read me': [['This workbook was exported from IPS Desk']],
      Clients: [['client_id', 'referral_date', 'notes', 'Gender'], ['C1', '2025-04-01', 'likes gardening', 'male']],
    });
    expect(result).toEqual({
      ok: true,
      records: { ...emptyInterchangeRecords(), clients: [clientSchema.parse({ client_id: 'C1', referral_date: '2025-04-01' })] },
      warnings: [
        'Sheet "Read me" is not part of the interchange layout and was ignored',
        'Clients!C1: unknown column "notes" ignored',
        'Clients!D1: unknown column "Gender" ignored (did you mean "gender"?)',
      ],
    });
  });

  it('keeps warnings beside the problems when the workbook is refused', async () => {
    const result = await read({ Notes: [['x']], Clients: [['client_id', 'referral_date'], ['C1', 'soon']] });
    expect(result).toEqual({
      ok: false,
      problems: ['Clients!B2: Referral date must be a real date (dd/mm/yyyy or YYYY-MM-DD)'],
      warnings: ['Sheet "Notes" is not part of the interchange layout and was ignored'],
    });
  });
});

describe('readInterchangeWorkbook: files that are not workbooks or are too big', () => {
  it.each([
    ['text', Buffer.from('client_id,referral_date\nC1,2025-04-01\n')],
    ['a huge string', Buffer.alloc(5 * 1024 * 1024, 'x')],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['nothing', Buffer.alloc(0)],
    ['a Uint8Array of zeros', new Uint8Array(1000)],
  ])('refuses %s with a clean problem', async (_label, bytes) => {
    await expect(readInterchangeWorkbook(bytes)).resolves.toEqual({ ok: false, problems: [NOT_A_WORKBOOK], warnings: [] });
  });

  it('refuses a zip that is not a workbook', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(new URL('../../fixtures/xlsx/not-a-workbook.xlsx', import.meta.url));
    await expect(readInterchangeWorkbook(bytes)).resolves.toEqual({ ok: false, problems: [NOT_A_WORKBOOK], warnings: [] });
  });

  it('refuses a truncated workbook as damaged', async () => {
    const whole = await writeInterchangeWorkbook(emptyInterchangeRecords());
    const result = await readInterchangeWorkbook(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(result).toEqual({ ok: false, problems: ['The workbook is damaged or incomplete and could not be opened'], warnings: [] });
  });

  it('refuses a file over the size limit before opening it', async () => {
    const bytes = await buildWorkbook({ Clients: [['client_id', 'referral_date'], ['C1', '2025-04-01']] });
    const result = await readInterchangeWorkbook(bytes, { maxBytes: 1024 * 1024 });
    expect(result.ok).toBe(true);
    const big = Buffer.alloc(50 * 1024 * 1024 + 1);
    await expect(readInterchangeWorkbook(big)).resolves.toEqual({
      ok: false,
      problems: ['The file is 50.0 MB; IPS Desk imports workbooks of at most 50 MB'],
      warnings: [],
    });
  });

  it('refuses a workbook that unpacks to more than the limit', async () => {
    const bytes = await buildWorkbook({ Clients: [['client_id', 'referral_date'], ['C1', '2025-04-01']] });
    const result = await readInterchangeWorkbook(bytes, { maxUnpackedBytes: 1024 * 1024 * 1024 });
    expect(result.ok).toBe(true);
    await expect(readInterchangeWorkbook(bytes, { maxUnpackedBytes: 2048 })).resolves.toMatchObject({
      ok: false,
      problems: ['The workbook unpacks to more than 2 KB, which is more than IPS Desk imports'],
    });
  });

  it('refuses a sheet with more rows than the limit, stopping at the limit', async () => {
    const rows: TestCell[][] = [['client_id', 'referral_date'], ...Array.from({ length: 4 }, (_, i) => [`C${i}`, 'not a date'])];
    const result = await readInterchangeWorkbook(await buildWorkbook({ Clients: rows }), { maxRowsPerSheet: 3 });
    expect(result).toEqual({
      ok: false,
      problems: ['Clients!A1: the sheet has more than 3 rows; IPS Desk imports at most 3 rows per sheet'],
      warnings: [],
    });
    const atLimit = await readInterchangeWorkbook(await buildWorkbook({ Clients: rows.slice(0, 4) }), { maxRowsPerSheet: 3 });
    expect(atLimit.ok).toBe(false);
    expect(!atLimit.ok && atLimit.problems[0]).toBe('Clients!B2: Referral date must be a real date (dd/mm/yyyy or YYYY-MM-DD)');
  });

  it('refuses a sheet whose records are handed on as they are read once its rows pass the limit', async () => {
    const header: TestCell[] = ['date', 'kind', 'client_id', 'employer', 'specialist', 'client_preference_based'];
    const row = (i: number): TestCell[] => ['2025-05-01', 'employer_other', null, `Employer ${i}`, 'Sam', 'yes'];
    const bytes = await buildWorkbook({ Contacts: [header, ...Array.from({ length: 12 }, (_, i) => row(i))] });
    const handedOn: unknown[] = [];
    const read = await readInterchangeSheets(bytes, { maxRowsPerSheet: 5 }, { onRecords: (_key, records) => handedOn.push(...records) });
    expect(finishInterchangeRead([read], { maxRowsPerSheet: 5 })).toEqual({
      ok: false,
      problems: ['Contacts!A1: the sheet has more than 5 rows; IPS Desk imports at most 5 rows per sheet'],
      warnings: [],
    });
    expect(handedOn).toEqual([]);
    const atLimit = await readInterchangeSheets(await buildWorkbook({ Contacts: [header, ...Array.from({ length: 5 }, (_, i) => row(i))] }), { maxRowsPerSheet: 5 }, { onRecords: (_key, records) => handedOn.push(...records) });
    expect(finishInterchangeRead([atLimit])).toMatchObject({ ok: true });
    expect(handedOn).toHaveLength(5);
  });
});
