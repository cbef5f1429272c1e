import type { Staff } from '../../../shared/records';
import { FICTIONAL_FAMILY_NAMES, STAFF_GIVEN_NAMES, TEAMS } from './demo-vocabulary';
import { isoOf, type DemoWindow } from './demo-calendar';
import type { Rng } from './prng';

interface PostHolder {
  name: string;
  fte: number;
  from: number;
  /** Last day in post; null while still in post. */
  to: number | null;
}

/** A caseload post: the teams it serves and the specialists who held it over time. */
export interface CaseloadPost {
  teams: readonly string[];
  holders: readonly PostHolder[];
}

export interface StaffPlan {
  posts: readonly CaseloadPost[];
  staff: Staff[];
  /** Who holds (or, in a vacancy, covers) a post's caseload on a day. */
  holderOn(post: number, day: number): string;
  /** A post for a new referral on `day`, weighted by the holder's FTE; vacant posts take none. */
  assignPost(rng: Rng, day: number): number;
  /** Days each post is staffed inside the window, for sizing the specialists' own employer contacts. */
  staffedDays(post: number): number;
}

const FTE_MIX = [[1.0, 45], [0.8, 25], [0.6, 15], [0.7, 10], [0.9, 5]] as const;

/** Roughly one specialist per 50 clients over three years (5–8 at the default 300), more at scale. */
export function postCountFor(clients: number, rng: Rng): number {
  return Math.max(rng.int(5, 8), Math.ceil(clients / 50));
}

function uniqueNames(rng: Rng, count: number): string[] {
  const names = new Set<string>();
  const room = STAFF_GIVEN_NAMES.length * FICTIONAL_FAMILY_NAMES.length;
  while (names.size < count) {
    const name = `${rng.pick(STAFF_GIVEN_NAMES)} ${rng.pick(FICTIONAL_FAMILY_NAMES)}`;
    // Past the combinations, number them: only a benchmark asks for that many specialists.
    names.add(names.size >= room ? `${name} ${names.size + 1}` : name);
  }
  return [...names];
}

function holderInPost(post: CaseloadPost, day: number): PostHolder | undefined {
  return post.holders.find((h) => h.from <= day && (h.to === null || day <= h.to));
}

/**
 * One specialist leaves part-way through the window and a replacement starts a few weeks later (the
 * vacancy is covered by the next post's holder); everyone else is in post throughout.
 */
export function planStaff(rng: Rng, window: DemoWindow, clients: number): StaffPlan {
  const postCount = postCountFor(clients, rng);
  const names = uniqueNames(rng, postCount + 1);
  const length = window.today - window.start;
  const leaverPost = rng.int(0, postCount - 1);
  const leaverEnd = window.start + Math.floor(length * rng.between(0.35, 0.65));
  const replacementStart = Math.min(window.today, leaverEnd + rng.int(14, 56));

  const posts: CaseloadPost[] = [];
  for (let i = 0; i < postCount; i++) {
    const teams = [TEAMS[i % TEAMS.length] as string];
    if (rng.chance(0.5)) teams.push(TEAMS[(i + 1) % TEAMS.length] as string);
    const first: PostHolder = {
      name: names[i] as string,
      fte: rng.weighted(FTE_MIX),
      from: window.start - rng.int(30, 1500),
      to: i === leaverPost ? leaverEnd : null,
    };
    const holders = [first];
    if (i === leaverPost) {
      holders.push({ name: names[postCount] as string, fte: rng.weighted(FTE_MIX), from: replacementStart, to: null });
    }
    posts.push({ teams, holders });
  }

  const holderOn = (post: number, day: number): string => {
    const p = posts[post];
    if (!p) throw new RangeError(`No caseload post ${post}`);
    const holder = holderInPost(p, day) ?? holderInPost(posts[(post + 1) % postCount] as CaseloadPost, day);
    return (holder ?? (p.holders[0] as PostHolder)).name;
  };

  const assignPost = (pickRng: Rng, day: number): number => {
    const open: (readonly [number, number])[] = [];
    posts.forEach((p, i) => {
      const holder = holderInPost(p, day);
      if (holder) open.push([i, holder.fte]);
    });
    return open.length > 0 ? pickRng.weighted(open) : 0;
  };

  const staffedDays = (post: number): number => {
    let days = 0;
    for (const h of posts[post]?.holders ?? []) {
      const from = Math.max(h.from, window.start);
      const to = Math.min(h.to ?? window.today, window.today);
      if (to >= from) days += to - from + 1;
    }
    return days;
  };

  const staff: Staff[] = posts.flatMap((p) =>
    p.holders.map((h) => ({ name: h.name, fte: h.fte, start_date: isoOf(h.from), end_date: h.to === null ? null : isoOf(h.to) })),
  );
  return { posts, staff, holderOn, assignPost, staffedDays };
}
