import { audited, changedFields } from '../../db/audited-write';
import { readServiceSettings, writeServiceSettings } from '../../db/repositories/settings-repository';
import type { Handlers } from '../../shared/ipc/contract';
import type { ServiceContext } from './service-context';

/** Service details and behaviour settings, kept inside the encrypted database. */
export function createSettingsHandlers(context: ServiceContext, onChange: () => void = () => undefined): Pick<Handlers, 'settings.get' | 'settings.save'> {
  return {
    'settings.get': () => context.read(({ db }) => readServiceSettings(db)),
    'settings.save': (input, caller) => {
      const saved = context.write(caller, ({ db }) => {
        const before = readServiceSettings(db);
        writeServiceSettings(db, input);
        const after = readServiceSettings(db);
        return audited(after, { action: 'settings.update', entity: 'settings', ...changedFields(before, after) });
      });
      onChange();
      return saved;
    },
  };
}
