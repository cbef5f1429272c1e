import { z } from 'zod';

/**
 * Things the main process tells the renderer, declared once like the channels: name → payload schema.
 * Delivered by the preload (Electron IPC) and by the e2e harness (server-sent events) alike.
 */
export const events = {
  /**
   * The database was closed and its key wiped: by the user's Lock button, after idle minutes, or because the
   * computer locked or slept. The renderer clears everything it holds and shows the unlock screen.
   */
  'vault.locked': z.object({ reason: z.enum(['user', 'idle', 'system']) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

export const IPC_EVENT_CHANNEL = 'ipsdesk:event';
