import type { FidelityItem } from '../instrument-types';
import { esc } from './html';

/**
 * A bar chart of item scores, this review beside the previous one, as inline SVG (prints sharp at any
 * size and needs no script). It repeats the comparison table, which is what screen readers are given:
 * the figure is labelled as a picture of that table.
 */

const BLUE = '#005eb8';
const GREY = '#9aa6ae';
const ROW = 19;
const BAR = 7;
const LABEL_WIDTH = 190;
const PLOT_WIDTH = 430;
const TOP = 26;

export interface ChartRow {
  item: FidelityItem;
  current: number | null;
  previous: number | null;
}

function bar(x: number, y: number, score: number | null, item: FidelityItem, fill: string): string {
  if (score === null) return `<text x="${x + 2}" y="${y + BAR - 0.5}" font-size="8" fill="#4c6272">not scored</text>`;
  // Sainsbury items 7–8 run from 0: a 0 still shows as a sliver so it is not mistaken for a missing bar.
  const width = Math.max(1.5, (score / item.max) * PLOT_WIDTH);
  return `<rect x="${x}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${fill}"/><text x="${(x + width + 3).toFixed(1)}" y="${y + BAR - 0.5}" font-size="8" fill="#212b32">${score}</text>`;
}

export function scoreChartSvg(rows: readonly ChartRow[], labels: { current: string; previous: string }): string {
  const height = TOP + rows.length * ROW + 6;
  const width = LABEL_WIDTH + PLOT_WIDTH + 24;
  const x0 = LABEL_WIDTH;
  const gridScores = [0, 1, 2, 3, 4, 5];
  const maxOfAll = Math.max(...rows.map((r) => r.item.max));
  const grid =
    maxOfAll === 5 && rows.every((r) => r.item.max === 5)
      ? gridScores
          .map((s) => {
            const x = x0 + (s / 5) * PLOT_WIDTH;
            return `<line x1="${x}" y1="${TOP - 4}" x2="${x}" y2="${height - 6}" stroke="#e8edee"/><text x="${x}" y="${TOP - 7}" font-size="8" text-anchor="middle" fill="#4c6272">${s}</text>`;
          })
          .join('')
      : '';
  const legend =
    `<rect x="${x0}" y="2" width="10" height="7" fill="${BLUE}"/><text x="${x0 + 14}" y="8.5" font-size="9">${esc(labels.current)}</text>` +
    `<rect x="${x0 + 190}" y="2" width="10" height="7" fill="${GREY}"/><text x="${x0 + 204}" y="8.5" font-size="9">${esc(labels.previous)}</text>`;
  const bars = rows
    .map((row, i) => {
      const y = TOP + i * ROW;
      const label = `${row.item.number}. ${row.item.shortTitle}`;
      return (
        `<text x="${LABEL_WIDTH - 6}" y="${y + BAR + 2}" font-size="9" text-anchor="end">${esc(label)}</text>` +
        bar(x0, y, row.current, row.item, BLUE) +
        bar(x0, y + BAR + 1, row.previous, row.item, GREY)
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Bar chart of each item's score in this review and the previous one; the table above gives the same scores.">${grid}${legend}${bars}</svg>`;
}
