import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { codeLabel, CONTACT_KIND, CONTRACT_TYPE } from '../../../../shared/codes';
import { formatUkDate } from '../../../../shared/dates';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { hrefFor } from '../../app/routes';
import { FormAlert } from '../../components/FormAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { TableScroll } from '../../components/TableScroll';
import { useIpcQuery } from '../../data/ipc-query';
import { directoryFrom } from '../reports/client-directory';

type EmployerEvent = ChannelOutput<'employers.history'>['events'][number];

function whatHappened(event: EmployerEvent): string {
  if (event.type === 'contact') return `Contact: ${codeLabel(CONTACT_KIND, event.kind).replace(/^Employer – /, '')}`;
  const what = event.job_title ? `Job started: ${event.job_title}` : 'Job started';
  const contract = event.kind ? ` (${codeLabel(CONTRACT_TYPE, event.kind).toLowerCase()})` : '';
  const ended = event.end_date ? `, ended ${formatUkDate(event.end_date)}` : '';
  return `${what}${contract}${ended}`;
}

/** One employer: what the team has done with it, newest first, each client linking to their record. */
export function EmployerHistoryScreen({ employerKey }: { employerKey: string }) {
  const { data, error } = useIpcQuery('employers.history', { key: employerKey });
  const { data: clients = new Map() } = useIpcQuery('clients.list', {}, { select: directoryFrom });
  const employer = data?.employer;
  const title = employer?.name ?? 'Employer';
  return (
    <>
      <Typography sx={{ mb: 1 }}>
        <a href={hrefFor({ screen: 'employers' })}>Back to employers</a>
      </Typography>
      <ScreenHeading title={title}>{title}</ScreenHeading>
      <FormAlert>{error?.message}</FormAlert>
      {data && !employer ? <Typography>No contact or job with this employer is recorded (it may have been renamed).</Typography> : null}
      {employer ? (
        <Paper variant="outlined" component="section" aria-label="Summary" sx={{ p: 2, mb: 3, display: 'flex', flexWrap: 'wrap', gap: { xs: 2, sm: 4 } }}>
          <Figure label="Contacts" value={String(employer.contacts)} />
          <Figure label="Jobs" value={String(employer.jobs)} />
          <Figure label="Clients placed" value={String(employer.clientsPlaced)} />
          <Figure label="Last contact" value={employer.lastContact ? formatUkDate(employer.lastContact) : 'None'} />
        </Paper>
      ) : null}
      {data && data.events.length > 0 ? (
        <Box component="section" aria-labelledby="employer-history-heading">
          <Typography variant="h2" id="employer-history-heading" sx={{ mb: 1 }}>
            History, newest first
          </Typography>
          <TableScroll label="Employer history (scrolls sideways on a narrow window)">
            <Table size="small" aria-labelledby="employer-history-heading" sx={{ '& th': { fontWeight: 700 } }}>
              <TableHead>
                <TableRow>
                  <TableCell component="th" scope="col">Date</TableCell>
                  <TableCell component="th" scope="col">What</TableCell>
                  <TableCell component="th" scope="col">Client</TableCell>
                  <TableCell component="th" scope="col">Specialist</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.events.map((event, index) => (
                  <TableRow key={`${event.type}-${event.job_id ?? ''}-${event.date}-${index}`}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatUkDate(event.date)}</TableCell>
                    <TableCell>
                      {whatHappened(event)}
                      {employer && event.spelling !== employer.name ? (
                        <Typography variant="body2" component="span" sx={{ color: 'text.secondary', display: 'block' }}>
                          Recorded as “{event.spelling}”
                        </Typography>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      {event.client_id && event.clientRecordId ? (
                        <Link href={hrefFor({ screen: 'client', id: event.clientRecordId, tab: event.type === 'job' ? 'jobs' : 'contacts' })}>
                          {clients.get(event.client_id)?.name ? `${clients.get(event.client_id)?.name} (${event.client_id})` : event.client_id}
                        </Link>
                      ) : (
                        (event.client_id ?? 'Not for one client')
                      )}
                    </TableCell>
                    <TableCell>{event.specialist ?? 'Not recorded'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        </Box>
      ) : null}
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Typography sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.1 }}>{value}</Typography>
      <Typography>{label}</Typography>
    </Box>
  );
}
