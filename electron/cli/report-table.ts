import { formatUkDate } from '../../shared/dates';
import { METRIC_CATALOGUE, SECTIONS, metricsOfSection, type MetricDefinition, type PublicMetric, type PublicReport } from '../../shared/outcomes';

/**
 * `report` without `--json`: every figure as an aligned table, one block per section, with the people
 * beside the count (or numerator/denominator beside a rate) and the target where DOMAIN gives one. A
 * distribution adds an indented line with its non-zero keys.
 */

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const decimal = (n: number, places: number) => (Number.isInteger(n) ? String(n) : n.toFixed(places));

function valueText(def: MetricDefinition, m: PublicMetric): string {
  if (m.value === null) return def.kind === 'entered' ? 'not entered' : '–';
  switch (def.kind) {
    case 'rate':
      return percent(m.value);
    case 'mean':
      return `${decimal(m.value, 1)} days`;
    case 'ratio':
      return decimal(m.value, 2);
    case 'entered':
      return `${decimal(m.value, 1)}%`;
    default:
      return String(m.value);
  }
}

function peopleText(def: MetricDefinition, m: PublicMetric): string {
  if (def.kind === 'rate') return `${m.numerator ?? 0} / ${m.denominator ?? 0}`;
  if (def.kind === 'mean' && m.breakdown?.median !== undefined) return `median ${decimal(m.breakdown.median, 1)}`;
  return m.people === undefined ? '' : `${m.people} people`;
}

function targetText(def: MetricDefinition): string {
  return def.target?.text ?? '';
}

function breakdownLine(def: MetricDefinition, m: PublicMetric): string | null {
  if (!m.breakdown || def.kind === 'mean') return null;
  const parts = Object.entries(m.breakdown)
    .filter(([, n]) => n !== 0)
    .map(([key, n]) => `${key} ${def.kind === 'ratio' ? decimal(n, 2) : n}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Pads every column but the last to its widest cell, two spaces apart. */
export function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

export function formatReportTable(report: PublicReport, label: string): string {
  const { start, end, as_of } = report.period;
  const lines = [`${label}: ${formatUkDate(start)} to ${formatUkDate(end)}, data as of ${formatUkDate(as_of)}`, ''];
  for (const [section, title] of Object.entries(SECTIONS)) {
    const rows: string[][] = [['id', 'title', 'value', 'people or n / d', 'target']];
    const details = new Map<number, string>();
    for (const def of metricsOfSection(section as keyof typeof SECTIONS)) {
      const m = report.metrics[def.id];
      rows.push([def.id, METRIC_CATALOGUE[def.id].title, valueText(def, m), peopleText(def, m), targetText(def)]);
      const detail = breakdownLine(def, m);
      if (detail) details.set(rows.length - 1, detail);
    }
    lines.push(title, '-'.repeat(title.length));
    alignColumns(rows).forEach((line, i) => {
      lines.push(line);
      const detail = details.get(i);
      if (detail) lines.push(`    by key: ${detail}`);
    });
    lines.push('');
  }
  return lines.join('\n');
}
