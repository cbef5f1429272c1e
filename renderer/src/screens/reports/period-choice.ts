import { parseUkDate } from '../../../../shared/dates';
import { channels } from '../../../../shared/ipc/contract';
import { customPeriodString } from '../../../../shared/period';
import { formSchema } from '../../forms/form-schema';

/** What the period picker holds as typed, and its check: pure so the messages are tested without a screen. */
export type PeriodChoice = {
  mode: 'listed' | 'custom';
  /** A financial year or quarter string from periodOptions. */
  listed: string;
  /** dd/mm/yyyy as typed. */
  from: string;
  to: string;
  asOf: string;
};

export type PeriodChoiceErrors = Partial<Record<'from' | 'to' | 'asOf', string>>;

export type CheckedPeriod = { ok: true; period: string; asOf: string } | { ok: false; errors: PeriodChoiceErrors };

function dateOrMessage(text: string, name: string): { iso: string } | { message: string } {
  const t = text.trim();
  if (t === '') return { message: `Enter the ${name} as dd/mm/yyyy` };
  const iso = parseUkDate(t);
  return iso ? { iso } : { message: `${name[0]!.toUpperCase()}${name.slice(1)} must be a real date written dd/mm/yyyy, like 01/04/2025` };
}

export function checkPeriodChoice(choice: PeriodChoice): CheckedPeriod {
  const errors: PeriodChoiceErrors = {};
  const asOf = dateOrMessage(choice.asOf, 'as-of date');
  if ('message' in asOf) errors.asOf = asOf.message;
  let period = choice.listed;
  if (choice.mode === 'custom') {
    const from = dateOrMessage(choice.from, 'start date');
    const to = dateOrMessage(choice.to, 'end date');
    if ('message' in from) errors.from = from.message;
    if ('message' in to) errors.to = to.message;
    if ('iso' in from && 'iso' in to) {
      if (from.iso > to.iso) errors.to = 'End date must be on or after the start date';
      else period = customPeriodString(from.iso, to.iso);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, period, asOf: 'iso' in asOf ? asOf.iso : '' };
}

/**
 * The period picker's form schema: the dd/mm/yyyy checks above, then the report call's own schema for
 * the period string and as-of date it produces.
 */
export const periodFormSchema = formSchema(
  channels['reports.run'].input.pick({ period: true, asOf: true }),
  (choice: PeriodChoice) => {
    const checked = checkPeriodChoice(choice);
    return checked.ok ? { period: checked.period, asOf: checked.asOf } : {};
  },
  (choice: PeriodChoice) => {
    const checked = checkPeriodChoice(choice);
    return checked.ok ? {} : checked.errors;
  },
);
