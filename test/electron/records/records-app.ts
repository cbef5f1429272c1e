import { createRouter } from '../../../electron/ipc/router';
import { createAppHandlers, type AppHandlerOptions } from '../../../electron/services/app-handlers';
import { createVaultService } from '../../../electron/services/vault-service';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import { TEST_SCRYPT_COST } from '../../db/helpers';

export const TODAY = '2026-01-15';
const APP_PAGE = 'app://ipsdesk/index.html';

/**
 * Test helper: a real team database (encrypted, migrated) unlocked for "Ann Manager", behind the real router
 * with every app handler and output checking on, exactly as the app calls it.
 */
export async function openRecordsApp(dataDir: string, today = TODAY, options: Omit<AppHandlerOptions, 'today'> = {}) {
  const vault = createVaultService({ dataDir, scryptCost: TEST_SCRYPT_COST });
  await vault.setup({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', passphrase: 'river stone meadow 7' });
  const logged: unknown[][] = [];
  const router = createRouter(createAppHandlers(vault, { ...options, today: () => today }), {
    isTrustedSender: (url) => url === APP_PAGE,
    caller: vault.caller,
    validateOutput: true,
    log: (...args) => logged.push(args),
  });

  async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await router.dispatch(channel, input, APP_PAGE);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)} ${JSON.stringify(logged)}`);
    return result.data as ChannelOutput<C>;
  }

  async function fail<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcError> {
    const result = await router.dispatch(channel, input, APP_PAGE);
    if (result.ok) throw new Error(`${channel} was expected to fail but returned ${JSON.stringify(result.data)}`);
    return result.error;
  }

  /** Rows in each record table, to prove a refused call wrote nothing. */
  function rowCounts(): Record<string, number> {
    const { raw } = vault.reader();
    const tables = ['clients', 'jobs', 'contacts', 'activities', 'wellbeing', 'staff', 'audit_log'];
    return Object.fromEntries(tables.map((t) => [t, raw.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
  }

  function auditActions(): string[] {
    const { raw } = vault.reader();
    return raw.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all() as string[];
  }

  return { vault, call, fail, rowCounts, auditActions, logged, close: () => vault.close() };
}

export type RecordsApp = Awaited<ReturnType<typeof openRecordsApp>>;
