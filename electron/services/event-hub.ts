import type { EventName, EventPayload } from '../../shared/ipc/events';

export type EventSink = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/**
 * Where services announce things the renderer should hear about (`vault.locked`, …). main.ts forwards them
 * to the window through the preload; the e2e harness forwards them to the page as server-sent events.
 */
export interface EventHub {
  emit: EventSink;
  /** Returns a function that stops the subscription. */
  subscribe(listener: (name: EventName, payload: unknown) => void): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  return {
    emit(name, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(name, payload);
        } catch (error) {
          // One broken window or stream must not stop the others hearing, nor fail the lock that emitted it.
          console.error(`[events] a listener for ${name} failed`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
