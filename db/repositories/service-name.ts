import { eq } from 'drizzle-orm';
import { SERVICE_SETTING_KEYS, serviceSettings } from '../schema';
import type { Db } from './db';

/**
 * The service's name as set up, for reports; undefined if none is stored. (The vault reads it for the window
 * title the same way; a settings repository reading every service setting would replace both.)
 */
export function readServiceName(db: Db): string | undefined {
  const row = db.select().from(serviceSettings).where(eq(serviceSettings.key, SERVICE_SETTING_KEYS.serviceName)).get();
  return typeof row?.value === 'string' ? row.value : undefined;
}
