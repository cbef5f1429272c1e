import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPseudonymSecret } from '../../../db/repositories/pseudonym-secret';
import { BUILT_IN_RETURNS } from '../../../electron/xlsx/return-templates';
import { pseudonymFor } from '../../../electron/xlsx/template';
import { formatUkDate } from '../../../shared/dates';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { PublicMetric } from '../../../shared/outcomes';
import { parseFigureRef, type FigureValue } from '../../../shared/returns';
import { useTempDirs } from '../../db/helpers';
import { SOFFICE_MISSING, convertToCsv, csvCell, findSoffice, shows, type CsvSheets } from '../xlsx/template/libreoffice';
import { TODAY, openReturnsApp, type ReturnsApp } from './returns-app';

/**
 * Issue 8 point 7 for the service: each built-in return exported by the returns service from a demo
 * database, opened in LibreOffice (one batched conversion to CSV), shows the figures the report gives.
 */
const tempDir = useTempDirs();
const soffice = findSoffice();

/** What the report itself says a metric figure is (independently of the returns resolver); undefined for other figures. */
function fromReport(figure: string, metrics: Record<string, PublicMetric>): FigureValue | undefined {
  const parsed = parseFigureRef(figure);
  if (!parsed.ok) return undefined;
  const ref = parsed.ref;
  if (ref.kind === 'metric') return ref.field === 'value' ? metrics[ref.metric]!.value : (metrics[ref.metric]![ref.field] ?? null);
  if (ref.kind === 'breakdown') return metrics[ref.metric]!.breakdown?.[ref.key] ?? 0;
  return undefined;
}

describe.skipIf(!soffice)(`built-in returns exported by the service, opened in LibreOffice${soffice ? '' : ` (${SOFFICE_MISSING})`}`, () => {
  let app: ReturnsApp;
  let dir: string;
  let metrics: Record<string, PublicMetric>;
  const exported: Array<{ id: string; file: string; preview: ChannelOutput<'returns.preview'> }> = [];
  let csv: Map<string, CsvSheets>;

  beforeAll(async () => {
    app = await openReturnsApp(tempDir(), { clients: 150 });
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-returns-lo-'));
    for (const built of BUILT_IN_RETURNS) {
      const template = { kind: 'builtin', id: built.id } as const;
      const out = await app.call('returns.export', { template, period: '2025-26' });
      const file = join(dir, `${built.id}.xlsx`);
      writeFileSync(file, Buffer.from(out.base64, 'base64'));
      exported.push({ id: built.id, file, preview: await app.call('returns.preview', { template, period: '2025-26' }) });
    }
    metrics = (await app.call('reports.run', { period: '2025-26' })).report.metrics as unknown as Record<string, PublicMetric>;
    csv = convertToCsv(soffice!, exported.map((e) => e.file));
  }, 240_000);
  afterAll(() => {
    app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows every filled cell as the report has it', () => {
    let checked = 0;
    for (const { file, preview } of exported) {
      expect(preview.ready).toBe(true);
      for (const cell of preview.cells) {
        const [sheet, address] = cell.where.split('!') as [string, string];
        const text = csvCell(csv.get(file)!.get(sheet), address);
        const reported = fromReport(cell.figure, metrics);
        if (reported !== undefined) expect({ figure: cell.figure, value: cell.value }).toEqual({ figure: cell.figure, value: reported });
        expect(shows(text, cell.figure, reported ?? cell.value), `${cell.where} ${cell.figure}: shows "${text}", expected ${JSON.stringify(reported ?? cell.value)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
    const ips = csv.get(exported[0]!.file)!.get('Return')!;
    expect(ips[2]![0]).toBe('Service: Northfield IPS');
  });

  it('lists one row per client open in the period, each under its pseudonym, adding up to the report’s job starts', () => {
    const { file, preview } = exported.find((e) => e.id === 'client-level-extract')!;
    const rows = csv.get(file)!.get('Clients')!;
    const { firstRow, rows: count } = preview.clientRows[0]!;
    const data = rows.slice(firstRow - 1, firstRow - 1 + count);
    expect(count).toBeGreaterThan(20);
    const secret = readPseudonymSecret(app.vault.reader().db)!;
    const byPseudonym = new Map(app.data.clients.map((c) => [pseudonymFor(secret, c.client_id), c]));
    for (const row of data) {
      const client = byPseudonym.get(row[0]!);
      expect(client, `pseudonym ${row[0]}`).toBeDefined();
      expect(row[1]).toBe(formatUkDate(client!.referral_date));
      expect(client!.referral_date <= TODAY).toBe(true);
    }
    expect(new Set(data.map((r) => r[0])).size).toBe(count);
    const starts = data.reduce((n, r) => n + Number(r[6] || 0), 0);
    expect(starts).toBe(metrics.job_starts!.value);
    expect(rows.flat().some((t) => app.data.clients.some((c) => t === c.client_id))).toBe(false);
  });
});
