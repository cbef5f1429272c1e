import { z } from 'zod';

/**
 * Service-wide settings kept in the encrypted database (service_settings: key → JSON value), each with its
 * schema and default here, so the database, the services and the Settings screen agree on them.
 */
export const AUTO_LOCK_MINUTES = { min: 1, max: 60, default: 10 } as const;

/**
 * Retention (issue 10 point 9): clients discharged more than this many whole years ago are anonymised when a
 * manager applies the rule. Six years is the common NHS default for such records; the bounds stop a slip of
 * the keyboard (0, 600) from anonymising everyone at once or keeping records for ever.
 */
export const RETENTION_YEARS = { min: 1, max: 30, default: 6 } as const;

export const serviceSettingsSchema = z.object({
  serviceName: z.string().trim().min(1, 'Enter the service name').max(200, 'Service name is too long'),
  /** As the manager's name should appear on returns and reports (not a user account: renaming one changes no slot). */
  managerName: z.string().trim().max(100, 'Name is too long'),
  /** The referring mental health teams a client can be from (a pick-list, so names never split the figures). */
  teams: z
    .array(z.string().trim().min(1, 'A team needs a name').max(100, 'Team name is too long'))
    .max(200, 'At most 200 teams')
    .refine((list) => new Set(list.map((t) => t.toLocaleLowerCase('en-GB'))).size === list.length, 'Each team is listed once'),
  autoLockMinutes: z
    .number({ error: 'Auto-lock must be a number of minutes' })
    .int('Auto-lock must be a whole number of minutes')
    .min(AUTO_LOCK_MINUTES.min, `Auto-lock must be at least ${AUTO_LOCK_MINUTES.min} minute`)
    .max(AUTO_LOCK_MINUTES.max, `Auto-lock must be at most ${AUTO_LOCK_MINUTES.max} minutes`),
  /** Anonymise clients discharged more than this many years ago (see RETENTION_YEARS). */
  retentionYears: z
    .number({ error: 'Retention must be a number of years' })
    .int('Retention must be a whole number of years')
    .min(RETENTION_YEARS.min, `Retention must be at least ${RETENTION_YEARS.min} year`)
    .max(RETENTION_YEARS.max, `Retention must be at most ${RETENTION_YEARS.max} years`),
});
export type ServiceSettings = z.infer<typeof serviceSettingsSchema>;

export const SETTING_KEYS = {
  serviceName: 'service_name',
  managerName: 'manager_name',
  teams: 'teams',
  autoLockMinutes: 'auto_lock_minutes',
  retentionYears: 'retention_years',
} as const satisfies Record<keyof ServiceSettings, string>;

export const SETTING_DEFAULTS: Omit<ServiceSettings, 'serviceName'> = {
  managerName: '',
  teams: [],
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  retentionYears: RETENTION_YEARS.default,
};
/**
 * The manager's second backup folder (service_settings key), kept apart from serviceSettingsSchema: the
 * backups service checks a folder (it exists, IPS Desk can write to it) before saving it, which a plain
 * settings save would not.
 */
export const BACKUP_COPY_FOLDER_KEY = 'backup_copy_folder';
