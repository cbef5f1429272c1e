import { z } from 'zod';
import { isIsoDate } from '../dates';

/**
 * Field builders shared by every record schema. Each message names its field so that the form, the
 * service, the CLI and the import (`Clients!B6: …`) all say the same thing. Blank optional values are null.
 */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
}

export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
}

export function requiredDate(label: string) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required`, abort: true })
    .refine(isIsoDate, `${label} must be a real date (YYYY-MM-DD)`);
}

export function optionalDate(label: string) {
  return z
    .string({ error: `${label} must be a date` })
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isIsoDate(v), `${label} must be a real date (YYYY-MM-DD)`);
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
  return enumOf(list.values, label);
}

export function optionalCode<const V extends readonly [string, ...string[]]>(list: { values: V }, label: string) {
  return z
    .string({ error: `${label} must be a code` })
    .nullish()
    .transform((v) => (v ? v.trim() || null : null))
    .pipe(enumOf(list.values, label).nullable());
}

export function yesNo(label: string, byDefault = false) {
  return z.boolean({ error: `${label} must be yes or no` }).default(byDefault);
}

export function codeList<const V extends readonly [string, ...string[]]>(list: { values: V }, label: string) {
  return z.array(enumOf(list.values, label)).default([]);
}

export function positiveNumber(label: string, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .refine(Number.isFinite, `${label} must be a number`)
    .gt(0, `${label} must be more than 0`)
    .lte(max, `${label} must be at most ${max}`);
}
