import { z } from 'zod';

/** Why a call failed. The renderer shows `message`; `issues` go beside the fields they name. */
export const errorCodeSchema = z.enum([
  'invalid_input', // the input did not match the channel's schema or a business rule
  'unknown_channel',
  'forbidden_sender', // the call did not come from the app's own page
  'forbidden', // the signed-in user's role may not use this channel
  'needs_setup', // no team database yet
  'already_set_up',
  'locked', // the database must be unlocked first
  'wrong_passphrase',
  'wrong_recovery_key',
  'throttled', // too many wrong attempts: wait `retryAfterMs`
  'keyring_damaged', // keyring missing, unreadable or tampered with
  'not_ips_desk_db', // the file is not an IPS Desk database (or the keyring belongs to another one)
  'not_found',
  'conflict',
  'busy', // another process (or a long task) holds the database: try again in a moment
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const ipcErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
  retryAfterMs: z.number().int().nonnegative().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };
