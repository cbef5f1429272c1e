import { INSTRUMENTS, type InstrumentId } from '../../../shared/fidelity';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { RecordsApp } from '../records/records-app';

/** Helpers for fidelity service tests over the real router (openRecordsApp). */

export async function createReview(app: RecordsApp, input: Partial<ChannelInput<'fidelity.create'>> & { instrument: InstrumentId }): Promise<string> {
  return (await app.call('fidelity.create', { reviewers: ['Dana Whitfield'], ...input })).id;
}

/** Scores items in instrument order (null leaves an item as it is). */
export async function scoreItems(app: RecordsApp, id: string, instrument: InstrumentId, scores: readonly (number | null)[]): Promise<void> {
  const items = INSTRUMENTS[instrument].items;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score !== null && score !== undefined) await app.call('fidelity.saveItem', { id, item: items[i]!.id, score });
  }
}

/** A final review of `instrument` dated `review_date`, every item scored as given. */
export async function finalReview(app: RecordsApp, instrument: InstrumentId, review_date: string, scores: readonly number[]): Promise<string> {
  const id = await createReview(app, { instrument, review_date });
  await scoreItems(app, id, instrument, scores);
  await app.call('fidelity.finalise', { id });
  return id;
}

/** IPS-25 scores summing to `total` (25–125): every item 1, then items raised to 5 in order. */
export function ips25Scores(total: number): number[] {
  const scores = Array<number>(25).fill(1);
  let left = total - 25;
  for (let i = 0; left > 0; i++) {
    const add = Math.min(4, left);
    scores[i] = 1 + add;
    left -= add;
  }
  return scores;
}

export const SAINSBURY_SCORES = [4, 3, 5, 4, 2, 3, 2, 1] as const; // total 24 of 36

export function rawRows(app: RecordsApp, sql: string): unknown[] {
  return app.vault.reader().raw.prepare(sql).all();
}

