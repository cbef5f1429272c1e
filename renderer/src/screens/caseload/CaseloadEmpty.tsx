import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import type { ImportOutcome } from './import-outcome';
import { RecordsActions } from './RecordsActions';
import { useMayCall } from '../../data/permissions';

/** No clients yet: what will appear here, and the three ways to start (add, import, or try made-up data). */
interface Props {
  outcome: ImportOutcome | null;
  setOutcome(outcome: ImportOutcome | null): void;
}

export function CaseloadEmpty({ outcome, setOutcome }: Props) {
  const demo = useIpcMutation('demo.load');
  const mayLoadDemo = useMayCall('demo.load');
  const [loadedCount, setLoadedCount] = useState<number | null>(null);

  async function loadDemo() {
    const result = await demo.run({});
    if (result.ok) setLoadedCount(result.data.clients);
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby="caseload-empty-heading" sx={{ p: { xs: 3, sm: 5 }, maxWidth: 760 }}>
      <Typography variant="h2" id="caseload-empty-heading" sx={{ mb: 1.5 }}>
        No clients yet
      </Typography>
      <Typography sx={{ mb: 3 }}>
        Everyone your team supports will be listed here, with their employment specialist, where they are in the
        service and when you last had contact. Add people one at a time, or import a workbook that already holds
        your records.
      </Typography>
      <RecordsActions canExport={false} addLabel="Add a client" outcome={outcome} setOutcome={setOutcome} />
      {mayLoadDemo ? (
        <Box component="section" aria-labelledby="demo-heading" sx={{ mt: 3, pt: 3, borderTop: 1, borderColor: 'divider' }}>
          <Typography component="h3" id="demo-heading" sx={{ fontWeight: 700, fontSize: '1.1rem', mb: 1 }}>
            Just looking?
          </Typography>
          <Typography sx={{ mb: 2 }}>
            Fill this database with a made-up caseload of a few hundred clients over three years, so you can try every
            screen. <strong>The people are not real.</strong> Use a separate database for your real records.
          </Typography>
          <FormAlert>{demo.error?.message}</FormAlert>
          {loadedCount !== null ? <Alert severity="success">Loaded {loadedCount} made-up clients.</Alert> : null}
          <Button variant="outlined" onClick={() => void loadDemo()} disabled={demo.pending}>
            {demo.pending ? 'Loading demo data…' : 'Try it with demo data'}
          </Button>
        </Box>
      ) : null}
    </Paper>
  );
}
