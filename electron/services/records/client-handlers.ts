import { audited, changedFields } from '../../../db/audited-write';
import { listActivitiesOfClient } from '../../../db/repositories/activities-repository';
import { lastClientView } from '../../../db/repositories/audit-repository';
import { listCaseload } from '../../../db/repositories/caseload-repository';
import {
  clientPkOf, findPossibleDuplicates, getClient, getEpisodeSummary, insertClient, laterEpisodesOf, linkedEpisodes, setDischarge, updateClient,
  type PossibleDuplicate,
} from '../../../db/repositories/clients-repository';
import { listContactsOfClient } from '../../../db/repositories/contacts-repository';
import { anonymisationOf } from '../../../db/repositories/retention-repository';
import { listJobsOfClient } from '../../../db/repositories/jobs-repository';
import { listWellbeingOfClient } from '../../../db/repositories/wellbeing-repository';
import { formatUkDate } from '../../../shared/dates';
import { normaliseNhsNumber } from '../../../shared/nhs-number';
import { reidentifyingFields } from '../../../shared/retention';
import type { Handlers, ParsedInput } from '../../../shared/ipc/contract';
import type { ClientDetail, DuplicateMatch } from '../../../shared/ipc/records';
import type { Client } from '../../../shared/records';
import type { Caller } from '../../../shared/roles';
import { ServiceError } from '../service-error';
import { anonymisedStaysClosed, conflictAt, describeEpisode, invalidField, recordNotFound, stillAnonymous } from './record-errors';
import type { ServiceContext } from '../service-context';

type ClientChannel =
  | 'clients.list'
  | 'clients.get'
  | 'clients.findMatches'
  | 'clients.create'
  | 'clients.update'
  | 'clients.discharge'
  | 'clients.reopen';

import type { Db } from '../../../db/repositories/db';

function toMatch(d: PossibleDuplicate): DuplicateMatch {
  return { id: d.id, client_id: d.client_id, name: d.name, referral_date: d.referral_date, discharge_date: d.discharge_date, reason: d.reason };
}

const REASON_TEXT: Record<PossibleDuplicate['reason'], string> = {
  nhs_number: 'same NHS number',
  name_and_date_of_birth: 'same name and date of birth',
};

/** client_id is the team's reference for a person's episode: two episodes never share one. */
function assertClientIdFree(db: Db, clientId: string, exceptId: string | null): void {
  const holder = clientPkOf(db, clientId);
  if (holder && holder !== exceptId) {
    throw conflictAt(['client', 'client_id'], `Client ID "${clientId}" is already used by another client`);
  }
}

/** Likely duplicates are refused until the person saving says they have looked at them. */
function assertNoDuplicates(db: Db, client: Client): void {
  const matches = findPossibleDuplicates(db, client);
  if (matches.length === 0) return;
  const described = matches.map((m) => `${describeEpisode(m)} (${REASON_TEXT[m.reason]})`);
  throw new ServiceError('conflict', `This person may already be on the caseload: ${described.join('; ')}`, {
    issues: described.map((message) => ({ path: [], message })),
  });
}

/**
 * A re-referral starts a new episode linked to the person's latest one, which must be closed first so a
 * person is never open twice.
 */
function assertCanFollow(db: Db, previousId: string, client: Client): void {
  const previous = getEpisodeSummary(db, previousId);
  if (!previous) throw invalidField(['previous_episode_id'], 'The earlier episode is no longer recorded: it may have been deleted');
  if (!previous.discharge_date) {
    throw conflictAt(['previous_episode_id'], `${describeEpisode(previous)}: discharge that episode before recording a re-referral`);
  }
  if (client.referral_date < previous.discharge_date) {
    throw invalidField(
      ['client', 'referral_date'],
      `Referral date must be on or after the earlier episode's discharge date (${formatUkDate(previous.discharge_date)})`,
    );
  }
  const later = laterEpisodesOf(db, previousId)[0];
  if (later) {
    throw conflictAt(['previous_episode_id'], `${previous.client_id} already has a later episode (${later.client_id}): link the re-referral to that one`);
  }
}

function detail(db: Db, id: string): ClientDetail {
  const stored = getClient(db, id);
  if (!stored) throw recordNotFound('client');
  const anonymised = anonymisationOf(db, id);
  return {
    client: { ...stored.client, id },
    previous_episode_id: stored.previous_episode_id,
    episodes: linkedEpisodes(db, id).map((e) => ({ id: e.id, client_id: e.client_id, referral_date: e.referral_date, discharge_date: e.discharge_date })),
    anonymised: anonymised && { on: anonymised.anonymised_at, age_band_at_referral: anonymised.age_band_at_referral },
    jobs: listJobsOfClient(db, id).map((j) => ({ ...j.job, id: j.id })),
    contacts: listContactsOfClient(db, id).map((c) => ({ ...c.contact, id: c.id })),
    activities: listActivitiesOfClient(db, id).map((a) => ({ ...a.activity, id: a.id })),
    wellbeing: listWellbeingOfClient(db, id).map((w) => ({ ...w.wellbeing, id: w.id })),
  };
}

