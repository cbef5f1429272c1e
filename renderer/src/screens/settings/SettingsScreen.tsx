import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcQuery } from '../../data/ipc-query';
import { StaffSection } from './StaffSection';

/** The service's own details and its staff. */
export function SettingsScreen() {
  const { data: status } = useIpcQuery('vault.status', {});

  return (
    <>
      <ScreenHeading title="Settings">Settings</ScreenHeading>
      <Paper variant="outlined" component="section" aria-labelledby="service-heading" sx={{ p: 3, mb: 3 }}>
        <Typography variant="h2" id="service-heading" sx={{ mb: 1.5 }}>
          Service
        </Typography>
        <Typography component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, columnGap: 3, rowGap: 1, '& dt': { fontWeight: 700 }, '& dd': { m: 0 } }}>
          <dt>Service name</dt>
          <dd>{status?.serviceName ?? '…'}</dd>
          {status?.currentUser ? (
            <>
              <dt>Signed in as</dt>
              <dd>{status.currentUser}</dd>
            </>
          ) : null}
          {status?.dataFolder ? (
            <>
              <dt>Where the data is kept</dt>
              <dd>
                <Typography component="code" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                  {status.dataFolder}
                </Typography>
                <Typography sx={{ color: 'text.secondary', fontSize: '0.9rem' }}>Encrypted with your team&apos;s passphrases. Back up this folder.</Typography>
              </dd>
            </>
          ) : null}
        </Typography>
      </Paper>
      <StaffSection />
    </>
  );
}
