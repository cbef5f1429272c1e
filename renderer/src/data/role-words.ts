import { channelAccess } from '../../../shared/ipc/access';
import type { ChannelName } from '../../../shared/ipc/contract';
import { ROLE_IN_WORDS, ROLES } from '../../../shared/roles';

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
