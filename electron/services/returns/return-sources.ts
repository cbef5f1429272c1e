import type { DatabaseReader } from '../../../db/access';
import { readHandEntered } from '../../../db/repositories/report-hand-entered';
import { withExtractFields } from '../../../db/repositories/return-extract-fields';
import { readServiceSettings } from '../../../db/repositories/settings-repository';
import type { IsoDate } from '../../../shared/dates';
import { toPublicMetrics } from '../../../shared/outcomes';
import type { Period } from '../../../shared/period';
import { clientExtractRows, type ClientRow, type ReturnSources } from '../../../shared/returns';
import { pseudonymFor } from '../../xlsx/template';
import { runDatabaseReportWithInput } from '../report-run';
import { latestFinalSainsburyC } from './sainsbury-c-source';

/**
 * Everything a return is filled from, read from one consistent state of the database: the report of the
 * period (the same engine as the Reports screen), the service's name and manager (Settings), the hand-entered
 * Sainsbury figures of the period's financial year, section C from the latest final review, and, for a
 * client-level return, one row per client with its pseudonym.
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
    const { report, handEnteredYear, input } = runDatabaseReportWithInput(reader, period, asOf);
    const settings = readServiceSettings(reader.db);
    const sources: ReturnSources = {
      report: { period: { ...report.period, label: period.label }, metrics: toPublicMetrics(report).metrics },
      service: { name: settings.serviceName, manager: settings.managerName.trim() === '' ? null : settings.managerName },
      handEntered: handEnteredYear ? readHandEntered(reader.db, handEnteredYear) : [],
      sainsburyC: latestFinalSainsburyC(reader),
    };
    const rows = options.clientRows;
    const clients = rows
      ? clientExtractRows({ ...input, ...withExtractFields(reader.raw, input, rows.identifiable) }, period, asOf, (id) => pseudonymFor(rows.secret, id))
      : undefined;
    return { sources, handEnteredYear, clients };
  });
}
