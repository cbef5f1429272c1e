import {
  activitySchema, clientSchema, contactSchema, jobSchema, staffSchema,
  type ActivityInput, type Client, type ClientInput, type Contact, type ContactInput, type Job, type JobInput, type Staff, type StaffInput,
} from '../../../shared/records';
import { parsePeriod } from '../../../shared/period';
import { computeReport } from '../../../shared/outcomes/report';
import { contactFactsFrom } from '../../../shared/outcomes/contact-facts';
import type { HandEntered, MetricResult, PeriodRange, Report, ReportInput } from '../../../shared/outcomes/types';
import type { MetricId } from '../../../shared/outcomes/metric-ids';

/**
 * Builders for small hand-made cases. Records go through the real zod schemas, so every case is data the
 * app could hold. Defaults: referred 2025-04-01, a permanent competitive 20-hour job with four hours confirmed.
 */
export function client(id: string, fields: Partial<ClientInput> = {}): Client {
  return clientSchema.parse({ client_id: id, referral_date: '2025-04-01', ...fields });
}

export function job(id: string, clientId: string, fields: Partial<JobInput> = {}): Job {
  return jobSchema.parse({
    job_id: id,
    client_id: clientId,
    start_date: '2025-05-01',
    four_hours_confirmed: true,
    hours_per_week: 20,
    contract_type: 'permanent',
    competitive: true,
    ...fields,
  });
}

export function contact(fields: Partial<ContactInput> & Pick<ContactInput, 'date' | 'kind'>): Contact {
  const employer = fields.kind.startsWith('employer') ? { employer: 'Acme Ltd' } : {};
  return contactSchema.parse({ specialist: 'Sam', ...employer, ...fields });
}

export function activity(clientId: string, startDate: string, kind: ActivityInput['kind'] = 'voluntary_work') {
  return activitySchema.parse({ client_id: clientId, start_date: startDate, kind });
}

export function staff(name: string, fields: Partial<StaffInput> = {}): Staff {
  return staffSchema.parse({ name, fte: 1, ...fields });
}

export type Parts = {
  clients: Client[];
  jobs?: ReportInput['jobs'];
  contacts?: Contact[];
  activities?: ReportInput['activities'];
  staff?: Staff[];
  handEntered?: HandEntered;
  ageBandsAtReferral?: ReportInput['ageBandsAtReferral'];
};

export function periodOf(period: string | PeriodRange): PeriodRange {
  return typeof period === 'string' ? parsePeriod(period) : period;
}

export function inputOf(parts: Parts, period: string | PeriodRange, asOf: string): ReportInput {
  const input: ReportInput = {
    clients: parts.clients,
    jobs: parts.jobs ?? [],
    activities: parts.activities ?? [],
    staff: parts.staff ?? [],
    contactFacts: contactFactsFrom(parts.contacts ?? [], periodOf(period), asOf),
  };
  if (parts.handEntered) input.handEntered = parts.handEntered;
  if (parts.ageBandsAtReferral) input.ageBandsAtReferral = parts.ageBandsAtReferral;
  return input;
}

/** Report for FY 2025-26 (01/04/2025–31/03/2026) as of 30/06/2026 unless told otherwise. */
export function report(parts: Parts, period: string | PeriodRange = '2025-26', asOf = '2026-06-30'): Report {
  return computeReport(inputOf(parts, period, asOf), periodOf(period), asOf);
}

export function metric(parts: Parts, id: MetricId, period: string | PeriodRange = '2025-26', asOf = '2026-06-30'): MetricResult {
  return report(parts, period, asOf).metrics[id];
}
