import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import type { ExportPeriod } from '../../../../shared/ipc/exports';
import type { MetricDefinition, MetricResult } from '../../../../shared/outcomes';
import { ipcQueryOptions } from '../../data/ipc-query';
import type { ClientDirectory } from './client-directory';
import { DrillDownTable } from './DrillDownTable';
import { ExportButtons } from './export/ExportButtons';
import { COUNTED, drillDownTable, MISSED, toExportTable, type ShownRow } from './export/report-tables';
import { formatMetricValue } from './format';
import { jobRowsFrom, type JobRow } from './jobs-behind';

type Props = { def: MetricDefinition; metric: MetricResult; directory: ClientDirectory; period: ExportPeriod; onClose: () => void };

/**
 * The records behind one figure, as a table that can be downloaded: for rates everyone considered, those
 * counted and, apart, those who missed; for job figures the jobs; for breakdowns each one's group beside it.
 */
export function DrillDownDialog({ def, metric, directory, period, onClose }: Props) {
  const jobs = useJobsBehind(metric, directory);
  const table = jobs === 'loading' ? null : drillDownTable(def, metric, directory, jobs);
  const titleId = `drill-${def.id}-title`;
  const outcomeColumn = table?.columns.findIndex((c) => c.header === 'Outcome') ?? -1;
  const byOutcome = (outcome: string) => table?.rows.filter((row: ShownRow) => row.cells[outcomeColumn] === outcome) ?? [];

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth scroll="paper">
      <DialogTitle id={titleId} component="h2">
        {def.title}: {formatMetricValue(def, metric)}
      </DialogTitle>
      <DialogContent dividers>
        <Typography sx={{ mb: 1.5 }}>{introFor(def, metric)} Open a name to see that client’s record.</Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
          <Typography component="span" sx={{ fontWeight: 700 }}>
            Download this list:
          </Typography>
          <ExportButtons what={`the list behind ${def.title}`} period={period} disabled={!table} table={() => toExportTable(table!)} />
        </Box>
        {!table ? (
          <Typography role="status">Loading the jobs…</Typography>
        ) : def.kind === 'rate' ? (
          <>
            <DrillDownTable caption={`Counted (${byOutcome(COUNTED).length}): the numerator`} table={table} rows={byOutcome(COUNTED)} directory={directory} empty="No one." />
            <DrillDownTable
              caption={`Who missed (${byOutcome(MISSED).length}): in the denominator but not counted`}
              table={table}
              rows={byOutcome(MISSED)}
              directory={directory}
              empty="No one: everyone considered was counted."
            />
          </>
        ) : (
          <DrillDownTable caption={table.title} table={table} rows={table.rows} directory={directory} empty="No one is behind this figure." />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function introFor(def: MetricDefinition, metric: MetricResult): string {
  const r = metric.records;
  if (def.kind === 'rate') {
    const counted = r.clients?.length ?? 0;
    const considered = r.denominatorClients?.length ?? 0;
    return `${counted} counted out of ${considered} considered; ${considered - counted} missed.`;
  }
  if (r.jobs) return `${r.jobs.length} ${r.jobs.length === 1 ? 'job' : 'jobs'} of ${r.clients?.length ?? 0} ${r.clients?.length === 1 ? 'person' : 'people'}, earliest start first.`;
  return `${r.clients?.length ?? 0} ${r.clients?.length === 1 ? 'client' : 'clients'}.`;
}

/**
 * The report names jobs by reference only: the records of the (few) clients behind a job figure say what
 * each job is. 'loading' until every record is read; empty for figures about clients.
 */
function useJobsBehind(metric: MetricResult, directory: ClientDirectory): ReadonlyMap<string, JobRow> | 'loading' {
  const jobIds = metric.records.jobs;
  const known = jobIds
    ? (metric.records.clients ?? []).flatMap((clientRef) => {
        const entry = directory.get(clientRef);
        return entry ? [{ clientRef, id: entry.id }] : [];
      })
    : [];
  const records = useQueries({ queries: known.map(({ id }) => ipcQueryOptions('clients.get', { id })) });
  if (!jobIds) return new Map();
  if (records.some((record) => record.isPending)) return 'loading';
  const rows = jobRowsFrom(jobIds, known.map(({ clientRef }, i) => ({ clientRef, detail: records[i]?.data })));
  return new Map(rows.map((row) => [row.job_id, row]));
}
