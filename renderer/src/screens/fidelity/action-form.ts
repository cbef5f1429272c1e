import { formatUkDate, parseUkDate } from '../../../../shared/dates';
import { type ActionStatus, type FidelityItemId, type StoredAction, progressNoteSchema } from '../../../../shared/fidelity';
import { actionFieldsSchema } from '../../../../shared/ipc/fidelity';
import { formSchema } from '../../forms/form-schema';

/** An action of the plan as its form holds it (due date as typed, dd/mm/yyyy), judged by the channel's schema. */
export type ActionForm = { items: FidelityItemId[]; action: string; owner: string; due_date: string; status: ActionStatus };
export type ProgressNoteForm = { date: string; note: string };

function dateInput(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : (parseUkDate(t) ?? t);
}

export function actionForm(action: StoredAction | null, firstItem: FidelityItemId | null): ActionForm {
  if (!action) return { items: firstItem ? [firstItem] : [], action: '', owner: '', due_date: '', status: 'not_started' };
  return { items: [...action.items], action: action.action, owner: action.owner ?? '', due_date: action.due_date ? formatUkDate(action.due_date) : '', status: action.status };
}

export const actionFormSchema = formSchema(actionFieldsSchema, (form: ActionForm) => ({
  items: form.items,
  action: form.action,
  owner: form.owner.trim() === '' ? null : form.owner,
  due_date: dateInput(form.due_date),
  status: form.status,
}));

/** The stored action's fields as `fidelity.saveAction` takes them, with one change (a new status from the list). */
export function actionFields(action: StoredAction, change: Partial<Pick<StoredAction, 'status'>> = {}) {
  return { items: action.items, action: action.action, owner: action.owner, due_date: action.due_date, status: change.status ?? action.status };
}

export function progressNoteForm(today: string): ProgressNoteForm {
  return { date: formatUkDate(today), note: '' };
}

export const progressNoteFormSchema = formSchema(progressNoteSchema, (form: ProgressNoteForm) => ({ date: dateInput(form.date), note: form.note }));
