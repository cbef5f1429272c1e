import type { FigureChoice } from '../../../../shared/returns';

/**
 * What each cell of a template will show once filled, worked out from the template's scan (where figures
 * go) and the service's preview (what they are for this period). Pure, so it is tested without a screen.
 */

export type FigureOrigin = 'token' | 'name' | 'mapping';
export type FigurePlace = { where: string; sheet: string; cell: string; figure: string; origin: FigureOrigin };
export type PreviewValue = { where: string; figure: string; origin: FigureOrigin; text: string };

export const ORIGIN_TEXT: Record<FigureOrigin, string> = {
  token: 'token in the template',
  name: 'defined name in the template',
  mapping: 'mapped here',
};

/** Every entry of `items`, grouped by the cell it names. */
export function byCell<T extends { where: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(item.where, [...(out.get(item.where) ?? []), item]);
  return out;
}

const TOKEN = /\{\{\s*([^{}#/]+?)\s*\}\}/g;

/**
 * The cell's text as the filled return will show it: a named or mapped cell becomes its value; tokens
 * are replaced by their values where the text holds them. Without a preview the template's text stays.
 */
export function filledText(templateText: string, values: readonly PreviewValue[] | undefined): string {
  if (!values || values.length === 0) return templateText;
  const whole = values.find((v) => v.origin !== 'token');
  if (whole) return whole.text;
  const byFigure = new Map(values.map((v) => [v.figure, v.text]));
  return templateText.replace(TOKEN, (token, name: string) => byFigure.get(name) ?? token);
}

/** The figure's title for people, or its id when the list does not know it (a misspelt token). */
export function figureTitle(choices: ReadonlyMap<string, FigureChoice>, figure: string): string {
  return choices.get(figure)?.title ?? figure;
}

/** A mapping with one cell set to a figure, or removed when `figure` is null. */
export function withCell(mapping: Readonly<Record<string, string>>, where: string, figure: string | null): Record<string, string> {
  const next = { ...mapping };
  if (figure === null) delete next[where];
  else next[where] = figure;
  return next;
}

/** The first 12 hex digits: enough to tell two files apart at a glance; the full value is one click away. */
export const shortSha = (sha: string | null): string => (sha ? `${sha.slice(0, 12)}…` : '—');
