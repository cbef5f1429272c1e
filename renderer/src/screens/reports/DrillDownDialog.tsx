import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { MetricDefinition, MetricResult } from '../../../../shared/outcomes';
import { breakdownKeyLabel, formatMetricValue } from './format';
import { ClientLinkList } from './ClientLinkList';
import type { ClientDirectory } from './client-directory';
import { JobsBehindTable } from './JobsBehindTable';

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
          <JobsBehindTable jobIds={records.jobs} clientRefs={clients} directory={directory} />
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
