import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { BRIDGE_MISSING_MESSAGE, call } from '../ipc';
import { FRESH_ON_EVERY_VIEW, INVALIDATES, type MutationChannel, type QueryChannel } from './invalidation';
import { IpcFailure } from './query-client';

/** Cached answers are keyed by channel, then input: invalidating a channel reaches every input of it. */
export function ipcQueryKey<C extends QueryChannel>(channel: C, input: ChannelInput<C>) {
  return [channel, input] as const;
}

async function callOrThrow<C extends QueryChannel | MutationChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new IpcFailure(result.error);
  return result.data;
}

/** Options for one read, for useQueries (several clients' records at once) as well as useIpcQuery. */
export function ipcQueryOptions<C extends QueryChannel>(channel: C, input: ChannelInput<C>) {
  return {
    queryKey: ipcQueryKey(channel, input),
    queryFn: () => callOrThrow(channel, input),
    ...(FRESH_ON_EVERY_VIEW.has(channel) ? { staleTime: 0 } : {}),
  };
}

interface QueryOptions<C extends QueryChannel, T> {
  enabled?: boolean;
  /** Derives what the screen needs (a sorted list, a lookup map) from the cached answer. */
  select?: (data: ChannelOutput<C>) => T;
  /** While a new input (another period) is read, keep showing the answer to the last one. */
  keepPrevious?: boolean;
}

/** Reads one channel through the session's cache. `error.message` is the service's own message. */
export function useIpcQuery<C extends QueryChannel, T = ChannelOutput<C>>(channel: C, input: ChannelInput<C>, options: QueryOptions<C, T> = {}) {
  const { keepPrevious, ...rest } = options;
  return useQuery({ ...ipcQueryOptions(channel, input), ...rest, ...(keepPrevious ? { placeholderData: keepPreviousData } : {}) });
}

/** Refetches what a screen shows and drops the rest, for each read channel a write affects. */
export async function invalidateAfter(client: QueryClient, channel: MutationChannel): Promise<void> {
  const affected: readonly QueryChannel[] = INVALIDATES[channel];
  await Promise.all(
    affected.map(async (read) => {
      client.removeQueries({ queryKey: [read], type: 'inactive' });
      await client.invalidateQueries({ queryKey: [read] });
    }),
  );
}

export interface IpcMutation<C extends MutationChannel> {
  /** Calls the channel; resolves once what it changed has been read again. Never throws. */
  run(input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** True while a call is in flight, so forms can disable their submit button. */
  pending: boolean;
  /** The last refusal, cleared when the next call starts. */
  error: IpcError | null;
  reset(): void;
}

interface MutationOptions<C extends MutationChannel> {
  /** Runs before the affected reads are refetched (set-up hands its recovery key over here). */
  onSuccess?(data: ChannelOutput<C>, input: ChannelInput<C>): void;
}

/** A channel that writes (or must not be cached), with the invalidation its row of INVALIDATES asks for. */
export function useIpcMutation<C extends MutationChannel>(channel: C, options: MutationOptions<C> = {}): IpcMutation<C> {
  const client = useQueryClient();
  const mutation = useMutation<ChannelOutput<C>, IpcFailure, ChannelInput<C>>({
    mutationFn: (input) => callOrThrow(channel, input),
    onSuccess: async (data, input) => {
      options.onSuccess?.(data, input);
      await invalidateAfter(client, channel);
    },
  });
  const { mutateAsync } = mutation;
  const run = useCallback(
    async (input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> => {
      try {
        return { ok: true, data: await mutateAsync(input) };
      } catch (failure) {
        const error: IpcError = failure instanceof IpcFailure ? failure.error : { code: 'internal', message: BRIDGE_MISSING_MESSAGE };
        return { ok: false, error };
      }
    },
    [mutateAsync],
  );
  return { run, pending: mutation.isPending, error: mutation.error?.error ?? null, reset: mutation.reset };
}
