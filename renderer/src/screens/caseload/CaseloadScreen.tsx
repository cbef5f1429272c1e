import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { ScreenHeading } from '../../components/ScreenHeading';
import { call } from '../../ipc';
import { EMPTY_FILTER, filterCaseload, rowsBeforeStatus, statusCounts, type CaseloadFilter } from './caseload-filter';
import { CaseloadEmpty } from './CaseloadEmpty';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseloadGrid } from './CaseloadGrid';
import type { ImportOutcome } from './import-outcome';
import { RecordsActions } from './RecordsActions';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; data: ChannelOutput<'clients.list'> };

function resultText(shown: number, total: number): string {
  const people = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'client' : 'clients'}`;
  return shown === total ? `Showing ${people(total)}` : `Showing ${people(shown)} of ${total.toLocaleString('en-GB')}`;
}

/** Everyone the team supports, for a manager to scan: status counts, filters, and the sortable list. */
export function CaseloadScreen() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [filter, setFilter] = useState<CaseloadFilter>(EMPTY_FILTER);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const load = useCallback(async () => {
    const result = await call('clients.list', {});
    setLoaded(result.ok ? { kind: 'ready', data: result.data } : { kind: 'failed', message: result.error.message });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const rows = loaded.kind === 'ready' ? loaded.data.rows : [];
  const beforeStatus = useMemo(() => rowsBeforeStatus(rows, filter), [rows, filter]);
  const counts = useMemo(() => statusCounts(beforeStatus), [beforeStatus]);
  const shown = useMemo(() => filterCaseload(beforeStatus, { ...EMPTY_FILTER, status: filter.status }), [beforeStatus, filter.status]);

  return (
    <>
      <ScreenHeading title="Caseload">Caseload</ScreenHeading>
      {loaded.kind === 'loading' ? (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <CircularProgress size={24} aria-hidden="true" />
          Loading the caseload…
        </Box>
      ) : null}
      {loaded.kind === 'failed' ? (
        <>
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {loaded.message}
          </Alert>
          <Button variant="contained" onClick={() => void load()}>
            Try again
          </Button>
        </>
      ) : null}
      {loaded.kind === 'ready' && rows.length === 0 ? <CaseloadEmpty onLoaded={() => void load()} outcome={outcome} setOutcome={setOutcome} /> : null}
      {loaded.kind === 'ready' && rows.length > 0 ? (
        <>
          <RecordsActions onImported={() => void load()} canExport outcome={outcome} setOutcome={setOutcome} />
          <CaseloadFilters rows={rows} filter={filter} counts={counts} onChange={setFilter} />
          <Typography role="status" aria-live="polite" sx={{ mb: 1, fontWeight: 700 }} data-testid="caseload-count">
            {resultText(shown.length, rows.length)}
            {filter.status === 'open' ? ' (open clients; choose Everyone to include discharged)' : ''}
          </Typography>
          <CaseloadGrid rows={shown} today={loaded.data.today} />
        </>
      ) : null}
    </>
  );
}
