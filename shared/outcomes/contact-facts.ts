import type { IsoDate } from '../dates';
import type { Contact } from '../records';
import type { ContactFacts, PeriodRange } from './types';

type ContactLike = Pick<Contact, 'date' | 'kind' | 'client_id' | 'specialist' | 'client_preference_based'>;

export const UNKNOWN_SPECIALIST = 'unknown';

/** Specialist name as a breakdown key: trimmed, blank → `unknown`. */
export function specialistKey(name: string | null | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? trimmed : UNKNOWN_SPECIALIST;
}

/**
 * Aggregates raw contacts into the ContactFacts a report needs (semantics documented on ContactFacts).
 * One pass, no sorting: used by tests, small data and explainClient; the database layer does the same in SQL.
 */
export function contactFactsFrom(contacts: Iterable<ContactLike>, period: PeriodRange, asOf: IsoDate): ContactFacts {
  const snap = period.end < asOf ? period.end : asOf;
  const facts: ContactFacts = {
    firstEmployerF2F: {},
    lastClientContact: {},
    employerF2FInPeriod: { total: 0, bySpecialist: {} },
    employerContactsPreference: { marked: 0, preferenceBased: 0 },
  };
  for (const c of contacts) {
    const inPeriod = c.date >= period.start && c.date <= snap;
    if (c.kind === 'employer_face_to_face') {
      if (c.client_id && c.date <= asOf) {
        const first = facts.firstEmployerF2F[c.client_id];
        if (first === undefined || c.date < first) facts.firstEmployerF2F[c.client_id] = c.date;
      }
      if (inPeriod) {
        facts.employerF2FInPeriod.total += 1;
        const key = specialistKey(c.specialist);
        facts.employerF2FInPeriod.bySpecialist[key] = (facts.employerF2FInPeriod.bySpecialist[key] ?? 0) + 1;
      }
    }
    const marked = c.client_preference_based === 'yes' || c.client_preference_based === 'no';
    if ((c.kind === 'employer_face_to_face' || c.kind === 'employer_other') && inPeriod && marked) {
      facts.employerContactsPreference.marked += 1;
      if (c.client_preference_based === 'yes') facts.employerContactsPreference.preferenceBased += 1;
    }
    if ((c.kind === 'client_face_to_face' || c.kind === 'client_other') && c.client_id && c.date <= snap) {
      const last = facts.lastClientContact[c.client_id];
      if (last === undefined || c.date > last) facts.lastClientContact[c.client_id] = c.date;
    }
  }
  return facts;
}

/** No contacts at all (e.g. a report before any contact is logged). */
export function emptyContactFacts(): ContactFacts {
  return {
    firstEmployerF2F: {},
    lastClientContact: {},
    employerF2FInPeriod: { total: 0, bySpecialist: {} },
    employerContactsPreference: { marked: 0, preferenceBased: 0 },
  };
}
