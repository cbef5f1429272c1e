import { ScreenHeading } from '../../components/ScreenHeading';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { ServiceDetailsSection } from './ServiceDetailsSection';
import { StaffSection } from './StaffSection';
import { TeamsSection } from './TeamsSection';

/** The service's own details, the signed-in user's passphrase, the staff and the teams they work with. */
export function SettingsScreen() {
  return (
    <>
      <ScreenHeading title="Settings">Settings</ScreenHeading>
      <ServiceDetailsSection />
      <ChangePassphraseSection />
      <StaffSection />
      <TeamsSection />
    </>
  );
}
