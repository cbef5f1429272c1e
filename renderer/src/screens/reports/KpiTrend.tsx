import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { TrendMetricId } from '../../../../shared/ipc/reports';
import { METRIC_CATALOGUE, type MetricDefinition } from '../../../../shared/outcomes';
import { FormAlert } from '../../components/FormAlert';
import { TableScroll } from '../../components/TableScroll';
import { useIpcQuery } from '../../data/ipc-query';
import { shortValue } from './format';

/** The annual KPIs, quarter by quarter, each against its target (a quarter's share of a yearly one). */
const CHARTED: TrendMetricId[] = [
  'kpi_engaged', 'kpi_job_starts', 'job_search_within_4w', 'employment_rate', 'sustainment_rate_13w', 'sustainment_rate_26w', 'sustainment_rate_52w',
];

type Trend = ChannelOutput<'reports.trend'>;

function quarterTargets(def: MetricDefinition): { min?: number; max?: number } {
  const t = def.target;
  if (!t) return {};
  const scale = t.per === 'year' ? 0.25 : 1;
  return { ...(t.min !== undefined && { min: t.min * scale }), ...(t.max !== undefined && { max: t.max * scale }) };
}

function chartValue(def: MetricDefinition, v: number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  return def.kind === 'rate' ? Math.round(v * 1000) / 10 : v;
}

function KpiChart({ def, trend }: { def: MetricDefinition; trend: Trend }) {
  const values = trend.quarters.map((q) => (q.started ? chartValue(def, q.metrics[def.id as TrendMetricId]?.value) : null));
  const targets = quarterTargets(def);
  const pct = def.kind === 'rate';
  const line = (v: number, label: string) => (
    <ChartsReferenceLine y={pct ? v * 100 : v} label={label} labelAlign="end" lineStyle={{ stroke: '#212B32', strokeDasharray: '6 4', strokeWidth: 2 }} labelStyle={{ fontSize: 12, fill: '#212B32' }} />
  );
  const summary = trend.quarters.map((q) => `${q.period.slice(-2)} ${q.started ? shortValue(def, q.metrics[def.id as TrendMetricId]?.value) : 'not started'}`);
  return (
    <Paper variant="outlined" component="figure" sx={{ m: 0, p: 1.5 }} aria-label={`${def.title} by quarter: ${summary.join(', ')}. Target ${def.target?.text ?? 'none'}.`}>
      <Typography component="figcaption" sx={{ fontWeight: 700, fontSize: '0.95rem' }}>
        {def.title}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        Dashed line: target {def.target?.per === 'year' ? `${def.target.text}, a quarter of it each quarter` : def.target?.text}
      </Typography>
      <Box aria-hidden>
        <BarChart
          height={200}
          xAxis={[{ scaleType: 'band', data: trend.quarters.map((q) => q.period.slice(-2)) }]}
          yAxis={[{ min: 0, ...(pct ? { max: 100, valueFormatter: (v: number) => `${v}%` } : {}) }]}
          series={[{ data: values, color: '#005EB8', label: pct ? 'Per cent' : 'Number', valueFormatter: (v) => (v === null ? 'not started' : pct ? `${v}%` : String(v)) }]}
          hideLegend
          disableKeyboardNavigation
          margin={{ left: 0, right: 10, top: 10, bottom: 0 }}
        >
          {targets.min !== undefined && line(targets.min, pct ? `${Math.round(targets.min * 100)}%` : `${Math.round(targets.min * 10) / 10}`)}
          {targets.max !== undefined && line(targets.max, pct ? `${Math.round(targets.max * 100)}%` : `${Math.round(targets.max * 10) / 10}`)}
        </BarChart>
      </Box>
    </Paper>
  );
}

function TrendTable({ trend }: { trend: Trend }) {
  return (
    <Paper variant="outlined" sx={{ mt: 2, p: 1, maxWidth: 960 }}>
    <TableScroll label={`KPIs by quarter, ${trend.financialYear} (scrolls sideways on a narrow window)`}>
    <Table size="small" aria-label={`KPIs by quarter, ${trend.financialYear}`}>
      <TableHead>
        <TableRow>
          <TableCell>KPI</TableCell>
          {trend.quarters.map((q) => (
            <TableCell key={q.period} align="right">{q.period.slice(-2)}</TableCell>
          ))}
          <TableCell align="right">Whole year</TableCell>
          <TableCell>Target</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {CHARTED.map((id) => {
          const def = METRIC_CATALOGUE[id];
          return (
            <TableRow key={id}>
              <TableCell component="th" scope="row">{def.title}</TableCell>
              {trend.quarters.map((q) => (
                <TableCell key={q.period} align="right">{q.started ? shortValue(def, q.metrics[id]?.value) : 'not started'}</TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 700 }}>{shortValue(def, trend.year.metrics[id]?.value)}</TableCell>
              <TableCell>{def.target?.text ?? '–'}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
    </TableScroll>
    </Paper>
  );
}

export function KpiTrend({ financialYear, asOf }: { financialYear: string; asOf: string }) {
  const { data: trend, error } = useIpcQuery('reports.trend', { financialYear, asOf }, { keepPrevious: true });
  return (
    <Box sx={{ mb: 3 }}>
      <Typography component="h3" variant="h3" sx={{ mb: 1 }}>
        Quarter by quarter, {financialYear}
      </Typography>
      <FormAlert>{error?.message}</FormAlert>
      {trend && (
        <>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' }}>
            {CHARTED.map((id) => (
              <KpiChart key={id} def={METRIC_CATALOGUE[id]} trend={trend} />
            ))}
          </Box>
          <TrendTable trend={trend} />
        </>
      )}
    </Box>
  );
}
