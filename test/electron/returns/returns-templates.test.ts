import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_RETURNS } from '../../../electron/xlsx/return-templates';
import { MAX_TEMPLATE_BYTES } from '../../../shared/ipc/returns';
import { useTempDirs } from '../../db/helpers';
import { COMMISSIONER_MAPPING, commissionerTemplate } from './commissioner-template';
import { openReturnsApp, type ReturnsApp } from './returns-app';

/** Issue 8 points 1(c) and 5: loading templates, recognising them again, saving their mappings. */
const tempDir = useTempDirs();
const committed = (file: string) => readFileSync(new URL(`../../../build/templates/${file}`, import.meta.url));
const b64 = (bytes: Buffer) => bytes.toString('base64');
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('return templates', () => {
  let app: ReturnsApp;
  let template: Buffer;

  beforeAll(async () => {
    app = await openReturnsApp(tempDir(), { clients: 20 });
    template = await commissionerTemplate();
  });
  afterAll(() => app.close());

  it('lists the built-in returns with the SHA-256 of the committed files, and no saved templates at first', async () => {
    const { builtIns, saved } = await app.call('returns.templates', {});
    expect(builtIns.map((b) => [b.ref, b.fileName, b.clientLevel])).toEqual(
      BUILT_IN_RETURNS.map((b) => [{ kind: 'builtin', id: b.id }, b.file, b.clientLevel]),
    );
    const { createHash } = await import('node:crypto');
    for (const b of builtIns) expect(b.sha256).toBe(createHash('sha256').update(committed(b.fileName!)).digest('hex'));
    expect(saved).toEqual([]);
  });

  it('opens a built-in return as a grid with every figure it asks for', async () => {
    const view = await app.call('returns.openTemplate', { template: { kind: 'builtin', id: 'ips-standard-data-set' } });
    expect(view.recognised).toBe(true);
    expect(view.mapping).toEqual({});
    expect(view.scan.problems).toEqual([]);
    expect(view.scan.figures.length).toBeGreaterThan(40);
    expect(view.scan.sheets.find((s) => s.name === 'Return')!.cells.some((c) => c.text === '{{referrals}}')).toBe(true);
  });

  it('stores a new template, recognises the same file loaded again by its bytes (whatever its name), and keeps its mapping', async () => {
    const before = app.state();
    const first = await app.call('returns.loadTemplate', { fileName: 'C:\\Returns\\ICB return.xlsx', base64: b64(template) });
    expect(first.recognised).toBe(false);
    expect(first.template).toMatchObject({ ref: { kind: 'saved' }, name: 'ICB return', fileName: 'ICB return.xlsx', size: template.length, mappedCells: 0 });
    expect(first.scan.figures.map((f) => [f.where, f.figure, f.origin])).toEqual([
      ["'ICB return'!B3", 'service.name', 'token'],
      ["'ICB return'!B5", 'job_starts', 'token'],
      ["'ICB return'!B6", 'employment_rate', 'name'],
    ]);
    const sheet = first.scan.sheets[0]!;
    expect(sheet.merges).toEqual(['A1:C1']);
    expect(sheet.cells.find((c) => c.cell === 'A1')).toMatchObject({ text: 'Quarterly IPS return', bold: true });
    expect(app.state()).toMatchObject({ templates: before.templates + 1, audit: before.audit + 1 });

    const id = first.template.ref.id;
    const mapped = await app.call('returns.saveMapping', { templateId: id, mapping: { ...COMMISSIONER_MAPPING, "'ICB return'!$B$8": ' JOB_STARTS.People ' } });
    expect(mapped.mapping).toEqual({ ...COMMISSIONER_MAPPING, "'ICB return'!B8": 'job_starts.people' });
    expect(mapped.scan.figures.filter((f) => f.origin === 'mapping').map((f) => [f.where, f.figure])).toEqual([
      ["'ICB return'!B4", 'referrals'],
      ["'ICB return'!B7", 'people_into_work'],
      ["'ICB return'!B8", 'job_starts.people'],
    ]);

    const again = await app.call('returns.loadTemplate', { fileName: 'renamed copy.xlsx', base64: b64(template) });
    expect(again.recognised).toBe(true);
    expect(again.template.ref).toEqual(first.template.ref);
    expect(again.template.name).toBe('ICB return');
    expect(again.mapping).toEqual(mapped.mapping);
    expect(again.scan.figures.filter((f) => f.origin === 'mapping')).toHaveLength(3);
    // Recognising is a read: nothing stored, nothing audited.
    expect(app.state()).toMatchObject({ templates: before.templates + 1, audit: before.audit + 2 });

    const { saved } = await app.call('returns.templates', {});
    expect(saved).toEqual([expect.objectContaining({ ref: first.template.ref, mappedCells: 3, lastExportAt: null })]);
  });

  it('refuses a mapping naming a cell the template has not got or a figure that does not exist, naming each cell, and saves nothing', async () => {
    const { template: info } = await app.call('returns.loadTemplate', { fileName: 'ICB return.xlsx', base64: b64(template) });
    const saved = (await app.call('returns.openTemplate', { template: info.ref })).mapping;
    const before = app.state();
    const error = await app.fail('returns.saveMapping', {
      templateId: info.ref.id,
      mapping: { "'ICB return'!B4": 'referals', 'Summary!C3': 'job_starts', 'not a cell': 'engaged', "'ICB return'!B9": 'client.nhs_number' },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^The mapping has 4 problems, so it was not saved/);
    expect(error.issues).toEqual([
      { path: ['mapping', "'ICB return'!B4"], message: expect.stringContaining('did you mean "referrals"?') },
      { path: ['mapping', 'Summary!C3'], message: 'Mapping Summary!C3: no such cell in this template; remove it or map another cell' },
      { path: ['mapping', 'not a cell'], message: expect.stringContaining('no such cell') },
      { path: ['mapping', "'ICB return'!B9"], message: expect.stringContaining('"client.nhs_number" is a client column') },
    ]);
    expect(app.state()).toEqual(before);
    expect((await app.call('returns.openTemplate', { template: info.ref })).mapping).toEqual(saved);
    // Built-in returns have no mapping to save; the schema bounds a hostile mapping.
    const huge = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`Return!A${i + 1}`, 'referrals']));
    expect((await app.fail('returns.saveMapping', { templateId: info.ref.id, mapping: huge })).message).toMatch(/at most 5,000 cells/);
    expect((await app.fail('returns.saveMapping', { templateId: '00000000-0000-4000-8000-000000000000', mapping: {} })).code).toBe('not_found');
  });

  it('refuses files that cannot be templates with the filler’s own messages, storing nothing', async () => {
    const before = app.state();
    const cases: Array<[Buffer, string]> = [
      [Buffer.from('client_id,referral_date\nC1,2025-04-01\n'), 'not an Excel workbook (.xlsx)'],
      [Buffer.concat([Buffer.from(OLE), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]), 'save it as "Excel Workbook (.xlsx)"'],
      [Buffer.concat([Buffer.from(OLE), Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le')]), 'remove the password'],
      [Buffer.concat([template.subarray(0, 200), Buffer.alloc(100)]), 'The workbook is damaged'],
    ];
    for (const [bytes, says] of cases) {
      const error = await app.fail('returns.loadTemplate', { fileName: 'return.xlsx', base64: b64(bytes) });
      expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining(says) });
      expect(error.issues![0]).toEqual({ path: ['file'], message: error.message });
    }
    const tooBig = await app.fail('returns.loadTemplate', { fileName: 'return.xlsx', base64: 'A'.repeat(Math.ceil(MAX_TEMPLATE_BYTES / 3) * 4 + 4) });
    expect(tooBig.message).toContain('too large for a return template (10 MB at most)');
    expect(app.state()).toEqual(before);
  });

  it('keeps a template with a misspelt token, showing the problem at its cell with a suggestion', async () => {
    const misspelt = await commissionerTemplate({ C5: '{{job_strats}}' });
    const view = await app.call('returns.loadTemplate', { fileName: 'ICB return v2.xlsx', base64: b64(misspelt) });
    expect(view.recognised).toBe(false);
    expect(view.scan.problems).toEqual([
      expect.objectContaining({ kind: 'unknown_figure', where: "'ICB return'!C5", suggestion: 'job_starts', message: expect.stringContaining('did you mean "job_starts"?') }),
    ]);
  });

  it('removes a template (the manager only), after which it is not found', async () => {
    const view = await app.call('returns.loadTemplate', { fileName: 'to remove.xlsx', base64: b64(await commissionerTemplate({ D1: 'remove me' })) });
    app.actAs({ user: 'Sam Specialist', role: 'specialist' });
    expect((await app.fail('returns.deleteTemplate', { templateId: view.template.ref.id })).code).toBe('forbidden');
    app.actAs(null);
    expect(await app.call('returns.deleteTemplate', { templateId: view.template.ref.id })).toEqual({ deleted: true });
    expect((await app.fail('returns.openTemplate', { template: view.template.ref })).code).toBe('not_found');
    expect((await app.fail('returns.deleteTemplate', { templateId: view.template.ref.id })).code).toBe('not_found');
  });
});
