import { randomUUID } from 'node:crypto';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Wellbeing } from '../../shared/records';
import { clients, wellbeing } from '../schema';
import { insertInChunks, type Db, type WriteDb } from './db';

/** Wellbeing scores (SWEMWBS raw, ReQoL-10) of a client. */
export interface StoredWellbeing {
  id: string;
  client_pk: string;
  wellbeing: Wellbeing;
}

const wellbeingWithClientId = { ...getTableColumns(wellbeing), client_id: clients.client_id };
type WellbeingRow = typeof wellbeing.$inferSelect & { client_id: string };

export function toWellbeing(row: WellbeingRow): Wellbeing {
  return { client_id: row.client_id, date: row.date, measure: row.measure, score: row.score };
}

function stored(row: WellbeingRow): StoredWellbeing {
  return { id: row.id, client_pk: row.client_pk, wellbeing: toWellbeing(row) };
}

function selectWellbeing(db: Db) {
  return db.select(wellbeingWithClientId).from(wellbeing).innerJoin(clients, eq(wellbeing.client_pk, clients.id));
}

function values(score: Wellbeing, clientPk: string) {
  return { date: score.date, measure: score.measure, score: score.score, client_pk: clientPk };
}

export function getWellbeing(db: Db, id: string): StoredWellbeing | undefined {
  const row = selectWellbeing(db).where(eq(wellbeing.id, id)).get();
  return row && stored(row);
}

export function listWellbeingOfClient(db: Db, clientPk: string): StoredWellbeing[] {
  return selectWellbeing(db).where(eq(wellbeing.client_pk, clientPk)).orderBy(asc(wellbeing.date), asc(wellbeing.measure)).all().map(stored);
}

export function listAllWellbeing(db: Db): StoredWellbeing[] {
  return selectWellbeing(db).orderBy(asc(clients.client_id), asc(wellbeing.date), asc(wellbeing.measure)).all().map(stored);
}

export function insertWellbeing(db: WriteDb, score: Wellbeing, clientPk: string): string {
  const id = randomUUID();
  db.insert(wellbeing).values({ ...values(score, clientPk), id }).run();
  return id;
}

export function insertWellbeingScores(db: WriteDb, list: readonly { wellbeing: Wellbeing; clientPk: string }[]): void {
  const rows = list.map((item) => values(item.wellbeing, item.clientPk));
  insertInChunks(rows, (chunk) => db.insert(wellbeing).values(chunk).run());
}

export function updateWellbeing(db: WriteDb, id: string, score: Wellbeing, clientPk: string): void {
  db.update(wellbeing).set(values(score, clientPk)).where(eq(wellbeing.id, id)).run();
}

export function deleteWellbeing(db: WriteDb, id: string): boolean {
  return db.delete(wellbeing).where(eq(wellbeing.id, id)).run().changes > 0;
}
