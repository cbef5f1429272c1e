import type { z } from 'zod';
import type { CodeList } from '../../../shared/codes';
import { formatUkDate, isIsoDate, parseUkDate } from '../../../shared/dates';
import type { FieldWarning } from '../../../shared/records';
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
  | 'reason' // a suggested code or free text (discharge reason)
  | 'pick' // a name from a list kept in Settings (specialists, teams)
  | 'client'; // a client of the caseload, found by name or client ID; stores the client ID

export interface PickOption {
  value: string;
  label: string;
}

export interface FieldSpec<Name extends string = string> {
  name: Name;
  label: string;
  kind: FieldKind;
  list?: CodeList;
  hint?: string;
  required?: boolean;
  /** Takes the whole row of the form grid (long lists, checkbox groups). */
  wide?: boolean;
  /** For `pick`: which list the name comes from (forms/pick-lists.ts fills `choices` from it). */
  pick?: 'specialist' | 'team';
  choices?: readonly PickOption[];
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

/** The sense checks of a record (shared/records/warnings.ts) over what the form holds so far. */
export type RecordWarnings = (record: Record<string, unknown>) => FieldWarning[];

/** The form's field that confirms dates a sense check questions. */
export const CONFIRM_WARNINGS = 'confirmWarnings';

/**
 * What the inputs hold, for the sense checks: as toSchemaInput, with dates that are not (yet) real dates
 * left out, so a check only ever compares real dates.
 */
export function warningInput(values: FormValues, specs: readonly FieldSpec[], fixed: Record<string, unknown> = {}): Record<string, unknown> {
  const input = { ...toSchemaInput(values, specs), ...fixed };
  for (const spec of specs) {
    const v = input[spec.name];
    if (spec.kind === 'date' && !(typeof v === 'string' && isIsoDate(v))) input[spec.name] = null;
  }
  return input;
}

/** Each field's sense-check warning, by field name. */
export function warningsByField(values: FormValues, specs: readonly FieldSpec[], fixed: Record<string, unknown>, warnings: RecordWarnings | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const warning of warnings?.(warningInput(values, specs, fixed)) ?? []) {
    const name = warning.path[0];
    if (name !== undefined && !found.has(name)) found.set(name, warning.message);
  }
  return found;
}

/**
 * The form schema of a record form: what the inputs hold, converted by toSchemaInput, plus the `fixed`
 * values that are not inputs (the client a job belongs to), judged by the record's shared schema. With
 * `warnings`, a record the sense checks question is saved only once CONFIRM_WARNINGS is ticked.
 */
export function specFormSchema<S extends z.ZodType>(schema: S, specs: readonly FieldSpec[], fixed: Record<string, unknown> = {}, warnings?: RecordWarnings) {
  return formSchema(
    schema,
    (values: FormValues) => ({ ...toSchemaInput(values, specs), ...fixed }),
    (values) =>
      warnings && values[CONFIRM_WARNINGS] !== true && warningsByField(values, specs, fixed, warnings).size > 0
        ? { [CONFIRM_WARNINGS]: 'Check the dates marked, then tick here if they are right' }
        : {},
  );
}
