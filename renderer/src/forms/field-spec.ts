import type { z } from 'zod';
import type { CodeList } from '../../../shared/codes';
import { formatUkDate, parseUkDate } from '../../../shared/dates';
import { formatNhsNumber } from '../../../shared/nhs-number';
import { formSchema } from './form-schema';

/**
 * One input of a record form, described once: the same description renders the input, converts between
 * what people type (dd/mm/yyyy, "943 476 5919") and what the shared zod schema takes, and shows the value
 * read-only on the record page.
 */
export type FieldKind =
  | 'text'
  | 'date'
  | 'nhs'
  | 'number'
  | 'code' // one code from a list (select)
  | 'codes' // several codes from a list (checkboxes)
  | 'yesno' // a boolean
  | 'reason'; // a suggested code or free text (discharge reason)

export interface FieldSpec<Name extends string = string> {
  name: Name;
  label: string;
  kind: FieldKind;
  list?: CodeList;
  hint?: string;
  required?: boolean;
  /** Takes the whole row of the form grid (long lists, checkbox groups). */
  wide?: boolean;
}

export interface FieldGroup<Name extends string = string> {
  title: string;
  fields: FieldSpec<Name>[];
}

export type FormValue = string | boolean | string[];
export type FormValues = Record<string, FormValue>;

const DATE_HINT = 'dd/mm/yyyy';

export function hintFor(spec: FieldSpec): string | undefined {
  if (spec.kind === 'date') return spec.hint ? `${DATE_HINT} · ${spec.hint}` : DATE_HINT;
  return spec.hint;
}

/** A stored record → what the inputs show. */
export function toFormValues(record: Record<string, unknown> | null, specs: readonly FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const spec of specs) {
    const v = record?.[spec.name];
    switch (spec.kind) {
      case 'yesno':
        values[spec.name] = v === true;
        break;
      case 'codes':
        values[spec.name] = Array.isArray(v) ? v.map(String) : [];
        break;
      case 'date':
        values[spec.name] = typeof v === 'string' ? formatUkDate(v) : '';
        break;
      case 'nhs':
        values[spec.name] = typeof v === 'string' ? formatNhsNumber(v) : '';
        break;
      default:
        values[spec.name] = v === null || v === undefined ? '' : String(v);
    }
  }
  return values;
}

/**
 * What the inputs hold → the shared schema's input. Text that is not a date or a number is passed on as it
 * is, so the schema refuses it with its own message (naming the field) rather than the form inventing one.
 */
export function toSchemaInput(values: FormValues, specs: readonly FieldSpec[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const spec of specs) {
    const v = values[spec.name];
    if (spec.kind === 'yesno') input[spec.name] = v === true;
    else if (spec.kind === 'codes') input[spec.name] = Array.isArray(v) ? v : [];
    else {
      const text = typeof v === 'string' ? v.trim() : '';
      if (spec.kind === 'date') input[spec.name] = text === '' ? null : (parseUkDate(text) ?? text);
      else if (spec.kind === 'number') input[spec.name] = text === '' ? undefined : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
      else input[spec.name] = text === '' ? null : text;
    }
  }
  return input;
}

/**
 * The form schema of a record form: what the inputs hold, converted by toSchemaInput, plus the `fixed`
 * values that are not inputs (the client a job belongs to), judged by the record's shared schema.
 */
export function specFormSchema<S extends z.ZodType>(schema: S, specs: readonly FieldSpec[], fixed: Record<string, unknown> = {}) {
  return formSchema(schema, (values: FormValues) => ({ ...toSchemaInput(values, specs), ...fixed }));
}
