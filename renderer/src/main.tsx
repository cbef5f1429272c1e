import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppGlobalStyles } from './components/global-styles';
import { SessionRoot } from './data/session';
import { theme } from './theme';

const container = document.getElementById('root');
if (!container) throw new Error('IPS Desk: the page has no #root element');

createRoot(container).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AppGlobalStyles />
      <SessionRoot>
        <App />
      </SessionRoot>
    </ThemeProvider>
  </StrictMode>,
);
