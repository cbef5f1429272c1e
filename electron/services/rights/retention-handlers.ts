import { audited } from '../../../db/audited-write';
import { anonymiseClients, listRetentionEpisodes } from '../../../db/repositories/retention-repository';
import { readServiceSettings } from '../../../db/repositories/settings-repository';
import type { Handlers, ParsedInput } from '../../../shared/ipc/contract';
import type { RetentionPreview } from '../../../shared/ipc/rights';
import { planRetention, type RetentionEpisode } from '../../../shared/retention';
import type { Caller } from '../../../shared/roles';
import type { ServiceContext } from '../service-context';
import { ServiceError } from '../service-error';

/**
 * The retention rule over IPC: a preview of whom it anonymises today, and the anonymisation of the clients a
 * manager confirmed from that preview, in one audited write. The audit entry lists record ids and client
 * references, never the names or numbers removed.
 */

const episode = (e: RetentionEpisode) => ({ id: e.id, client_id: e.client_id, referral_date: e.referral_date, discharge_date: e.discharge_date });

function preview(context: ServiceContext): RetentionPreview {
  const today = context.today();
  return context.read(({ db }) => {
    const years = readServiceSettings(db).retentionYears;
    const plan = planRetention(listRetentionEpisodes(db), today, years);
    return {
      years,
      today,
      cutoff: plan.cutoff,
      due: plan.due.map(episode),
      heldBack: plan.heldBack.map(({ episode: e, by }) => ({ ...episode(e), heldBackBy: episode(by) })),
      anonymisedBefore: plan.anonymisedBefore,
    };
  });
}

/** How many of the chosen clients are not due, naming the first few by client ID. */
function notDueMessage(notDue: readonly string[], known: ReadonlyMap<string, RetentionEpisode>): string {
  const named = notDue.slice(0, 5).map((id) => known.get(id)?.client_id ?? 'a client no longer recorded');
  const more = notDue.length > named.length ? ` and ${notDue.length - named.length} more` : '';
  const n = notDue.length;
  return `${n} of the clients chosen ${n === 1 ? 'is' : 'are'} not due for anonymisation now (${named.join(', ')}${more}): preview the retention rule again. Nothing was changed.`;
}

function anonymise(context: ServiceContext, input: ParsedInput<'retention.anonymise'>, caller: Caller) {
  const today = context.today();
  return context.write(caller, ({ db: tx }) => {
    const years = readServiceSettings(tx).retentionYears;
    const episodes = listRetentionEpisodes(tx);
    const plan = planRetention(episodes, today, years);
    const due = new Map(plan.due.map((e) => [e.id, e]));
    const ids = [...new Set(input.ids)];
    const notDue = ids.filter((id) => !due.has(id));
    if (notDue.length > 0) {
      const known = new Map(episodes.map((e) => [e.id, e]));
      throw new ServiceError('conflict', notDueMessage(notDue, known));
    }
    anonymiseClients(tx, ids, today);
    const clients = ids.map((id) => ({ id, client_id: due.get(id)!.client_id })).sort((a, b) => (a.client_id < b.client_id ? -1 : 1));
    return audited(
      { anonymised: ids.length, ids: clients.map((c) => c.id), on: today },
      { action: 'retention.anonymise', entity: 'client', details: { years, cutoff: plan.cutoff, count: ids.length, clients } },
    );
  });
}

export function createRetentionHandlers(context: ServiceContext): Pick<Handlers, 'retention.preview' | 'retention.anonymise'> {
  return {
    'retention.preview': () => preview(context),
    'retention.anonymise': (input, caller) => anonymise(context, input, caller),
  };
}
