import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { HandEnteredEntry } from '../../../../shared/sainsbury-a';
import { STATEMENT_ANSWER_LABELS, handEnteredItem, type StatementAnswer } from '../../../../shared/sainsbury-a';
import { useIpcQuery } from '../../data/ipc-query';

function shown(entry: HandEnteredEntry): string {
  if (entry.value === null) return 'Not entered';
  if (typeof entry.value === 'number') return `${entry.value}%`;
  return STATEMENT_ANSWER_LABELS[entry.value as StatementAnswer] ?? entry.value;
}

/** The hand-entered figures of the report's financial year, as saved, with their sources. */
export function HandEnteredSummary({ financialYear, onEdit }: { financialYear: string; onEdit: () => void }) {
  const items = useIpcQuery('handEntered.get', { financialYear }).data?.items;
  if (!items) return null;
  const entered = items.filter((i) => i.value !== null).length;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Typography component="h3" id="hand-summary-heading" sx={{ fontWeight: 700 }}>
        Entered by hand for {financialYear}: local context (Sainsbury A) and D7 ({entered} of {items.length} entered)
      </Typography>
      <Table size="small" aria-labelledby="hand-summary-heading" sx={{ mt: 1 }}>
        <TableHead>
          <TableRow>
            <TableCell>Item</TableCell>
            <TableCell align="right">Value</TableCell>
            <TableCell>Source (year)</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((entry) => {
            const def = handEnteredItem(entry.key);
            return (
              <TableRow key={entry.key}>
                <TableCell>{def ? `${def.section}${def.number}. ${def.text}` : entry.key}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>{shown(entry)}</TableCell>
                <TableCell>{entry.source ? `${entry.source}${entry.year ? ` (${entry.year})` : ''}` : '–'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Button onClick={onEdit} className="no-print" sx={{ mt: 1 }}>Enter or change these figures</Button>
    </Paper>
  );
}
