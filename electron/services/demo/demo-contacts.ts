import type { Contact } from '../../../shared/records';
import { chooseBusiness, employerName } from './demo-jobs';
import { BUSINESS_KINDS } from './demo-vocabulary';
import type { ClientStory } from './demo-client-story';
import type { StaffPlan } from './demo-staff';
import { isoOf, workingDayWithin, type DemoWindow } from './demo-calendar';
import { createRng, mixSeed, type Rng } from './prng';

/** Mean days between contacts at natural density: client contacts every 1–3 weeks while open. */
const CLIENT_INTERVAL = 14;
const EMPLOYER_INTERVAL = 17;
/** Each specialist's own job development, not on behalf of anyone: about one a week. */
const UNTIED_INTERVAL = 7;

type Preference = Contact['client_preference_based'];

export interface ContactPlanInput {
  seed: number;
  stories: readonly ClientStory[];
  staff: StaffPlan;
  window: DemoWindow;
  /** Mean contacts per client of every kind; unset = the natural rhythm above. */
  contactsPerClient?: number;
}

function isEngaged(story: ClientStory): boolean {
  return story.profile !== null;
}

function clippedEnd(span: readonly [number, number | null], openEnd: number): number {
  return Math.min(span[1] ?? openEnd, openEnd);
}

/**
 * How much to stretch or squeeze every interval so the total lands near `contactsPerClient` per client.
 * The fixed contacts (first employer contacts, contacts around job starts, attempts to reach people who
 * never engaged) do not scale; everything else does, from its expected count at natural density.
 */
function densityFor(input: ContactPlanInput): number {
  if (input.contactsPerClient === undefined) return 1;
  let fixed = 0;
  let scalable = 0;
  for (const s of input.stories) {
    if (!isEngaged(s)) {
      fixed += 2.5;
      continue;
    }
    scalable += (s.openEnd - s.referral) / CLIENT_INTERVAL;
    for (const span of s.searchSpans) scalable += Math.max(0, clippedEnd(span, s.openEnd) - span[0]) / EMPLOYER_INTERVAL;
    fixed += (s.firstEmployerContact ? 1 : 0) + s.jobs.length;
  }
  input.staff.posts.forEach((_, i) => {
    scalable += input.staff.staffedDays(i) / UNTIED_INTERVAL;
  });
  const target = input.contactsPerClient * input.stories.length;
  return scalable > 0 ? Math.max(0.02, (target - fixed) / scalable) : 1;
}

/** Working days from `from` to `to` at a mean spacing of `interval`, each gap 0.5–1.5 × the mean. */
function rhythm(rng: Rng, from: number, to: number, interval: number, visit: (day: number) => void): void {
  let t = from + rng.next() * interval;
  while (t <= to) {
    const day = workingDayWithin(Math.floor(t), from, to);
    if (day !== null) visit(day);
    t += interval * rng.between(0.5, 1.5);
  }
}

function preference(rng: Rng, preferredKind: boolean): Preference {
  if (rng.chance(0.05)) return 'unknown';
  return preferredKind ? 'yes' : 'no';
}

function storyContacts(rng: Rng, story: ClientStory, staff: StaffPlan, density: number, out: Contact[]): void {
  const clientId = story.client.client_id;
  const open = (day: number) => day >= story.referral && day <= story.openEnd;
  const specialistOn = (day: number) => staff.holderOn(story.post, day);
  const clientContact = (day: number, faceToFace: boolean) => {
    out.push({
      date: isoOf(day), kind: faceToFace ? 'client_face_to_face' : 'client_other', client_id: clientId,
      employer: null, specialist: specialistOn(day), client_preference_based: 'unknown',
    });
  };
  const employerContact = (day: number, employer: string, faceToFace: boolean, pref: Preference) => {
    out.push({
      date: isoOf(day), kind: faceToFace ? 'employer_face_to_face' : 'employer_other', client_id: clientId,
      employer, specialist: specialistOn(day), client_preference_based: pref,
    });
  };

  if (!isEngaged(story)) {
    // A few attempts to reach someone who never engaged, mostly by phone or letter.
    const attempts = rng.int(1, 4);
    for (let i = 0; i < attempts; i++) {
      const day = workingDayWithin(story.referral + rng.int(0, 60), story.referral, story.openEnd);
      if (day !== null) clientContact(day, rng.chance(0.25));
    }
    return;
  }
  rhythm(rng, story.referral, story.openEnd, CLIENT_INTERVAL / density, (day) => clientContact(day, rng.chance(0.6)));

  const fec = story.firstEmployerContact;
  if (fec && open(fec.day)) employerContact(fec.day, fec.employer, true, rng.chance(0.95) ? 'yes' : 'unknown');
  for (const span of story.searchSpans) {
    rhythm(rng, span[0], clippedEnd(span, story.openEnd), EMPLOYER_INTERVAL / density, (day) => {
      const kind = chooseBusiness(rng, story.preferred);
      employerContact(day, employerName(rng, kind), rng.chance(0.6), preference(rng, story.preferred.includes(kind)));
    });
  }
  // Around each job start the specialist talks to the employer (job development, then in-work support).
  for (const { job, start } of story.jobs) {
    const day = workingDayWithin(start + rng.int(-7, 14), story.referral, story.openEnd);
    if (job.contract_type !== 'self_employed' && job.employer && day !== null) employerContact(day, job.employer, rng.chance(0.5), 'yes');
  }
}

function untiedContacts(rng: Rng, staff: StaffPlan, window: DemoWindow, density: number, out: Contact[]): void {
  staff.posts.forEach((post, i) => {
    for (const holder of post.holders) {
      const from = Math.max(holder.from, window.start);
      const to = Math.min(holder.to ?? window.today, window.today);
      rhythm(rng, from, to, UNTIED_INTERVAL / density, (day) => {
        out.push({
          date: isoOf(day), kind: rng.chance(0.55) ? 'employer_face_to_face' : 'employer_other', client_id: null,
          employer: employerName(rng, rng.pick(BUSINESS_KINDS)), specialist: staff.holderOn(i, day),
          client_preference_based: rng.weighted([['yes', 60], ['no', 25], ['unknown', 15]] as const),
        });
      });
    }
  });
}

/** Every contact, in date order (generation order within a day). */
export function planContacts(input: ContactPlanInput): Contact[] {
  const density = densityFor(input);
  const out: Contact[] = [];
  input.stories.forEach((story, i) => storyContacts(createRng(mixSeed(input.seed, 3, i)), story, input.staff, density, out));
  untiedContacts(createRng(mixSeed(input.seed, 4)), input.staff, input.window, density, out);
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
