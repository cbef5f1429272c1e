import type { ChannelName } from '../../../../shared/ipc/contract';
import type { Role } from '../../../../shared/roles';
import { roleMayCall } from '../../data/permissions';

/**
 * Settings in pages, one per subject, addressed as `#/settings/<page>`. A page that is only the manager's
 * names the channel it is built on, and is listed only for those who may call it (shared/ipc/access.ts).
 */
export const SETTINGS_PAGES = [
  { id: 'service', label: 'Service' },
  { id: 'staff', label: 'Staff and teams' },
  { id: 'security', label: 'Security' },
  { id: 'users', label: 'Users', needs: 'users.list' },
  { id: 'backups', label: 'Backups', needs: 'backups.status' },
  { id: 'retention', label: 'Retention', needs: 'retention.preview' },
  { id: 'audit', label: 'Audit trail', needs: 'audit.list' },
] as const satisfies readonly { id: string; label: string; needs?: ChannelName }[];

export type SettingsPageId = (typeof SETTINGS_PAGES)[number]['id'];
export type SettingsPage = (typeof SETTINGS_PAGES)[number];

export function settingsPagesFor(role: Role | undefined): SettingsPage[] {
  return SETTINGS_PAGES.filter((page) => !('needs' in page) || roleMayCall(role, page.needs));
}

/** The page the address asks for, or the first one this person may see. */
export function settingsPageFor(role: Role | undefined, tab: string | undefined): SettingsPage {
  const pages = settingsPagesFor(role);
  return pages.find((page) => page.id === tab) ?? pages[0]!;
}
