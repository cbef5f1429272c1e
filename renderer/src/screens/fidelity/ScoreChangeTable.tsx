import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatUkDate } from '../../../../shared/dates';
import { nhsColours } from '../../theme';
import { changeText } from './fidelity-format';

export interface ScoreChangeRow {
  key: string;
  title: string;
  previous: number | null;
  current: number | null;
  change: number | null;
}

interface Props {
  label: string;
  /** The first column's heading: what each row is ("Section", "Item"). */
  rowHeading: string;
  previousDate: string;
  rows: readonly ScoreChangeRow[];
  marginBottom?: number;
}

export const scoreText = (n: number | null): string => (n === null ? 'not scored' : String(n));

function ChangeCell({ change }: { change: number | null }) {
  const colour = change === null || change === 0 ? undefined : change > 0 ? '#00592A' : nhsColours.red;
  return (
    <TableCell align="right" sx={{ fontWeight: change ? 700 : undefined, color: colour, whiteSpace: 'nowrap' }}>
      {changeText(change)}
    </TableCell>
  );
}

/** Scores of the previous review beside this one's, with the change in words and colour (sections or items). */
export function ScoreChangeTable({ label, rowHeading, previousDate, rows, marginBottom = 0 }: Props) {
  return (
    <Paper variant="outlined" sx={{ mb: marginBottom }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{rowHeading}</TableCell>
            <TableCell align="right">Previous ({formatUkDate(previousDate)})</TableCell>
            <TableCell align="right">This review</TableCell>
            <TableCell align="right">Change</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell component="th" scope="row">
                {row.title}
              </TableCell>
              <TableCell align="right">{scoreText(row.previous)}</TableCell>
              <TableCell align="right">{scoreText(row.current)}</TableCell>
              <ChangeCell change={row.change} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
