import { audited } from '../../db/audited-write';
import { readServiceSettings } from '../../db/repositories/settings-repository';
import type { Handlers } from '../../shared/ipc/contract';
import { writeTableWorkbook } from '../xlsx/table-write';
import type { ServiceContext } from './service-context';

/**
 * Tables taken away from the screens as xlsx. Taking records away is recorded: the export is an audited
 * write (what table, for which period, how many rows), made in the same transaction that reads the service
 * details the workbook names.
 */
export function createExportHandlers(context: ServiceContext): Pick<Handlers, 'reports.exportTable'> {
  return {
    'reports.exportTable': async (input, caller) => {
      const settings = context.write(caller, ({ db }) =>
        audited(readServiceSettings(db), {
          action: 'report.export',
          entity: 'report',
          details: { title: input.table.title, fileName: input.fileName, period: input.period, rows: input.table.rows.length },
        }),
      );
      const bytes = await writeTableWorkbook(input.table, {
        serviceName: settings.serviceName || 'IPS service',
        managerName: settings.managerName,
        period: input.period,
        exportedAt: context.now(),
        exportedBy: caller.user,
      });
      return { fileName: input.fileName, base64: bytes.toString('base64') };
    },
  };
}
