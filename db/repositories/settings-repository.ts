import { eq } from 'drizzle-orm';
import { SETTING_DEFAULTS, SETTING_KEYS, serviceSettingsSchema, type ServiceSettings } from '../../shared/settings';
import { serviceSettings } from '../schema';
import type { Db, WriteDb } from './db';

const fields = Object.keys(SETTING_KEYS) as (keyof ServiceSettings)[];

/** Every service setting, each stored value checked by its schema; a missing or bad one reads as its default. */
export function readServiceSettings(db: Db): ServiceSettings {
  const stored = new Map(db.select({ key: serviceSettings.key, value: serviceSettings.value }).from(serviceSettings).all().map((r) => [r.key, r.value]));
  const out = { serviceName: '', ...SETTING_DEFAULTS } as ServiceSettings;
  for (const field of fields) {
    const parsed = serviceSettingsSchema.shape[field].safeParse(stored.get(SETTING_KEYS[field]));
    if (parsed.success) (out as Record<string, unknown>)[field] = parsed.data;
  }
  return out;
}

export function writeServiceSettings(db: WriteDb, changes: Partial<ServiceSettings>): void {
  for (const field of fields) {
    const value = changes[field];
    if (value === undefined) continue;
    const key = SETTING_KEYS[field];
    const updated = db.update(serviceSettings).set({ value }).where(eq(serviceSettings.key, key)).run();
    if (updated.changes === 0) db.insert(serviceSettings).values({ key, value }).run();
  }
}
