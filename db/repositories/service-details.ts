import { asc, eq } from 'drizzle-orm';
import { SERVICE_SETTING_KEYS, serviceSettings, users } from '../schema';
import type { Db } from './db';

/** The service's name as set up (Settings), or null. */
export function readServiceName(db: Db): string | null {
  const row = db.select({ value: serviceSettings.value }).from(serviceSettings).where(eq(serviceSettings.key, SERVICE_SETTING_KEYS.serviceName)).get();
  return typeof row?.value === 'string' && row.value.trim() !== '' ? row.value : null;
}

/** The names of the users with the manager role, in name order. */
export function readManagerNames(db: Db): string[] {
  return db.select({ name: users.name }).from(users).where(eq(users.role, 'manager')).orderBy(asc(users.name)).all().map((r) => r.name);
}
