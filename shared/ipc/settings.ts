import { z } from 'zod';
import { serviceSettingsSchema } from '../settings';

/** Service details and how the app behaves (Settings › Service). */
export const settingsChannels = {
  'settings.get': { input: z.object({}), output: serviceSettingsSchema },
  /** Changes the fields given; returns them all. */
  'settings.save': { input: serviceSettingsSchema.partial(), output: serviceSettingsSchema },
} as const;
