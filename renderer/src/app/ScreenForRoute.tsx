import { CaseloadScreen } from '../screens/caseload/CaseloadScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { EmployerHistoryScreen } from '../screens/employers/EmployerHistoryScreen';
import { EmployersScreen } from '../screens/employers/EmployersScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { DataQualityScreen } from '../screens/reports/DataQualityScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { ReturnsScreen } from '../screens/returns/ReturnsScreen';
import { ClientNewScreen } from '../screens/client/ClientNewScreen';
import { ClientRecordScreen } from '../screens/client/ClientRecordScreen';
import { FidelityListScreen } from '../screens/fidelity/FidelityListScreen';
import { FidelityReviewScreen } from '../screens/fidelity/FidelityReviewScreen';
import type { Route } from './routes';

/** One line per screen: the route decides what is shown inside the app shell. */
export function ScreenForRoute({ route }: { route: Route }) {
  switch (route.screen) {
    case 'caseload':
      return <CaseloadScreen />;
    case 'employers':
      return <EmployersScreen view={route.view ?? 'list'} />;
    case 'employer':
      return <EmployerHistoryScreen key={route.key} employerKey={route.key} />;
    case 'settings':
      return <SettingsScreen tab={route.tab} />;
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
    case 'fidelity':
      return <FidelityListScreen />;
    case 'fidelity-review':
      // Keyed by the review, so nothing typed into one review's form carries to another.
      return <FidelityReviewScreen key={route.id} id={route.id} tab={route.tab} />;
    default:
      return <HomeScreen />;
  }
}
