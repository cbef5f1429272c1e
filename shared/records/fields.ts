import { z } from 'zod';
import { isIsoDate } from '../dates';
import { DEFER, withFastField } from './fast-parse';

/**
 * Field builders shared by every record schema. Each message names its field so that the form, the
 * service, the CLI and the import (`Clients!B6: …`) all say the same thing. Blank optional values are null.
 * Each also registers its fast path (fast-parse.ts): the same value as zod's for plainly valid input, else DEFER.
 */

/** Absent or null: an optional field's blank (an empty or all-space text is blank too, once trimmed). */
const isAbsent = (value: unknown) => value === undefined || value === null;

export function requiredText(label: string, max = 200) {
  const schema = z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
  return withFastField(schema, (value) => {
    if (typeof value !== 'string') return DEFER;
    const text = value.trim();
    return text.length >= 1 && text.length <= max ? text : DEFER;
  });
}

export function optionalText(label: string, max = 200) {
  const schema = z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
  return withFastField(schema, (value) => {
    if (isAbsent(value)) return null;
    if (typeof value !== 'string') return DEFER;
    const text = value.trim();
    return text.length <= max ? text || null : DEFER;
  });
}

export function requiredDate(label: string) {
  const schema = z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required`, abort: true })
    .refine(isIsoDate, `${label} must be a real date (YYYY-MM-DD)`);
  return withFastField(schema, (value) => {
    if (typeof value !== 'string') return DEFER;
    const date = value.trim();
    return isIsoDate(date) ? date : DEFER;
  });
}

export function optionalDate(label: string) {
  const schema = z
    .string({ error: `${label} must be a date` })
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isIsoDate(v), `${label} must be a real date (YYYY-MM-DD)`);
  return withFastField(schema, (value) => {
    if (isAbsent(value)) return null;
    if (typeof value !== 'string') return DEFER;
    const date = value.trim();
    return date === '' ? null : isIsoDate(date) ? date : DEFER;
  });
}

function enumOf<const V extends readonly [string, ...string[]]>(values: V, label: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined || issue.input === null || issue.input === ''
        ? `${label} is required`
        : `${label} "${String(issue.input)}" is not a known code (expected one of ${values.join(', ')})`,
  });
}

export function requiredCode<const V extends readonly [string, ...string[]]>(list: { values: V }, label: string) {
  const codes = new Set<unknown>(list.values);
  return withFastField(enumOf(list.values, label), (value) => (codes.has(value) ? value : DEFER));
}

export function optionalCode<const V extends readonly [string, ...string[]]>(list: { values: V }, label: string) {
  const codes = new Set<unknown>(list.values);
  const schema = z
    .string({ error: `${label} must be a code` })
    .nullish()
    .transform((v) => (v ? v.trim() || null : null))
    .pipe(enumOf(list.values, label).nullable());
  return withFastField(schema, (value) => {
    if (isAbsent(value)) return null;
    if (typeof value !== 'string') return DEFER;
    const code = value.trim();
    return code === '' ? null : codes.has(code) ? code : DEFER;
  });
}

export function yesNo(label: string, byDefault = false) {
  const schema = z.boolean({ error: `${label} must be yes or no` }).default(byDefault);
  return withFastField(schema, (value) => (value === undefined ? byDefault : typeof value === 'boolean' ? value : DEFER));
}

export function codeList<const V extends readonly [string, ...string[]]>(list: { values: V }, label: string) {
  const codes = new Set<unknown>(list.values);
  const schema = z.array(enumOf(list.values, label)).default([]);
  return withFastField(schema, (value) => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return DEFER;
    for (let i = 0; i < value.length; i++) if (!codes.has(value[i])) return DEFER;
    return [...value];
  });
}

export function positiveNumber(label: string, max: number) {
  const schema = z
    .number({ error: `${label} must be a number` })
    .refine(Number.isFinite, `${label} must be a number`)
    .gt(0, `${label} must be more than 0`)
    .lte(max, `${label} must be at most ${max}`);
  return withFastField(schema, (value) => (typeof value === 'number' && value > 0 && value <= max ? value : DEFER));
}

export function wholeNumber(label: string) {
  const schema = z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`);
  return withFastField(schema, (value) => (typeof value === 'number' && Number.isSafeInteger(value) ? value : DEFER));
}
