import { randomUUID } from 'node:crypto';
import { sql, type AnyColumn } from 'drizzle-orm';
import { check, customType, text } from 'drizzle-orm/sqlite-core';

/**
 * Column builders shared by every table. Ids are UUIDs made in app code (never SQLite rowids, so records
 * keep their identity through export and re-import); timestamps are ISO 8601 text in UTC.
 */
export const uuidPrimaryKey = () =>
  text('id')
    .primaryKey()
    .$defaultFn(() => randomUUID());

const nowIso = () => new Date().toISOString();

export const timestamps = {
  created_at: text('created_at').notNull().$defaultFn(nowIso),
  updated_at: text('updated_at').notNull().$defaultFn(nowIso).$onUpdateFn(nowIso),
};

/** A yes/no field: `boolean` in the app (as in shared/records), the text codes `yes`/`no` in the file. */
export const yesNo = customType<{ data: boolean; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => (value ? 'yes' : 'no'),
  fromDriver: (value) => value === 'yes',
});

export type YesNoUnknown = 'yes' | 'no' | 'unknown';

export const yesNoUnknown = (name: string) => text(name).$type<YesNoUnknown>();

/** Yes/no code lists never change, so the file itself refuses anything else (other code lists may grow). */
export const yesNoCheck = (table: string, column: AnyColumn) =>
  check(`${table}_${column.name}_yes_no`, sql`${column} IN ('yes', 'no')`);

export const yesNoUnknownCheck = (table: string, column: AnyColumn) =>
  check(`${table}_${column.name}_yes_no_unknown`, sql`${column} IS NULL OR ${column} IN ('yes', 'no', 'unknown')`);
