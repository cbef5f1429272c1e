import { ScreenHeading } from '../../components/ScreenHeading';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { ServiceDetailsSection } from './ServiceDetailsSection';
import { StaffSection } from './StaffSection';

/** The service's own details, the signed-in user's passphrase, and the staff. */
export function SettingsScreen() {
  return (
    <>
      <ScreenHeading title="Settings">Settings</ScreenHeading>
      <ServiceDetailsSection />
      <ChangePassphraseSection />
      <StaffSection />
    </>
  );
}