function create(context: ServiceContext, input: ParsedInput<'clients.create'>, caller: Caller): { id: string } {
  return context.write(caller, ({ db: tx }) => {
    const { client } = input;
    assertClientIdFree(tx, client.client_id, null);
    const previousId = input.previous_episode_id ?? null;
    if (previousId) assertCanFollow(tx, previousId, client);
    else if (!input.acknowledgeDuplicates) assertNoDuplicates(tx, client);
    const id = insertClient(tx, client, previousId);
    return audited({ id }, { action: 'client.create', entity: 'client', entity_id: id, after: { ...client, previous_episode_id: previousId } });
  });
}

/** Anonymising is one-way: a form may change an anonymised record's dates and codes, never name the person again. */
function assertStaysAnonymous(db: Db, id: string, client: Client, stored: Client): void {
  const anonymised = anonymisationOf(db, id);
  if (!anonymised) return;
  const fields = reidentifyingFields(client);
  if (fields.length > 0) throw stillAnonymous(client.client_id, anonymised.anonymised_at, fields, 'client');
  // Its dates may be corrected, but clearing the discharge date would re-open it.
  if (stored.discharge_date && !client.discharge_date) throw anonymisedStaysClosed(client.client_id, anonymised.anonymised_at, ['client', 'discharge_date']);
}

function update(context: ServiceContext, input: ParsedInput<'clients.update'>, caller: Caller): { id: string } {
  return context.write(caller, ({ db: tx }) => {
    const stored = getClient(tx, input.id);
    if (!stored) throw recordNotFound('client');
    assertClientIdFree(tx, input.client.client_id, input.id);
    assertStaysAnonymous(tx, input.id, input.client, stored.client);
    updateClient(tx, input.id, input.client);
    return audited({ id: input.id }, { action: 'client.update', entity: 'client', entity_id: input.id, ...changedFields(stored.client, input.client) });
  });
}

function discharge(context: ServiceContext, input: ParsedInput<'clients.discharge'>, caller: Caller): { id: string } {
  return context.write(caller, ({ db: tx }) => {
    const stored = getClient(tx, input.id);
    if (!stored) throw recordNotFound('client');
    const { client } = stored;
    if (client.discharge_date) {
      throw conflictAt(['discharge_date'], `${client.client_id} was already discharged on ${formatUkDate(client.discharge_date)}`);
    }
    if (input.discharge_date < client.referral_date) {
      throw invalidField(['discharge_date'], `Discharge date must be on or after the referral date (${formatUkDate(client.referral_date)})`);
    }
    const after = { discharge_date: input.discharge_date, discharge_reason: input.discharge_reason };
    setDischarge(tx, input.id, after);
    return audited({ id: input.id }, {
      action: 'client.discharge',
      entity: 'client',
      entity_id: input.id,
      before: { discharge_date: null, discharge_reason: client.discharge_reason },
      after,
    });
  });
}

function reopen(context: ServiceContext, input: ParsedInput<'clients.reopen'>, caller: Caller): { id: string } {
  return context.write(caller, ({ db: tx }) => {
    const stored = getClient(tx, input.id);
    if (!stored) throw recordNotFound('client');
    if (!stored.client.discharge_date) throw new ServiceError('conflict', `${stored.client.client_id} is not discharged, so there is nothing to re-open`);
    const anonymised = anonymisationOf(tx, input.id);
    if (anonymised) throw anonymisedStaysClosed(stored.client.client_id, anonymised.anonymised_at, null);
    const openLater = laterEpisodesOf(tx, input.id).find((e) => !e.discharge_date);
    if (openLater) {
      throw new ServiceError('conflict', `${stored.client.client_id} has a later episode that is open (${openLater.client_id}): a person is never open twice`);
    }
    const before = { discharge_date: stored.client.discharge_date, discharge_reason: stored.client.discharge_reason };
    const after = { discharge_date: null, discharge_reason: null };
    setDischarge(tx, input.id, after);
    return audited({ id: input.id }, { action: 'client.reopen', entity: 'client', entity_id: input.id, before, after });
  });
}

/** A re-read of the same record by the same person within this many minutes is the same look. */
export const VIEW_AUDIT_WINDOW_MINUTES = 10;

/**
 * Opening a client record is in the audit trail (who looked at whose record, and when). The screen refetches
 * a record after every edit, so a look is recorded once per person and record per few minutes.
 */
function recordView(context: ServiceContext, caller: Caller, id: string): void {
  const last = context.read(({ raw }) => lastClientView(raw, caller.user, id));
  const now = context.now();
  if (last && now.getTime() - Date.parse(last) < VIEW_AUDIT_WINDOW_MINUTES * 60_000) return;
  context.write(caller, () => audited(null, { action: 'client.view', entity: 'client', entity_id: id }));
}

export function createClientHandlers(context: ServiceContext): Pick<Handlers, ClientChannel> {
  return {
    'clients.list': () => {
      const today = context.today();
      return { rows: context.read(({ raw }) => listCaseload(raw, today)), today };
    },
    'clients.get': (input, caller) => {
      const record = context.read(({ db }) => detail(db, input.id));
      recordView(context, caller, input.id);
      return record;
    },
    'clients.findMatches': (input) => {
      const query = { ...input, nhs_number: input.nhs_number ? normaliseNhsNumber(input.nhs_number) : null };
      return { matches: context.read(({ db }) => findPossibleDuplicates(db, query)).map(toMatch) };
    },
    'clients.create': (input, caller) => create(context, input, caller),
    'clients.update': (input, caller) => update(context, input, caller),
    'clients.discharge': (input, caller) => discharge(context, input, caller),
    'clients.reopen': (input, caller) => reopen(context, input, caller),
  };
}
