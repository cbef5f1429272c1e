import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { navigate } from '../../app/routes';
import { ScreenHeading } from '../../components/ScreenHeading';
import { EmployerContactsLog } from './EmployerContactsLog';
import { EmployersList } from './EmployersList';

type View = 'list' | 'log';

const VIEWS: { view: View; label: string }[] = [
  { view: 'list', label: 'Employers' },
  { view: 'log', label: 'Contacts log' },
];

/**
 * Employers and the contacts with them: the employers the team has been in touch with or placed people
 * with, each opening to its history, and the log of every employer contact. The view is in the address
 * (#/employers, #/employers/log), so Back from an employer's history returns to the list.
 */
export function EmployersScreen({ view }: { view: View }) {
  return (
    <>
      <ScreenHeading title="Employers and contacts">Employers and contacts</ScreenHeading>
      <Tabs
        value={view}
        onChange={(_, next: View) => navigate(next === 'log' ? { screen: 'employers', view: 'log' } : { screen: 'employers' })}
        aria-label="Employers and contacts"
        variant="scrollable"
        scrollButtons={false}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {VIEWS.map((v) => (
          <Tab key={v.view} value={v.view} label={v.label} id={`employers-tab-${v.view}`} aria-controls={`employers-panel-${v.view}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`employers-panel-${view}`} aria-labelledby={`employers-tab-${view}`}>
        {view === 'log' ? <EmployerContactsLog /> : <EmployersList />}
      </Box>
    </>
  );
}
