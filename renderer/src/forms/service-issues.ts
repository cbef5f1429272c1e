import { get, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { IpcError } from '../../../shared/ipc/result';
import { messageForForm } from './form-schema';

export function summaryFor(fieldCount: number): string {
  return fieldCount === 1 ? 'There is a problem: see the highlighted field.' : 'There are problems: see the highlighted fields.';
}

/** How many fields react-hook-form holds a message for, however deeply nested (`items.3.source`). */
export function countFieldErrors(errors: FieldErrors | Record<string, unknown>): number {
  let count = 0;
  for (const value of Object.values(errors)) {
    if (!value || typeof value !== 'object') continue;
    if (typeof (value as { message?: unknown }).message === 'string') count += 1;
    else count += countFieldErrors(value as Record<string, unknown>);
  }
  return count;
}

/**
 * The one way a service's refusal reaches a form. Each issue whose path names a field of the form — after
 * the key the call nests the form under (`['contact', 'date']` → `date`) — is shown beside that field, the
 * first one focused; the form-level message is a summary when every issue found its field, and the
 * service's own message otherwise (it names fields the form does not have, or none).
 */
export function placeServiceIssues<F extends FieldValues>(
  error: IpcError,
  form: Pick<UseFormReturn<F>, 'getValues' | 'setError'>,
  nestedUnder?: string,
): string {
  const values = form.getValues();
  const placed = new Set<string>();
  let unplaced = 0;
  for (const issue of error.issues ?? []) {
    const path = nestedUnder !== undefined && issue.path[0] === nestedUnder ? issue.path.slice(1) : issue.path;
    const name = path.join('.');
    if (name === '' || get(values, name) === undefined) {
      unplaced += 1;
      continue;
    }
    if (placed.has(name)) continue;
    form.setError(name as Path<F>, { type: 'service', message: messageForForm(issue.message) }, { shouldFocus: placed.size === 0 });
    placed.add(name);
  }
  return placed.size > 0 && unplaced === 0 ? summaryFor(placed.size) : error.message;
}
