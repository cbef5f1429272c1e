import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridRenderCellParams, type GridSortModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { hrefFor, navigate } from '../../app/routes';
import { FormAlert } from '../../components/FormAlert';
import { useIpcQuery } from '../../data/ipc-query';
import { useSessionViewState } from '../../data/session';

type EmployerRow = ChannelOutput<'employers.list'>['employers'][number];

const COLUMNS: GridColDef<EmployerRow>[] = [
  {
    field: 'name',
    headerName: 'Employer',
    flex: 1.6,
    minWidth: 180,
    renderCell: ({ row, tabIndex }: GridRenderCellParams<EmployerRow>) => (
      <Link href={hrefFor({ screen: 'employer', key: row.key })} tabIndex={tabIndex} sx={{ fontWeight: 700 }}>
        {row.name}
      </Link>
    ),
  },
  { field: 'contacts', headerName: 'Contacts', type: 'number', width: 110 },
  { field: 'jobs', headerName: 'Jobs', type: 'number', width: 90 },
  // ISO dates sort as text; only the display is dd/mm/yyyy.
  { field: 'lastContact', headerName: 'Last contact', width: 140, valueFormatter: (value: string | null) => (value ? formatUkDate(value) : 'None') },
  { field: 'clientsPlaced', headerName: 'Clients placed', type: 'number', width: 140 },
];

/** Employers built from the contacts and jobs already recorded (spellings matched), searchable, each opening to its history. */
export function EmployersList() {
  const { data, error } = useIpcQuery('employers.list', {});
  const [search, setSearch] = useSessionViewState('employers.search', '');
  const [sortModel, setSortModel] = useSessionViewState<GridSortModel>('employers.sort', [{ field: 'name', sort: 'asc' }]);
  const all = data?.employers;
  const shown = useMemo(() => {
    const text = search.trim().toLocaleLowerCase('en-GB');
    return (all ?? []).filter((e) => !text || e.name.toLocaleLowerCase('en-GB').includes(text));
  }, [all, search]);
  const total = all?.length ?? 0;

  return (
    <>
      <Typography sx={{ mb: 2, maxWidth: 760 }}>
        Every employer your specialists have contacted or placed someone with, from the contacts and jobs recorded. Open one to see its
        history.
      </Typography>
      <TextField
        id="employers-search"
        label="Search employers"
        type="search"
        size="small"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        helperText="Part of the employer's name"
        fullWidth={false}
        margin="none"
        sx={{ width: 320, mb: 2 }}
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon aria-hidden="true" /></InputAdornment> } }}
      />
      <FormAlert>{error?.message}</FormAlert>
      <Typography role="status" aria-live="polite" sx={{ mb: 1, fontWeight: 700 }} data-testid="employers-count">
        {all === undefined ? 'Loading employers…' : shown.length === total ? `${total.toLocaleString('en-GB')} ${total === 1 ? 'employer' : 'employers'}` : `${shown.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} employers`}
      </Typography>
      {all ? (
        <Box sx={{ height: Math.min(620, 112 + Math.max(shown.length, 3) * 44), width: '100%', bgcolor: 'background.paper' }}>
          <DataGrid
            aria-label="Employers"
            rows={shown}
            getRowId={(row) => row.key}
            columns={COLUMNS}
            sortModel={sortModel}
            onSortModelChange={setSortModel}
            pageSizeOptions={[25, 50, 100]}
            initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
            disableRowSelectionOnClick
            disableColumnMenu
            hideFooterSelectedRowCount
            rowHeight={44}
            localeText={{ noRowsLabel: total === 0 ? 'No employers recorded yet: they come from employer contacts and jobs' : 'No employer matches that search' }}
            onCellKeyDown={(params, event) => {
              // Enter on any cell of a row opens that employer's history.
              if (event.key === 'Enter') navigate({ screen: 'employer', key: String(params.id) });
            }}
            sx={{ '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 700 } }}
          />
        </Box>
      ) : null}
    </>
  );
}
