import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { VaultStatus } from '../../../shared/ipc/vault';
import { FormAlert } from '../components/FormAlert';
import { MAIN_CONTENT_ID, SkipLink } from '../components/SkipLink';
import { useIpcMutation } from '../data/ipc-query';
import { nhsColours } from '../theme';
import { navItems, sectionOf, type Route } from './routes';
import { confirmLeave, LeaveWithoutSavingDialog } from './unsaved-changes';

interface Props {
  status: VaultStatus;
  route: Route;
  children: ReactNode;
}

const navLinkStyle = {
  color: nhsColours.white,
  fontWeight: 700,
  textDecoration: 'none',
  px: 1.5,
  py: 1.25,
  display: 'inline-block',
  borderBottom: '4px solid transparent',
  '&:visited': { color: nhsColours.white },
  '&:hover': { color: nhsColours.white, textDecoration: 'underline' },
  '&[aria-current="page"]': { borderBottomColor: nhsColours.white },
} as const;

/** The frame behind the lock: service name, navigation, who is signed in, and Lock. */
export function AppShell({ status, route, children }: Props) {
  // The vault answers a lock with `vault.locked`, which ends the session and shows the unlock screen (data/session.tsx).
  const lock = useIpcMutation('vault.lock');

  return (
    <>
      <SkipLink />
      <AppBar position="static" component="header" elevation={0}>
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography component="p" sx={{ fontWeight: 700, fontSize: '1.25rem', lineHeight: 1.2 }}>
              {status.serviceName ?? 'IPS Desk'}
            </Typography>
            <Typography component="p" sx={{ fontSize: '0.875rem' }}>
              IPS Desk{status.currentUser ? ` · signed in as ${status.currentUser}` : ''}
            </Typography>
          </Box>
          <Button
            variant="outlined"
            onClick={() =>
              void confirmLeave({ title: 'Lock without saving?', leaveLabel: 'Lock without saving' }).then((go) => {
                if (go) void lock.run({});
              })
            }
            sx={{ color: nhsColours.white, borderColor: nhsColours.white, '&:hover': { borderColor: nhsColours.white, bgcolor: nhsColours.darkBlue } }}
          >
            Lock
          </Button>
        </Toolbar>
        <Box component="nav" aria-label="Main" sx={{ bgcolor: nhsColours.darkBlue, px: { xs: 1, sm: 2 } }}>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap' }}>
            {navItems.map((item) => (
              <li key={item.screen}>
                <Box
                  component="a"
                  href={item.href}
                  aria-current={item.screen === sectionOf(route) ? 'page' : undefined}
                  sx={navLinkStyle}
                >
                  {item.label}
                </Box>
              </li>
            ))}
          </Box>
        </Box>
      </AppBar>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} maxWidth="lg" sx={{ py: 4 }}>
        {lock.error ? <FormAlert>{lock.error.message}</FormAlert> : null}
        {children}
      </Container>
      <LeaveWithoutSavingDialog />
    </>
  );
}
