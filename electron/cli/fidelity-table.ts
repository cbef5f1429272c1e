import { formatUkDate } from '../../shared/dates';
import { SUGGESTED_ITEM_IDS, fidelityItem, formatSuggestionFigure, type FidelitySuggestion, type FidelitySuggestions } from '../../shared/fidelity';
import { alignColumns } from './report-table';

/**
 * `fidelity suggest` without `--json`: one row per suggested item (figure, what it is worked out from, the
 * suggested score), then the rule behind each, since a reviewer must be able to see why.
 */

const decimal = (n: number, places: number) => (Number.isInteger(n) ? String(n) : n.toFixed(places));

const figureText = (s: FidelitySuggestion) => formatSuggestionFigure(s.unit, s.figure);

function basisText(s: FidelitySuggestion): string {
  switch (s.unit) {
    case 'share': {
      const leftOut = s.records.leftOutJobs.length;
      return `${s.numerator} / ${s.denominator}${leftOut > 0 ? ` (${leftOut} left out)` : ''}`;
    }
    case 'days':
      return `${s.denominator} clients`;
    case 'clients_per_fte':
      return `${s.numerator} active / ${decimal(s.denominator, 2)} FTE`;
    case 'contacts_per_fte_per_week':
      return `${s.numerator} contacts`;
  }
}

export function formatSuggestionsTable(result: FidelitySuggestions, label: string): string {
  const { start, end, as_of } = result.period;
  const rows = [['item', 'title', 'figure', 'from', 'suggested score']];
  for (const id of SUGGESTED_ITEM_IDS) {
    const s = result.suggestions[id]!;
    rows.push([id, fidelityItem(id).shortTitle, figureText(s), basisText(s), s.score === null ? 'no suggestion' : String(s.score)]);
  }
  // Items that share a rule (Sainsbury 2 and IPS-25 16; Sainsbury 3 and IPS-25 15) print it once.
  const rules = new Map<string, string[]>();
  for (const id of SUGGESTED_ITEM_IDS) {
    const rule = result.suggestions[id]!.rule;
    rules.set(rule, [...(rules.get(rule) ?? []), id]);
  }
  return [
    `Fidelity suggestions for ${label}: ${formatUkDate(start)} to ${formatUkDate(end)}, data as of ${formatUkDate(as_of)}`,
    'A suggestion is never saved as a score: the reviewers decide.',
    '',
    ...alignColumns(rows),
    '',
    'How each figure is worked out',
    '-----------------------------',
    ...[...rules].map(([rule, ids]) => `${ids.join(', ')}: ${rule}`),
    '',
  ].join('\n');
}
