import { z } from 'zod';
import { CLIENT_CONTACT_KINDS, CONTACT_KIND, YES_NO_UNKNOWN } from '../codes';
import { optionalCode, optionalText, requiredCode, requiredDate } from './fields';

export const contactFieldsSchema = z.object({
  date: requiredDate('Date'),
  kind: requiredCode(CONTACT_KIND, 'Contact kind'),
  /** Required for client contacts; for employer contacts, the client it was on behalf of, if any. */
  client_id: optionalText('Client ID', 50),
  /** Optional even on employer contacts (DOMAIN §2): a blank one is a data-quality note, never a refusal. */
  employer: optionalText('Employer', 200),
  specialist: optionalText('Employment specialist', 100),
  // Blank (not recorded) stays distinct from `unknown` (asked, but not known): the form shows them apart.
  client_preference_based: optionalCode(YES_NO_UNKNOWN, 'Based on client preferences'),
});

export const contactSchema = contactFieldsSchema.superRefine((c, ctx) => {
  if (CLIENT_CONTACT_KINDS.includes(c.kind) && !c.client_id) {
    ctx.addIssue({ code: 'custom', path: ['client_id'], message: 'Client ID is required for a client contact' });
  }
});

export type ContactInput = z.input<typeof contactSchema>;
export type Contact = z.output<typeof contactSchema>;
