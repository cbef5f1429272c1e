import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { useCurrentRole, useMayCall } from '../../data/permissions';
import { downloadBase64 } from '../../files/base64-files';
import { ExportDone } from './ExportDone';
import { formatUkDateTime } from '../../../../shared/dates';
import { shortSha } from './return-cells';
import type { ExportResult } from './types';

/**
 * Every return sent out: for which period and as-of date, from which template, when, by whom, whether
 * client rows were identifiable, and the file's SHA-256 (so a file can be matched to its export). An
 * export can be made again with the same choices; the answer says whether the file came out identical.
 * Someone who may not export (shared/ipc/access.ts) reads the history without the column to export again,
 * and an identifiable export is offered again only to a manager, the one role the service repeats it for.
 */
export function ExportHistory() {
  const mayRepeat = useMayCall('returns.repeat');
  const isManager = useCurrentRole() === 'manager';
  const { data, error } = useIpcQuery('returns.history', { limit: 200 });
  const repeat = useIpcMutation('returns.repeat');
  const [again, setAgain] = useState<(ExportResult & { sameOutput: boolean }) | null>(null);
  const rows = data?.rows ?? [];

  async function exportAgain(historyId: string) {
    setAgain(null);
    const result = await repeat.run({ historyId });
    if (!result.ok) return;
    downloadBase64(result.data.fileName, result.data.base64);
    setAgain(result.data);
  }

  return (
    <Box component="section" aria-labelledby="history-title" sx={{ mt: 5 }}>
      <Typography variant="h2" id="history-title" sx={{ mb: 1 }}>
        Returns exported
      </Typography>
      <FormAlert>{error?.message ?? (repeat.error ? `The return was not exported again: ${repeat.error.message}` : null)}</FormAlert>
      {again ? <ExportDone result={again} again /> : null}
      {data && rows.length === 0 ? <Typography sx={{ color: 'text.secondary' }}>No returns have been exported yet.</Typography> : null}
      {rows.length > 0 ? (
        <Table size="small" aria-labelledby="history-title" data-testid="export-history" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              {['Period', 'As of', 'Template', 'Exported', 'By', 'Identifiable', 'File SHA-256', ...(mayRepeat ? ['Again'] : [])].map((h) => (
                <TableCell key={h} component="th" scope="col">
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{row.periodLabel}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatUkDate(row.asOf)}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {row.templateName}
                  {row.repeatOf ? <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary' }}>exported again</Box> : null}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatUkDateTime(row.exportedAt)}</TableCell>
                <TableCell>{row.user ?? '—'}</TableCell>
                <TableCell>{row.identifiable ? <strong>Yes</strong> : 'No'}</TableCell>
                <TableCell sx={{ maxWidth: 220 }}>
                  {row.outputSha256 ? (
                    <details>
                      <summary style={{ cursor: 'pointer', fontFamily: 'monospace' }}>{shortSha(row.outputSha256)}</summary>
                      <Box component="code" sx={{ overflowWrap: 'anywhere', fontSize: '0.8125rem' }}>
                        {row.outputSha256}
                      </Box>
                    </details>
                  ) : (
                    '—'
                  )}
                </TableCell>
                {mayRepeat ? (
                  <TableCell>
                    {row.cannotRepeat || (row.identifiable && !isManager) ? (
                      <Typography sx={{ fontSize: '0.875rem', color: 'text.secondary' }}>{row.cannotRepeat ?? 'Only a manager can export identifiable rows again.'}</Typography>
                    ) : (
                      <Button size="small" variant="outlined" disabled={repeat.pending} onClick={() => void exportAgain(row.id)} aria-label={`Export again: ${row.templateName}, ${row.periodLabel}, exported ${formatUkDateTime(row.exportedAt)}`} sx={{ whiteSpace: 'nowrap' }}>
                        Export again
                      </Button>
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
}
