import type { HandEnteredEntry, HandEnteredItemDefinition } from '../../../../shared/sainsbury-a';
import type { FieldIssue } from '../../../../shared/ipc/result';

/** The hand-entered form as typed (all text), and the conversions to and from the saved entries. */
export type ItemDraft = { value: string; source: string; year: string };
export type Drafts = Record<string, ItemDraft>;
/** `${key}.${field}` → message. */
export type ItemErrors = Partial<Record<string, string>>;

export function draftsFrom(items: readonly HandEnteredEntry[]): Drafts {
  return Object.fromEntries(
    items.map((e) => [e.key, { value: e.value === null ? '' : String(e.value), source: e.source ?? '', year: e.year ?? '' }]),
  );
}

/** A percentage that is not a number stays text, so the shared schema names the problem at the field. */
export function entriesFrom(defs: readonly HandEnteredItemDefinition[], drafts: Drafts) {
  return defs.map((def) => {
    const d = drafts[def.key] ?? { value: '', source: '', year: '' };
    const text = d.value.trim().replace(/%$/, '');
    const asNumber = text === '' ? null : Number(text);
    const value = def.kind === 'percent' ? (text === '' ? null : Number.isFinite(asNumber) ? asNumber : text) : text === '' ? null : text;
    return { key: def.key, value, source: d.source, year: d.year };
  });
}

/** Issues at `['items', i, field]` → errors keyed by the item's key and field. */
export function itemErrorsFrom(issues: readonly FieldIssue[], defs: readonly HandEnteredItemDefinition[]): ItemErrors {
  const errors: ItemErrors = {};
  for (const issue of issues) {
    const [root, index, field] = issue.path;
    const def = typeof index === 'number' ? defs[index] : undefined;
    const at = root === 'items' && def ? `${def.key}.${String(field ?? 'value')}` : String(root ?? '');
    if (errors[at] === undefined) errors[at] = issue.message;
  }
  return errors;
}
