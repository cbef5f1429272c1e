/**
 * Benchmark (issue 4 point 8): `npm run bench` prints a table, `npm run bench -- --json` one JSON line.
 * Builds a 10,000-client encrypted database in a temp folder (demo data: ~30,000 jobs, ~200,000 contacts),
 * then times, in the same process on the same file:
 * - bare_read_ms: `SELECT *` of clients, jobs and contacts into arrays (`.all()`), the cost of merely reading;
 * - report_ms: a financial-year report from the database (lean reads, contact aggregates in SQL, engine);
 * - caseload_ms: the caseload list query;
 * - fill_100_tokens_ms, extract_10k_ms, extract_peak_mb: returns (returns-bench.ts);
 * - export_ms / import_ms: the same records written as an interchange workbook, and that workbook imported
 *   into an empty encrypted database, each in its own process with its peak memory (export_peak_mb,
 *   import_peak_mb: the process's maximum resident set size; export_cpu_ms, import_cpu_ms: processor time),
 *   medians of five runs each.
 * - backup_ms: one backup file of that database (VACUUM INTO, checksums, the keyring with it in one file).
 * Medians of RUNS interleaved runs after a warm-up. `--skip-import` leaves out export and import.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReader } from '../../db/access';
import { listCaseload } from '../../db/repositories/caseload-repository';
import { readContactFacts } from '../../db/repositories/report-facts';
import { readReportRecords } from '../../db/repositories/report-records';
import { generateDemoData } from '../../electron/services/demo';
import { runDatabaseReport } from '../../electron/services/report-run';
import { computeReport } from '../../shared/outcomes';
import { parsePeriod } from '../../shared/period';
import { createEncryptedDatabase, insertDemoData } from '../db/demo-database';
import { measureBackup } from './backup-bench';
import { INTERCHANGE_RUNS, measureInterchange, type InterchangeFigures } from './interchange-bench';
import { hundredTokenTemplate, measureExtractPeak, returnsContext, returnsTasks, type CpuTimes } from './returns-bench';
import { interleaved, median, round, time } from './timing';

const TODAY = '2026-02-14';
const FINANCIAL_YEAR = '2025-26';
const RUNS = 7;
/** Returns take seconds each: fewer runs. */
const RETURN_RUNS = 5;
const BACKUP_RUNS = 3;
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const log = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};

