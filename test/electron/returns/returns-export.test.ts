import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_SAINSBURY_C_REVIEW } from '../../../shared/returns';
import { useTempDirs } from '../../db/helpers';
import { COMMISSIONER_MAPPING, commissionerTemplate } from './commissioner-template';
import { MANAGER, TODAY, openReturnsApp, readWorkbook, type ReturnsApp } from './returns-app';

/** Issue 8 points 1(c), 3 and 5: preview, export, history and repeat, on a real database through the router. */
const tempDir = useTempDirs();
const sha256 = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');
const STANDARD = { kind: 'builtin', id: 'ips-standard-data-set' } as const;
const SAINSBURY = { kind: 'builtin', id: 'sainsbury-centre-kpis' } as const;
const EXTRACT = { kind: 'builtin', id: 'client-level-extract' } as const;
const SPECIALIST = { user: 'Sam Specialist', role: 'specialist' } as const;

describe('preview, export, history and repeat', () => {
  let app: ReturnsApp;
  let templateRef: { kind: 'saved'; id: string };
  let templateB64: string;

  beforeAll(async () => {
    app = await openReturnsApp(tempDir());
    templateB64 = (await commissionerTemplate()).toString('base64');
    const { template } = await app.call('returns.loadTemplate', { fileName: 'ICB return.xlsx', base64: templateB64 });
    templateRef = template.ref as typeof templateRef;
    await app.call('returns.saveMapping', { templateId: templateRef.id, mapping: COMMISSIONER_MAPPING });
  });
  afterAll(() => app.close());

  it('previews every token, named and mapped cell with the report’s value, and the data-quality problems as at the as-of date', async () => {
    const preview = await app.call('returns.preview', { template: templateRef, period: '2025-26-Q3' });
    const { report } = await app.call('reports.run', { period: '2025-26-Q3' });
    const m = report.metrics;
    expect(preview.ready).toBe(true);
    expect(preview.period).toEqual({ start: '2025-10-01', end: '2025-12-31', as_of: TODAY, label: '2025-26 Q3 (October to December 2025)' });
    expect(preview.cells.map((c) => [c.where, c.figure, c.origin, c.value])).toEqual([
      ["'ICB return'!B3", 'service.name', 'token', 'Northfield IPS'],
      ["'ICB return'!B5", 'job_starts', 'token', m.job_starts.value],
      ["'ICB return'!B6", 'employment_rate', 'name', m.employment_rate.value],
      ["'ICB return'!B4", 'referrals', 'mapping', m.referrals.value],
      ["'ICB return'!B7", 'people_into_work', 'mapping', m.people_into_work.value],
    ]);
    expect(m.job_starts.value).toBeGreaterThan(0);
    expect(preview.cells.find((c) => c.figure === 'employment_rate')!.text).toMatch(/^\d+(\.\d)?%$/);
    expect(preview.dataQuality).toEqual((await app.call('reports.dataQuality', {})).problems);
    expect(preview.warnings).toEqual([]);
    expect(preview.clientRows).toEqual([]);

    // A mapping not saved yet can be tried; one that does not fit says where.
    const tried = await app.call('returns.preview', { template: templateRef, period: '2025-26', mapping: { "'ICB return'!C4": 'engaged', 'Sheet9!A1': 'engaged' } });
    expect(tried.ready).toBe(false);
    expect(tried.problems).toEqual([expect.objectContaining({ kind: 'bad_mapping', where: 'Sheet9!A1' })]);
    expect(tried.cells.find((c) => c.where === "'ICB return'!C4")).toMatchObject({ origin: 'mapping', value: (await app.call('reports.run', { period: '2025-26' })).report.metrics.engaged.value });
    expect((await app.fail('returns.preview', { template: STANDARD, period: '2025-26', mapping: { 'Return!B4': 'engaged' } })).code).toBe('invalid_input');

    // The service's name and the manager's name come from Settings.
    await app.call('settings.save', { serviceName: 'Northfield IPS Service', managerName: 'Jo Bloggs' });
    const named = await app.call('returns.preview', { template: templateRef, period: '2025-26', mapping: { "'ICB return'!C3": 'service.manager' } });
    expect(named.cells.filter((c) => c.figure.startsWith('service.')).map((c) => c.value)).toEqual(['Northfield IPS Service', 'Jo Bloggs']);
    await app.call('settings.save', { serviceName: 'Northfield IPS' });
    expect((await app.fail('returns.preview', { template: STANDARD, period: '2025-27' })).issues).toEqual([{ path: ['period'], message: expect.stringContaining('2025-27') }]);
  });

  it('exports the filled workbook and records it in the history: period, as-of, template, time, user, identifiable, SHA-256', async () => {
    const before = app.state();
    const out = await app.call('returns.export', { template: templateRef, period: '2025-26', asOf: '2026-01-10' });
    expect(out.fileName).toBe('ICB return-2025-26.xlsx');
    expect(out.sha256).toBe(sha256(out.base64));
    const { report } = await app.call('reports.run', { period: '2025-26', asOf: '2026-01-10' });
    const ws = (await readWorkbook(out.base64)).getWorksheet('ICB return')!;
    expect([ws.getCell('B3').value, ws.getCell('B4').value, ws.getCell('B5').value, ws.getCell('B6').value, ws.getCell('B7').value]).toEqual([
      'Northfield IPS',
      report.metrics.referrals.value,
      report.metrics.job_starts.value,
      report.metrics.employment_rate.value,
      report.metrics.people_into_work.value,
    ]);
    expect(ws.getCell('A1').value).toBe('Quarterly IPS return');
    expect(app.state()).toMatchObject({ exports: before.exports + 1, audit: before.audit + 1, templates: before.templates, secrets: 0 });

    const { rows } = await app.call('returns.history', {});
    expect(rows[0]).toEqual({
      id: out.historyId,
      exportedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      user: MANAGER,
      period: '2025-26',
      periodLabel: 'Financial year 2025-26',
      periodStart: '2025-04-01',
      periodEnd: '2026-03-31',
      asOf: '2026-01-10',
      template: templateRef,
      templateName: 'ICB return',
      templateSha256: sha256(templateB64),
      identifiable: false,
      fileName: out.fileName,
      outputSha256: out.sha256,
      repeatOf: null,
      cannotRepeat: null,
    });
    const { saved } = await app.call('returns.templates', {});
    expect(saved.find((t) => t.ref.id === templateRef.id)!.lastExportAt).toBe(rows[0]!.exportedAt);
  });

  it('refuses a template that cannot be filled, naming the cell, and writes nothing', async () => {
    const { template } = await app.call('returns.loadTemplate', { fileName: 'ICB return v2.xlsx', base64: (await commissionerTemplate({ C5: '{{job_strats}}' })).toString('base64') });
    const before = app.state();
    const error = await app.fail('returns.export', { template: template.ref, period: '2025-26' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(`'ICB return'!C5: unknown figure "job_strats"; did you mean "job_starts"?`);
    expect(error.message).toContain('Nothing was exported');
    expect(error.issues).toEqual([{ path: ["'ICB return'!C5"], message: expect.stringContaining('job_strats') }]);
    expect(app.state()).toEqual(before);
  });

  it('exports zeros for a period with no records, with a warning', async () => {
    const out = await app.call('returns.export', { template: STANDARD, period: '2015-16' });
    expect(out.warnings[0]).toMatch(/^No records fall in Financial year 2015-16: the return shows zeros/);
    const ws = (await readWorkbook(out.base64)).getWorksheet('Return')!;
    const referrals = ws.getColumn(2).values.indexOf('Referrals to the service');
    expect(referrals).toBeGreaterThan(0);
    expect(ws.getRow(referrals).getCell(3).value).toBe(0);
    // The client-level extract asks for none of the report's figures: its empty client row says so.
    const extract = await app.call('returns.export', { template: EXTRACT, period: '2015-16' });
    expect(extract.warnings).toEqual(['Clients: no clients fall in the period, so the client row is left empty.']);
  });

  it('says which figures have nothing behind them; section C comes from the latest final fidelity review, never a draft', async () => {
    const out = await app.call('returns.export', { template: SAINSBURY, period: '2025-26' });
    expect(out.warnings).toEqual([
      expect.stringMatching(/^Not entered for 2025-26, so left empty: A2, A3, .*A13, D7\./),
      NO_SAINSBURY_C_REVIEW,
    ]);

    const review = async (date: string, score: number, finalise: boolean) => {
      const { id } = await app.call('fidelity.create', { instrument: 'sainsbury_c', review_date: date, reviewers: ['Ann Manager'] });
      for (let n = 1; n <= 8; n++) await app.call('fidelity.saveItem', { id, item: `sainsbury:${n}` as 'sainsbury:1', score: n <= 6 ? score : 1 });
      if (finalise) await app.call('fidelity.finalise', { id });
    };
    await review('2025-10-01', 3, true);
    await review('2026-01-05', 4, false); // a later draft: not what the service reports
    const preview = await app.call('returns.preview', { template: SAINSBURY, period: '2025-26' });
    const c = (figure: string) => preview.cells.find((cell) => cell.figure === figure)!;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => c(`sainsbury_c.${n}`).value)).toEqual([3, 3, 3, 3, 3, 3, 1, 1]);
    expect(c('sainsbury_c.total').value).toBe(20);
    expect(c('sainsbury_c.review_date').value).toEqual({ date: '2025-10-01' });
    expect(c('sainsbury_c.status').value).toBe('Scores from the final review of 01/10/2025');
    expect(preview.warnings).not.toContain(NO_SAINSBURY_C_REVIEW);
  });

  it('pseudonymises client rows by default, the same pseudonym per client every time; identifiable rows are the manager’s choice, recorded', async () => {
    const first = await app.call('returns.export', { template: EXTRACT, period: '2025-26' });
    const second = await app.call('returns.export', { template: EXTRACT, period: '2025-26-Q3' });
    expect(app.state().secrets).toBe(1);
    const column = async (base64: string) => {
      const ws = (await readWorkbook(base64)).getWorksheet('Clients')!;
      const header = ws.getColumn(1).values.findIndex((v) => v === 'Client (pseudonym)');
      return (ws.getColumn(1).values.slice(header + 1) as string[]).filter(Boolean);
    };
    const year = await column(first.base64);
    const quarter = await column(second.base64);
    expect(year.length).toBeGreaterThan(10);
    expect(year.every((p) => /^P-[A-Z2-9]{12}$/.test(p))).toBe(true);
    expect(quarter.every((p) => year.includes(p))).toBe(true);
    const allText = Buffer.from(first.base64, 'base64').toString('latin1');
    expect(app.data.clients.some((c) => allText.includes(c.client_id))).toBe(false);

    app.actAs(SPECIALIST);
    const before = app.state();
    expect(await app.fail('returns.export', { template: EXTRACT, period: '2025-26', identifiable: true })).toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('Only a manager can export client rows with names'),
    });
    expect(app.state()).toEqual(before);
    const bySpecialist = await app.call('returns.export', { template: STANDARD, period: '2025-26' });
    app.actAs(null);

    const named = await app.call('returns.export', { template: EXTRACT, period: '2025-26', identifiable: true });
    expect(named.fileName).toBe('client-level-extract-2025-26-identifiable.xlsx');
    const ids = await column(named.base64);
    expect(ids.length).toBe(year.length);
    expect(ids.every((id) => app.data.clients.some((c) => c.client_id === id))).toBe(true);
    const { rows } = await app.call('returns.history', { limit: 3 });
    expect(rows.map((r) => [r.id, r.identifiable, r.user])).toEqual([
      [named.historyId, true, MANAGER],
      [bySpecialist.historyId, false, SPECIALIST.user],
      [second.historyId, false, MANAGER],
    ]);
  });

  it('repeats an export from the history: the same workbook while the data is unchanged, a new one when it has changed', async () => {
    const original = await app.call('returns.export', { template: templateRef, period: '2025-26-Q3', asOf: TODAY });
    // The mapping changes after the export: the repeat still fills the cells the original filled.
    await app.call('returns.saveMapping', { templateId: templateRef.id, mapping: { "'ICB return'!B4": 'engaged' } });
    const repeat = await app.call('returns.repeat', { historyId: original.historyId });
    expect(repeat).toMatchObject({ repeatOf: original.historyId, sameOutput: true, sha256: original.sha256, fileName: original.fileName });
    expect(repeat.historyId).not.toBe(original.historyId);
    expect((await app.call('returns.history', { limit: 1 })).rows[0]).toMatchObject({ id: repeat.historyId, repeatOf: original.historyId, period: '2025-26-Q3' });

    await app.call('clients.create', { client: { client_id: 'NEW-1', referral_date: '2025-11-03' } });
    const changed = await app.call('returns.repeat', { historyId: original.historyId });
    expect(changed.sameOutput).toBe(false);
    const ws = (await readWorkbook(changed.base64)).getWorksheet('ICB return')!;
    expect(ws.getCell('B4').value).toBe((await app.call('reports.run', { period: '2025-26-Q3' })).report.metrics.referrals.value);

    // Repeating an identifiable export is the manager's call too.
    const named = (await app.call('returns.history', {})).rows.find((r) => r.identifiable)!;
    app.actAs(SPECIALIST);
    expect((await app.fail('returns.repeat', { historyId: named.id })).code).toBe('forbidden');
    app.actAs(null);
    expect((await app.fail('returns.repeat', { historyId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });

  it('cannot repeat an export whose template was removed, until the same file is loaded again', async () => {
    const file = (await commissionerTemplate({ D2: 'short-lived' })).toString('base64');
    const { template } = await app.call('returns.loadTemplate', { fileName: 'Short-lived.xlsx', base64: file });
    const { historyId } = await app.call('returns.export', { template: template.ref, period: '2025-26' });
    await app.call('returns.deleteTemplate', { templateId: template.ref.id });
    const row = (await app.call('returns.history', {})).rows.find((r) => r.id === historyId)!;
    expect(row).toMatchObject({ template: null, templateName: 'Short-lived', cannotRepeat: expect.stringContaining('has since been removed') });
    expect(await app.fail('returns.repeat', { historyId })).toMatchObject({ code: 'conflict', message: row.cannotRepeat });
    const reloaded = await app.call('returns.loadTemplate', { fileName: 'Short-lived again.xlsx', base64: file });
    expect((await app.call('returns.history', {})).rows.find((r) => r.id === historyId)).toMatchObject({ template: reloaded.template.ref, cannotRepeat: null });
    expect(await app.call('returns.repeat', { historyId })).toMatchObject({ repeatOf: historyId, sameOutput: true });
  });
});
