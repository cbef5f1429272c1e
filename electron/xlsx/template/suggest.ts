import { closest, distance } from 'fastest-levenshtein';
import { allClientColumnRefs, allFigureRefs, figureRefText } from '../../../shared/returns';

/** Every figure text a template may use, and the client columns, for "did you mean". */
const FIGURES = allFigureRefs().map(figureRefText);
const CLIENT_COLUMNS = allClientColumnRefs().map(figureRefText);

/** The nearest real figure to an unknown one (by edit distance, ignoring case). */
export function nearestFigure(text: string, clientColumns = false): string {
  const candidates = clientColumns ? CLIENT_COLUMNS : FIGURES;
  const lower = text.trim().toLowerCase();
  // A figure that starts the same way ("job_starts.peple") is found by distance too, but a prefix match
  // ("engaged." → "engaged") beats an equally near stranger.
  const best = closest(lower, candidates);
  const prefixed = candidates.filter((c) => lower.startsWith(c) || c.startsWith(lower));
  const nearPrefix = prefixed.length > 0 ? closest(lower, prefixed) : null;
  return nearPrefix !== null && distance(lower, nearPrefix) <= distance(lower, best) ? nearPrefix : best;
}
