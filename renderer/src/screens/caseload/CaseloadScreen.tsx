import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { ScreenHeading } from '../../components/ScreenHeading';

/**
 * The team's caseload. Until the first client is recorded it explains what will appear here;
 * the client list itself comes with the client records.
 */
export function CaseloadScreen() {
  return (
    <>
      <ScreenHeading title="Caseload">Caseload</ScreenHeading>
      <Typography sx={{ mb: 3, color: 'text.secondary' }}>
        Today is {formatUkDate(todayIso())}
      </Typography>
      <Paper variant="outlined" component="section" aria-labelledby="caseload-empty-heading" sx={{ p: { xs: 3, sm: 5 }, maxWidth: 720 }}>
        <Typography variant="h2" id="caseload-empty-heading" sx={{ mb: 1.5 }}>
          No clients yet
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Everyone your team supports will be listed here, with their employment specialist, where they are in the
          service and when you last had contact.
        </Typography>
        <Typography component="h3" sx={{ fontWeight: 700, mb: 1 }}>
          What to do next
        </Typography>
        <Box component="ol" sx={{ m: 0, pl: 3, '& li': { mb: 1 } }}>
          <li>Record each person when they are referred to your IPS service, with their referral date.</li>
          <li>Add the employment specialist who will work with them.</li>
          <li>Log contacts, job starts and job ends as they happen, so your returns add up on their own.</li>
        </Box>
      </Paper>
    </>
  );
}
