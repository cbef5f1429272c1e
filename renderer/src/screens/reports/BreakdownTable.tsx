import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { MetricDefinition, MetricResult } from '../../../../shared/outcomes';
import { breakdownKeyLabel, formatCount, formatPercent, RATIO_BREAKDOWN_UNITS } from './format';

/** Counts per key with each one's share of the total; per-specialist ratios are shown as they are. */
export function BreakdownTable({ def, metric }: { def: MetricDefinition; metric: MetricResult }) {
  const breakdown = metric.breakdown;
  if (!breakdown || Object.keys(breakdown).length === 0) return null;
  const shares = def.kind === 'distribution';
  const total = shares ? (metric.value ?? 0) : 0;
  const valueHeading = RATIO_BREAKDOWN_UNITS[def.id] ?? 'Number';
  const entries = Object.entries(breakdown).sort(([, a], [, b]) => (shares ? b - a : 0));
  return (
    <Table size="small" aria-label={`${def.title}: breakdown`} sx={{ mt: 1, '& td, & th': { px: 1, py: 0.5 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{RATIO_BREAKDOWN_UNITS[def.id] ? 'Specialist' : 'Group'}</TableCell>
          <TableCell align="right">{valueHeading}</TableCell>
          {shares && <TableCell align="right">Share</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map(([key, count]) => (
          <TableRow key={key}>
            <TableCell>{breakdownKeyLabel(def.id, key)}</TableCell>
            <TableCell align="right">{Number.isInteger(count) ? formatCount(count) : count.toFixed(1)}</TableCell>
            {shares && <TableCell align="right">{total > 0 ? formatPercent(count / total) : '–'}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
