import type { IpcError } from '../../../../../shared/ipc/result';
import { messageForForm } from './field-spec';

/**
 * Service issues name fields inside the call's input (`['client', 'client_id']`); the form's fields are
 * the record's own. Returns field → message for those it can place, and the rest as plain text.
 */
export function placeServiceIssues(error: IpcError, recordKey: string, fields: readonly string[]) {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of error.issues ?? []) {
    const path = issue.path[0] === recordKey ? issue.path.slice(1) : issue.path;
    const field = path[0] === undefined ? undefined : String(path[0]);
    if (field && fields.includes(field)) placed[field] ??= messageForForm(issue.message);
    else unplaced.push(issue.message);
  }
  return { placed, unplaced };
}
