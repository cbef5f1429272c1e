import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CONTACT_KIND } from '../../shared/codes';
import { clients } from './clients';
import { timestamps, uuidPrimaryKey, yesNoUnknown, yesNoUnknownCheck } from './columns';

type Code<L extends { values: readonly string[] }> = L['values'][number];

/**
 * A contact with a client or an employer (DOMAIN §2). `client_pk` is required for client contacts and
 * optional for employer contacts (the client it was on behalf of); the rule lives in shared/records.
 * Deleting a client deletes its contacts: a service that wants to keep employer contacts clears
 * `client_pk` on them first.
 */
export const contacts = sqliteTable(
  'contacts',
  {
    id: uuidPrimaryKey(),
    date: text('date').notNull(),
    kind: text('kind').$type<Code<typeof CONTACT_KIND>>().notNull(),
    client_pk: text('client_pk').references(() => clients.id, { onDelete: 'cascade' }),
    employer: text('employer'),
    specialist: text('specialist'),
    client_preference_based: yesNoUnknown('client_preference_based'),
    ...timestamps,
  },
  (t) => [
    index('contacts_client_pk_date_idx').on(t.client_pk, t.date),
    index('contacts_kind_date_idx').on(t.kind, t.date),
    // Covers every contact aggregate a report needs (db/repositories/report-facts.ts): per-client first and last
    // dates come out in client order and the period counts read no table rows, so a 200,000-contact report
    // never decrypts the contacts table itself.
    index('contacts_report_facts_idx').on(t.kind, t.client_pk, t.date, t.specialist, t.client_preference_based),
    yesNoUnknownCheck('contacts', t.client_preference_based),
  ],
);
