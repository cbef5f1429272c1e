/**
 * "My caseload": the specialist a user last chose on the caseload, kept on this computer for that user, so
 * the caseload opens on their own clients every time (IPS supervisors and specialists review it weekly).
 * Only a staff name is kept outside the encrypted database: never a client's details or a search.
 */

const KEY_PREFIX = 'ipsdesk.caseload.specialist.';

function keyFor(user: string): string {
  return `${KEY_PREFIX}${user}`;
}

export function rememberedSpecialist(user: string | undefined): string {
  if (!user) return '';
  try {
    return window.localStorage.getItem(keyFor(user)) ?? '';
  } catch {
    return '';
  }
}

export function rememberSpecialist(user: string | undefined, specialist: string): void {
  if (!user) return;
  try {
    if (specialist) window.localStorage.setItem(keyFor(user), specialist);
    else window.localStorage.removeItem(keyFor(user));
  } catch {
    // Storage refused (private mode, full): the choice lasts for this session only.
  }
}
