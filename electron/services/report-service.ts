import { audited, changedFields } from '../../db/audited-write';
import {
  clientIdOfRecord, readContactSummary, readRecordIds, readUnlinkedContactsWithoutEmployer, type RecordIdLookup,
} from '../../db/repositories/report-facts';
import { readHandEntered, writeHandEntered } from '../../db/repositories/report-hand-entered';
import { readClientReportRecords, readReportRecords } from '../../db/repositories/report-records';
import { listContactsOfClient } from '../../db/repositories/contacts-repository';
import type { Handlers } from '../../shared/ipc/contract';
import type { DataQualityRow } from '../../shared/ipc/reports';
import {
  METRIC_CATALOGUE, METRIC_IDS, explainClient, findDataQualityProblems, type DataQualityProblem,
} from '../../shared/outcomes';
import type { Period } from '../../shared/period';
import { parseReportPeriod } from '../../shared/report-period';
import { runDatabaseReport, runDatabaseTrend } from './report-run';
import { ServiceError } from './service-error';
import type { ServiceContext } from './service-context';

export { runDatabaseReport, runDatabaseTrend, type DatabaseReport, type ReportDatabase } from './report-run';

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
 * The reports half of the IPC contract. Reads only, each from one consistent state of the file;
 * `handEntered.save` is an audited write.
 */
export function createReportHandlers(context: ServiceContext): Pick<Handlers, ReportChannel> {
  const today = () => context.today();

  return {
    'reports.run': (input) => {
      const period = periodOrRefuse(input.period);
      const asOf = input.asOf ?? today();
      const result = context.read((reader) => runDatabaseReport(reader, period, asOf));
      return input.withCatalogue ? { ...result, catalogue: METRIC_IDS.map((id) => METRIC_CATALOGUE[id]) } : result;
    },

    'reports.trend': (input) => {
      const asOf = input.asOf ?? today();
      return { financialYear: input.financialYear, asOf, ...context.read((reader) => runDatabaseTrend(reader, input.financialYear, asOf)) };
    },

    'reports.explainClient': (input) => {
      const period = periodOrRefuse(input.period);
      const asOf = input.asOf ?? today();
      const { db, raw } = context.read((reader) => reader);
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
      const { raw } = context.read((reader) => reader);
      return raw.snapshot(() => {
        const { clients, jobs: tableOrder, staff } = readReportRecords(raw);
        // In job_id order, so "job B repeats job A" always names the same pair.
        const jobs = [...tableOrder].sort((a, b) => (a.job_id < b.job_id ? -1 : a.job_id > b.job_id ? 1 : 0));
        const problems = findDataQualityProblems(
          { clients, jobs, staff, contactSummary: readContactSummary(raw, asOf), unlinkedContactsWithoutEmployer: readUnlinkedContactsWithoutEmployer(raw) },
          asOf,
        );
        const ids = readRecordIds(raw);
        return {
          asOf,
          problems: problems.map((p) => ({ kind: p.kind, severity: p.severity, message: p.message, record: linkOf(p, ids) })),
        };
      });
    },

    'handEntered.get': (input) => ({ financialYear: input.financialYear, items: context.read(({ db }) => readHandEntered(db, input.financialYear)) }),

    'handEntered.save': (input, caller) =>
      context.write(caller, ({ db }) => {
        const keyed = (items: readonly { key: string }[]) => Object.fromEntries(items.map((item) => [item.key, item]));
        const before = keyed(readHandEntered(db, input.financialYear).filter((item) => input.items.some((i) => i.key === item.key)));
        writeHandEntered(db, input.financialYear, input.items);
        const items = readHandEntered(db, input.financialYear);
        const after = keyed(items.filter((item) => input.items.some((i) => i.key === item.key)));
        return audited(
          { financialYear: input.financialYear, items },
          { action: 'hand_entered.save', entity: 'hand_entered_figures', entity_id: input.financialYear, ...changedFields(before, after) },
        );
      }),
  };
}
