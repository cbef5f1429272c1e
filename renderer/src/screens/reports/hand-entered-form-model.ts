import { HAND_ENTERED_ITEMS, handEnteredFiguresSchema, type HandEnteredEntry } from '../../../../shared/sainsbury-a';
import { formSchema } from '../../forms/form-schema';

/** One item as typed (all text). */
export type ItemDraft = { value: string; source: string; year: string };

/**
 * The hand-entered form: one draft per item, in HAND_ENTERED_ITEMS order, so a problem at
 * `['items', i, 'source']` names the same field in the form's own check and in the service's refusal.
 */
export type FiguresForm = { items: ItemDraft[] };

export function formFrom(entries: readonly HandEnteredEntry[]): FiguresForm {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  return {
    items: HAND_ENTERED_ITEMS.map((def) => {
      const entry = byKey.get(def.key);
      return { value: entry?.value === null || entry?.value === undefined ? '' : String(entry.value), source: entry?.source ?? '', year: entry?.year ?? '' };
    }),
  };
}

/** A percentage that is not a number stays text, so the shared schema names the problem at the field. */
export function entriesFrom(form: FiguresForm) {
  return HAND_ENTERED_ITEMS.map((def, i) => {
    const draft = form.items[i] ?? { value: '', source: '', year: '' };
    const text = draft.value.trim().replace(/%$/, '');
    const asNumber = text === '' ? null : Number(text);
    const value = def.kind === 'percent' ? (text === '' ? null : Number.isFinite(asNumber) ? asNumber : text) : text === '' ? null : text;
    return { key: def.key, value, source: draft.source, year: draft.year };
  });
}

/** The form checked by handEnteredFiguresSchema itself, for one financial year. */
export function figuresFormSchema(financialYear: string) {
  return formSchema(handEnteredFiguresSchema, (form: FiguresForm) => ({ financialYear, items: entriesFrom(form) }));
}
