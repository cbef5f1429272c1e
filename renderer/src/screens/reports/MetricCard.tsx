import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { ExportPeriod } from '../../../../shared/ipc/exports';
import type { MetricDefinition, MetricResult } from '../../../../shared/outcomes';
import { BreakdownTable } from './BreakdownTable';
import { DrillDownDialog } from './DrillDownDialog';
import { formatMetricValue, targetStatus, targetText } from './format';
import { TargetBadge } from './TargetBadge';
import type { ClientDirectory } from './client-directory';

type Props = { def: MetricDefinition; metric: MetricResult | undefined; periodDays: number; directory: ClientDirectory; period: ExportPeriod };

function hasRecords(metric: MetricResult): boolean {
  const r = metric.records;
  return (r.clients?.length ?? 0) + (r.jobs?.length ?? 0) + (r.denominatorClients?.length ?? 0) > 0;
}

/** One figure: its title, value, target, the rule on demand and the clients behind it. */
export function MetricCard({ def, metric, periodDays, directory, period }: Props) {
  const [open, setOpen] = useState(false);
  const ruleId = useId();
  const target = targetText(def, periodDays);
  const people = def.id === 'job_starts' && metric?.people !== undefined ? metric.people : undefined;
  return (
    <Paper variant="outlined" component="article" aria-labelledby={`metric-${def.id}`} data-metric={def.id} sx={{ p: 2, display: 'flex', flexDirection: 'column' }}>
      <Typography id={`metric-${def.id}`} component="h3" sx={{ fontWeight: 700, fontSize: '1rem', mb: 0.5 }}>
        {def.title}
      </Typography>
      <Typography sx={{ fontSize: def.kind === 'rate' ? '1.25rem' : '1.6rem', fontWeight: 700, lineHeight: 1.3 }} data-testid={`value-${def.id}`}>
        <ValueWithUnit def={def} text={formatMetricValue(def, metric)} />
        {people !== undefined && (
          <Typography component="span" sx={{ fontSize: '1rem', fontWeight: 400, ml: 1 }}>
            ({people} {people === 1 ? 'person' : 'people'})
          </Typography>
        )}
      </Typography>
      {def.id === 'days_to_first_employer_contact' && metric?.breakdown?.median !== undefined && (
        <Typography variant="body2">Median {metric.breakdown.median.toFixed(1)} days</Typography>
      )}
      {target && <TargetBadge status={targetStatus(def, metric, periodDays)} text={target} />}
      {metric && def.kind !== 'mean' && <BreakdownTable def={def} metric={metric} />}
      <Box component="details" className="no-print" sx={{ mt: 1, '& summary': { cursor: 'pointer', color: 'primary.main', fontWeight: 600 } }}>
        <summary>How is this counted?</summary>
        <Typography id={ruleId} variant="body2" sx={{ mt: 0.5 }}>
          {def.rule}
        </Typography>
      </Box>
      {metric && def.about !== 'entered' && def.about !== 'contacts' && (
        <Box className="no-print" sx={{ mt: 'auto', pt: 1 }}>
          <Button size="small" variant="outlined" onClick={() => setOpen(true)} disabled={!hasRecords(metric)} aria-label={`Show the clients behind ${def.title}`}>
            {hasRecords(metric) ? 'Show the clients' : 'No clients to show'}
          </Button>
        </Box>
      )}
      {open && metric && <DrillDownDialog def={def} metric={metric} directory={directory} period={period} onClose={() => setOpen(false)} />}
    </Paper>
  );
}

/** A mean or ratio's number large, its unit written out after it in ordinary type. */
function ValueWithUnit({ def, text }: { def: MetricDefinition; text: string }) {
  const parts = def.kind === 'mean' || def.kind === 'ratio' ? /^([\d.,]+) (.+)$/.exec(text) : null;
  if (!parts) return <>{text}</>;
  return (
    <>
      {parts[1]}{' '}
      <Typography component="span" sx={{ fontSize: '1rem', fontWeight: 700 }}>
        {parts[2]}
      </Typography>
    </>
  );
}