const dir = mkdtempSync(join(tmpdir(), 'ipsdesk-bench-'));
try {
  log('Generating demo data (10,000 clients)…');
  const generated = time(() => generateDemoData({ clients: 10_000, contactsPerClient: 20, jobsPerClient: 3, seed: 1, today: TODAY }));
  const data = generated.result;
  const key = randomBytes(32);
  const { raw, db } = createEncryptedDatabase(dir, 'bench.db', key);
  log('Inserting into an encrypted database…');
  const inserted = time(() => insertDemoData(raw, data));
  raw.pragma('optimize');

  const period = parsePeriod(FINANCIAL_YEAR);
  const bareRead = () => {
    const clients = raw.prepare('SELECT * FROM clients').all();
    const jobs = raw.prepare('SELECT * FROM jobs').all();
    const contacts = raw.prepare('SELECT * FROM contacts').all();
    return clients.length + jobs.length + contacts.length;
  };
  const reader = createReader({ db, raw });
  const report = () => runDatabaseReport(reader, period, TODAY);
  log(`Timing bare read, report and caseload (${RUNS} runs each, interleaved)…`);
  const times = interleaved({ bareRead, report, caseload: () => listCaseload(raw, TODAY) }, RUNS);

  // Where a report's time goes (same work as runDatabaseReport, phase by phase).
  const phases = interleaved(
    {
      records: () => readReportRecords(raw),
      contactFacts: () => readContactFacts(raw, period, TODAY),
    },
    RUNS,
  );
  const records = readReportRecords(raw);
  const contactFacts = readContactFacts(raw, period, TODAY);
  const engine = interleaved({ engine: () => computeReport({ ...records, contactFacts }, period, TODAY) }, RUNS).engine!;

  log(`Timing returns: a 100-token template and the client-level extract (${RETURN_RUNS} runs each, interleaved)…`);
  const returnsCpu: CpuTimes = {};
  const returns = interleaved(returnsTasks(returnsContext({ db, raw }, TODAY), await hundredTokenTemplate(), TODAY, FINANCIAL_YEAR, returnsCpu), RETURN_RUNS);
  log(`Timing backups (${BACKUP_RUNS} runs)…`);
  const backup = await measureBackup(raw, key, dir, BACKUP_RUNS);
  raw.close();
  log('Measuring the extract’s peak memory in its own process…');
  const extractPeak = measureExtractPeak(join(dir, 'bench.db'), key, TODAY, FINANCIAL_YEAR);

  let interchange: InterchangeFigures | undefined;
  if (!args.has('--skip-import')) {
    log(`Exporting the records as an interchange workbook and importing it into an empty database (${INTERCHANGE_RUNS} runs each, taking turns)…`);
    interchange = measureInterchange(join(dir, 'bench.db'), key, join(dir, 'interchange'));
  }
  const mb = (n: number) => Math.round(n);

  const reportMs = median(times.report!);
  const bareReadMs = median(times.bareRead!);
  const result = {
    clients: data.clients.length,
    jobs: data.jobs.length,
    contacts: data.contacts.length,
    period: FINANCIAL_YEAR,
    as_of: TODAY,
    runs: RUNS,
    report_ms: round(reportMs),
    bare_read_ms: round(bareReadMs),
    report_ratio: Math.round((reportMs / bareReadMs) * 1000) / 1000,
    report_phases_ms: {
      read_records: round(median(phases.records!)),
      contact_facts_sql: round(median(phases.contactFacts!)),
      engine: round(median(engine)),
    },
    caseload_ms: round(median(times.caseload!)),
    fill_100_tokens_ms: round(median(returns.fill100!)),
    extract_10k_ms: round(median(returns.extract!)),
    extract_peak_mb: extractPeak.peakMb,
    extract_baseline_mb: extractPeak.baselineMb,
    // The warm-up call is counted too: medians of RUNS + 1.
    returns_cpu_ms: { fill_100_tokens: round(median(returnsCpu.fill100!)), extract_10k: round(median(returnsCpu.extract!)) },
    backup_ms: round(backup.ms),
    backup_mb: backup.mb,
    ...(interchange === undefined
      ? {}
      : {
          export_ms: round(interchange.exportMs),
          export_cpu_ms: round(interchange.exportCpuMs),
          export_peak_mb: mb(interchange.exportPeakMb),
          import_ms: round(interchange.importMs),
          import_cpu_ms: round(interchange.importCpuMs),
          import_peak_mb: mb(interchange.importPeakMb),
          workbook_mb: Math.round(interchange.workbookMb * 10) / 10,
        }),
    setup: { generate_ms: round(generated.ms), insert_ms: round(inserted.ms) },
  };

  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const rows: [string, string][] = [
      ['clients / jobs / contacts', `${result.clients} / ${result.jobs} / ${result.contacts}`],
      [`report_ms (${FINANCIAL_YEAR}, as of ${TODAY}, median of ${RUNS})`, String(result.report_ms)],
      ['  reading clients, jobs, activities, staff', String(result.report_phases_ms.read_records)],
      ['  contact aggregates in SQL', String(result.report_phases_ms.contact_facts_sql)],
      ['  engine (computeReport)', String(result.report_phases_ms.engine)],
      ['bare_read_ms (SELECT * clients, jobs, contacts)', String(result.bare_read_ms)],
      ['report_ratio (target ≤ 1.0)', String(result.report_ratio)],
      ['caseload_ms (caseload list)', String(result.caseload_ms)],
      [`fill_100_tokens_ms (export, report included, median of ${RETURN_RUNS}; target ≤ 3000)`, String(result.fill_100_tokens_ms)],
      [`extract_10k_ms (client-level extract, median of ${RETURN_RUNS}; target ≤ 3000)`, String(result.extract_10k_ms)],
      ['extract_peak_mb (its own process; before the extract)', `${result.extract_peak_mb} (${result.extract_baseline_mb})`],
      ['  CPU time of the fill / the extract (ms)', `${result.returns_cpu_ms.fill_100_tokens} / ${result.returns_cpu_ms.extract_10k}`],
      [`backup_ms (one ${result.backup_mb} MB backup file, median of ${BACKUP_RUNS})`, String(result.backup_ms)],
      ['export_ms / export_cpu_ms / export_peak_mb (records → workbook)', interchange ? `${result.export_ms} / ${result.export_cpu_ms} / ${result.export_peak_mb}` : '–'],
      ['import_ms / import_cpu_ms / import_peak_mb (workbook → empty database)', interchange ? `${result.import_ms} / ${result.import_cpu_ms} / ${result.import_peak_mb}` : '–'],
      ['workbook size (MB)', interchange ? String(result.workbook_mb) : '–'],
      ['setup: generate / insert ms', `${result.setup.generate_ms} / ${result.setup.insert_ms}`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
