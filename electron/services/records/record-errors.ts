import { formatUkDate } from '../../../shared/dates';
import { ServiceError } from '../service-error';

/**
 * The refusals the record services share. Each names the field it is about (path as in the channel's
 * input, e.g. ['job', 'client_id']) so the form can show it at that field.
 */
export function invalidField(path: (string | number)[], message: string): ServiceError {
  return new ServiceError('invalid_input', message, { issues: [{ path, message }] });
}

export function conflictAt(path: (string | number)[], message: string): ServiceError {
  return new ServiceError('conflict', message, { issues: [{ path, message }] });
}

export function unknownClient(path: (string | number)[], clientId: string): ServiceError {
  return invalidField(path, `Client ID "${clientId}" is not on the caseload`);
}

export function recordNotFound(what: string): ServiceError {
  return new ServiceError('not_found', `That ${what} is no longer recorded: it may have been deleted. Reload and try again.`);
}

/** `C-12 Jane Smith, referred 01/04/2025, still open` — how an episode is named in messages. */
export function describeEpisode(episode: { client_id: string; name: string; referral_date: string; discharge_date: string | null }): string {
  const who = episode.name ? `${episode.client_id} ${episode.name}` : episode.client_id;
  const state = episode.discharge_date ? `discharged ${formatUkDate(episode.discharge_date)}` : 'still open';
  return `${who}, referred ${formatUkDate(episode.referral_date)}, ${state}`;
}

/** Anonymising is one-way: a change that would put a removed field back is refused at those fields. */
export function stillAnonymous(clientId: string, anonymisedOn: string, fields: readonly { field: string; label: string }[], record: 'client' | 'job'): ServiceError {
  const what = fields.map((f) => f.label).join(', ');
  const message =
    record === 'client'
      ? `${clientId} was anonymised on ${formatUkDate(anonymisedOn)}: its ${what} cannot be added back`
      : `${clientId} was anonymised on ${formatUkDate(anonymisedOn)}: a job of theirs cannot have its ${what} again`;
  return new ServiceError('conflict', message, { issues: fields.map((f) => ({ path: [record, f.field], message })) });
}

/** An anonymised record stays closed: retention has run on it, and a new referral is a new client. */
export function anonymisedStaysClosed(clientId: string, anonymisedOn: string, path: readonly (string | number)[] | null): ServiceError {
  const message = `${clientId} was anonymised on ${formatUkDate(anonymisedOn)} and cannot be re-opened: if the person is referred again, add them as a new client`;
  return new ServiceError('conflict', message, path ? { issues: [{ path: [...path], message }] } : undefined);
}
