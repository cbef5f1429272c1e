import type { QueryRaw } from '../access';
import type { WriteDb } from './db';
import { sql } from 'drizzle-orm';
import { preparedRaw } from './prepared';

/** How often a stored name is used, as typed (one row per distinct spelling). */
export interface NameUse {
  name: string;
  clients: number;
  contacts: number;
}

const SPECIALIST_USE_SQL = `
  SELECT name, sum(clients) AS clients, sum(contacts) AS contacts FROM (
    SELECT specialist AS name, count(*) AS clients, 0 AS contacts FROM clients WHERE specialist IS NOT NULL GROUP BY specialist
    UNION ALL
    SELECT specialist AS name, 0 AS clients, count(*) AS contacts FROM contacts WHERE specialist IS NOT NULL GROUP BY specialist
  ) GROUP BY name ORDER BY name`;

const TEAM_USE_SQL = `SELECT team AS name, count(*) AS clients, 0 AS contacts FROM clients WHERE team IS NOT NULL GROUP BY team ORDER BY team`;

export function specialistNamesInUse(raw: QueryRaw): NameUse[] {
  return preparedRaw(raw, SPECIALIST_USE_SQL).all() as NameUse[];
}

export function teamNamesInUse(raw: QueryRaw): NameUse[] {
  return preparedRaw(raw, TEAM_USE_SQL).all() as NameUse[];
}

/** Renames a specialist everywhere it is stored (clients and contacts), exactly as spelt. Returns the rows changed. */
export function renameSpecialist(db: WriteDb, from: string, into: string): { clients: number; contacts: number } {
  const clients = db.run(sql`UPDATE clients SET specialist = ${into} WHERE specialist = ${from}`).changes;
  const contacts = db.run(sql`UPDATE contacts SET specialist = ${into} WHERE specialist = ${from}`).changes;
  return { clients, contacts };
}

export function renameTeam(db: WriteDb, from: string, into: string): { clients: number } {
  return { clients: db.run(sql`UPDATE clients SET team = ${into} WHERE team = ${from}`).changes };
}
