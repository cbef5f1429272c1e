import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridRenderCellParams, type GridSortModel } from '@mui/x-data-grid';
import type { CaseloadStatus } from '../../../../shared/caseload';
import { CASELOAD_STATUS_LABEL } from '../../../../shared/caseload';
import { formatUkDate, type IsoDate } from '../../../../shared/dates';
import type { CaseloadRow } from '../../../../shared/ipc/records';
import { hrefFor, navigate } from '../../app/routes';
import { useSessionViewState } from '../../data/session';
import { nhsColours } from '../../theme';
import { isContactOverdue } from './caseload-filter';
import { StatusChip } from './StatusChip';

function NameCell({ row, tabIndex }: GridRenderCellParams<CaseloadRow>) {
  return (
    <Link href={hrefFor({ screen: 'client', id: row.id })} tabIndex={tabIndex} sx={{ fontWeight: 700 }}>
      {row.name}
    </Link>
  );
}

function LastContactCell({ row, today }: { row: CaseloadRow; today: IsoDate }) {
  const overdue = isContactOverdue(row, today);
  const text = row.last_contact ? formatUkDate(row.last_contact) : 'None yet';
  if (!overdue) return <span>{text}</span>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: nhsColours.red, fontWeight: 700 }}>
      <WarningAmberIcon fontSize="small" aria-hidden="true" />
      {text}
      <Box component="span" sx={{ fontWeight: 400 }}>
        (over 8 weeks)
      </Box>
    </Box>
  );
}

function columns(today: IsoDate): GridColDef<CaseloadRow>[] {
  return [
    { field: 'name', headerName: 'Name', flex: 1.4, minWidth: 170, renderCell: NameCell },
    { field: 'client_id', headerName: 'Client ID', width: 110 },
    { field: 'specialist', headerName: 'Specialist', flex: 1, minWidth: 140, valueFormatter: (value: string | null) => value ?? 'Not assigned' },
    {
      field: 'status',
      headerName: 'Status',
      width: 140,
      // Sorts by label, so the order matches what is read on screen.
      valueGetter: (value: CaseloadStatus) => value,
      sortComparator: (a: CaseloadStatus, b: CaseloadStatus) => CASELOAD_STATUS_LABEL[a].localeCompare(CASELOAD_STATUS_LABEL[b]),
      renderCell: ({ row }: GridRenderCellParams<CaseloadRow>) => <StatusChip status={row.status} />,
    },
    // ISO dates sort correctly as text; only the display is dd/mm/yyyy.
    { field: 'referral_date', headerName: 'Referred', width: 115, valueFormatter: (value: string) => formatUkDate(value) },
    {
      field: 'last_contact',
      headerName: 'Last contact',
      width: 220,
      renderCell: ({ row }: GridRenderCellParams<CaseloadRow>) => <LastContactCell row={row} today={today} />,
    },
    { field: 'current_job', headerName: 'Current job', flex: 1.2, minWidth: 150, valueFormatter: (value: string | null) => value ?? '' },
  ];
}

interface Props {
  rows: CaseloadRow[];
  today: IsoDate;
}

/** The caseload table: pages of up to 100 virtualised rows (10,000 clients stay smooth), sortable, keyboard navigable. */
export function CaseloadGrid({ rows, today }: Props) {
  // Kept for the session, like the filters (CaseloadScreen).
  const [sortModel, setSortModel] = useSessionViewState<GridSortModel>('caseload.sort', [{ field: 'name', sort: 'asc' }]);
  const [paginationModel, setPaginationModel] = useSessionViewState<GridPaginationModel>('caseload.page', { pageSize: 100, page: 0 });
  return (
    // A fixed height lets the grid virtualise; a short list gets a short grid instead of empty space.
    <Box sx={{ height: Math.min(620, 112 + Math.max(rows.length, 3) * 44), width: '100%', bgcolor: 'background.paper' }}>
      <DataGrid
        aria-label="Clients"
        rows={rows}
        columns={columns(today)}
        sortModel={sortModel}
        onSortModelChange={setSortModel}
        paginationModel={paginationModel}
        onPaginationModelChange={setPaginationModel}
        pageSizeOptions={[25, 50, 100]}
        disableRowSelectionOnClick
        disableColumnMenu
        hideFooterSelectedRowCount
        rowHeight={44}
        localeText={{ noRowsLabel: 'No clients match these filters' }}
        onCellKeyDown={(params, event) => {
          // Enter on any cell of a row opens that client's record.
          if (event.key === 'Enter') navigate({ screen: 'client', id: String(params.id) });
        }}
        sx={{ '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 700 } }}
      />
    </Box>
  );
}
