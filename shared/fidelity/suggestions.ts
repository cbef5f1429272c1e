import { z } from 'zod';
import type { IsoDate } from '../dates';
import { buildContext, type EngineContext } from '../outcomes/context';
import { isStaffInPostOn, type JobFacts } from '../outcomes/facts';
import { caseload, fteInPost } from '../outcomes/metrics/caseload';
import { clientPreferenceShare, daysToFirstEmployerContact, employerContactDays, fidelity } from '../outcomes/metrics/fidelity';
import { checkReportDates } from '../outcomes/report';
import type { PeriodRange, ReportInput } from '../outcomes/types';
import { SUGGESTED_ITEM_IDS, SUGGESTION_DEFINITIONS, SUGGESTION_UNITS, suggestedItemIdSchema, type SuggestedItemId } from './suggestion-definitions';
import { scoreByThresholds } from './suggestion-rules';

/**
 * Suggested scores from the records (DOMAIN §7.3), for a period as the data stood on `as_of` (a review's
 * date). Built on the outcomes engine's own context and metrics, so every figure equals the report's
 * (caseload per FTE, days to first employer contact, employer contacts per week) for the same period.
 * A suggestion is shown beside the item with its figure and records; it is never saved as a score.
 */

const ids = z.array(z.string());

/** The records behind a figure, for links from the screen. Every list is present (empty when none). */
export const suggestionRecordsSchema = z.object({
  /** Clients the figure is about (items 1, 15 and Sainsbury 3), or the clients of its jobs (19–21). */
  clients: ids,
  /** Jobs the figure is computed over (items 19–21). */
  jobs: ids,
  /** Staff whose FTE divides the figure (items 1 and 17), by name. */
  staff: ids,
  /** Items 19 and 20: job starts left out for a blank title or employer. */
  leftOutJobs: ids,
  /** Item 21: jobs in the figure that are not competitive. */
  nonCompetitiveJobs: ids,
});
export type SuggestionRecords = z.infer<typeof suggestionRecordsSchema>;

export const fidelitySuggestionSchema = z.object({
  item: suggestedItemIdSchema,
  /** 1–5, or null when there is no figure. */
  score: z.number().int().min(1).max(5).nullable(),
  /** Unrounded; null when there is nothing to compute it from. */
  figure: z.number().nullable(),
  unit: z.enum(SUGGESTION_UNITS),
  /**
   * figure = numerator ÷ denominator in arithmetic (the figure itself is computed as DOMAIN words it):
   * shares: records counted ÷ records considered; days: total days ÷ clients; item 1: active clients ÷ FTE;
   * item 17: face-to-face employer contacts ÷ (weeks × FTE).
   */
  numerator: z.number(),
  denominator: z.number(),
  records: suggestionRecordsSchema,
  rule: z.string(),
});
export type FidelitySuggestion = z.infer<typeof fidelitySuggestionSchema>;

const periodSchema = z.object({ start: z.string(), end: z.string(), as_of: z.string() });

export const fidelitySuggestionsSchema = z.object({
  period: periodSchema,
  suggestions: z.record(suggestedItemIdSchema, fidelitySuggestionSchema),
});
export type FidelitySuggestions = z.infer<typeof fidelitySuggestionsSchema>;

/** What `fidelity suggest --json` prints: each item's score and figure only. */
export const publicFidelitySuggestionsSchema = z.object({
  period: periodSchema,
  suggestions: z.record(suggestedItemIdSchema, z.object({ score: z.number().nullable(), figure: z.number().nullable() })),
});
export type PublicFidelitySuggestions = z.infer<typeof publicFidelitySuggestionsSchema>;

const NO_RECORDS = (): SuggestionRecords => ({ clients: [], jobs: [], staff: [], leftOutJobs: [], nonCompetitiveJobs: [] });

function suggestion(
  item: SuggestedItemId,
  figure: number | null,
  numerator: number,
  denominator: number,
  records: Partial<SuggestionRecords> = {},
): FidelitySuggestion {
  const def = SUGGESTION_DEFINITIONS[item];
  return {
    item,
    score: figure === null ? null : scoreByThresholds(def.thresholds, figure),
    figure,
    unit: def.unit,
    numerator,
    denominator,
    records: { ...NO_RECORDS(), ...records },
    rule: def.rule,
  };
}

const distinctClients = (jobs: readonly JobFacts[]) => [...new Set(jobs.map((j) => j.clientId))];

/** Trimmed and case-folded, so "Barista " and "barista" are one title; blank → null. */
export function distinctKey(text: string | null | undefined): string | null {
  const key = text?.trim().toLowerCase();
  return key ? key : null;
}

