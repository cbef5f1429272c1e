import type { IsoDate } from '../dates';
import type { Contact } from '../records';
import { contactFactsFrom } from './contact-facts';
import { buildContext } from './context';
import { OUTCOME_REASONS, type Reasoner } from './explain-outcomes';
import { SERVICE_REASONS } from './explain-services';
import { METRIC_IDS, type MetricId } from './metric-ids';
import { computeReport } from './report';
import type { ContactFacts, PeriodRange, ReportInput } from './types';

export type ClientExplanation = {
  metricId: MetricId;
  /** In the figure: counted (counts, distributions, means) or in the numerator (rates). */
  counted: boolean;
  /** Rates only: whether the client is in the denominator. */
  inDenominator?: boolean;
  reason: string;
};

/** explainClient takes either the report's ContactFacts or the client's raw contacts. */
export type ExplainInput = Omit<ReportInput, 'contactFacts'> & ({ contactFacts: ContactFacts } | { contacts: readonly Contact[] });

const REASONS: Partial<Record<MetricId, Reasoner>> = { ...OUTCOME_REASONS, ...SERVICE_REASONS };

/** Metrics a single client can be in: all but the contact rate and the hand-entered HR figure. */
export const CLIENT_LEVEL_METRICS: readonly MetricId[] = METRIC_IDS.filter((id) => REASONS[id] !== undefined);

function oneClientFacts(input: ExplainInput, clientId: string, period: PeriodRange, asOf: IsoDate): ContactFacts {
  if ('contacts' in input) {
    return contactFactsFrom(
      input.contacts.filter((c) => c.client_id === clientId),
      period,
      asOf,
    );
  }
  const pick = (map: Record<string, IsoDate>) => (map[clientId] ? { [clientId]: map[clientId] } : {});
  return {
    firstEmployerF2F: pick(input.contactFacts.firstEmployerF2F),
    lastClientContact: pick(input.contactFacts.lastClientContact),
    employerF2FInPeriod: { total: 0, bySpecialist: {} },
    employerContactsPreference: { marked: 0, preferenceBased: 0 },
  };
}

/**
 * Why one client is or is not in each client-level metric, in plain words. `counted` comes from running the
 * engine itself on the client's records, so it always agrees with the report; the reason is written from
 * the same derived facts.
 */
export function explainClient(clientId: string, input: ExplainInput, period: PeriodRange, asOf: IsoDate): ClientExplanation[] {
  const client = input.clients.find((c) => c.client_id === clientId);
  if (!client) throw new Error(`Client "${clientId}" was not found`);
  const single: ReportInput = {
    clients: [client],
    jobs: input.jobs.filter((j) => j.client_id === clientId),
    activities: input.activities.filter((a) => a.client_id === clientId),
    staff: input.staff,
    contactFacts: oneClientFacts(input, clientId, period, asOf),
    ...(input.ageBandsAtReferral ? { ageBandsAtReferral: input.ageBandsAtReferral } : {}),
  };
  const report = computeReport(single, period, asOf);
  const ctx = buildContext(single, period, asOf);
  const cf = ctx.index.byId.get(clientId)!;
  return CLIENT_LEVEL_METRICS.map((metricId) => {
    const { records } = report.metrics[metricId];
    const explanation: ClientExplanation = {
      metricId,
      counted: records.clients?.includes(clientId) ?? false,
      reason: REASONS[metricId]!(cf, ctx),
    };
    if (records.denominatorClients) explanation.inDenominator = records.denominatorClients.includes(clientId);
    return explanation;
  });
}
