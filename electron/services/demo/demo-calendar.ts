import { fromDayNumber, toDayNumber, type IsoDate } from '../../../shared/dates';
import type { Rng } from './prng';

/**
 * The demo generator works in day numbers (days since 1970-01-01) and turns them into ISO dates only
 * at the end; the same few thousand days recur hundreds of thousands of times at benchmark scale, so
 * the conversion is remembered.
 */
const isoCache = new Map<number, IsoDate>();

export function isoOf(day: number): IsoDate {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = fromDayNumber(day);
    isoCache.set(day, iso);
  }
  return iso;
}

export interface DemoWindow {
  /** 1 April of the first financial year covered. */
  start: number;
  /** Today: nothing is dated after it. */
  today: number;
}

/** The `years` financial years (April–March) ending with the one that contains `today`. */
export function demoWindow(today: IsoDate, years: number): DemoWindow {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const fyStartYear = month >= 4 ? year : year - 1;
  const firstYear = fyStartYear - (years - 1);
  return { start: toDayNumber(`${firstYear}-04-01`), today: toDayNumber(today) };
}

/** 0 = Sunday … 6 = Saturday (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Teams work weekdays: a weekend day moves to the Friday before, or to the Monday after when the Friday
 * is before `from`; null when neither fits in [from, to].
 */
export function workingDayWithin(day: number, from: number, to: number): number | null {
  const weekday = weekdayOf(day);
  if (weekday !== 0 && weekday !== 6) return day >= from && day <= to ? day : null;
  const friday = day - (weekday === 6 ? 1 : 2);
  if (friday >= from && friday <= to) return friday;
  const monday = day + (weekday === 6 ? 2 : 1);
  return monday >= from && monday <= to ? monday : null;
}

/** Referrals dip in August and at Christmas, when teams and clients are away. */
const MONTH_WEIGHT = [1.1, 1.0, 1.05, 0.95, 1.0, 1.0, 0.95, 0.7, 1.1, 1.1, 1.05, 0.7] as const;

/** Referral days spread over the window, seasonal by month, on working days only; sorted. */
export function sampleReferralDays(rng: Rng, count: number, window: DemoWindow): number[] {
  const days: number[] = [];
  while (days.length < count) {
    let day = rng.int(window.start, window.today);
    const month = Number(isoOf(day).slice(5, 7));
    if (!rng.chance((MONTH_WEIGHT[month - 1] ?? 1) / 1.1)) continue;
    const weekday = weekdayOf(day);
    if (weekday === 6 || weekday === 0) {
      // Weekend referrals are received on the Monday, or the Friday before when Monday is after today.
      const monday = day + (weekday === 6 ? 2 : 1);
      day = monday <= window.today ? monday : day - (weekday === 6 ? 1 : 2);
    }
    if (day < window.start) continue;
    days.push(day);
  }
  return days.sort((a, b) => a - b);
}
