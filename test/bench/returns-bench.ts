import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AppDatabase, RawDatabase } from '../../db/connection';
import { exportReturn, type ExportSpec } from '../../electron/services/returns-service';
import { builtInTemplate } from '../../electron/services/returns/template-source';
import { createServiceContext, type ServiceContext } from '../../electron/services/service-context';
import { builtInReturn } from '../../electron/xlsx/return-templates';
import { allFigureRefs, figureRefText } from '../../shared/returns';
import { TEST_MANAGER, dataAccessOf } from '../db/data-access';

/**
 * Returns (issue 8 point 8), on the benchmark's 10,000-client database, through the returns service exactly
 * as the app and the CLI export (report, fill, history row in one audited write):
 * - fill_100_tokens_ms: a commissioner-style template with 100 tokens;
 * - extract_10k_ms: the built-in client-level extract, one row per client open in the year;
 * - extract_peak_mb: the peak resident memory of a process that opens the database and runs the extract
 *   (its own process, so the benchmark's data generation does not count; extract-peak.ts).
 */

/** 100 different figures, one per row, as a commissioner's sheet asks for them. */
export async function hundredTokenTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Return');
  allFigureRefs()
    .slice(0, 100)
    .forEach((ref, i) => {
      const text = figureRefText(ref);
      ws.getCell(i + 1, 1).value = text;
      ws.getCell(i + 1, 2).value = `{{${text}}}`;
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function returnsContext(open: { db: AppDatabase; raw: RawDatabase }, today: string): ServiceContext {
  return createServiceContext(dataAccessOf(open), { today: () => today });
}

export function extractSpec(asOf: string, period: string): ExportSpec {
  return { template: { kind: 'ready', template: builtInTemplate(builtInReturn('client-level-extract')!) }, periodText: period, asOf, identifiable: false };
}

/** CPU milliseconds of each measured call, by task: on a busy machine they say what the wall times cannot. */
export type CpuTimes = Record<string, number[]>;

function withCpuTime(name: string, cpu: CpuTimes, work: () => unknown): () => unknown {
  return () => {
    const start = process.cpuUsage();
    const result = work();
    const used = process.cpuUsage(start);
    (cpu[name] ??= []).push((used.user + used.system) / 1000);
    return result;
  };
}

export function returnsTasks(context: ServiceContext, template: Buffer, asOf: string, period: string, cpu: CpuTimes): Record<string, () => unknown> {
  const fill: ExportSpec = { template: { kind: 'file', fileName: 'hundred.xlsx', bytes: template }, periodText: period, asOf, identifiable: false };
  return {
    fill100: withCpuTime('fill100', cpu, () => exportReturn(context, TEST_MANAGER, fill)),
    extract: withCpuTime('extract', cpu, () => {
      const outcome = exportReturn(context, TEST_MANAGER, extractSpec(asOf, period));
      if ((outcome.clientRows[0]?.rows ?? 0) < 1000) throw new Error('the extract should list thousands of clients');
      return outcome;
    }),
  };
}

/** Runs extract-peak.ts in its own process on the same database file; megabytes at peak and before the extract. */
export function measureExtractPeak(databaseFile: string, key: Buffer, asOf: string, period: string): { peakMb: number; baselineMb: number } {
  const script = fileURLToPath(new URL('./extract-peak.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, databaseFile, asOf, period], {
    env: { ...process.env, IPSDESK_BENCH_KEY: key.toString('hex') },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as { peakMb: number; baselineMb: number };
}
