import { CaseloadScreen } from '../screens/caseload/CaseloadScreen';
import type { Route } from './routes';

/** One line per screen: the route decides what is shown inside the app shell. */
export function ScreenForRoute({ route }: { route: Route }) {
  switch (route.screen) {
    default:
      return <CaseloadScreen />;
  }
}
