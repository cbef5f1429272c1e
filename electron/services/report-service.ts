import { audited, changedFields } from '../../db/audited-write';
import { clientIdOfRecord } from '../../db/repositories/report-facts';
import { readHandEntered, writeHandEntered } from '../../db/repositories/report-hand-entered';
import { readClientReportRecords } from '../../db/repositories/report-records';
import { listContactsOfClient } from '../../db/repositories/contacts-repository';
import type { Handlers } from '../../shared/ipc/contract';
import { METRIC_CATALOGUE, METRIC_IDS, explainClient } from '../../shared/outcomes';
import type { Period } from '../../shared/period';
import { parseReportPeriod } from '../../shared/report-period';
import { runDataQuality } from './data-quality-run';
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
      return { asOf, problems: context.read((reader) => runDataQuality(reader, asOf)) };
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
