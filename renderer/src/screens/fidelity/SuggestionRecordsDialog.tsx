import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { fidelityItem, formatSuggestionFigure, itemLabel, type FidelitySuggestion } from '../../../../shared/fidelity';
import { useIpcQuery } from '../../data/ipc-query';
import { ClientLinkList } from '../reports/ClientLinkList';
import { directoryFrom } from '../reports/client-directory';
import { JobsBehindTable } from '../reports/JobsBehindTable';
import { plural, workingText } from './fidelity-format';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Typography component="h3" variant="h3" sx={{ mt: 2, mb: 1, fontSize: '1.1rem' }}>
        {title}
      </Typography>
      {children}
    </section>
  );
}

/** The clients, jobs and staff a suggestion's figure is worked out from, each client a link to the record. */
export function SuggestionRecordsDialog({ suggestion, periodLabel, onClose }: { suggestion: FidelitySuggestion; periodLabel: string; onClose(): void }) {
  const { data: directory = new Map() } = useIpcQuery('clients.list', {}, { select: directoryFrom });
  const item = fidelityItem(suggestion.item);
  const r = suggestion.records;
  const hasJobs = r.jobs.length > 0 || r.leftOutJobs.length > 0;
  const titleId = 'suggestion-records-title';
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth scroll="paper">
      <DialogTitle id={titleId} component="h2">
        {itemLabel(item)}: {formatSuggestionFigure(suggestion.unit, suggestion.figure)}
      </DialogTitle>
      <DialogContent dividers>
        <Typography>
          Worked out from {workingText(suggestion)} ({periodLabel}). Open a name to see that client’s record.
        </Typography>
        {hasJobs ? (
          <Section title={`Jobs in the figure (${r.jobs.length})`}>
            <JobsBehindTable jobIds={r.jobs} clientRefs={r.clients} directory={directory} label="Jobs in the figure" />
          </Section>
        ) : (
          r.clients.length > 0 && (
            <Section title={`Clients in the figure (${r.clients.length})`}>
              <ClientLinkList ids={r.clients} directory={directory} emptyText="No one." />
            </Section>
          )
        )}
        {r.nonCompetitiveJobs.length > 0 && (
          <Section title={`Of which not competitive (${r.nonCompetitiveJobs.length})`}>
            <Typography>{r.nonCompetitiveJobs.join(', ')}</Typography>
          </Section>
        )}
        {r.leftOutJobs.length > 0 && (
          <Section title={`Left out: ${plural(r.leftOutJobs.length, 'job start')} with the field blank`}>
            <Typography>{r.leftOutJobs.join(', ')}</Typography>
          </Section>
        )}
        {r.staff.length > 0 && (
          <Section title={`Staff whose FTE divides the figure (${r.staff.length})`}>
            <Typography>{r.staff.join(', ')}</Typography>
          </Section>
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
