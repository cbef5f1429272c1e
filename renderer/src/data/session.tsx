import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { hrefFor } from '../app/routes';
import { onMainEvent } from '../ipc';
import { createQueryClient } from './query-client';

interface Session {
  id: number;
  client: QueryClient;
}

interface SessionMemory {
  /** The service name is inside the encrypted database: remembered from the last unlock for the lock screen. */
  knownServiceName: string | undefined;
  rememberServiceName(name: string): void;
}

const SessionContext = createContext<SessionMemory>({ knownServiceName: undefined, rememberServiceName: () => undefined });

export function useSessionMemory(): SessionMemory {
  return useContext(SessionContext);
}

function firstSession(): Session {
  return { id: 0, client: createQueryClient() };
}

/** Drops every answer the old session cached and starts an empty one (idempotent, so safe as an updater). */
function nextSession(old: Session): Session {
  old.client.clear();
  return { id: old.id + 1, client: createQueryClient() };
}

/**
 * Everything the renderer holds about the team's records lives under here, for one unlocked session. The
 * renderer's one handler of `vault.locked` (the Lock button, idle minutes, the computer locking or sleeping)
 * ends it: the query cache is emptied and replaced, and every screen below is mounted afresh, so no record,
 * recovery key, selected row or half-typed form survives; the address goes back to the caseload, and the
 * app, reading the vault's status again, shows the unlock screen.
 */
export function SessionRoot({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(firstSession);
  const [knownServiceName, setKnownServiceName] = useState<string | undefined>(undefined);

  useEffect(
    () =>
      onMainEvent('vault.locked', () => {
        window.location.replace(hrefFor({ screen: 'caseload' }));
        setSession(nextSession);
      }),
    [],
  );

  const rememberServiceName = useCallback((name: string) => setKnownServiceName(name), []);
  const memory = useMemo(() => ({ knownServiceName, rememberServiceName }), [knownServiceName, rememberServiceName]);
  return (
    <SessionContext.Provider value={memory}>
      <QueryClientProvider client={session.client} key={session.id}>
        {children}
      </QueryClientProvider>
    </SessionContext.Provider>
  );
}
