import { recordAudit } from '../../db/audit';
import type { AppDatabase, RawDatabase } from '../../db/connection';
import { clientIdOfRecord, readContactSummary, readRecordIds, type RecordIdLookup } from '../../db/repositories/report-facts';
import { readHandEntered, writeHandEntered } from '../../db/repositories/report-hand-entered';
import { readClientReportRecords, readReportRecords } from '../../db/repositories/report-records';
import { listContactsOfClient } from '../../db/repositories/contacts-repository';
import { todayIso, type IsoDate } from '../../shared/dates';
import type { Handlers } from '../../shared/ipc/contract';
import type { DataQualityRow } from '../../shared/ipc/reports';
import {
  METRIC_CATALOGUE, METRIC_IDS, explainClient, findDataQualityProblems, type DataQualityProblem,
} from '../../shared/outcomes';
import type { Period } from '../../shared/period';
import { parseReportPeriod } from '../../shared/report-period';
import { runDatabaseReport, runDatabaseTrend } from './report-run';
import { ServiceError } from './service-error';

export { runDatabaseReport, runDatabaseTrend, type DatabaseReport, type ReportDatabase } from './report-run';

/** What the report service needs from the vault: the open database and who unlocked it (for the audit log). */
export interface ReportVault {
  /** Throws ServiceError('locked') while the database is locked. */
  getDatabase(): { db: AppDatabase; raw: RawDatabase };
  currentUser?(): string | undefined;
}

export interface ReportServiceOptions {
  /** The manager's "today" (local date), the default as-of date; injectable so tests are reproducible. */
  today?: () => IsoDate;
}

type ReportChannel =
  | 'reports.run'
  | 'reports.trend'
  | 'reports.explainClient'
  | 'reports.dataQuality'
  | 'handEntered.get'
  | 'handEntered.save';

/** A bad period string, refused with the three spellings and a field issue on `period`. */
export function periodOrRefuse(text: string): Period {
  try {
    return parseReportPeriod(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new ServiceError('invalid_input', message, { issues: [{ path: ['period'], message }] });
  }
}

function linkOf(problem: DataQualityProblem, ids: RecordIdLookup): DataQualityRow['record'] {
  const { type, id: ref } = problem.record;
  if (type === 'client') {
    const id = ids.clients.get(ref) ?? null;
    return { type, ref, id, clientRecordId: id };
  }
  if (type === 'job') {
    const job = ids.jobs.get(ref);
    return { type, ref, id: job?.id ?? null, clientRecordId: job?.clientPk ?? null };
  }
  if (type === 'staff') return { type, ref, id: ids.staff.get(ref) ?? null, clientRecordId: null };
  return { type, ref, id: null, clientRecordId: null };
}

/**
 * The reports half of the IPC contract. Reads only; `handEntered.save` writes in one transaction with its
 * audit entry. Merge into the app's handler map with `...createReportHandlers(vault, { today })`.
 */
export function createReportHandlers(vault: ReportVault, options: ReportServiceOptions = {}): Pick<Handlers, ReportChannel> {
  const today = () => options.today?.() ?? todayIso();

  return {
    'reports.run': (input) => {
      const period = periodOrRefuse(input.period);
      const asOf = input.asOf ?? today();
      const result = runDatabaseReport(vault.getDatabase(), period, asOf);
      return input.withCatalogue ? { ...result, catalogue: METRIC_IDS.map((id) => METRIC_CATALOGUE[id]) } : result;
    },

    'reports.trend': (input) => {
      const asOf = input.asOf ?? today();
      return { financialYear: input.financialYear, asOf, ...runDatabaseTrend(vault.getDatabase(), input.financialYear, asOf) };
    },

    'reports.explainClient': (input) => {
      const period = periodOrRefuse(input.period);
      const asOf = input.asOf ?? today();
      const { db, raw } = vault.getDatabase();
      const clientId = clientIdOfRecord(raw, input.clientId);
      const records = readClientReportRecords(raw, input.clientId);
      if (!clientId || !records) {
        throw new ServiceError('not_found', 'That client is no longer recorded: it may have been deleted. Reload and try again.');
      }
      // One client's contacts are few: the engine's own aggregation over them keeps "why" and the report in step.
      const contacts = listContactsOfClient(db, input.clientId).map((c) => c.contact);
      const rows = explainClient(clientId, { ...records, contacts }, period, asOf).map((e) => ({
        ...e,
        title: METRIC_CATALOGUE[e.metricId].title,
      }));
      return {
        client: { id: input.clientId, client_id: clientId },
        period: { start: period.start, end: period.end, as_of: asOf, label: period.label },
        rows,
      };
    },

    'reports.dataQuality': (input) => {
      const asOf = input.asOf ?? today();
      const { raw } = vault.getDatabase();
      return raw.transaction(() => {
        const { clients, jobs: tableOrder, staff } = readReportRecords(raw);
        // In job_id order, so "job B repeats job A" always names the same pair.
        const jobs = [...tableOrder].sort((a, b) => (a.job_id < b.job_id ? -1 : a.job_id > b.job_id ? 1 : 0));
        const problems = findDataQualityProblems({ clients, jobs, staff, contactSummary: readContactSummary(raw, asOf) }, asOf);
        const ids = readRecordIds(raw);
        return {
          asOf,
          problems: problems.map((p) => ({ kind: p.kind, severity: p.severity, message: p.message, record: linkOf(p, ids) })),
        };
      })();
    },

    'handEntered.get': (input) => ({ financialYear: input.financialYear, items: readHandEntered(vault.getDatabase().db, input.financialYear) }),

    'handEntered.save': (input) => {
      const { db } = vault.getDatabase();
      return db.transaction(
        (tx) => {
          writeHandEntered(tx, input.financialYear, input.items);
          recordAudit(tx, {
            user: vault.currentUser?.() ?? null,
            action: 'hand_entered.save',
            details: { financialYear: input.financialYear, items: input.items.map((i) => i.key) },
          });
          return { financialYear: input.financialYear, items: readHandEntered(tx, input.financialYear) };
        },
        { behavior: 'immediate' },
      );
    },
  };
}
