import type { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';

/**
 * A quicker way through a record schema for values that are plainly valid, for an import's hundreds of
 * thousands of rows: zod's general machinery (a parse result per wrapper, per field, per row) costs several times
 * more than the checks themselves, about a second of a 200,000-contact import. The schema stays the one
 * definition: each field builder (fields.ts) registers beside the zod schema it makes a plain function that
 * returns the value zod would give, or DEFER whenever zod must judge it (anything invalid, or merely unusual).
 * A record whose every field was plainly valid then goes through the schema's own record-level rules (its
 * refinements, run as zod runs them); a record with any problem is parsed by zod itself, so every message comes
 * from zod. A fast field may be stricter than zod, never looser: test/electron/xlsx/fast-record-parse.test.ts checks
 * each record schema against zod on many generated rows.
 */
export const DEFER: unique symbol = Symbol('defer to zod');

/** A field's output as zod would give it, or DEFER. */
export type FastField = (value: unknown) => unknown;

const fastFields = new WeakMap<z.ZodType, FastField>();

/** Registers `fast` as the plain path through `schema` (one schema instance: builders make one per field). */
export function withFastField<S extends z.ZodType>(schema: S, fast: FastField): S {
  fastFields.set(schema, fast);
  return schema;
}

/** The record's output, or DEFER: parse it with the schema to learn why. */
export type FastRecordParser = (input: Readonly<Record<string, unknown>>) => unknown;

interface RecordCheck {
  _zod: { check(payload: { value: unknown; issues: $ZodRawIssue[] }): unknown };
}

/**
 * The fast path through an object schema, or null when any field has none (the schema is then always used).
 * Fields come out in the shape's order, unknown keys are dropped and a field whose output is undefined is kept
 * only when the input had the key: as zod's object does.
 */
export function fastRecordParser(schema: z.ZodObject): FastRecordParser | null {
  const fields: [string, FastField][] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const fast = fastFields.get(field as z.ZodType);
    if (!fast) return null;
    fields.push([key, fast]);
  }
  const checks = (schema._zod.def.checks ?? []) as unknown as RecordCheck[];
  return (input) => {
    const record: Record<string, unknown> = {};
    for (const [key, fast] of fields) {
      const value = fast(input[key]);
      if (value === DEFER) return DEFER;
      if (value !== undefined || key in input) record[key] = value;
    }
    const payload = { value: record as unknown, issues: [] as $ZodRawIssue[] };
    for (const check of checks) {
      // An asynchronous rule cannot be waited for here: zod judges the record.
      if (check._zod.check(payload) instanceof Promise) return DEFER;
    }
    return payload.issues.length === 0 ? payload.value : DEFER;
  };
}
