import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { formatUkDate } from '../../../../shared/dates';
import type { MetricDefinition, MetricResult } from '../../../../shared/outcomes';
import { hrefFor } from '../../app/routes';
import { ipcQueryOptions } from '../../data/ipc-query';
import { breakdownKeyLabel, formatMetricValue } from './format';
import { ClientLinkList } from './ClientLinkList';
import type { ClientDirectory } from './client-directory';
import { jobRowsFrom } from './jobs-behind';

type Props = { def: MetricDefinition; metric: MetricResult; directory: ClientDirectory; onClose: () => void };

/** The records behind one figure: for rates both lists, for job figures the jobs, for breakdowns each key's. */
export function DrillDownDialog({ def, metric, directory, onClose }: Props) {
  const records = metric.records;
  const clients = records.clients ?? [];
  const titleId = `drill-${def.id}-title`;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth scroll="paper">
      <DialogTitle id={titleId} component="h2">
        {def.title}: {formatMetricValue(def, metric)}
      </DialogTitle>
      <DialogContent dividers>
        <Typography sx={{ mb: 2 }}>{introFor(def, metric)} Open a name to see that client’s record.</Typography>
        {def.kind === 'rate' ? (
          <>
            <Typography component="h3" variant="h3" sx={{ mb: 1 }}>
              Counted ({clients.length}) – the numerator
            </Typography>
            <ClientLinkList ids={clients} directory={directory} emptyText="No one." />
            <Typography component="h3" variant="h3" sx={{ mt: 3, mb: 1 }}>
              Everyone considered ({records.denominatorClients?.length ?? 0}) – the denominator
            </Typography>
            <ClientLinkList ids={records.denominatorClients ?? []} directory={directory} emptyText="No one." />
          </>
        ) : records.jobs ? (
          <JobList def={def} metric={metric} directory={directory} />
        ) : records.byKey ? (
          Object.entries(records.byKey).map(([key, group]) => (
            <section key={key}>
              <Typography component="h3" variant="h3" sx={{ mt: 2, mb: 1 }}>
                {breakdownKeyLabel(def.id, key)} ({group.clients.length})
              </Typography>
              <ClientLinkList ids={group.clients} directory={directory} emptyText="No one." />
            </section>
          ))
        ) : (
          <ClientLinkList ids={clients} directory={directory} emptyText="No clients are behind this figure." />
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
  if (def.kind === 'rate') return `${r.clients?.length ?? 0} counted out of ${r.denominatorClients?.length ?? 0} considered.`;
  if (r.jobs) return `${r.jobs.length} ${r.jobs.length === 1 ? 'job' : 'jobs'} of ${r.clients?.length ?? 0} ${r.clients?.length === 1 ? 'person' : 'people'}, earliest start first.`;
  return `${r.clients?.length ?? 0} ${r.clients?.length === 1 ? 'client' : 'clients'}.`;
}

function JobList({ metric, directory }: Omit<Props, 'onClose'>) {
  const known = (metric.records.clients ?? []).flatMap((clientRef) => {
    const entry = directory.get(clientRef);
    return entry ? [{ clientRef, id: entry.id }] : [];
  });
  const records = useQueries({ queries: known.map(({ id }) => ipcQueryOptions('clients.get', { id })) });
  if (records.some((record) => record.isPending)) return <Typography>Loading the jobs…</Typography>;
  const rows = jobRowsFrom(metric.records.jobs ?? [], known.map(({ clientRef }, i) => ({ clientRef, detail: records[i]?.data })));
  if (rows.length === 0) return <Typography>No jobs are behind this figure.</Typography>;
  return (
    <Table size="small" aria-label="Jobs behind this figure">
      <TableHead>
        <TableRow>
          <TableCell>Client</TableCell>
          <TableCell>Job</TableCell>
          <TableCell>Employer</TableCell>
          <TableCell>Started</TableCell>
          <TableCell align="right">Hours a week</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => {
          const entry = directory.get(r.clientRef);
          return (
            <TableRow key={r.job_id}>
              <TableCell>
                {entry ? <Link href={hrefFor({ screen: 'client', id: entry.id })}>{entry.name} ({r.clientRef})</Link> : r.clientRef || '–'}
              </TableCell>
              <TableCell>
                {r.job_title ?? 'Job'} <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>({r.job_id})</Typography>
              </TableCell>
              <TableCell>{r.employer ?? '–'}</TableCell>
              <TableCell>{formatUkDate(r.start_date)}</TableCell>
              <TableCell align="right">{r.hours ?? '–'}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
