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
