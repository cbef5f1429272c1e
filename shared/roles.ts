import { z } from 'zod';

/**
 * Who may do what. A manager does everything; a specialist keeps records, runs reports and exports and
 * drafts fidelity reviews; a viewer only reads. Ordered from least to most: each role can do all that the
 * roles before it can.
 */
export const ROLES = ['viewer', 'specialist', 'manager'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer (read only)', specialist: 'Employment specialist', manager: 'Manager' };

/** A role as a sentence names it: "Signed in as a viewer, …" (the router's refusals and the screens' notes). */
export const ROLE_IN_WORDS: Record<Role, string> = { viewer: 'a viewer', specialist: 'an employment specialist', manager: 'a manager' };

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Who is calling: the signed-in user and their role. Handlers receive it with every call. */
export const callerSchema = z.object({ user: z.string(), role: roleSchema });
export type Caller = z.infer<typeof callerSchema>;
