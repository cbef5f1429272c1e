import { SAINSBURY_C } from '../fidelity';
import { METRIC_CATALOGUE, SECTIONS } from '../outcomes/catalogue';
import { handEnteredItem } from '../sainsbury-a';
import { breakdownKeyLabel } from './breakdown-keys';
import { allFigureRefs, figureRefText, type FigureRef } from './figure-ref';

/**
 * What the Returns screen's figure picker lists (issue 8 point 5): every figure a cell can be mapped to,
 * with a title to search by, the rule behind it (DOMAIN: the rule is shown next to each figure) and the
 * group it belongs to. Per-specialist breakdowns are left out: their keys are names.
 */
export type FigureChoice = { figure: string; title: string; rule: string; group: string };

const GROUPS = {
  ...SECTIONS,
  return: 'The return itself',
  sainsbury_a: 'Local context (Sainsbury Centre section A, entered by hand)',
  sainsbury_c: 'Service quality (Sainsbury Centre section C, from the final fidelity review)',
} as const;

const FIXED: Record<string, { title: string; rule: string }> = {
  'period.label': { title: 'Reporting period (name)', rule: 'The period the return is for, e.g. "Financial year 2025-26".' },
  'period.start': { title: 'Reporting period: first day', rule: 'The first day of the period (a date).' },
  'period.end': { title: 'Reporting period: last day', rule: 'The last day of the period (a date).' },
  as_of: { title: 'As-of date', rule: 'The date the data is true at: nothing dated after it is counted.' },
  'service.name': { title: 'Service name', rule: 'The service name in Settings.' },
  'service.manager': { title: 'Service manager', rule: 'The manager’s name as Settings gives it for returns; blank if none is given.' },
  'sainsbury_c.total': { title: 'Section C: total score', rule: 'The sum of items 1 to 8 of the latest final Sainsbury Centre review (6 to 36); blank unless every item is scored.' },
  'sainsbury_c.review_date': { title: 'Section C: date of the review', rule: 'The date of the latest final Sainsbury Centre section C review.' },
  'sainsbury_c.status': { title: 'Section C: where the scores come from', rule: 'Says which final review the scores come from, or that none has been finalised.' },
};

function choice(ref: FigureRef): FigureChoice {
  const figure = figureRefText(ref);
  switch (ref.kind) {
    case 'metric': {
      const m = METRIC_CATALOGUE[ref.metric];
      const group = GROUPS[m.section];
      if (ref.field === 'value') return { figure, title: m.title, rule: m.rule, group };
      const part = { people: 'different people', numerator: 'numerator (those counted)', denominator: 'denominator (those it is out of)' }[ref.field];
      return { figure, title: `${m.title}: ${part}`, rule: m.rule, group };
    }
    case 'breakdown': {
      const m = METRIC_CATALOGUE[ref.metric];
      return { figure, title: `${m.title}: ${breakdownKeyLabel(ref.metric, ref.key)}`, rule: m.rule, group: GROUPS[m.section] };
    }
    case 'hand_entered': {
      const item = handEnteredItem(ref.key)!;
      const name = `${item.section}${item.number}`;
      const title = ref.field === 'value' ? `${name}: ${item.text}` : `${name}: ${ref.field === 'source' ? 'source' : 'year of the source'}`;
      const group = item.section === 'A' ? GROUPS.sainsbury_a : GROUPS.sainsbury_d;
      return { figure, title, rule: `Entered by hand for the financial year of the period (Reports screen), with its source and year. Suggested source: ${item.suggestedSource}.`, group };
    }
    case 'sainsbury_c_item': {
      const item = SAINSBURY_C.items.find((i) => i.number === ref.item)!;
      return { figure, title: `C${item.number}: ${item.title}`, rule: `The score (${item.min} to ${item.max}) agreed in the latest final Sainsbury Centre section C review.`, group: GROUPS.sainsbury_c };
    }
    default: {
      const fixed = FIXED[figure]!;
      return { figure, ...fixed, group: ref.kind === 'sainsbury_c' ? GROUPS.sainsbury_c : GROUPS.return };
    }
  }
}

export function figureChoices(): FigureChoice[] {
  return allFigureRefs().map(choice);
}

/** Choices whose figure, title or group contain every word of `query` (any case). */
export function searchFigureChoices(choices: readonly FigureChoice[], query: string): FigureChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((c) => {
    const text = `${c.figure} ${c.title} ${c.group}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
