import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcQuery } from '../../data/ipc-query';
import { useCurrentRole } from '../../data/permissions';
import { AuditSection } from './audit/AuditSection';
import { AutoLockSection } from './AutoLockSection';
import { settingsPageFor, settingsPagesFor, type SettingsPageId } from './settings-pages';
import { SettingsNav } from './SettingsNav';
import { StaffSection } from './StaffSection';
import { UsersSection } from './UsersSection';

/** Each page's sections, in order (settings-pages.ts lists the pages and who sees them). */
function PageSections({ page }: { page: SettingsPageId }) {
  switch (page) {
    case 'service':
      return <ServiceSection />;
    case 'staff':
      return <StaffSection />;
    case 'security':
      return <AutoLockSection />;
    case 'users':
      return <UsersSection />;
    case 'audit':
      return <AuditSection />;
  }
}

/** Settings: the service, its people and how IPS Desk keeps their records safe, a page per subject. */
export function SettingsScreen({ tab }: { tab?: string | undefined }) {
  const role = useCurrentRole();
  const page = settingsPageFor(role, tab);
  return (
    <>
      <ScreenHeading title={`Settings: ${page.label}`}>Settings</ScreenHeading>
      <SettingsNav pages={settingsPagesFor(role)} current={page.id} />
      <PageSections page={page.id} />
    </>
  );
}

function ServiceSection() {
  const { data: status } = useIpcQuery('vault.status', {});
  return (
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
  );
}
