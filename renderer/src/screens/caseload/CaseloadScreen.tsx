import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcQuery } from '../../data/ipc-query';
import { useSessionViewState } from '../../data/session';
import { EMPTY_FILTER, filterCaseload, rowsBeforeStatus, statusCounts, type CaseloadFilter } from './caseload-filter';
import { CaseloadEmpty } from './CaseloadEmpty';
import { CaseloadNotice } from './caseload-notice';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseloadGrid } from './CaseloadGrid';
import { rememberedSpecialist, rememberSpecialist } from './my-caseload';
import type { ImportOutcome } from './import-outcome';
import { RecordsActions } from './RecordsActions';

function resultText(shown: number, total: number): string {
  const people = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'client' : 'clients'}`;
  return shown === total ? `Showing ${people(total)}` : `Showing ${people(shown)} of ${total.toLocaleString('en-GB')}`;
}

/**
 * Everyone the team supports, for a manager to scan: status counts, filters, and the sortable list. The
 * search, filters, sort and page are kept for the session, so coming back from a client finds the list as
 * it was left; the specialist chosen is kept for the user beyond it ("my caseload", my-caseload.ts).
 */
export function CaseloadScreen() {
  const list = useIpcQuery('clients.list', {});
  const user = useIpcQuery('vault.status', {}, { select: (status) => status.currentUser }).data;
  const [filter, setSessionFilter] = useSessionViewState<CaseloadFilter>('caseload.filter', { ...EMPTY_FILTER, specialist: rememberedSpecialist(user) });
  const setFilter = (next: CaseloadFilter) => {
    if (next.specialist !== filter.specialist) rememberSpecialist(user, next.specialist);
    setSessionFilter(next);
  };
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const beforeStatus = useMemo(() => rowsBeforeStatus(rows, filter), [rows, filter]);
  const counts = useMemo(() => statusCounts(beforeStatus), [beforeStatus]);
  const shown = useMemo(() => filterCaseload(beforeStatus, { ...EMPTY_FILTER, status: filter.status }), [beforeStatus, filter.status]);

  return (
    <>
      <ScreenHeading title="Caseload">Caseload</ScreenHeading>
      <CaseloadNotice />
      {list.isPending ? (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <CircularProgress size={24} aria-hidden="true" />
          Loading the caseload…
        </Box>
      ) : null}
      {list.isError && !list.data ? (
        <>
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {list.error.message}
          </Alert>
          <Button variant="contained" onClick={() => void list.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {list.data && rows.length === 0 ? <CaseloadEmpty outcome={outcome} setOutcome={setOutcome} /> : null}
      {list.data && rows.length > 0 ? (
        <>
          <RecordsActions canExport outcome={outcome} setOutcome={setOutcome} />
          <CaseloadFilters rows={rows} filter={filter} counts={counts} onChange={setFilter} />
          <Typography role="status" aria-live="polite" sx={{ mb: 1, fontWeight: 700 }} data-testid="caseload-count">
            {resultText(shown.length, rows.length)}
            {filter.status === 'open' ? ' (open clients; choose Everyone to include discharged)' : ''}
          </Typography>
          <CaseloadGrid rows={shown} today={list.data.today} />
        </>
      ) : null}
    </>
  );
}
