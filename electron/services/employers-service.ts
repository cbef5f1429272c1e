import { employerHistory, listEmployers } from '../../db/repositories/employers-repository';
import type { Handlers } from '../../shared/ipc/contract';
import type { ServiceContext } from './service-context';

export function createEmployerHandlers(context: ServiceContext): Pick<Handlers, 'employers.list' | 'employers.history'> {
  return {
    'employers.list': () => ({ employers: context.read(({ raw }) => listEmployers(raw)) }),
    'employers.history': (input) =>
      context.read(({ raw }) =>
        raw.snapshot(() => ({
          employer: listEmployers(raw).find((e) => e.key === input.key) ?? null,
          events: employerHistory(raw, input.key),
        })),
      ),
  };
}
