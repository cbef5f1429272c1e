import { audited, changedFields } from '../../../db/audited-write';
import type { WriteDb } from '../../../db/repositories/db';
import {
  deleteAction, deleteProgressNote, getAction, getProgressNote, insertAction, insertProgressNote, listActions, updateAction, type ActionFields,
} from '../../../db/repositories/fidelity-actions-repository';
import { getReview, touchReview } from '../../../db/repositories/fidelity-reviews-repository';
import { MAX_ACTIONS, MAX_PROGRESS_NOTES, fidelityItem, instrumentOf, type StoredAction, type StoredReview } from '../../../shared/fidelity';
import type { Handlers } from '../../../shared/ipc/contract';
import { conflictAt, invalidField, recordNotFound } from '../records/record-errors';
import { ServiceError } from '../service-error';
import type { ServiceContext } from '../service-context';

type ActionChannel = 'fidelity.saveAction' | 'fidelity.deleteAction' | 'fidelity.addProgressNote' | 'fidelity.deleteProgressNote';

function reviewOf(tx: WriteDb, id: string): StoredReview {
  const review = getReview(tx, id);
  if (!review) throw recordNotFound('fidelity review');
  return review;
}

function actionOf(tx: WriteDb, id: string): StoredAction {
  const action = getAction(tx, id);
  if (!action) throw recordNotFound('action');
  return action;
}

/** The fields the form edits, as audit entries record them. */
function fieldsOf(action: StoredAction): ActionFields {
  return { items: action.items, action: action.action, owner: action.owner, due_date: action.due_date, status: action.status };
}

/**
 * The action plan of a review. The plan is carried out after the review, so actions of a final review can
 * still be added to and updated (status, owner, due date, progress notes); only a draft's actions may be
 * deleted, so a final review's plan stays on record (an action given up is marked dropped).
 */
export function createActionHandlers(context: ServiceContext): Pick<Handlers, ActionChannel> {
  return {
    'fidelity.saveAction': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const review = reviewOf(tx, input.review_id);
        input.action.items.forEach((id, i) => {
          if (fidelityItem(id).instrument !== review.instrument) {
            throw invalidField(['action', 'items', i], `${id} is not an item of ${instrumentOf(review.instrument).shortTitle}`);
          }
        });
        const existingId = input.id ?? null;
        const before = existingId ? getAction(tx, existingId) : undefined;
        if (existingId && (!before || before.review_id !== review.id)) throw recordNotFound('action');
        if (!existingId && listActions(tx, review.id).length >= MAX_ACTIONS) {
          throw conflictAt(['action'], `A review can hold at most ${MAX_ACTIONS} actions.`);
        }
        const id = existingId ?? insertAction(tx, review.id, input.action);
        if (existingId) updateAction(tx, existingId, input.action);
        touchReview(tx, review.id);
        const action = actionOf(tx, id);
        return audited(
          { action },
          {
            action: existingId ? 'fidelity_action.update' : 'fidelity_action.create',
            entity: 'fidelity_action',
            entity_id: id,
            ...changedFields(before ? fieldsOf(before) : null, fieldsOf(action)),
            details: { review_id: review.id },
          },
        );
      }),

    'fidelity.deleteAction': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const before = actionOf(tx, input.id);
        const review = reviewOf(tx, before.review_id);
        if (review.status === 'final') {
          throw new ServiceError('conflict', 'This action is part of a final review’s plan and stays on record: mark it dropped instead.');
        }
        deleteAction(tx, input.id);
        touchReview(tx, review.id);
        return audited(
          { deleted: true as const },
          { action: 'fidelity_action.delete', entity: 'fidelity_action', entity_id: input.id, before: { ...fieldsOf(before), progress: before.progress }, after: null, details: { review_id: review.id } },
        );
      }),

    'fidelity.addProgressNote': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const before = actionOf(tx, input.action_id);
        if (before.progress.length >= MAX_PROGRESS_NOTES) {
          throw invalidField(['note'], `An action can hold at most ${MAX_PROGRESS_NOTES} progress notes.`);
        }
        const noteId = insertProgressNote(tx, before.id, input.note);
        return audited(
          { action: actionOf(tx, before.id) },
          { action: 'fidelity_action.note_add', entity: 'fidelity_action', entity_id: before.id, before: null, after: input.note, details: { note_id: noteId, review_id: before.review_id } },
        );
      }),

    'fidelity.deleteProgressNote': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const note = getProgressNote(tx, input.id);
        if (!note || !deleteProgressNote(tx, input.id)) throw recordNotFound('progress note');
        const action = actionOf(tx, note.action_id);
        return audited(
          { action },
          {
            action: 'fidelity_action.note_delete',
            entity: 'fidelity_action',
            entity_id: note.action_id,
            before: { date: note.date, note: note.note },
            after: null,
            details: { note_id: input.id, review_id: action.review_id },
          },
        );
      }),
  };
}
