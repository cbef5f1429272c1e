import { useCallback, useEffect, useState } from 'react';
import type { ClientDetail } from '../../../../shared/ipc/records';
import type { IpcError } from '../../../../shared/ipc/result';
import { call } from '../../ipc';

/** One client's record with everything attached; `reload` after any change so every tab agrees. */
export function useClientDetail(id: string) {
  const [detail, setDetail] = useState<ClientDetail | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const reload = useCallback(async () => {
    const result = await call('clients.get', { id });
    if (result.ok) {
      setDetail(result.data);
      setError(null);
    } else setError(result.error);
  }, [id]);
  useEffect(() => {
    setDetail(null);
    void reload();
  }, [reload]);
  return { detail, error, reload };
}
