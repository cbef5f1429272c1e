import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatUkDate } from '../../../../shared/dates';
import { REVIEW_KIND } from '../../../../shared/fidelity';
import type { ReviewListRow } from '../../../../shared/ipc/fidelity';
import { hrefFor } from '../../app/routes';
import { BandChip, StatusChip } from './FidelityChips';
import { bandText, instrumentName, periodText, reviewName, reviewersText } from './fidelity-format';

/** Newest review date first, as the service lists them. */
export function ReviewsTable({ rows }: { rows: readonly ReviewListRow[] }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Fidelity reviews, newest first">
        <TableHead>
          <TableRow>
            <TableCell>Review date</TableCell>
            <TableCell>Instrument</TableCell>
            <TableCell>Period covered</TableCell>
            <TableCell>Reviewers</TableCell>
            <TableCell>Self or external</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right">Total</TableCell>
            <TableCell>Band</TableCell>
            <TableCell align="right">Open actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} hover>
              <TableCell>
                <Link href={hrefFor({ screen: 'fidelity-review', id: row.id })} aria-label={`${formatUkDate(row.review_date)}: open the ${reviewName(row)}`} sx={{ fontWeight: 700 }}>
                  {formatUkDate(row.review_date)}
                </Link>
              </TableCell>
              <TableCell>{instrumentName(row.instrument)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{periodText(row.period)}</TableCell>
              <TableCell>{reviewersText(row.reviewers)}</TableCell>
              <TableCell>{REVIEW_KIND.labels[row.kind]}</TableCell>
              <TableCell>
                <StatusChip status={row.status} />
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {row.complete ? (
                  <>
                    <strong>{row.total}</strong> of {row.max}
                  </>
                ) : (
                  <>
                    {row.total} so far
                    <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
                      {row.scored} of {row.items} scored
                    </Typography>
                  </>
                )}
              </TableCell>
              <TableCell>{row.band ? <BandChip band={row.band} /> : <Typography variant="body2" sx={{ color: 'text.secondary' }}>{bandText(row.instrument, null, row.complete)}</Typography>}</TableCell>
              <TableCell align="right">{row.open_actions}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
