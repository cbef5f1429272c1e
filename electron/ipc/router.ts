import type { z } from 'zod';
import { channelAccess } from '../../shared/ipc/access';
import { channels, isChannelName, type ChannelName, type Handlers } from '../../shared/ipc/contract';
import { ROLE_IN_WORDS, roleAtLeast, type Caller } from '../../shared/roles';
import type { FieldIssue, IpcError, IpcResult } from '../../shared/ipc/result';
import { busyAsServiceError } from '../services/busy';
import { ServiceError } from '../services/service-error';

export type RouterLog = (message: string, detail?: unknown) => void;

export interface RouterOptions {
  /** True only for the app's own page (see security.ts isTrustedUrl). */
  isTrustedSender(url: string): boolean;
  /** Who is signed in now (the vault's session); null while locked. Checked against channelAccess on every call. */
  caller(): Caller | null;
  /** Where unexpected failures are reported. Never receives the call's input: it may hold passphrases. */
  log?: RouterLog;
  /** Check every handler's result against the channel's output schema (dev and tests: catches contract drift). */
  validateOutput?: boolean;
}

export type Dispatch = (channel: unknown, input: unknown, senderUrl: string) => Promise<IpcResult<unknown>>;

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong. Please try again; if it keeps happening, tell your IT support.';

// Bounds what one bad call can send back to the renderer.
const MAX_ISSUES = 50;
const MAX_MESSAGE_LENGTH = 500;

function fail(code: IpcError['code'], message: string, extra: Omit<IpcError, 'code' | 'message'> = {}): IpcResult<never> {
  const error: IpcError = { code, message };
  if (extra.issues !== undefined) error.issues = extra.issues;
  if (extra.retryAfterMs !== undefined) error.retryAfterMs = extra.retryAfterMs;
  return { ok: false, error };
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

/** A service's own refusal, bounded like the router's: a huge workbook's problem list never floods the page. */
function clipIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  const kept = issues.slice(0, MAX_ISSUES).map((issue) => ({ path: issue.path.slice(0, 10), message: clip(issue.message) }));
  if (issues.length > MAX_ISSUES) {
    const more = issues.length - MAX_ISSUES;
    kept.push({ path: [], message: `${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'} not listed` });
  }
  return kept;
}

/** Why `caller` may not use `channel`, or null when they may. Public channels need nobody signed in. */
function accessProblem(channel: ChannelName, caller: Caller | null): IpcResult<never> | null {
  const needed = channelAccess[channel];
  if (needed === 'public') return null;
  if (!caller) return fail('locked', 'IPS Desk is locked. Unlock it to go on.');
  if (roleAtLeast(caller.role, needed)) return null;
  return fail('forbidden', `You are signed in as ${ROLE_IN_WORDS[caller.role]}, and this needs ${ROLE_IN_WORDS[needed]}. Ask your manager if you need to do it.`);
}

export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => ({
    // zod paths may hold symbols; the wire format only carries strings and numbers.
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: clip(issue.message),
  }));
}

/** "serviceName: Enter the service name" — names the first field so a message alone is still useful. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'Invalid input';
  const field = first.path.length > 0 ? first.path.join('.') : 'Input';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${field}: ${first.message}${more}`;
}

function describeChannel(channel: unknown): string {
  return typeof channel === 'string' ? JSON.stringify(clip(channel).slice(0, 80)) : typeof channel;
}

/**
 * Binds the IPC contract to its handlers. dispatch never throws and never rejects: every outcome,
 * including a bug in a handler, comes back as an IpcResult the renderer can show.
 */
export function createRouter(handlers: Handlers, opts: RouterOptions): { dispatch: Dispatch } {
  const log: RouterLog = opts.log ?? ((message, detail) => console.error(message, detail));

  async function callHandler<C extends ChannelName>(channel: C, input: unknown): Promise<IpcResult<unknown>> {
    const caller = opts.caller();
    const refused = accessProblem(channel, caller);
    if (refused) return refused;
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error.issues);
      return fail('invalid_input', describeIssues(issues), { issues });
    }
    const handler = handlers[channel] as ((input: unknown, caller: Caller | null) => unknown) | undefined;
    if (typeof handler !== 'function') {
      log(`IPC channel ${channel} has no handler`);
      return fail('internal', INTERNAL_ERROR_MESSAGE);
    }
    const data = await handler(parsed.data, caller);
    if (!opts.validateOutput) return { ok: true, data };
    const checked = channels[channel].output.safeParse(data);
    if (!checked.success) {
      log(`IPC channel ${channel} returned data that does not match its output schema`, checked.error.issues);
      return fail('internal', INTERNAL_ERROR_MESSAGE);
    }
    return { ok: true, data: checked.data };
  }

  async function dispatch(channel: unknown, input: unknown, senderUrl: string): Promise<IpcResult<unknown>> {
    try {
      if (typeof senderUrl !== 'string' || !opts.isTrustedSender(senderUrl)) {
        return fail('forbidden_sender', 'This request did not come from IPS Desk and was refused.');
      }
      if (!isChannelName(channel)) {
        return fail('unknown_channel', `Unknown IPC channel ${describeChannel(channel)}.`);
      }
      return await callHandler(channel, input);
    } catch (thrown) {
      // A read that met another process's write lock is "busy", never SQLite's "database is locked".
      const error = busyAsServiceError(thrown);
      if (error instanceof ServiceError) {
        const { issues, retryAfterMs } = error.extra;
        return fail(error.code, clip(error.message), {
          ...(issues ? { issues: clipIssues(issues) } : {}),
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        });
      }
      try {
        log(`IPC channel ${describeChannel(channel)} failed unexpectedly`, error);
      } catch {
        // A broken logger must not turn a handled failure into a rejected promise.
      }
      return fail('internal', INTERNAL_ERROR_MESSAGE);
    }
  }

  return { dispatch };
}
