import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lt, max } from 'drizzle-orm';
import { instrumentOf, type ActionStatus, type FidelityItemId, type InstrumentId, type StoredAction } from '../../shared/fidelity';
import { fidelityActionItems, fidelityActionProgress, fidelityActions, fidelityReviews } from '../schema';
import type { Db, WriteDb } from './db';
import { itemNumberOf } from './fidelity-reviews-repository';

/**
 * The action plan of a fidelity review: actions answering one or more items, each with dated progress
 * notes. Items are stored by number within the review's instrument, like the review's own items.
 */

type ActionRow = typeof fidelityActions.$inferSelect;

/** An action's own fields, as the form edits them. */
export type ActionFields = {
  items: FidelityItemId[];
  action: string;
  owner: string | null;
  due_date: string | null;
  status: ActionStatus;
};

function itemIdOf(instrument: InstrumentId, number: number): FidelityItemId | undefined {
  return instrumentOf(instrument).items.find((i) => i.number === number)?.id;
}

/** Actions of the given reviews, each review's in plan order, with their items and notes. */
function readActions(db: Db, rows: readonly (ActionRow & { instrument: InstrumentId })[]): StoredAction[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const items = db.select().from(fidelityActionItems).where(inArray(fidelityActionItems.action_id, ids)).orderBy(asc(fidelityActionItems.item_number)).all();
  const notes = db
    .select()
    .from(fidelityActionProgress)
    .where(inArray(fidelityActionProgress.action_id, ids))
    .orderBy(asc(fidelityActionProgress.date), asc(fidelityActionProgress.created_at), asc(fidelityActionProgress.id))
    .all();
  return rows.map((row) => ({
    id: row.id,
    review_id: row.review_id,
    position: row.position,
    items: items
      .filter((i) => i.action_id === row.id)
      .map((i) => itemIdOf(row.instrument, i.item_number))
      .filter((id): id is FidelityItemId => id !== undefined),
    action: row.action,
    owner: row.owner,
    due_date: row.due_date,
    status: row.status as ActionStatus,
    progress: notes.filter((n) => n.action_id === row.id).map((n) => ({ id: n.id, date: n.date, note: n.note })),
  }));
}

const actionWithInstrument = { action: fidelityActions, instrument: fidelityReviews.instrument };

function selectActions(db: Db) {
  return db.select(actionWithInstrument).from(fidelityActions).innerJoin(fidelityReviews, eq(fidelityReviews.id, fidelityActions.review_id));
}

const flatten = (rows: { action: ActionRow; instrument: InstrumentId }[]) => rows.map((r) => ({ ...r.action, instrument: r.instrument }));

/** The plan of one review, in the order it was written. */
export function listActions(db: Db, reviewId: string): StoredAction[] {
  const rows = selectActions(db).where(eq(fidelityActions.review_id, reviewId)).orderBy(asc(fidelityActions.position), asc(fidelityActions.id)).all();
  return readActions(db, flatten(rows));
}

/** The plans of several reviews, by review id. */
export function listActionsOfReviews(db: Db, reviewIds: readonly string[]): Map<string, StoredAction[]> {
  const byReview = new Map<string, StoredAction[]>(reviewIds.map((id) => [id, []]));
  if (reviewIds.length === 0) return byReview;
  const rows = selectActions(db)
    .where(inArray(fidelityActions.review_id, [...reviewIds]))
    .orderBy(asc(fidelityActions.position), asc(fidelityActions.id))
    .all();
  for (const action of readActions(db, flatten(rows))) byReview.get(action.review_id)?.push(action);
  return byReview;
}

export function getAction(db: Db, id: string): StoredAction | undefined {
  return readActions(db, flatten(selectActions(db).where(eq(fidelityActions.id, id)).all()))[0];
}

/** Actions not started or in progress whose due date is before `today`, earliest due first. */
export function listOverdueActions(db: Db, today: string): StoredAction[] {
  const rows = selectActions(db)
    .where(and(inArray(fidelityActions.status, ['not_started', 'in_progress']), lt(fidelityActions.due_date, today)))
    .orderBy(asc(fidelityActions.due_date), asc(fidelityActions.position), asc(fidelityActions.id))
    .all();
  return readActions(db, flatten(rows));
}

function replaceItems(db: WriteDb, actionId: string, items: readonly FidelityItemId[]): void {
  db.delete(fidelityActionItems).where(eq(fidelityActionItems.action_id, actionId)).run();
  const numbers = [...new Set(items.map(itemNumberOf))];
  if (numbers.length > 0) db.insert(fidelityActionItems).values(numbers.map((n) => ({ action_id: actionId, item_number: n }))).run();
}

const actionValues = (fields: ActionFields) => ({ action: fields.action, owner: fields.owner, due_date: fields.due_date, status: fields.status });

/** Adds an action at the end of a review's plan. */
export function insertAction(db: WriteDb, reviewId: string, fields: ActionFields): string {
  const id = randomUUID();
  const last = db.select({ last: max(fidelityActions.position) }).from(fidelityActions).where(eq(fidelityActions.review_id, reviewId)).get()?.last ?? 0;
  db.insert(fidelityActions).values({ id, review_id: reviewId, position: last + 1, ...actionValues(fields) }).run();
  replaceItems(db, id, fields.items);
  return id;
}

export function updateAction(db: WriteDb, id: string, fields: ActionFields): void {
  db.update(fidelityActions).set(actionValues(fields)).where(eq(fidelityActions.id, id)).run();
  replaceItems(db, id, fields.items);
}

/** Deletes an action with its items and notes (foreign keys cascade). */
export function deleteAction(db: WriteDb, id: string): boolean {
  return db.delete(fidelityActions).where(eq(fidelityActions.id, id)).run().changes > 0;
}

export function insertProgressNote(db: WriteDb, actionId: string, note: { date: string; note: string }): string {
  const id = randomUUID();
  db.insert(fidelityActionProgress).values({ id, action_id: actionId, date: note.date, note: note.note }).run();
  db.update(fidelityActions).set({ updated_at: new Date().toISOString() }).where(eq(fidelityActions.id, actionId)).run();
  return id;
}

/** The action a progress note belongs to, and the note; undefined when there is no such note. */
export function getProgressNote(db: Db, id: string): { action_id: string; date: string; note: string } | undefined {
  return db
    .select({ action_id: fidelityActionProgress.action_id, date: fidelityActionProgress.date, note: fidelityActionProgress.note })
    .from(fidelityActionProgress)
    .where(eq(fidelityActionProgress.id, id))
    .get();
}

export function deleteProgressNote(db: WriteDb, id: string): boolean {
  return db.delete(fidelityActionProgress).where(eq(fidelityActionProgress.id, id)).run().changes > 0;
}

/** How many actions of each review are still to do (not started or in progress). */
export function countOpenActions(db: Db): Map<string, number> {
  const rows = db
    .select({ review_id: fidelityActions.review_id })
    .from(fidelityActions)
    .where(inArray(fidelityActions.status, ['not_started', 'in_progress']))
    .all();
  const counts = new Map<string, number>();
  for (const { review_id } of rows) counts.set(review_id, (counts.get(review_id) ?? 0) + 1);
  return counts;
}
