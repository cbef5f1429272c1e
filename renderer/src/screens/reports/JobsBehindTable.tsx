import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { formatUkDate } from '../../../../shared/dates';
import { hrefFor } from '../../app/routes';
import { ipcQueryOptions } from '../../data/ipc-query';
import type { ClientDirectory } from './client-directory';
import { jobRowsFrom } from './jobs-behind';

interface Props {
  jobIds: readonly string[];
  /** The clients whose records hold those jobs (a figure names jobs by reference only). */
  clientRefs: readonly string[];
  directory: ClientDirectory;
  label?: string;
}

/** The jobs behind a figure (a report's job counts, a fidelity suggestion's job shares), each with its client. */
export function JobsBehindTable({ jobIds, clientRefs, directory, label = 'Jobs behind this figure' }: Props) {
  const known = clientRefs.flatMap((clientRef) => {
    const entry = directory.get(clientRef);
    return entry ? [{ clientRef, id: entry.id }] : [];
  });
  const records = useQueries({ queries: known.map(({ id }) => ipcQueryOptions('clients.get', { id })) });
  if (records.some((record) => record.isPending)) return <Typography>Loading the jobs…</Typography>;
  const rows = jobRowsFrom(jobIds, known.map(({ clientRef }, i) => ({ clientRef, detail: records[i]?.data })));
  if (rows.length === 0) return <Typography>No jobs are behind this figure.</Typography>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Client</TableCell>
          <TableCell>Job</TableCell>
          <TableCell>Employer</TableCell>
          <TableCell>Started</TableCell>
          <TableCell align="right">Hours a week</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => {
          const entry = directory.get(r.clientRef);
          return (
            <TableRow key={r.job_id}>
              <TableCell>
                {entry ? <Link href={hrefFor({ screen: 'client', id: entry.id })}>{entry.name} ({r.clientRef})</Link> : r.clientRef || '–'}
              </TableCell>
              <TableCell>
                {r.job_title ?? 'Job'} <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>({r.job_id})</Typography>
              </TableCell>
              <TableCell>{r.employer ?? '–'}</TableCell>
              <TableCell>{r.start_date ? formatUkDate(r.start_date) : '–'}</TableCell>
              <TableCell align="right">{r.hours ?? '–'}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
