import type { AppTransaction } from '../../../db/connection';
import { clients } from '../../../db/schema';
import { clipText } from '../../xlsx/interchange-text';

/**
 * Re-referral links in an import. The Clients sheet names each re-referral's earlier episode by its
 * client_id; the database links record ids. A workbook sets the links it names and leaves the others as they
 * are (a blank cell does not unlink: older workbooks have no such column). Once set, the links must still
 * form chains: an episode has at most one later episode, and no chain leads back to where it started.
 */
export interface LinkRequest {
  clientPk: string;
  previousClientId: string;
  /** The link stored before the import (null: none, or a new client). */
  storedPreviousPk: string | null;
}

/** Sets the links that differ from what is stored; returns the record ids of the clients whose link changed. */
export function setEpisodeLinks(
  requests: readonly LinkRequest[],
  pkOf: (clientId: string) => string,
  link: (clientPk: string, previousPk: string) => void,
): Set<string> {
  const changed = new Set<string>();
  for (const request of requests) {
    const previousPk = pkOf(request.previousClientId);
    if (previousPk === request.storedPreviousPk) continue;
    link(request.clientPk, previousPk);
    changed.add(request.clientPk);
  }
  return changed;
}

/** Problems with the links as they now stand in the transaction, as lines for the Clients sheet. */
export function episodeLinkProblems(tx: AppTransaction): string[] {
  const all = tx.select({ id: clients.id, clientId: clients.client_id, previous: clients.previous_episode_id }).from(clients).all();
  const clientIdOf = new Map(all.map((r) => [r.id, r.clientId]));
  const name = (pk: string) => `"${clipText(clientIdOf.get(pk) ?? pk)}"`;
  const previousOf = new Map<string, string>();
  const laterOf = new Map<string, string[]>();
  for (const r of all) {
    if (r.previous === null) continue;
    previousOf.set(r.id, r.previous);
    laterOf.set(r.previous, [...(laterOf.get(r.previous) ?? []), r.id]);
  }
  const problems: string[] = [];
  for (const [previous, later] of laterOf) {
    if (later.length < 2) continue;
    const who = `${later.map(name).join(' and ')} ${later.length === 2 ? 'both' : 'all'}`;
    problems.push(`Clients: ${who} name ${name(previous)} as their previous episode; an episode has one re-referral at most`);
  }
  const done = new Set<string>();
  for (const start of previousOf.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = previousOf.get(at);
    }
    if (at !== undefined && onPath.has(at)) {
      // Told from the episode with the first client_id, so the message does not depend on the order rows are read.
      const loop = path.slice(path.indexOf(at));
      const first = loop.reduce((a, b) => ((clientIdOf.get(b) ?? b) < (clientIdOf.get(a) ?? a) ? b : a));
      const told = [...loop.slice(loop.indexOf(first)), ...loop.slice(0, loop.indexOf(first)), first];
      problems.push(`Clients: the previous episodes of ${name(first)} lead back to it (${told.map(name).join(' → ')})`);
    }
    for (const pk of path) done.add(pk);
  }
  return problems;
}
