import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INTERCHANGE_SHEETS, type SheetDef } from '../../../electron/xlsx/interchange-columns';
import { DEFER, fastRecordParser } from '../../../shared/records/fast-parse';
import { requiredText } from '../../../shared/records/fields';

/**
 * The fast path through a record schema (shared/records/fast-parse.ts) must give exactly what zod gives, or
 * defer to it: never accept what zod refuses, never change a value. Checked here against zod itself on rows
 * generated from values of every awkward kind, mostly valid ones so that the record-level rules (date order,
 * retention cases, score ranges) are reached.
 */

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function randomOf(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AWKWARD: unknown[] = [
  undefined, null, '', '   ', 'x', ' padded ', 'a'.repeat(50), ` ${'a'.repeat(50)} `, 'a'.repeat(51), 'a'.repeat(100), 'a'.repeat(101),
  'a'.repeat(200), 'a'.repeat(201), '2024-02-29', ' 2024-02-29 ', '2023-02-29', '2023-13-01', '0099-12-31', '1900-01-01', '2026-02-14',
  '2019-04-01', '2030-01-01', '14/02/2026', true, false, 0, 1, 4, 16.5, 100, 100.5, -1, 0.5, 2, 30, 60, Number.NaN, Number.POSITIVE_INFINITY,
  2 ** 60, [], ['x'], {}, '943 476 5919', '9434765919', '9434765918', '943-476-5919', '01', ' 01 ', '1', 'yes', 'no', 'unknown', ' yes ', 'YES',
];

/** Candidate values for a field: the awkward ones, and its codes as written, padded and in capitals. */
function candidatesFor(def: SheetDef, field: string): unknown[] {
  const codes = def.columns.find((column) => column.field === field)?.codes?.values ?? [];
  return [...AWKWARD, ...codes, ...codes.map((code) => ` ${code} `), ...codes.map((code) => code.toUpperCase()), [...codes.slice(0, 2)]];
}

interface Compared {
  zodAccepted: number;
  fastAccepted: number;
}

function compare(schema: z.ZodObject, candidates: (field: string) => unknown[], rows: number, seed: number): Compared {
  const parse = fastRecordParser(schema);
  if (!parse) throw new Error('no fast path');
  const random = randomOf(seed);
  const fields = Object.keys(schema.shape).map((field) => {
    const all = candidates(field);
    const fieldSchema = schema.shape[field] as z.ZodType;
    return { field, all, valid: all.filter((value) => fieldSchema.safeParse(value).success) };
  });
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  // Each field valid often enough that about three rows in five have no invalid field, whatever their width.
  const validChance = 0.6 ** (1 / fields.length);
  const result: Compared = { zodAccepted: 0, fastAccepted: 0 };
  for (let row = 0; row < rows; row++) {
    const input: Record<string, unknown> = {};
    for (const { field, all, valid } of fields) {
      const value = random() < validChance && valid.length > 0 ? pick(valid) : pick(all);
      // Absent and present-but-undefined are both kept apart, as a workbook row may leave a cell out.
      if (value !== undefined || random() < 0.5) input[field] = value;
    }
    if (random() < 0.05) input.not_a_field = 'ignored';
    const expected = schema.safeParse(input);
    const fast = parse(input);
    if (expected.success) result.zodAccepted++;
    if (fast === DEFER) continue;
    result.fastAccepted++;
    expect({ input, success: expected.success }).toEqual({ input, success: true });
    expect(fast).toStrictEqual(expected.data);
  }
  return result;
}

describe('the fast path through the interchange record schemas', () => {
  for (const def of INTERCHANGE_SHEETS) {
    it(`gives exactly zod's record for every ${def.name} row zod accepts, and defers on every other`, () => {
      const { zodAccepted, fastAccepted } = compare(def.schema, (field) => candidatesFor(def, field), 8_000, def.name.length);
      // Enough rows pass for the record-level rules to be reached; the fast path takes every one of them.
      expect(zodAccepted).toBeGreaterThan(250);
      expect(fastAccepted).toBe(zodAccepted);
    });
  }

  it('is not offered for a schema with any field built without one (zod then parses every row)', () => {
    expect(fastRecordParser(z.object({ name: requiredText('Name'), note: z.string() }))).toBeNull();
    expect(fastRecordParser(z.object({ name: requiredText('Name') }))).not.toBeNull();
  });
});
