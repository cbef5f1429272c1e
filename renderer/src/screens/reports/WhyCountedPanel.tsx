import CheckCircle from '@mui/icons-material/CheckCircle';
import Cancel from '@mui/icons-material/Cancel';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ExplanationRow } from '../../../../shared/ipc/reports';
import { METRIC_CATALOGUE, SECTIONS, type SectionId } from '../../../../shared/outcomes';
import { FormAlert } from '../../components/FormAlert';
import { useIpcQuery } from '../../data/ipc-query';
import { initialAppliedPeriod, PeriodPicker, type AppliedPeriod } from './PeriodPicker';

function bySection(rows: readonly ExplanationRow[]): [SectionId, ExplanationRow[]][] {
  const groups = new Map<SectionId, ExplanationRow[]>();
  for (const row of rows) {
    const section = METRIC_CATALOGUE[row.metricId]?.section ?? 'key_outcomes';
    groups.set(section, [...(groups.get(section) ?? []), row]);
  }
  return (Object.keys(SECTIONS) as SectionId[]).filter((s) => groups.has(s)).map((s) => [s, groups.get(s)!]);
}

function CountedCell({ row }: { row: ExplanationRow }) {
  const Icon = row.counted ? CheckCircle : Cancel;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
      <Icon aria-hidden sx={{ fontSize: 18, color: row.counted ? '#007F3B' : '#4C6272' }} />
      <strong>{row.counted ? 'Counted' : 'Not counted'}</strong>
    </Box>
  );
}

/**
 * "Why is this client (not) counted?": for a chosen period, each figure with whether this client counts
 * and why, in plain words. `clientRecordId` is the record id (uuid) of the client's episode.
 */
export function WhyCountedPanel({ clientRecordId }: { clientRecordId: string }) {
  const [applied, setApplied] = useState<AppliedPeriod>(() => initialAppliedPeriod());
  const { data: result, error } = useIpcQuery('reports.explainClient', { clientId: clientRecordId, period: applied.period, asOf: applied.asOf }, { keepPrevious: true });

  return (
    <Box>
      <Typography variant="h2" sx={{ mb: 1 }} id="why-counted-heading">
        Why is this client (not) counted?
      </Typography>
      <Typography sx={{ mb: 2, color: 'text.secondary' }}>Choose a period to see, for every figure in the reports, whether this client counts and why.</Typography>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <PeriodPicker idPrefix="why-period" initial={applied} onApply={setApplied} />
      </Paper>
      <FormAlert>{error?.message}</FormAlert>
      {result && (
        <>
          <Typography sx={{ mb: 2 }} data-testid="why-period-label">
            <strong>{result.period.label}</strong>, client {result.client.client_id}: counted in {result.rows.filter((r) => r.counted).length} of {result.rows.length} figures.
          </Typography>
          {bySection(result.rows).map(([section, rows]) => (
            <Box component="section" key={section} aria-labelledby={`why-${section}`} sx={{ mb: 3 }}>
              <Typography component="h3" variant="h3" id={`why-${section}`} sx={{ mb: 1 }}>
                {SECTIONS[section]}
              </Typography>
              <Table size="small" aria-labelledby={`why-${section}`}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: '28%' }}>Figure</TableCell>
                    <TableCell sx={{ width: 140 }}>This client</TableCell>
                    <TableCell>Why</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.metricId} data-metric={row.metricId}>
                      <TableCell component="th" scope="row">{row.title}</TableCell>
                      <TableCell>
                        <CountedCell row={row} />
                        {row.inDenominator !== undefined && (
                          <Typography variant="body2">{row.inDenominator ? 'In the denominator' : 'Not in the denominator'}</Typography>
                        )}
                      </TableCell>
                      <TableCell>{row.reason}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          ))}
        </>
      )}
    </Box>
  );
}

/** The client record's tab (record-tabs.ts): the panel for the episode being viewed. */
export function WhyCountedTab({ detail }: { detail: { client: { id: string } } }) {
  return <WhyCountedPanel clientRecordId={detail.client.id} />;
}
