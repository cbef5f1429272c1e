import type { z } from 'zod';
import type { FieldIssue, IpcError } from '../../../shared/ipc/result';

export type FieldErrors = Partial<Record<string, string>>;

/** Top-level field name → first message, so each message can sit beside its field. */
export function fieldErrorsFrom(issues: readonly FieldIssue[] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues ?? []) {
    const field = issue.path[0];
    const key = field === undefined ? '' : String(field);
    if (errors[key] === undefined) errors[key] = issue.message;
  }
  return errors;
}

/** Checks input with a contract schema in the renderer, so problems show before the round trip. */
export function validateWith(schema: z.ZodType, input: unknown): FieldErrors {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return fieldErrorsFrom(parsed.error.issues.map((issue) => ({ path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))), message: issue.message })));
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

export function summaryFor(errors: FieldErrors): string {
  const count = Object.values(errors).filter((message) => message !== undefined).length;
  return count === 1 ? 'There is a problem: see the highlighted field.' : 'There are problems: see the highlighted fields.';
}

/**
 * The form-level message for a failed call. When every issue can sit beside a field the form only needs
 * a summary, not the router's "field: message" text, which names fields by their code names.
 */
export function formMessageFor(error: IpcError, knownFields: readonly string[]): string {
  const placed = fieldErrorsFrom(error.issues);
  const allPlaced = hasErrors(placed) && Object.keys(placed).every((field) => knownFields.includes(field));
  return allPlaced ? summaryFor(placed) : error.message;
}
