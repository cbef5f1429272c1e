import ExcelJS from 'exceljs';
import { audited } from '../../../db/audited-write';
import { writeHandEntered } from '../../../db/repositories/report-hand-entered';
import { createRouter } from '../../../electron/ipc/router';
import { createAppHandlers } from '../../../electron/services/app-handlers';
import { generateDemoData, type DemoData } from '../../../electron/services/demo';
import { createVaultService } from '../../../electron/services/vault-service';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/ipc/contract';
import type { IpcError } from '../../../shared/ipc/result';
import type { Caller } from '../../../shared/roles';
import { insertDemoData } from '../../db/demo-database';
import { TEST_SCRYPT_COST } from '../../db/helpers';

export const TODAY = '2026-01-15';
export const MANAGER = 'Ann Manager';
const APP_PAGE = 'app://ipsdesk/index.html';

/**
 * Test helper: a real team database with a year of demo data and Sainsbury A1 entered for 2025-26, unlocked
 * for the manager, behind the real router with every app handler and output checking on. `actAs` makes the
 * next calls come from someone else (a specialist), as the router would pass them.
 */
export async function openReturnsApp(dataDir: string, options: { clients?: number } = {}) {
  const vault = createVaultService({ dataDir, scryptCost: TEST_SCRYPT_COST });
  await vault.setup({ serviceName: 'Northfield IPS', managerName: MANAGER, passphrase: 'river stone meadow 7' });
  const data: DemoData = generateDemoData({ clients: options.clients ?? 80, seed: 11, today: TODAY, financialYears: 2 });
  const ids = vault.write(vault.caller()!, ({ db, raw }) => {
    const map = insertDemoData(raw, data);
    writeHandEntered(db, '2025-26', [{ key: 'a1', value: 74.6, source: 'Annual Population Survey', year: '2024' }]);
    return audited(map, { action: 'test.seed' });
  });
  let caller: Caller | null = null;
  const logged: unknown[][] = [];
  const router = createRouter(createAppHandlers(vault, { today: () => TODAY }), {
    isTrustedSender: (url) => url === APP_PAGE,
    caller: () => caller ?? vault.caller(),
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
    if (result.ok) throw new Error(`${channel} was expected to fail but returned ${JSON.stringify(result.data).slice(0, 300)}`);
    return result.error;
  }

  const count = (sql: string) => vault.reader().raw.prepare(sql).pluck().get() as number;
  /** What a refused call must leave as it was. */
  const state = () => ({
    templates: count('SELECT count(*) FROM return_templates'),
    exports: count('SELECT count(*) FROM export_history'),
    audit: count('SELECT count(*) FROM audit_log'),
    secrets: count(`SELECT count(*) FROM database_meta WHERE key = 'pseudonym_secret'`),
  });

  return { vault, data, ids, call, fail, state, logged, actAs: (who: Caller | null) => (caller = who), close: () => vault.close() };
}

export type ReturnsApp = Awaited<ReturnType<typeof openReturnsApp>>;

/** The cells of an exported workbook as values (numbers, text, dates), read back with exceljs. */
export async function readWorkbook(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}
