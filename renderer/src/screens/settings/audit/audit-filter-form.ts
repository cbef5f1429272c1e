import { parseUkDate } from '../../../../../shared/dates';
import { auditFilterSchema } from '../../../../../shared/ipc/audit';
import { formSchema, type FormChecks } from '../../../forms/form-schema';

/** The viewer's filters as typed: blank means "any"; dates as dd/mm/yyyy. */
export type AuditFilterForm = { user: string; action: string; entityId: string; from: string; to: string };

export const NO_FILTERS: AuditFilterForm = { user: '', action: '', entityId: '', from: '', to: '' };

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const dateOrNull = (text: string) => (text.trim() === '' ? null : (parseUkDate(text) ?? text));

function checks(form: AuditFilterForm): FormChecks {
  const problems: FormChecks = {};
  const from = form.from.trim() === '' ? null : parseUkDate(form.from);
  const to = form.to.trim() === '' ? null : parseUkDate(form.to);
  if (form.from.trim() !== '' && !from) problems.from = 'Enter a date like 01/04/2026';
  if (form.to.trim() !== '' && !to) problems.to = 'Enter a date like 31/03/2027';
  if (from && to && to < from) problems.to = 'The last day is before the first day';
  return problems;
}

/** Checked by the channel's own filter schema, after the form's date checks. */
export const auditFilterFormSchema = formSchema(
  auditFilterSchema.pick({ user: true, action: true, entityId: true, from: true, to: true }),
  (form: AuditFilterForm) => ({ user: orNull(form.user), action: orNull(form.action), entityId: orNull(form.entityId), from: dateOrNull(form.from), to: dateOrNull(form.to) }),
  checks,
);

export type AppliedAuditFilter = { user?: string | null; action?: string | null; entityId?: string | null; from?: string | null; to?: string | null };

/** How many filters are set, for the results' heading. */
export function filterCount(filter: AppliedAuditFilter): number {
  return Object.values(filter).filter((value) => value !== null && value !== undefined && value !== '').length;
}
