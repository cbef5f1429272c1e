import type { SuggestionUnit } from './suggestion-definitions';

/** Whole numbers as they are, others to `places` decimals. */
const decimal = (n: number, places: number) => (Number.isInteger(n) ? String(n) : n.toFixed(places));

/** A suggestion's figure in short: `64.3%`, `45.2 days`, `18.5 per FTE`, `3.25 per FTE a week`; `–` for none. */
export function formatSuggestionFigure(unit: SuggestionUnit, figure: number | null): string {
  if (figure === null) return '–';
  switch (unit) {
    case 'share':
      return `${(figure * 100).toFixed(1)}%`;
    case 'days':
      return `${decimal(figure, 1)} days`;
    case 'clients_per_fte':
      return `${decimal(figure, 2)} per FTE`;
    case 'contacts_per_fte_per_week':
      return `${decimal(figure, 2)} per FTE a week`;
  }
}

const upToOne = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const upToTwo = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The figure as a phrase for a report: `64.3%`, `100%`, `41.3 days` or `22.4`, then what it measures. */
export function describeSuggestionFigure(unit: SuggestionUnit, figure: number, measure: string): string {
  switch (unit) {
    case 'share':
      return `${upToOne.format(figure * 100)}% ${measure}`;
    case 'days':
      return `${upToOne.format(figure)} days ${measure}`;
    case 'clients_per_fte':
    case 'contacts_per_fte_per_week':
      return `${upToTwo.format(figure)} ${measure}`;
  }
}
