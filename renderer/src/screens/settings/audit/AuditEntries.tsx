import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditEntryRow } from '../../../../../shared/ipc/audit';
import { ROLE_LABELS, roleSchema } from '../../../../../shared/roles';
import { hrefFor } from '../../../app/routes';
import { FormAlert } from '../../../components/FormAlert';
import { ipcQueryOptions } from '../../../data/ipc-query';
import { filterCount, type AppliedAuditFilter } from './audit-filter-form';
import { actionLabel, areaLabel, detailLines, fieldChanges, formatAuditTime } from './audit-text';

const PAGE_SIZE = 50;

interface Props {
  filter: AppliedAuditFilter;
  onOnlyRecord(entityId: string): void;
}

/**
 * The entries that match, newest first, a page at a time: "Show older entries" reads the next page from
 * where the last one ended (each page a read of its own, through the query layer).
 */
export function AuditEntries({ filter, onOnlyRecord }: Props) {
  // Where each page starts: the first at the newest entry, each next one before the last entry shown.
  const [starts, setStarts] = useState<(number | undefined)[]>([undefined]);
  const pages = useQueries({ queries: starts.map((beforeSeq) => ipcQueryOptions('audit.list', { ...filter, limit: PAGE_SIZE, ...(beforeSeq ? { beforeSeq } : {}) })) });
  const entries = pages.flatMap((page) => page.data?.entries ?? []);
  const last = pages[pages.length - 1];
  const error = pages.find((page) => page.error)?.error;
  const filters = filterCount(filter);

  return (
    <Box component="section" aria-labelledby="audit-results-heading" sx={{ mt: 3 }}>
      <Typography variant="h3" id="audit-results-heading" sx={{ mb: 1 }}>
        {filters === 0 ? 'All entries' : 'Entries that match'}
      </Typography>
      <FormAlert>{error?.message}</FormAlert>
      <Typography role="status" sx={{ mb: 1 }}>
        {last?.isPending ? 'Reading the audit trail…' : entries.length === 0 ? 'No entries match these filters.' : `Showing ${entries.length.toLocaleString('en-GB')} ${entries.length === 1 ? 'entry' : 'entries'}${last?.data?.more ? ', newest first; there are older ones' : ''}.`}
      </Typography>
      {entries.length > 0 ? (
        <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Audit entries, scrolls sideways">
          <Table size="small" aria-labelledby="audit-results-heading" sx={{ '& th, & td': { verticalAlign: 'top' }, '& thead th': { fontWeight: 700 } }}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">When</TableCell>
                <TableCell component="th" scope="col">Who</TableCell>
                <TableCell component="th" scope="col">What</TableCell>
                <TableCell component="th" scope="col">Record</TableCell>
                <TableCell component="th" scope="col">Changes and details</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((entry) => (
                <EntryRow key={entry.seq} entry={entry} onOnlyRecord={filter.entityId ? undefined : onOnlyRecord} />
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {last?.data?.more ? (
        <Button
          variant="outlined"
          sx={{ mt: 2 }}
          onClick={() => {
            const oldest = entries[entries.length - 1];
            if (oldest) setStarts([...starts, oldest.seq]);
          }}
        >
          Show older entries
        </Button>
      ) : null}
    </Box>
  );
}

function EntryRow({ entry, onOnlyRecord }: { entry: AuditEntryRow; onOnlyRecord: ((entityId: string) => void) | undefined }) {
  const changes = fieldChanges(entry.before, entry.after);
  const details = detailLines(entry.details);
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatAuditTime(entry.at)}</TableCell>
      <TableCell sx={{ minWidth: 120 }}>
        {entry.user ?? <Box component="span" sx={{ color: 'text.secondary' }}>No one signed in</Box>}
        {entry.role ? (
          <Typography component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.875rem' }}>
            {roleText(entry.role)}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        {actionLabel(entry.action)}
        <Typography component="code" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.8rem', fontFamily: 'monospace' }}>
          {entry.action}
        </Typography>
      </TableCell>
      <TableCell sx={{ minWidth: 160 }}>
        {entry.entity ? areaLabel(entry.entity) : null}
        {entry.entity_id ? (
          <>
            <Typography component="code" sx={{ display: 'block', fontFamily: 'monospace', fontSize: '0.8rem', wordBreak: 'break-all' }}>
              {entry.entity_id}
            </Typography>
            {entry.entity === 'client' && entry.action !== 'client.delete' ? (
              <Link href={hrefFor({ screen: 'client', id: entry.entity_id })} sx={{ display: 'block' }}>
                Open the record
              </Link>
            ) : null}
            {onOnlyRecord ? (
              <Link component="button" type="button" onClick={() => onOnlyRecord(entry.entity_id!)} sx={{ display: 'block', textAlign: 'left' }}>
                Only this record
              </Link>
            ) : null}
          </>
        ) : null}
      </TableCell>
      <TableCell sx={{ minWidth: 260 }}>
        {changes.length > 0 ? (
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {changes.map((change) => (
              <li key={change.field}>
                <strong>{change.field}</strong>: {changeText(change.before, change.after)}
              </li>
            ))}
          </Box>
        ) : null}
        {details.length > 0 ? (
          <Box component="ul" sx={{ m: 0, pl: 2, color: 'text.secondary' }}>
            {details.map((line) => (
              <li key={line.label}>
                {line.label}: {line.value}
              </li>
            ))}
          </Box>
        ) : null}
      </TableCell>
    </TableRow>
  );
}

function changeText(before: string | null, after: string | null): string {
  if (before !== null && after !== null) return `${before} → ${after}`;
  if (after !== null) return after;
  return `${before ?? ''} (removed)`;
}

function roleText(role: string): string {
  const known = roleSchema.safeParse(role);
  return known.success ? ROLE_LABELS[known.data] : role;
}
