import { randomUUID } from 'node:crypto';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Activity } from '../../shared/records';
import { activities, clients } from '../schema';
import { insertInChunks, type Db, type WriteDb } from './db';

/** Non-employment outcomes (education, volunteering, retirement) of a client. */
export interface StoredActivity {
  id: string;
  client_pk: string;
  activity: Activity;
}

const activityWithClientId = { ...getTableColumns(activities), client_id: clients.client_id };
type ActivityRow = typeof activities.$inferSelect & { client_id: string };

export function toActivity(row: ActivityRow): Activity {
  return { client_id: row.client_id, start_date: row.start_date, kind: row.kind };
}

function stored(row: ActivityRow): StoredActivity {
  return { id: row.id, client_pk: row.client_pk, activity: toActivity(row) };
}

function selectActivities(db: Db) {
  return db.select(activityWithClientId).from(activities).innerJoin(clients, eq(activities.client_pk, clients.id));
}

function values(activity: Activity, clientPk: string) {
  return { start_date: activity.start_date, kind: activity.kind, client_pk: clientPk };
}

export function getActivity(db: Db, id: string): StoredActivity | undefined {
  const row = selectActivities(db).where(eq(activities.id, id)).get();
  return row && stored(row);
}

export function listActivitiesOfClient(db: Db, clientPk: string): StoredActivity[] {
  return selectActivities(db).where(eq(activities.client_pk, clientPk)).orderBy(asc(activities.start_date), asc(activities.kind)).all().map(stored);
}

export function listAllActivities(db: Db): StoredActivity[] {
  return selectActivities(db).orderBy(asc(clients.client_id), asc(activities.start_date), asc(activities.kind)).all().map(stored);
}

export function insertActivity(db: WriteDb, activity: Activity, clientPk: string): string {
  const id = randomUUID();
  db.insert(activities).values({ ...values(activity, clientPk), id }).run();
  return id;
}

export function insertActivities(db: WriteDb, list: readonly { activity: Activity; clientPk: string }[]): void {
  const rows = list.map(({ activity, clientPk }) => values(activity, clientPk));
  insertInChunks(rows, (chunk) => db.insert(activities).values(chunk).run());
}

export function updateActivity(db: WriteDb, id: string, activity: Activity, clientPk: string): void {
  db.update(activities).set(values(activity, clientPk)).where(eq(activities.id, id)).run();
}

export function deleteActivity(db: WriteDb, id: string): boolean {
  return db.delete(activities).where(eq(activities.id, id)).run().changes > 0;
}
