import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, getTableColumns, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { EMPLOYER_CONTACT_KINDS } from '../../shared/codes';
import type { Contact } from '../../shared/records';
import { clients, contacts } from '../schema';
import { insertInChunks, type Db, type WriteDb } from './db';

/**
 * Contacts with clients and employers. A client contact always points at a client (`client_pk`); an
 * employer contact may, when it was made on a client's behalf. `client_id` is read through the join.
 */
export interface StoredContact {
  id: string;
  client_pk: string | null;
  contact: Contact;
}

const contactWithClientId = { ...getTableColumns(contacts), client_id: clients.client_id };
type ContactRow = typeof contacts.$inferSelect & { client_id: string | null };

export function toContact(row: ContactRow): Contact {
  return {
    date: row.date,
    kind: row.kind,
    client_id: row.client_id,
    employer: row.employer,
    specialist: row.specialist,
    client_preference_based: row.client_preference_based,
  };
}

function stored(row: ContactRow): StoredContact {
  return { id: row.id, client_pk: row.client_pk, contact: toContact(row) };
}

function selectContacts(db: Db) {
  return db.select(contactWithClientId).from(contacts).leftJoin(clients, eq(contacts.client_pk, clients.id));
}

function values(contact: Contact, clientPk: string | null) {
  const { client_id: _clientId, ...fields } = contact;
  return { ...fields, client_pk: clientPk };
}

export function getContact(db: Db, id: string): StoredContact | undefined {
  const row = selectContacts(db).where(eq(contacts.id, id)).get();
  return row && stored(row);
}

export function listContactsOfClient(db: Db, clientPk: string): StoredContact[] {
  return selectContacts(db).where(eq(contacts.client_pk, clientPk)).orderBy(asc(contacts.date), asc(contacts.kind)).all().map(stored);
}

export function countContacts(db: Db): number {
  return db.select({ n: count() }).from(contacts).get()?.n ?? 0;
}

export function listAllContacts(db: Db): StoredContact[] {
  return selectContacts(db).orderBy(asc(contacts.date), asc(contacts.kind), asc(contacts.id)).all().map(stored);
}

/** Employer contacts (on a client's behalf or not) dated within [from, to] when given, newest first. */
export function listEmployerContacts(db: Db, range: { from?: string | null; to?: string | null }): StoredContact[] {
  const conditions: SQL[] = [inArray(contacts.kind, EMPLOYER_CONTACT_KINDS as Contact['kind'][])];
  if (range.from) conditions.push(gte(contacts.date, range.from));
  if (range.to) conditions.push(lte(contacts.date, range.to));
  return selectContacts(db)
    .where(and(...conditions))
    .orderBy(desc(contacts.date), asc(contacts.employer), asc(contacts.id))
    .all()
    .map(stored);
}

export function insertContact(db: WriteDb, contact: Contact, clientPk: string | null): string {
  const id = randomUUID();
  db.insert(contacts).values({ ...values(contact, clientPk), id }).run();
  return id;
}

export function insertContacts(db: WriteDb, list: readonly { contact: Contact; clientPk: string | null }[]): void {
  const rows = list.map(({ contact, clientPk }) => values(contact, clientPk));
  insertInChunks(rows, (chunk) => db.insert(contacts).values(chunk).run());
}

export function updateContact(db: WriteDb, id: string, contact: Contact, clientPk: string | null): void {
  db.update(contacts).set(values(contact, clientPk)).where(eq(contacts.id, id)).run();
}

export function deleteContact(db: WriteDb, id: string): boolean {
  return db.delete(contacts).where(eq(contacts.id, id)).run().changes > 0;
}
