import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Report } from '../../../../shared/outcomes';
import { FormAlert } from '../../components/FormAlert';
import { TableScroll } from '../../components/TableScroll';
import { useIpcQuery } from '../../data/ipc-query';
import { ExportButtons } from './export/ExportButtons';
import { specialistName, specialistTable } from './export/report-tables';
import { formatPercent } from './format';

export const BY_SPECIALIST_HEADING_ID = 'section-by-specialist';

const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/**
 * Per-specialist figures for the report's period, as IPS supervisors review them weekly: active caseload and
 * share working at the snapshot, face-to-face employer contacts a week and job starts in the period. The
 * rows add up to the team's figures above.
 */
export function BySpecialistSection({ period, asOf, report }: { period: string; asOf: string; report: Report }) {
  const { data, error } = useIpcQuery('reports.bySpecialist', { period, asOf }, { keepPrevious: true });
  const rows = data?.rows;
  return (
    <Box component="section" aria-labelledby={BY_SPECIALIST_HEADING_ID} className="report-section" sx={{ mb: 5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Typography variant="h2" id={BY_SPECIALIST_HEADING_ID} tabIndex={-1}>
          By specialist
        </Typography>
        <ExportButtons what="the figures by specialist" period={report.period} disabled={!rows} table={() => specialistTable(rows ?? [])} />
      </Box>
      <Typography sx={{ mb: 2, color: 'text.secondary', maxWidth: 900 }}>
        For supervision: each specialist&apos;s share of the team&apos;s figures, split by the specialist recorded on the client (or on the
        contact, for employer contacts).
      </Typography>
      <FormAlert>{error?.message}</FormAlert>
      {rows && rows.length === 0 ? <Typography>No specialist has clients or contacts in this period.</Typography> : null}
      {rows && rows.length > 0 ? (
        <TableScroll label="Figures by specialist (scrolls sideways on a narrow window)">
          <Table size="small" aria-labelledby={BY_SPECIALIST_HEADING_ID} sx={{ '& th': { fontWeight: 700 }, maxWidth: 960 }}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">Specialist</TableCell>
                <TableCell component="th" scope="col" align="right">Active caseload</TableCell>
                <TableCell component="th" scope="col" align="right">Employer contacts a week</TableCell>
                <TableCell component="th" scope="col" align="right">Job starts</TableCell>
                <TableCell component="th" scope="col" align="right">Working now</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.specialist} data-specialist={row.specialist}>
                  <TableCell component="th" scope="row">{specialistName(row)}</TableCell>
                  <TableCell align="right">{row.activeCaseload}</TableCell>
                  <TableCell align="right">{row.employerContactsPerWeek === null ? '–' : twoDecimals.format(row.employerContactsPerWeek)}</TableCell>
                  <TableCell align="right">{row.jobStarts}</TableCell>
                  <TableCell align="right">
                    {row.working.denominator === 0 ? '–' : `${row.working.numerator} of ${row.working.denominator} (${formatPercent(row.working.value)})`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : null}
    </Box>
  );
}
