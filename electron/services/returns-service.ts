import type { Handlers } from '../../shared/ipc/contract';
import { exportReturn, type ExportOutcome } from './returns/return-export';
import { exportHistoryRows, repeatExport } from './returns/return-history';
import { previewReturn } from './returns/return-preview';
import { templateView } from './returns/template-scan';
import { infoOf, listReturnTemplates, readTemplate } from './returns/template-source';
import { loadTemplate, removeTemplate, saveMapping } from './returns/template-store';
import type { ServiceContext } from './service-context';

export { exportReturn, type ExportOutcome, type ExportSpec } from './returns/return-export';
export { repeatExport } from './returns/return-history';

type ReturnChannel =
  | 'returns.templates'
  | 'returns.loadTemplate'
  | 'returns.openTemplate'
  | 'returns.saveMapping'
  | 'returns.deleteTemplate'
  | 'returns.preview'
  | 'returns.export'
  | 'returns.history'
  | 'returns.repeat';

const wire = (outcome: ExportOutcome) => ({
  historyId: outcome.historyId,
  fileName: outcome.fileName,
  base64: outcome.bytes.toString('base64'),
  sha256: outcome.sha256,
  warnings: outcome.warnings,
});

/**
 * The Returns half of the IPC contract (issue 8 point 5). Reads: the template list, a template's scan, the
 * preview, the history. Writes, each one audited write: loading a new template, saving a mapping, removing a
 * template, and an export (with its history row).
 */
export function createReturnHandlers(context: ServiceContext): Pick<Handlers, ReturnChannel> {
  return {
    'returns.templates': () => context.read(({ db }) => listReturnTemplates(db)),
    'returns.loadTemplate': (input, caller) => loadTemplate(context, caller, input.fileName, Buffer.from(input.base64, 'base64')),
    'returns.openTemplate': (input) => {
      const template = context.read(({ db }) => readTemplate(db, input.template));
      return templateView(template, context.read(({ db }) => infoOf(db, template)), true);
    },
    'returns.saveMapping': (input, caller) => saveMapping(context, caller, input.templateId, input.mapping),
    'returns.deleteTemplate': (input, caller) => removeTemplate(context, caller, input.templateId),
    'returns.preview': (input) => previewReturn(context, { ...input, asOf: input.asOf ?? context.today() }),
    'returns.export': (input, caller) => {
      const template = context.read(({ db }) => readTemplate(db, input.template));
      return wire(
        exportReturn(context, caller, {
          template: { kind: 'ready', template },
          periodText: input.period,
          asOf: input.asOf ?? context.today(),
          identifiable: input.identifiable,
        }),
      );
    },
    'returns.history': (input) => ({ rows: context.read(({ db }) => exportHistoryRows(db, input.limit)) }),
    'returns.repeat': (input, caller) => {
      const outcome = repeatExport(context, caller, input.historyId);
      return { ...wire(outcome), repeatOf: outcome.repeatOf, sameOutput: outcome.sameOutput };
    },
  };
}
