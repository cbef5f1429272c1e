import { verifyAuditChain } from '../../db/audit-chain';
import { auditFilterChoices, listAuditEntries } from '../../db/repositories/audit-repository';
import type { Handlers } from '../../shared/ipc/contract';
import type { ServiceContext } from './service-context';

/** The audit trail's viewer and its tamper check (the manager's, in Settings; the CLI's `audit-verify`). */
export function createAuditHandlers(context: ServiceContext): Pick<Handlers, 'audit.list' | 'audit.verify'> {
  return {
    'audit.list': (input) => context.read(({ raw }) => ({ ...listAuditEntries(raw, input), ...auditFilterChoices(raw) })),
    'audit.verify': () =>
      context.read(({ raw }) => {
        const check = verifyAuditChain(raw);
        return { ok: check.ok, entries: check.entries, firstBroken: check.ok ? null : check.firstBroken };
      }),
  };
}
