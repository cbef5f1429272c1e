import type { ChannelOutput } from '../../../../shared/ipc/contract';

export type ClientEntry = { id: string; name: string };
/** The team's client reference (client_id) → record id and name, for drill-down links. */
export type ClientDirectory = ReadonlyMap<string, ClientEntry>;

/** A `select` for the cached caseload list (clients.list), so the directory is never read twice. */
export function directoryFrom(list: ChannelOutput<'clients.list'>): ClientDirectory {
  return new Map(list.rows.map((row) => [row.client_id, { id: row.id, name: row.name }]));
}
