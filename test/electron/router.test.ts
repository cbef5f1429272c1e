import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INTERNAL_ERROR_MESSAGE, createRouter, type RouterLog } from '../../electron/ipc/router';
import { ServiceError } from '../../electron/services/service-error';
import { channelNames, channels, type ChannelName, type Handlers } from '../../shared/ipc/contract';
import { ipcErrorSchema, type IpcResult } from '../../shared/ipc/result';
import { channelAccess } from '../../shared/ipc/access';
import { ROLES, roleAtLeast, type Caller } from '../../shared/roles';

const TRUSTED = 'app://ipsdesk/index.html';
const isTrustedSender = (url: string) => url === TRUSTED;

type Call = { channel: ChannelName; input: unknown };

/**
 * A handler for every channel (so new channels are covered automatically) that refuses to run on input
 * its channel's schema would reject: if the router ever let bad input through, the test sees `internal`.
 */
function guardedHandlers(calls: Call[], result: (channel: ChannelName) => unknown = () => ({})): Handlers {
  const entries = channelNames.map((channel) => [
    channel,
    (input: unknown) => {
      if (!channels[channel].input.safeParse(input).success) {
        throw new Error(`handler for ${channel} was called with invalid input`);
      }
      calls.push({ channel, input });
      return result(channel);
    },
  ]);
  return Object.fromEntries(entries) as unknown as Handlers;
}

/** The same implementation for every channel. */
function everyChannel(implementation: (input: unknown) => unknown): Handlers {
  return Object.fromEntries(channelNames.map((channel) => [channel, implementation])) as unknown as Handlers;
}

const MANAGER: Caller = { user: 'Ann Manager', role: 'manager' };

function quietRouter(handlers: Handlers, extra: { validateOutput?: boolean; caller?: () => Caller | null } = {}) {
  const logged: unknown[][] = [];
  const log: RouterLog = (...args) => logged.push(args);
  return { ...createRouter(handlers, { isTrustedSender, log, caller: () => MANAGER, ...extra }), logged };
}

/** The keys of a channel's object schema (every channel's input is an object: see the contract test below). */
function shapeKeys(channel: ChannelName): string[] {
  const schema = channels[channel].input as unknown as z.ZodObject;
  return Object.keys(schema.shape);
}

/** For each field, a value of the wrong type for that field. */
function wrongTypes(channel: ChannelName): Record<string, unknown> {
  const schema = channels[channel].input as unknown as z.ZodObject;
  const candidates: unknown[] = [42, 'x', true, null, [], {}];
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    out[key] = candidates.find((value) => !field.safeParse(value).success);
  }
  return out;
}

function hugeStrings(channel: ChannelName): Record<string, unknown> {
  const huge = 'A'.repeat(2_000_000);
  return Object.fromEntries(shapeKeys(channel).map((key) => [key, huge]));
}

const pollutingInputs = (): Array<[string, unknown]> => [
  ['__proto__ key', JSON.parse('{"__proto__": {"polluted": "yes"}}')],
  ['constructor.prototype key', JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}')],
  ['__proto__ with an array', JSON.parse('{"__proto__": ["polluted"]}')],
];

function malformedInputs(channel: ChannelName): Array<[string, unknown]> {
  return [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'x'],
    ['an array', []],
    ['an array of objects', [{}, {}]],
    ['a function-free class instance', new Date(0)],
    ['an empty object', {}],
    ['fields of the wrong type', wrongTypes(channel)],
    ['fields holding 2 MB strings', hugeStrings(channel)],
    ...pollutingInputs(),
  ];
}

function expectValidationFailure(result: IpcResult<unknown>) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(ipcErrorSchema.safeParse(result.error).success).toBe(true);
  expect(result.error.code).toBe('invalid_input');
  expect(result.error.issues?.length).toBeGreaterThan(0);
  const first = result.error.issues![0]!;
  const field = first.path.length > 0 ? first.path.join('.') : 'Input';
  expect(result.error.message.startsWith(`${field}: `)).toBe(true);
  // Nothing the caller sent is echoed back in bulk.
  expect(JSON.stringify(result.error).length).toBeLessThan(20_000);
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('the IPC contract', () => {
  it('has at least one channel, and every channel takes an object input', () => {
    expect(channelNames.length).toBeGreaterThan(0);
    for (const channel of channelNames) {
      expect(channels[channel].input, channel).toBeInstanceOf(z.ZodObject);
    }
  });
});

