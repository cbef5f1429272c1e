import { QueryClient } from '@tanstack/react-query';
import type { IpcError } from '../../../shared/ipc/result';

/** A refused or failed call, thrown inside query and mutation functions; `error` is the IpcError as sent. */
export class IpcFailure extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'IpcFailure';
  }
}

/**
 * The cache of one unlocked session (session.tsx makes a new one at every lock). Answers come from a local
 * database, so a failure is an answer (locked, not found), not a flaky network: nothing is retried. What is
 * cached is current, because every write refetches or drops what it affects (invalidation.ts); the minute
 * of staleness only covers what changes by itself, such as "today" in the caseload and the reports.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 60_000, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
