import { roleAtLeast, type Role } from '../../../shared/roles';
import { useIpcQuery } from './ipc-query';

/**
 * Whether the signed-in user's role allows an action (shared/ipc/access.ts decides; the router enforces it),
 * so a screen offers only what will not be refused.
 */
export function useRoleAtLeast(needed: Role): boolean {
  const { data } = useIpcQuery('vault.status', {});
  return data?.currentRole !== undefined && roleAtLeast(data.currentRole, needed);
}
