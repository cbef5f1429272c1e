import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_ROUTE, hrefFor } from '../app/routes';
import { noteLock } from '../app/lock-notice';
import { discardUnsavedChanges, unsavedFormNames } from '../app/unsaved-changes';
import { onMainEvent } from '../ipc';
import { createQueryClient } from './query-client';

interface Session {
  id: number;
  client: QueryClient;
  /** How screens were left (the caseload's search, filters, sort and page), so coming back finds them as they were. */
  views: Map<string, unknown>;
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

const ViewStateContext = createContext<Map<string, unknown>>(new Map());

/**
 * Like useState, but the value outlives the screen for the rest of the session (until the vault locks):
 * `key` names it, one per thing kept (`caseload.filter`).
 */
export function useSessionViewState<T>(key: string, initial: T): [T, (value: T) => void] {
  const views = useContext(ViewStateContext);
  const [value, setValue] = useState<T>(() => (views.has(key) ? (views.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      views.set(key, next);
      setValue(next);
    },
    [views, key],
  );
  return [value, set];
}

function firstSession(): Session {
  return { id: 0, client: createQueryClient(), views: new Map() };
}

/** Drops every answer the old session cached and starts an empty one (idempotent, so safe as an updater). */
function nextSession(old: Session): Session {
  old.client.clear();
  old.views.clear();
  return { id: old.id + 1, client: createQueryClient(), views: new Map() };
}

/**
 * Everything the renderer holds about the team's records lives under here, for one unlocked session. The
 * renderer's one handler of `vault.locked` (the Lock button, idle minutes, the computer locking or sleeping)
 * ends it: the query cache is emptied and replaced, and every screen below is mounted afresh, so no record,
 * recovery key, selected row, filter or half-typed form survives; the address goes back to the home screen,
 * and the app, reading the vault's status again, shows the unlock screen.
 */
export function SessionRoot({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(firstSession);
  const [knownServiceName, setKnownServiceName] = useState<string | undefined>(undefined);

  useEffect(
    () =>
      onMainEvent('vault.locked', (event) => {
        // The lock wins over unsaved typing (the Lock button asked first; auto-lock cannot wait for an answer).
        // The typing goes with the session; only the names of the forms it was in are kept, so the unlock
        // screen can say plainly what was lost.
        const discarded = unsavedFormNames();
        discardUnsavedChanges();
        noteLock(event, discarded);
        window.location.replace(hrefFor(DEFAULT_ROUTE));
        setSession(nextSession);
      }),
    [],
  );

  const rememberServiceName = useCallback((name: string) => setKnownServiceName(name), []);
  const memory = useMemo(() => ({ knownServiceName, rememberServiceName }), [knownServiceName, rememberServiceName]);
  return (
    <SessionContext.Provider value={memory}>
      <ViewStateContext.Provider value={session.views}>
        <QueryClientProvider client={session.client} key={session.id}>
          {children}
        </QueryClientProvider>
      </ViewStateContext.Provider>
    </SessionContext.Provider>
  );
}
