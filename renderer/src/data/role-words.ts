import { channelAccess } from '../../../shared/ipc/access';
import type { ChannelName } from '../../../shared/ipc/contract';
import { ROLES, type Role } from '../../../shared/roles';

/** A role as a sentence names it: "Signed in as a viewer, …". */
export const ROLE_IN_WORDS: Record<Role, string> = { viewer: 'a viewer', specialist: 'an employment specialist', manager: 'a manager' };

/**
 * Who may call `channel`, in words, from the table the router enforces (shared/ipc/access.ts): "an employment
 * specialist or a manager". Used to say why an action is not offered, so the words never drift from the rule.
 */
export function whoMayCall(channel: ChannelName): string {
  const needed = channelAccess[channel];
  if (needed === 'public') return 'anyone';
  return ROLES.slice(ROLES.indexOf(needed))
    .map((role) => ROLE_IN_WORDS[role])
    .join(' or ');
}
