import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatUkDate } from '../../../../../shared/dates';
import { hrefFor } from '../../../app/routes';
import { TableScroll } from '../../../components/TableScroll';

interface Episode {
  id: string;
  client_id: string;
  referral_date: string;
  discharge_date: string | null;
}

interface Props<E extends Episode> {
  label: string;
  rows: readonly E[];
  /** A last column saying why each row is there (the held-back list). */
  why?: (row: E) => string;
}

/** Referral episodes by client ID (never by name: the list is about records, and names may already be gone). */
export function EpisodesTable<E extends Episode>({ label, rows, why }: Props<E>) {
  return (
    <TableScroll label={label}>
      <Table size="small" aria-label={label} sx={{ '& thead th': { fontWeight: 700 }, maxWidth: why ? 900 : 560 }}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">Client ID</TableCell>
            <TableCell component="th" scope="col">Referred</TableCell>
            <TableCell component="th" scope="col">Discharged</TableCell>
            {why ? <TableCell component="th" scope="col">Why kept</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell component="th" scope="row">
                <a href={hrefFor({ screen: 'client', id: row.id })}>{row.client_id}</a>
              </TableCell>
              <TableCell>{formatUkDate(row.referral_date)}</TableCell>
              <TableCell>{row.discharge_date ? formatUkDate(row.discharge_date) : 'still open'}</TableCell>
              {why ? <TableCell>{why(row)}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
