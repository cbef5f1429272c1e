import type { DatabaseReader } from '../../../db/access';
import { readHandEntered } from '../../../db/repositories/report-hand-entered';
import { readClientExtractDetails } from '../../../db/repositories/return-extract-fields';
import { readServiceSettings } from '../../../db/repositories/settings-repository';
import type { IsoDate } from '../../../shared/dates';
import { computeReport, toPublicMetrics, type MetricId, type PublicMetric } from '../../../shared/outcomes';
import type { Period } from '../../../shared/period';
import { clientExtractRows, type ClientRow, type ReturnSources } from '../../../shared/returns';
import { pseudonymFor } from '../../xlsx/template';
import { readDatabaseReportInput } from '../report-run';
import { latestFinalSainsburyC } from './sainsbury-c-source';

/**
 * Everything a return is filled from, read from one consistent state of the database: the records the
 * report is computed from (the same engine as the Reports screen), the service's name and manager
 * (Settings), the hand-entered Sainsbury figures of the period's financial year, section C from the latest
 * final review, and, for a client-level return, one row per client with its pseudonym.
 *
 * The report's figures are computed when a figure first asks for one (`sources.report.metrics`), from
 * the records already read: a client-level extract that asks for no figure of the report skips the engine.
 */
export type GatheredReturn = {
  sources: ReturnSources;
  /** The financial year the hand-entered figures come from; null for a range over two years. */
  handEnteredYear: string | null;
  clients: ClientRow[] | undefined;
};

export type GatherOptions = {
  /** Rows for a `{{#clients}}` row: needs the pseudonym secret. */
  clientRows: { secret: Uint8Array; identifiable: boolean } | null;
};

export function gatherReturn(reader: DatabaseReader, period: Period, asOf: IsoDate, options: GatherOptions): GatheredReturn {
  return reader.raw.snapshot(() => {
    const { input, handEnteredYear } = readDatabaseReportInput(reader, period, asOf);
    const settings = readServiceSettings(reader.db);
    let metrics: Record<MetricId, PublicMetric> | undefined;
    const sources: ReturnSources = {
      report: {
        period: { start: period.start, end: period.end, as_of: asOf, label: period.label },
        get metrics() {
          return (metrics ??= toPublicMetrics(computeReport(input, period, asOf)).metrics);
        },
      },
      service: { name: settings.serviceName, manager: settings.managerName.trim() === '' ? null : settings.managerName },
      handEntered: handEnteredYear ? readHandEntered(reader.db, handEnteredYear) : [],
      sainsburyC: latestFinalSainsburyC(reader),
    };
    const rows = options.clientRows;
    const clients = rows
      ? clientExtractRows(input, period, asOf, (id) => pseudonymFor(rows.secret, id), readClientExtractDetails(reader.raw, rows.identifiable))
      : undefined;
    return { sources, handEnteredYear, clients };
  });
}
