import { channelAccess } from '../../../shared/ipc/access';
import type { ChannelName } from '../../../shared/ipc/contract';
import { roleAtLeast, type Role } from '../../../shared/roles';
import { useIpcQuery } from './ipc-query';

/**
 * Whether someone with `role` may call `channel`, from the one table the router enforces (shared/ipc/access.ts),
 * so a screen never offers what the service would refuse. Nobody signed in may call only public channels.
 */
export function roleMayCall(role: Role | undefined, channel: ChannelName): boolean {
  const needed = channelAccess[channel];
  if (needed === 'public') return true;
  return role !== undefined && roleAtLeast(role, needed);
}

/** The signed-in user's role (undefined while it is read, or when nobody is signed in). */
export function useCurrentRole(): Role | undefined {
  return useIpcQuery('vault.status', {}, { select: (status) => status.currentRole }).data;
}

/** Whether the signed-in user may call `channel`: hide or disable what they may not. */
export function useMayCall(channel: ChannelName): boolean {
  return roleMayCall(useCurrentRole(), channel);
}
