import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { DataGrid, type GridColDef, type GridRenderCellParams } from '@mui/x-data-grid';
import { CONTACT_KIND, YES_NO_UNKNOWN } from '../../../../shared/codes';
import { formatUkDate } from '../../../../shared/dates';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { hrefFor } from '../../app/routes';
import { useMayCall } from '../../data/permissions';

export type EmployerContactRow = ChannelOutput<'contacts.listEmployer'>['rows'][number];

interface Props {
  rows: EmployerContactRow[];
  /** Client ID → record id, to link "on behalf of" to the client's record. */
  clientRecordIds: ReadonlyMap<string, string>;
  onEdit(row: EmployerContactRow): void;
  onDelete(row: EmployerContactRow): void;
}

function label<L extends Record<string, string>>(labels: L, code: string | null): string {
  return code ? (labels[code] ?? code) : '';
}

/** "Employer – face to face" → "Face to face": every row here is an employer contact. */
function kindText(code: string): string {
  const text = label(CONTACT_KIND.labels, code).replace(/^Employer – /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function EmployerContactsGrid({ rows, clientRecordIds, onEdit, onDelete }: Props) {
  // A viewer reads the log; Edit and Delete are for those who may save contacts.
  const mayWrite = useMayCall('contacts.save');
  const columns: GridColDef<EmployerContactRow>[] = [
    { field: 'date', headerName: 'Date', width: 110, valueFormatter: (value: string) => formatUkDate(value) },
    { field: 'employer', headerName: 'Employer', flex: 1.3, minWidth: 160, valueFormatter: (value: string | null) => value ?? 'Not recorded' },
    { field: 'kind', headerName: 'Kind', flex: 1, minWidth: 150, valueFormatter: (value: string) => kindText(value) },
    { field: 'specialist', headerName: 'Specialist', flex: 1, minWidth: 130 },
    {
      field: 'client_id',
      headerName: 'On behalf of',
      width: 130,
      renderCell: ({ row, tabIndex }: GridRenderCellParams<EmployerContactRow>) => {
        if (!row.client_id) return '';
        const id = clientRecordIds.get(row.client_id);
        return id ? (
          <Link href={hrefFor({ screen: 'client', id })} tabIndex={tabIndex}>
            {row.client_id}
          </Link>
        ) : (
          row.client_id
        );
      },
    },
    {
      field: 'client_preference_based',
      headerName: "Client's preferences",
      width: 165,
      valueFormatter: (value: string) => label(YES_NO_UNKNOWN.labels, value),
    },
  ];
  const actions: GridColDef<EmployerContactRow>[] = [
    {
      field: 'actions',
      headerName: 'Actions',
      width: 170,
      sortable: false,
      renderCell: ({ row, tabIndex }: GridRenderCellParams<EmployerContactRow>) => {
        const what = `contact with ${row.employer ?? 'an employer not recorded'} on ${formatUkDate(row.date)}`;
        return (
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button size="small" variant="outlined" tabIndex={tabIndex} aria-label={`Edit ${what}`} onClick={() => onEdit(row)}>
              Edit
            </Button>
            <Button size="small" variant="outlined" color="error" tabIndex={tabIndex} aria-label={`Delete ${what}`} onClick={() => onDelete(row)}>
              Delete
            </Button>
          </Box>
        );
      },
    },
  ];
  if (mayWrite) columns.push(...actions);
  return (
    <Box sx={{ height: Math.min(560, 116 + Math.max(rows.length, 3) * 48), width: '100%', bgcolor: 'background.paper' }}>
      <DataGrid
        aria-label="Employer contacts"
        rows={rows}
        columns={columns}
        initialState={{ sorting: { sortModel: [{ field: 'date', sort: 'desc' }] }, pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
        pageSizeOptions={[25, 50, 100]}
        disableRowSelectionOnClick
        disableColumnMenu
        rowHeight={48}
        localeText={{ noRowsLabel: 'No employer contacts in these dates' }}
        sx={{ '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 700 } }}
      />
    </Box>
  );
}
