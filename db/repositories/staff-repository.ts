import { randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import type { Staff } from '../../shared/records';
import { staff } from '../schema';
import { insertInChunks, type Db, type WriteDb } from './db';

/** Employment specialists and their hours. Names identify staff in the interchange workbook. */
export interface StoredStaff {
  id: string;
  staff: Staff;
}

type StaffRow = typeof staff.$inferSelect;

export function toStaff(row: StaffRow): Staff {
  return { name: row.name, fte: row.fte, start_date: row.start_date, end_date: row.end_date };
}

function stored(row: StaffRow): StoredStaff {
  return { id: row.id, staff: toStaff(row) };
}

function values(person: Staff) {
  return { name: person.name, fte: person.fte, start_date: person.start_date, end_date: person.end_date };
}

/** How names compare: trimmed, any case (so "priya shah" in a workbook is Priya Shah). */
export function staffNameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en-GB');
}

export function getStaff(db: Db, id: string): StoredStaff | undefined {
  const row = db.select().from(staff).where(eq(staff.id, id)).get();
  return row && stored(row);
}

export function listStaff(db: Db): StoredStaff[] {
  return db.select().from(staff).orderBy(asc(staff.name), asc(staff.id)).all().map(stored);
}

export function countStaff(db: Db): number {
  return db.select({ n: count() }).from(staff).get()?.n ?? 0;
}

/** Staff with this name (any case), other than `excludeId`. */
export function findStaffByName(db: Db, name: string, excludeId?: string | null): StoredStaff | undefined {
  const key = staffNameKey(name);
  return listStaff(db).find((s) => s.id !== excludeId && staffNameKey(s.staff.name) === key);
}

export function insertStaff(db: WriteDb, person: Staff): string {
  const id = randomUUID();
  db.insert(staff).values({ ...values(person), id }).run();
  return id;
}

export function insertStaffMembers(db: WriteDb, list: readonly Staff[]): void {
  insertInChunks(list.map(values), (chunk) => db.insert(staff).values(chunk).run());
}

export function updateStaff(db: WriteDb, id: string, person: Staff): void {
  db.update(staff).set(values(person)).where(eq(staff.id, id)).run();
}

export function deleteStaff(db: WriteDb, id: string): boolean {
  return db.delete(staff).where(eq(staff.id, id)).run().changes > 0;
}
