import { audited } from '../../../db/audited-write';
import { getEpisodeSummary, linkedEpisodes, type EpisodeSummary } from '../../../db/repositories/clients-repository';
import type { Db } from '../../../db/repositories/db';
import { episodeChain, eraseClients, erasureCounts } from '../../../db/repositories/erasure-repository';
import type { Handlers, ParsedInput } from '../../../shared/ipc/contract';
import type { ErasurePreview } from '../../../shared/ipc/rights';
import type { Caller } from '../../../shared/roles';
import { conflictAt, invalidField, recordNotFound } from '../records/record-errors';
import type { ServiceContext } from '../service-context';

/**
 * Erasure of one client on request, with the other episodes of the same person named by the manager.
 *
 * Episodes joined by a re-referral link are certainly the same person, so one is never erased without the
 * others: erasing it alone would clear the link and leave the rest of that person's history on file as if it
 * were someone else's. Episodes that only share the NHS number are shown but erased only when named, since a
 * mistyped number would otherwise erase a stranger. The audit entry holds record ids, client references, the
 * counts and the reason: nothing of the person.
 */

const episode = (e: EpisodeSummary) => ({ id: e.id, client_id: e.client_id, referral_date: e.referral_date, discharge_date: e.discharge_date });

function linkedOf(db: Db, id: string): ErasurePreview['linkedEpisodes'] {
  const chain = new Set(episodeChain(db, id).map((e) => e.id));
  return linkedEpisodes(db, id).map((e) => ({ ...episode(e), link: chain.has(e.id) ? ('episode' as const) : ('nhs_number' as const) }));
}

function preview(db: Db, id: string): ErasurePreview {
  const client = getEpisodeSummary(db, id);
  if (!client) throw recordNotFound('client');
  return { client: episode(client), linkedEpisodes: linkedOf(db, id), counts: erasureCounts(db, [id]) };
}

/** The episodes to erase: the client and those named, each a linked episode, with no re-referral link left out. */
function erasureSet(db: Db, input: ParsedInput<'clients.erase'>): EpisodeSummary[] {
  const client = getEpisodeSummary(db, input.id);
  if (!client) throw recordNotFound('client');
  const linked = new Map(linkedEpisodes(db, input.id).map((e) => [e.id, e]));
  const chosen = new Map<string, EpisodeSummary>([[client.id, client]]);
  input.alsoErase.forEach((otherId, i) => {
    const other = linked.get(otherId);
    if (!other) throw invalidField(['alsoErase', i], `Only other episodes of the same person can be erased with ${client.client_id}; that record is not one`);
    chosen.set(other.id, other);
  });
  const missing = new Map<string, EpisodeSummary>();
  for (const e of chosen.values()) for (const c of episodeChain(db, e.id)) if (!chosen.has(c.id)) missing.set(c.id, c);
  if (missing.size > 0) {
    const names = [...missing.values()].map((e) => e.client_id).sort();
    throw conflictAt(
      ['alsoErase'],
      `${client.client_id} is linked to ${names.join(', ')} as a re-referral of the same person: erase ${missing.size === 1 ? 'that episode' : 'those episodes'} too, or none. Nothing was erased.`,
    );
  }
  return [...chosen.values()];
}

function erase(context: ServiceContext, input: ParsedInput<'clients.erase'>, caller: Caller) {
  return context.write(caller, ({ db: tx }) => {
    const episodes = erasureSet(tx, input);
    const erased = episodes.map((e) => ({ id: e.id, client_id: e.client_id })).sort((a, b) => (a.client_id < b.client_id ? -1 : 1));
    const counts = eraseClients(tx, erased.map((e) => e.id));
    return audited(
      { erased, employerContactsKept: counts.employerContactsKept },
      { action: 'client.erase', entity: 'client', entity_id: input.id, details: { reason: input.reason, erased, counts } },
    );
  });
}

export function createErasureHandlers(context: ServiceContext): Pick<Handlers, 'clients.erasurePreview' | 'clients.erase'> {
  return {
    'clients.erasurePreview': (input) => context.read(({ db }) => preview(db, input.id)),
    'clients.erase': (input, caller) => erase(context, input, caller),
  };
}
