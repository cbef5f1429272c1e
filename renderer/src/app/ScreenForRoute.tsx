import { CaseloadScreen } from '../screens/caseload/CaseloadScreen';
import { EmployersScreen } from '../screens/employers/EmployersScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { DataQualityScreen } from '../screens/reports/DataQualityScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { ReturnsScreen } from '../screens/returns/ReturnsScreen';
import { ClientNewScreen } from '../screens/client/ClientNewScreen';
import { ClientRecordScreen } from '../screens/client/ClientRecordScreen';
import type { Route } from './routes';

/** One line per screen: the route decides what is shown inside the app shell. */
export function ScreenForRoute({ route }: { route: Route }) {
  switch (route.screen) {
    case 'employers':
      return <EmployersScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'client-new':
      return <ClientNewScreen />;
    case 'client':
      // Keyed by the record, so nothing chosen on one client's page (a dialog, edit mode) carries to another.
      return <ClientRecordScreen key={route.id} id={route.id} tab={route.tab} />;
    case 'reports':
      return <ReportsScreen />;
    case 'returns':
      return <ReturnsScreen />;
    case 'data-quality':
      return <DataQualityScreen />;
    default:
      return <CaseloadScreen />;
  }
}