/** Items 19 and 20: distinct non-blank values ÷ job starts with a value; starts with a blank are left out. */
function diversity(item: 'ips25:19' | 'ips25:20', starts: readonly JobFacts[], valueOf: (j: JobFacts) => string | null): FidelitySuggestion {
  const withValue = starts.filter((j) => distinctKey(valueOf(j)) !== null);
  const distinct = new Set(withValue.map((j) => distinctKey(valueOf(j)))).size;
  return suggestion(item, withValue.length === 0 ? null : distinct / withValue.length, distinct, withValue.length, {
    clients: distinctClients(withValue),
    jobs: withValue.map((j) => j.id),
    leftOutJobs: starts.filter((j) => distinctKey(valueOf(j)) === null).map((j) => j.id),
  });
}

/** Item 21: jobs starting in P with four hours confirmed and on or after referral; the share competitive. */
function competitiveShare(ctx: EngineContext): FidelitySuggestion {
  const jobs = ctx.index.jobs.filter((j) => ctx.inP(j.start) && j.job.four_hours_confirmed && j.start >= ctx.index.byId.get(j.clientId)!.referral);
  const competitive = jobs.filter((j) => j.job.competitive);
  return suggestion('ips25:21', jobs.length === 0 ? null : competitive.length / jobs.length, competitive.length, jobs.length, {
    clients: distinctClients(jobs),
    jobs: jobs.map((j) => j.id),
    nonCompetitiveJobs: jobs.filter((j) => !j.job.competitive).map((j) => j.id),
  });
}

/**
 * Every suggestion of DOMAIN §7 for `period` as the data stood on `asOf`, from the records a report reads.
 * Jobs must carry `job_title` for item 19 (the report's lean records leave it blank: read it for the jobs
 * starting in the period). Throws, like computeReport, for a period or as-of date that is not a real date.
 */
export function computeFidelitySuggestions(input: ReportInput, period: PeriodRange, asOf: IsoDate): FidelitySuggestions {
  checkReportDates(period, asOf);
  const ctx = buildContext(input, period, asOf);
  const fte = fteInPost(ctx);
  const staffInPost = input.staff.filter((s) => isStaffInPostOn(s, ctx.snapIso) && (s.fte ?? 0) > 0).map((s) => s.name);

  const caseloadPerFte = caseload(ctx).caseload_per_fte;
  const measures = fidelity(ctx);
  const daysMetric = measures.days_to_first_employer_contact;
  const daysClients = daysMetric.records.clients ?? [];
  const totalDays = daysClients.reduce((sum, id) => sum + (daysToFirstEmployerContact(ctx.index.byId.get(id)!) ?? 0), 0);
  const days = (item: 'sainsbury:3' | 'ips25:15') => suggestion(item, daysMetric.value, totalDays, daysClients.length, { clients: [...daysClients] });

  const preference = clientPreferenceShare(input.contactFacts);
  const prefers = (item: 'sainsbury:2' | 'ips25:16') => suggestion(item, preference.value, preference.numerator!, preference.denominator!);

  const perWeek = measures.employer_f2f_per_week.value;
  const weeks = employerContactDays(ctx) / 7;
  const contacts = input.contactFacts.employerF2FInPeriod.total;

  const starts = ctx.countedStartsInP;
  const all: Record<SuggestedItemId, FidelitySuggestion> = {
    'sainsbury:2': prefers('sainsbury:2'),
    'sainsbury:3': days('sainsbury:3'),
    'ips25:1': suggestion('ips25:1', caseloadPerFte.value, caseloadPerFte.records.clients?.length ?? 0, fte, {
      clients: [...(caseloadPerFte.records.clients ?? [])],
      staff: staffInPost,
    }),
    'ips25:15': days('ips25:15'),
    'ips25:16': prefers('ips25:16'),
    'ips25:17': suggestion('ips25:17', perWeek === null || fte <= 0 ? null : perWeek / fte, contacts, weeks * fte, { staff: staffInPost }),
    'ips25:19': diversity('ips25:19', starts, (j) => j.job.job_title),
    'ips25:20': diversity('ips25:20', starts, (j) => j.job.employer),
    'ips25:21': competitiveShare(ctx),
  };
  return {
    period: { start: period.start, end: period.end, as_of: asOf },
    suggestions: Object.fromEntries(SUGGESTED_ITEM_IDS.map((id) => [id, all[id]])) as Record<SuggestedItemId, FidelitySuggestion>,
  };
}

/** `{ period, suggestions: { id: { score, figure } } }` in SUGGESTED_ITEM_IDS order: the CLI's JSON. */
export function toPublicSuggestions(result: FidelitySuggestions): PublicFidelitySuggestions {
  return {
    period: { start: result.period.start, end: result.period.end, as_of: result.period.as_of },
    suggestions: Object.fromEntries(
      SUGGESTED_ITEM_IDS.map((id) => [id, { score: result.suggestions[id]!.score, figure: result.suggestions[id]!.figure }]),
    ) as PublicFidelitySuggestions['suggestions'],
  };
}

/** The period and as-of date a review's suggestions are computed for: its period, as of its review date. */
export function suggestionPeriodOf(review: { review_date: IsoDate; period: { start: IsoDate; end: IsoDate } }): { period: PeriodRange; asOf: IsoDate } {
  return { period: { start: review.period.start, end: review.period.end }, asOf: review.review_date };
}
