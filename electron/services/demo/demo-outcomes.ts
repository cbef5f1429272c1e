import type { Activity, Wellbeing } from '../../../shared/records';
import { WELLBEING_RANGES } from '../../../shared/wellbeing';
import type { ClientStory } from './demo-client-story';
import { isoOf } from './demo-calendar';
import type { Rng } from './prng';

type Measure = Wellbeing['measure'];
type ActivityKind = Activity['kind'];

const MEASURE_SETS: readonly (readonly [readonly Measure[], number])[] = [[['swemwbs', 'reqol10'], 50], [['swemwbs'], 30], [['reqol10'], 20]];
/** Baseline means: SWEMWBS around 19.5 (below the population's ~23.5), ReQoL-10 around 19. */
const BASELINE = { swemwbs: { mean: 19.5, sd: 4.5 }, reqol10: { mean: 19, sd: 7 } } as const;
/** Mean change at a follow-up: bigger for people in work. */
const CHANGE = { swemwbs: { working: 2.5, not: 1, sd: 3 }, reqol10: { working: 4, not: 1.5, sd: 5 } } as const;

function clampScore(measure: Measure, score: number): number {
  const { min, max } = WELLBEING_RANGES[measure];
  return Math.min(max, Math.max(min, Math.round(score)));
}

/**
 * Wellbeing at referral and, for clients still open, about 6 and 12 months later. Roughly three in four
 * engaged clients complete a baseline.
 */
export function planWellbeing(rng: Rng, story: ClientStory): Wellbeing[] {
  if (story.profile === null || !rng.chance(0.75)) return [];
  const clientId = story.client.client_id;
  const measures = rng.weighted(MEASURE_SETS);
  const working = story.jobs.some((j) => j.start >= story.referral);
  const out: Wellbeing[] = [];
  const baselineDay = story.referral + rng.int(0, 21);
  if (baselineDay > story.openEnd) return [];
  const baseline = new Map<Measure, number>();
  for (const measure of measures) {
    const score = clampScore(measure, rng.normal(BASELINE[measure].mean, BASELINE[measure].sd));
    baseline.set(measure, score);
    out.push({ client_id: clientId, date: isoOf(baselineDay), measure, score });
  }
  for (const [after, spread] of [[182, 20], [365, 30]] as const) {
    const day = story.referral + after + rng.int(-spread, spread);
    if (day > story.openEnd || !rng.chance(0.7)) continue;
    for (const measure of measures) {
      const change = CHANGE[measure];
      const score = clampScore(measure, (baseline.get(measure) ?? 0) + rng.normal(working ? change.working : change.not, change.sd));
      out.push({ client_id: clientId, date: isoOf(day), measure, score });
    }
  }
  return out;
}

const ACTIVITY_MIX = [
  ['voluntary_work', 35], ['fe_college', 20], ['recovery_college', 20], ['formal_training', 15], ['university', 5], ['retirement', 5],
] as const;

/** Education, volunteering or retirement (Sainsbury D4) for about one engaged client in six. */
export function planActivities(rng: Rng, story: ClientStory): Activity[] {
  if (story.profile === null || !rng.chance(0.17)) return [];
  const count = rng.chance(0.1) ? 2 : 1;
  const out: Activity[] = [];
  for (let i = 0; i < count; i++) {
    const day = story.profile + rng.int(14, 400);
    if (day > story.openEnd) continue;
    let kind: ActivityKind = rng.weighted(ACTIVITY_MIX);
    // Retirement only makes sense near pension age.
    if (kind === 'retirement' && (story.age === null || story.age < 58)) kind = 'voluntary_work';
    if (!out.some((a) => a.kind === kind)) out.push({ client_id: story.client.client_id, start_date: isoOf(day), kind });
  }
  return out;
}
