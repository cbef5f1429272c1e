import type { Activity, TeamRecords, Wellbeing } from '../../../shared/records';
import { isIsoDate, type IsoDate } from '../../../shared/dates';
import { demoWindow, sampleReferralDays } from './demo-calendar';
import { planClientStory, type ClientStory } from './demo-client-story';
import { planContacts } from './demo-contacts';
import { planActivities, planWellbeing } from './demo-outcomes';
import { planStaff } from './demo-staff';
import { createRng, mixSeed } from './prng';

/** Shown wherever demo data is on screen. */
export const DEMO_LABEL = 'Demo data: every person here is made up.';
/** Every demo client_id starts with this (`DEMO-0001`), and its jobs with the client's id (`DEMO-0001-J1`). */
export const DEMO_CLIENT_ID_PREFIX = 'DEMO-';
/** The app's demo: this many clients over three financial years. */
export const DEFAULT_DEMO_CLIENTS = 300;
export const DEFAULT_DEMO_FINANCIAL_YEARS = 3;
export const MAX_DEMO_CLIENTS = 200_000;

export interface DemoDataOptions {
  /** Number of clients (referral episodes), 1 to 200,000. */
  clients: number;
  /** Any whole number: the same seed (and options) always gives the same data. */
  seed: number;
  /** The data is true at this date: nothing is dated after it. */
  today: IsoDate;
  /** Mean contacts per client, all kinds together (benchmark: 20). Unset: client contacts every 1–3 weeks. */
  contactsPerClient?: number;
  /** Mean jobs per client, all clients together (benchmark: 3). Unset: the natural mix (~0.7). */
  jobsPerClient?: number;
  /** Financial years covered, ending with the one containing `today`; default 3. */
  financialYears?: number;
}

export type DemoData = TeamRecords;

export function isDemoClientId(clientId: string): boolean {
  return clientId.startsWith(DEMO_CLIENT_ID_PREFIX);
}

/**
 * Share of clients who find work after referral, and the jobs per client nobody plans (jobs held at
 * referral, extra part-time jobs): measured from the generator, used to aim `jobsPerClient`.
 */
const WORKING_SHARE = 0.41;
const UNPLANNED_JOBS_PER_CLIENT = 0.13;

function checkOptions(options: DemoDataOptions): DemoDataOptions & { financialYears: number } {
  const { clients, seed, today, contactsPerClient, jobsPerClient, financialYears = DEFAULT_DEMO_FINANCIAL_YEARS } = options;
  if (!Number.isInteger(clients) || clients < 1 || clients > MAX_DEMO_CLIENTS) {
    throw new RangeError(`clients must be a whole number from 1 to ${MAX_DEMO_CLIENTS} (got ${String(clients)})`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${String(seed)})`);
  if (typeof today !== 'string' || !isIsoDate(today)) throw new RangeError(`today must be a real date YYYY-MM-DD (got ${String(today)})`);
  if (contactsPerClient !== undefined && !(Number.isFinite(contactsPerClient) && contactsPerClient >= 0 && contactsPerClient <= 1000)) {
    throw new RangeError(`contactsPerClient must be a number from 0 to 1000 (got ${String(contactsPerClient)})`);
  }
  if (jobsPerClient !== undefined && !(Number.isFinite(jobsPerClient) && jobsPerClient >= 0 && jobsPerClient <= 50)) {
    throw new RangeError(`jobsPerClient must be a number from 0 to 50 (got ${String(jobsPerClient)})`);
  }
  if (!Number.isInteger(financialYears) || financialYears < 1 || financialYears > 10) {
    throw new RangeError(`financialYears must be a whole number from 1 to 10 (got ${String(financialYears)})`);
  }
  return { clients, seed, today, contactsPerClient, jobsPerClient, financialYears };
}

/**
 * Synthetic IPS caseload for demonstrations and benchmarks. Pure and deterministic: everything comes
 * from `seed` through seeded streams (one per client and purpose) and `today`; no clock, no Math.random.
 * Every person is invented: fictional family names, client ids `DEMO-…`, NHS numbers from the 999 test range.
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const { clients, seed, today, contactsPerClient, jobsPerClient, financialYears } = checkOptions(options);
  const window = demoWindow(today, financialYears);
  const staffPlan = planStaff(createRng(mixSeed(seed, 1)), window, clients);
  const referrals = sampleReferralDays(createRng(mixSeed(seed, 0)), clients, window);
  const width = Math.max(4, String(clients).length);
  const jobsPerWorkingClient =
    jobsPerClient === undefined ? undefined : Math.max(1, (jobsPerClient - UNPLANNED_JOBS_PER_CLIENT) / WORKING_SHARE);
  const nhsTaken = new Set<string>();

  const stories: ClientStory[] = referrals.map((referral, i) =>
    planClientStory({
      rng: createRng(mixSeed(seed, 2, i)),
      clientId: `${DEMO_CLIENT_ID_PREFIX}${String(i + 1).padStart(width, '0')}`,
      referral,
      today: window.today,
      staff: staffPlan,
      nhsTaken,
      ...(jobsPerWorkingClient === undefined ? {} : { jobsPerWorkingClient }),
    }),
  );

  const activities: Activity[] = [];
  const wellbeing: Wellbeing[] = [];
  stories.forEach((story, i) => {
    wellbeing.push(...planWellbeing(createRng(mixSeed(seed, 5, i)), story));
    activities.push(...planActivities(createRng(mixSeed(seed, 6, i)), story));
  });

  return {
    clients: stories.map((s) => s.client),
    jobs: stories.flatMap((s) => s.jobs.map((j) => j.job)),
    contacts: planContacts({ seed, stories, staff: staffPlan, window, ...(contactsPerClient === undefined ? {} : { contactsPerClient }) }),
    activities,
    wellbeing,
    staff: staffPlan.staff,
  };
}
