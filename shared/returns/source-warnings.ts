import { handEnteredItem } from '../sainsbury-a';
import { NO_SAINSBURY_C_REVIEW, type ReturnSources } from './resolve';
import type { FigureRef } from './figure-ref';

/**
 * Warnings about figures a template asks for that have nothing behind them yet, so the manager is told
 * before the commissioner finds an empty cell: hand-entered items not entered for the year, section C with
 * no final review.
 */
export function figureSourceWarnings(refs: readonly FigureRef[], sources: ReturnSources, handEnteredYear: string | null): string[] {
  const warnings: string[] = [];
  const handKeys = new Set<string>();
  let sectionC = false;
  for (const ref of refs) {
    if (ref.kind === 'hand_entered' && ref.field === 'value') handKeys.add(ref.key);
    else if (ref.kind === 'metric' && ref.metric === 'new_recruits_declaring_mh') handKeys.add(ref.metric);
    else if (ref.kind === 'sainsbury_c_item' || (ref.kind === 'sainsbury_c' && ref.field !== 'status')) sectionC = true;
  }
  if (handKeys.size > 0 && handEnteredYear === null) {
    warnings.push('The period spans two financial years, so the hand-entered Sainsbury Centre figures (section A and D7) are left empty.');
  } else if (handKeys.size > 0) {
    const entered = new Set(sources.handEntered.filter((e) => e.value !== null).map((e) => e.key));
    const missing = [...handKeys].filter((key) => !entered.has(key)).map((key) => {
      const item = handEnteredItem(key);
      return item ? `${item.section}${item.number}` : key;
    });
    if (missing.length > 0) {
      warnings.push(
        `Not entered for ${handEnteredYear}, so left empty: ${missing.join(', ')}. Enter ${missing.length === 1 ? 'it' : 'them'} on the Reports screen, under “Local context (Sainsbury A) and D7”.`,
      );
    }
  }
  if (sectionC && !sources.sainsburyC) warnings.push(NO_SAINSBURY_C_REVIEW);
  return warnings;
}
