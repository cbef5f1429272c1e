import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/** Frame for the screens before unlock: no navigation, one card in the middle. */
export function PublicLayout({ serviceName, children }: { serviceName?: string | undefined; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <AppBar position="static" component="header" color="primary" elevation={0}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography component="p" sx={{ fontWeight: 700, fontSize: '1.25rem' }}>
            IPS Desk
          </Typography>
          {serviceName ? (
            <Typography component="p" sx={{ fontSize: '1rem' }}>
              {serviceName}
            </Typography>
          ) : null}
        </Toolbar>
      </AppBar>
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} sx={{ px: 2, py: 5 }}>
        <Paper variant="outlined" sx={{ maxWidth: 640, mx: 'auto', p: { xs: 3, sm: 5 } }}>
          {children}
        </Paper>
      </Box>
    </>
  );
}
