import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import type { ExportCell } from '../../../../shared/ipc/exports';
import { hrefFor } from '../../app/routes';
import type { ClientDirectory } from './client-directory';
import type { ShownRow, ShownTable } from './export/report-tables';
import { formatPercent } from './format';

function shown(cell: ExportCell): string {
  if (cell === null) return '–';
  if (typeof cell === 'string' || typeof cell === 'number') return String(cell);
  if ('percent' in cell) return formatPercent(cell.percent);
  return formatUkDate(cell.date);
}

interface Props {
  caption: string;
  table: ShownTable;
  rows: readonly ShownRow[];
  directory: ClientDirectory;
  empty: string;
}

/** Some rows of a drill-down table under a heading; each client's name links to their record. */
export function DrillDownTable({ caption, table, rows, directory, empty }: Props) {
  const headingId = useId();
  const nameColumn = table.columns.findIndex((c) => c.header === 'Name');
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography component="h3" variant="h3" id={headingId} sx={{ mb: 1, fontSize: '1.1rem' }}>
        {caption}
      </Typography>
      {rows.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>{empty}</Typography>
      ) : (
        <Table size="small" aria-labelledby={headingId} sx={{ '& th': { fontWeight: 700 }, '& td, & th': { overflowWrap: 'anywhere' } }}>
          <TableHead>
            <TableRow>
              {table.columns.map((column) => (
                <TableCell key={column.header} component="th" scope="col">
                  {column.header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={`${row.clientRef ?? ''}-${index}`}>
                {row.cells.map((cell, column) => {
                  const entry = column === nameColumn && row.clientRef ? directory.get(row.clientRef) : undefined;
                  return (
                    <TableCell key={table.columns[column]?.header ?? column}>
                      {entry ? <Link href={hrefFor({ screen: 'client', id: entry.id })}>{entry.name || row.clientRef}</Link> : shown(cell)}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
