import { describe, expect, it } from 'vitest';
import { channelAccess } from '../../shared/ipc/access';
import { whoMayCall } from '../../renderer/src/data/role-words';

describe('who may call a channel, in words', () => {
  it('names every role from the one the table needs upwards', () => {
    expect(channelAccess['returns.export']).toBe('specialist');
    expect(whoMayCall('returns.export')).toBe('an employment specialist or a manager');
    expect(whoMayCall('fidelity.finalise')).toBe('a manager');
    expect(whoMayCall('clients.list')).toBe('a viewer or an employment specialist or a manager');
    expect(whoMayCall('vault.status')).toBe('anyone');
  });
});
