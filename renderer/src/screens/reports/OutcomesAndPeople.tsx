import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { MetricId, Report } from '../../../../shared/outcomes';
import { formatCount } from './format';

/** Seed 000: "Reports should always include the number of outcomes and number of people". */
type Row = { label: string; outcomes: number | null; people: number | null };

function value(report: Report, id: MetricId): number {
  return report.metrics[id]?.value ?? 0;
}

export function outcomeRows(report: Report): Row[] {
  const jobStarts = report.metrics.job_starts;
  const sustained = (weeks: 13 | 26 | 52): Row => {
    const n = value(report, `sustained_${weeks}w_lt16`) + value(report, `sustained_${weeks}w_ge16`);
    return { label: `Sustained in work ${weeks} weeks`, outcomes: n, people: n };
  };
  return [
    { label: 'Job starts', outcomes: jobStarts?.value ?? null, people: jobStarts?.people ?? null },
    { label: 'People supported into work (first job)', outcomes: value(report, 'people_into_work'), people: value(report, 'people_into_work') },
    sustained(13),
    sustained(26),
    sustained(52),
    { label: 'Job retention outcomes', outcomes: value(report, 'retention_outcomes'), people: value(report, 'retention_outcomes') },
  ];
}

export function OutcomesAndPeople({ report }: { report: Report }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2, maxWidth: 640 }}>
      <Typography component="h3" sx={{ fontWeight: 700, mb: 1 }} id="outcomes-people-heading">
        Outcomes and people at a glance
      </Typography>
      <Table size="small" aria-labelledby="outcomes-people-heading">
        <TableHead>
          <TableRow>
            <TableCell>Outcome</TableCell>
            <TableCell align="right">Number of outcomes</TableCell>
            <TableCell align="right">Number of people</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {outcomeRows(report).map((r) => (
            <TableRow key={r.label}>
              <TableCell>{r.label}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 700 }}>{formatCount(r.outcomes)}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 700 }}>{formatCount(r.people)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
