import { ScreenHeading } from '../../components/ScreenHeading';
import { useCurrentRole } from '../../data/permissions';
import { AuditSection } from './audit/AuditSection';
import { AutoLockSection } from './AutoLockSection';
import { BackupsPage } from './backups/BackupsPage';
import { ChangeDatabaseKeySection } from './ChangeDatabaseKeySection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { RetentionSection } from './retention/RetentionSection';
import { ServiceDetailsSection } from './ServiceDetailsSection';
import { settingsPageFor, settingsPagesFor, type SettingsPageId } from './settings-pages';
import { SettingsNav } from './SettingsNav';
import { StaffSection } from './StaffSection';
import { TeamsSection } from './TeamsSection';
import { UsersSection } from './UsersSection';

/** Each page's sections, in order (settings-pages.ts lists the pages and who sees them). */
function PageSections({ page }: { page: SettingsPageId }) {
  switch (page) {
    case 'service':
      return <ServiceDetailsSection />;
    case 'staff':
      return (
        <>
          <StaffSection />
          <TeamsSection />
        </>
      );
    case 'security':
      return (
        <>
          <ChangePassphraseSection />
          <AutoLockSection />
          <ChangeDatabaseKeySection />
        </>
      );
    case 'users':
      return <UsersSection />;
    case 'backups':
      return <BackupsPage />;
    case 'retention':
      return <RetentionSection />;
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
