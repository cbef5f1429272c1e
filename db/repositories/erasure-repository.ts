import { and, count, inArray } from 'drizzle-orm';
import { CLIENT_CONTACT_KINDS, EMPLOYER_CONTACT_KINDS } from '../../shared/codes';
import type { Contact } from '../../shared/records';
import { activities, clients, contacts, jobs, wellbeing } from '../schema';
import { getEpisodeSummary, laterEpisodesOf, type EpisodeSummary } from './clients-repository';
import type { Db, WriteDb } from './db';

/**
 * Erasure of client records on request (issue 10 point 9). A client's jobs, client contacts, activities and
 * wellbeing scores go with it (the foreign keys cascade); employer contacts made on its behalf stay, with the
 * link to the client cleared: they are the team's record of its work with employers (they count in
 * `employer_f2f_per_week` and the preference share) and say nothing about anyone once unlinked.
 */

export interface ErasureCounts {
  jobs: number;
  /** Contacts with the person, removed. */
  clientContacts: number;
  /** Employer contacts made on their behalf, kept with the client link cleared. */
  employerContactsKept: number;
  activities: number;
  wellbeing: number;
}

const CLIENT_KINDS = CLIENT_CONTACT_KINDS as Contact['kind'][];
const EMPLOYER_KINDS = EMPLOYER_CONTACT_KINDS as Contact['kind'][];

export function erasureCounts(db: Db, ids: readonly string[]): ErasureCounts {
  const list = [...ids];
  const n = (rows: { n: number } | undefined) => rows?.n ?? 0;
  return {
    jobs: n(db.select({ n: count() }).from(jobs).where(inArray(jobs.client_pk, list)).get()),
    clientContacts: n(db.select({ n: count() }).from(contacts).where(and(inArray(contacts.client_pk, list), inArray(contacts.kind, CLIENT_KINDS))).get()),
    employerContactsKept: n(db.select({ n: count() }).from(contacts).where(and(inArray(contacts.client_pk, list), inArray(contacts.kind, EMPLOYER_KINDS))).get()),
    activities: n(db.select({ n: count() }).from(activities).where(inArray(activities.client_pk, list)).get()),
    wellbeing: n(db.select({ n: count() }).from(wellbeing).where(inArray(wellbeing.client_pk, list)).get()),
  };
}

/** Erases the client records `ids` as described above; returns what went and what stayed. */
export function eraseClients(db: WriteDb, ids: readonly string[]): ErasureCounts {
  const list = [...ids];
  const counts = erasureCounts(db, list);
  const now = new Date().toISOString();
  db.update(contacts)
    .set({ client_pk: null, updated_at: now })
    .where(and(inArray(contacts.client_pk, list), inArray(contacts.kind, EMPLOYER_KINDS)))
    .run();
  db.delete(clients).where(inArray(clients.id, list)).run();
  return counts;
}

/**
 * Every other episode joined to `id` by re-referral links (`previous_episode_id`), either way and
 * transitively: certainly the same person. (Episodes that only share an NHS number are found by
 * linkedEpisodes in clients-repository.ts.)
 */
export function episodeChain(db: Db, id: string): EpisodeSummary[] {
  const found = new Map<string, EpisodeSummary>();
  const start = getEpisodeSummary(db, id);
  if (!start) return [];
  found.set(id, start);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: EpisodeSummary[] = [];
    for (const episode of frontier) {
      const previous = episode.previous_episode_id ? getEpisodeSummary(db, episode.previous_episode_id) : undefined;
      for (const e of [...(previous ? [previous] : []), ...laterEpisodesOf(db, episode.id)]) {
        if (found.has(e.id)) continue;
        found.set(e.id, e);
        next.push(e);
      }
    }
    frontier = next;
  }
  found.delete(id);
  return [...found.values()];
}
