import { eq } from 'drizzle-orm';
import { SERVICE_SETTING_KEYS, serviceSettings } from '../schema';
import type { Db } from './db';

/** The service's name as set up (shown on reports and the window title); undefined if none is stored. */
export function readServiceName(db: Db): string | undefined {
  const row = db.select().from(serviceSettings).where(eq(serviceSettings.key, SERVICE_SETTING_KEYS.serviceName)).get();
  return typeof row?.value === 'string' ? row.value : undefined;
}
