import { useEffect, useState } from 'react';
import { call } from '../../ipc';

export type ClientEntry = { id: string; name: string };
/** The team's client reference (client_id) → record id and name, for drill-down links. */
export type ClientDirectory = ReadonlyMap<string, ClientEntry>;

export function useClientDirectory(refreshKey: unknown): ClientDirectory {
  const [directory, setDirectory] = useState<ClientDirectory>(new Map());
  useEffect(() => {
    let live = true;
    void call('clients.list', {}).then((result) => {
      if (live && result.ok) setDirectory(new Map(result.data.rows.map((r) => [r.client_id, { id: r.id, name: r.name }])));
    });
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return directory;
}