describe.each(channelNames)('router: malformed input on %s', (channel) => {
  it.each(malformedInputs(channel))('answers %s with a clean result and never throws', async (_label, input) => {
    const calls: Call[] = [];
    const { dispatch, logged } = quietRouter(guardedHandlers(calls));
    const acceptedBySchema = channels[channel].input.safeParse(input).success;

    const result = await dispatch(channel, input, TRUSTED);

    if (acceptedBySchema) {
      expect(result).toEqual({ ok: true, data: {} });
      expect(calls).toHaveLength(1);
      const received = calls[0]!.input as object;
      expect(Object.getPrototypeOf(received)).toBe(Object.prototype);
      expect(Object.keys(received).sort()).toEqual(Object.keys(received).filter((k) => shapeKeys(channel).includes(k)).sort());
    } else {
      expectValidationFailure(result);
      expect(calls).toHaveLength(0);
    }
    expect(logged).toHaveLength(0);
  });

  it('rejects every non-object input (primitives, arrays, null)', async () => {
    const calls: Call[] = [];
    const { dispatch } = quietRouter(guardedHandlers(calls));
    for (const input of [undefined, null, 0, 42, '', 'x', true, [], [1, 2]]) {
      expectValidationFailure(await dispatch(channel, input, TRUSTED));
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses the call from an untrusted sender before looking at the input', async () => {
    const calls: Call[] = [];
    const { dispatch } = quietRouter(guardedHandlers(calls));
    for (const sender of ['http://localhost:5173/', 'file:///C:/evil.html', 'app://evil/index.html', '', 'about:blank']) {
      const result = await dispatch(channel, {}, sender);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(calls).toHaveLength(0);
  });
});

describe('router', () => {
  const firstChannel = channelNames[0]!;
  // Handler-behaviour tests need a channel whose input can be empty (vault.status today).
  const emptyInputChannel = channelNames.find((c) => channels[c].input.safeParse({}).success)!;

  it('has a channel that accepts an empty input, for the handler-behaviour tests below', () => {
    expect(emptyInputChannel).toBeDefined();
  });

  it('rejects unknown and non-string channel names', async () => {
    const calls: Call[] = [];
    const { dispatch } = quietRouter(guardedHandlers(calls));
    for (const channel of ['nope', 'vault.status ', '__proto__', 'constructor', 'toString', 42, null, undefined, {}, 'x'.repeat(100_000)]) {
      const result = await dispatch(channel, {}, TRUSTED);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
    }
    expect(calls).toHaveLength(0);
  });

  it('treats a missing or broken sender check as forbidden', async () => {
    const handlers = guardedHandlers([]);
    const throwing = createRouter(handlers, {
      isTrustedSender: () => {
        throw new Error('boom');
      },
      caller: () => MANAGER,
      log: () => {},
    });
    expect(await throwing.dispatch(firstChannel, {}, TRUSTED)).toMatchObject({ ok: false, error: { code: 'internal' } });
    const { dispatch } = quietRouter(handlers);
    expect(await dispatch(firstChannel, {}, undefined as unknown as string)).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });

  it('maps a ServiceError to its code, message, issues and retryAfterMs', async () => {
    const issues = [{ path: ['passphrase'], message: 'Wrong passphrase' }];
    const handlers = everyChannel(() => {
      throw new ServiceError('throttled', 'Too many attempts. Try again in 30 seconds.', { issues, retryAfterMs: 30_000 });
    });
    const { dispatch, logged } = quietRouter(handlers);
    const result = await dispatch(emptyInputChannel, {}, TRUSTED);
    expect(result).toEqual({
      ok: false,
      error: { code: 'throttled', message: 'Too many attempts. Try again in 30 seconds.', issues, retryAfterMs: 30_000 },
    });
    expect(logged).toHaveLength(0);
  });

  it('leaves issues and retryAfterMs out when a ServiceError has none', async () => {
    const handlers = everyChannel(async () => {
      throw new ServiceError('locked', 'Unlock IPS Desk first.');
    });
    const { dispatch } = quietRouter(handlers);
    const result = await dispatch(emptyInputChannel, {}, TRUSTED);
    expect(result).toEqual({ ok: false, error: { code: 'locked', message: 'Unlock IPS Desk first.' } });
    expect(Object.keys((result as { error: object }).error)).toEqual(['code', 'message']);
  });

  it('hides unexpected errors behind a generic message, logs them, and never sends a stack', async () => {
    const secret = new Error('SQLITE_CORRUPT at /home/user/secret/path.db');
    const throwers: Array<() => unknown> = [
      () => {
        throw secret;
      },
      async () => Promise.reject(secret),
      () => {
        throw 'a string, not an Error';
      },
      () => {
        throw null;
      },
    ];
    for (const thrower of throwers) {
      const handlers = everyChannel(thrower);
      const { dispatch, logged } = quietRouter(handlers);
      const result = await dispatch(emptyInputChannel, {}, TRUSTED);
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
      expect(JSON.stringify(result)).not.toMatch(/SQLITE|secret|stack|at /);
      expect(logged).toHaveLength(1);
    }
  });

  it('survives a logger that throws', async () => {
    const handlers = everyChannel(() => {
      throw new Error('bug');
    });
    const { dispatch } = createRouter(handlers, {
      isTrustedSender,
      caller: () => MANAGER,
      log: () => {
        throw new Error('log is broken');
      },
    });
    const result = await dispatch(emptyInputChannel, {}, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('reports a channel without a handler as internal, not as a crash', async () => {
    const { dispatch, logged } = quietRouter({} as Handlers);
    const result = await dispatch(emptyInputChannel, {}, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
  });

  it('with validateOutput, answers output that breaks the contract as internal, and strips fields the contract does not name', async () => {
    const status = { state: 'locked', users: ['Ann Manager'], mustSetPassphrase: false };
    const bad = quietRouter(everyChannel(() => ({ ...status, state: 42 })), { validateOutput: true });
    expect(await bad.dispatch('vault.status', {}, TRUSTED)).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
    expect(bad.logged).toHaveLength(1);
    // A field the contract does not name (a passphrase kept by mistake, say) never reaches the page.
    const leaky = quietRouter(everyChannel(() => ({ ...status, passphrase: 'river stone meadow 7' })), { validateOutput: true });
    expect(await leaky.dispatch('vault.status', {}, TRUSTED)).toEqual({ ok: true, data: status });
    expect(leaky.logged).toEqual([]);
    // Without validation the router passes the handler's data through untouched.
    const loose = quietRouter(everyChannel(() => ({ anything: 1 })));
    expect(await loose.dispatch('vault.status', {}, TRUSTED)).toEqual({ ok: true, data: { anything: 1 } });
  });

  it('passes the parsed (trimmed, defaulted) input to the handler, not the raw one', async () => {
    const calls: Call[] = [];
    const { dispatch } = quietRouter(guardedHandlers(calls));
    await dispatch(emptyInputChannel, { extra: 'stripped', __proto__: { polluted: 'yes' } }, TRUSTED);
    expect(calls[0]!.input).toEqual({});
  });
});

describe('router: who may call what', () => {
  const callers: Array<[string, Caller | null]> = [['nobody (locked)', null], ...ROLES.map((role): [string, Caller] => [role, { user: `A ${role}`, role }])];

  /** An input each channel's schema accepts, found among a few shapes, so the role check is what decides. */
  function acceptedInput(channel: ChannelName): unknown {
    return channels[channel].input.safeParse({}).success ? {} : undefined;
  }

  it.each(channelNames)('%s: runs for exactly the roles channelAccess allows, and hands the handler its caller', async (channel) => {
    const needed = channelAccess[channel];
    for (const [label, caller] of callers) {
      const seen: Array<Caller | null> = [];
      const handlers = everyChannel(((_input: unknown, who: Caller | null) => {
        seen.push(who);
        return {};
      }) as (input: unknown) => unknown);
      const { dispatch } = quietRouter(handlers, { caller: () => caller });
      const result = await dispatch(channel, acceptedInput(channel) ?? {}, TRUSTED);
      const allowed = needed === 'public' || (caller !== null && roleAtLeast(caller.role, needed));
      if (allowed) {
        // Refused only by its own input schema (some channels need fields), never by the role check.
        if (!result.ok) expect(result.error.code, `${channel} as ${label}`).toBe('invalid_input');
        else expect(seen, `${channel} as ${label}`).toEqual([caller]);
      } else {
        expect(result, `${channel} as ${label}`).toMatchObject({ ok: false, error: { code: caller === null ? 'locked' : 'forbidden' } });
        expect(seen).toEqual([]);
      }
    }
  });

  it('checks the role before it looks at the input', async () => {
    const viewer: Caller = { user: 'Vic', role: 'viewer' };
    const { dispatch } = quietRouter(guardedHandlers([]), { caller: () => viewer });
    const result = await dispatch('staff.delete', { id: 'not even a uuid' }, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('needs a manager') } });
  });
});

describe('router: clipping what a service sends back', () => {
  it('keeps at most 50 issues (saying how many more) and 500 characters of any message', async () => {
    const issues = Array.from({ length: 5_000 }, (_, i) => ({ path: ['Clients', i], message: `row ${i}: ${'x'.repeat(5_000)}` }));
    const handlers = everyChannel(() => {
      throw new ServiceError('invalid_input', 'y'.repeat(100_000), { issues });
    });
    const { dispatch } = quietRouter(handlers);
    const result = await dispatch('vault.status', {}, TRUSTED);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.message.length).toBeLessThanOrEqual(501);
    expect(result.error.issues).toHaveLength(51);
    expect(result.error.issues![50]).toEqual({ path: [], message: '4,950 more problems not listed' });
    expect(result.error.issues!.every((issue) => issue.message.length <= 501)).toBe(true);
    expect(JSON.stringify(result).length).toBeLessThan(40_000);
  });
});
