import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/Cancel';
import HelpOutline from '@mui/icons-material/Help';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { HomeWeek } from '../../../../shared/ipc/home';
import { hrefFor } from '../../app/routes';
import { nhsColours } from '../../theme';
import { kpiFigures, onTrackText } from './home-text';

const LOOK = {
  yes: { Icon: CheckCircle, colour: nhsColours.green },
  no: { Icon: ErrorOutline, colour: nhsColours.red },
  unknown: { Icon: HelpOutline, colour: nhsColours.secondaryText },
} as const;

/** The annual KPIs year to date: counts judged pro rata to the share of the year gone, rates as they stand. */
export function KpiYearToDate({ week }: { week: HomeWeek }) {
  const gone = Math.round(week.yearFraction * 100);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="home-kpis" sx={{ p: { xs: 2, sm: 3 }, minWidth: 0 }} data-testid="home-kpis">
      <Typography variant="h2" id="home-kpis" sx={{ fontSize: '1.25rem', mb: 0.5 }}>
        Year to date against the annual KPIs ({week.financialYear})
      </Typography>
      <Typography sx={{ color: 'text.secondary', mb: 1.5 }}>
        {gone}% of the financial year has gone: yearly counts are judged against that share of their target.{' '}
        <Link href={hrefFor({ screen: 'reports' })}>See every figure in Reports</Link>
      </Typography>
      {/* Cells wrap rather than scroll: the table fits a 320-pixel-wide window. */}
      <Box>
        <Table size="small" aria-labelledby="home-kpis" sx={{ '& th': { fontWeight: 700 }, '& td, & th': { overflowWrap: 'anywhere', px: { xs: 0.75, sm: 2 } } }}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">KPI</TableCell>
              <TableCell component="th" scope="col">Year to date</TableCell>
              <TableCell component="th" scope="col">Target</TableCell>
              <TableCell component="th" scope="col">On track?</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {week.kpis.map((kpi) => {
              const figures = kpiFigures(kpi);
              const look = LOOK[kpi.onTrack === null ? 'unknown' : kpi.onTrack ? 'yes' : 'no'];
              return (
                <TableRow key={kpi.id} data-kpi={kpi.id}>
                  <TableCell component="th" scope="row">{kpi.title}</TableCell>
                  <TableCell sx={{ fontWeight: 700 }}>{figures.actual}</TableCell>
                  <TableCell>{figures.target}</TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                      <look.Icon aria-hidden sx={{ color: look.colour, fontSize: 20 }} />
                      <strong>{onTrackText(kpi.onTrack)}</strong>
                    </Box>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Paper>
  );
}
