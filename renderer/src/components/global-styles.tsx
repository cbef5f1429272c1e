import GlobalStyles from '@mui/material/GlobalStyles';
import { nhsColours } from '../theme';

/** Styles that are not tied to one MUI component: the skip link, programmatic focus targets, printing. */
export function AppGlobalStyles() {
  return (
    <GlobalStyles
      styles={{
        '.skip-link': {
          position: 'absolute',
          left: 8,
          top: -100,
          zIndex: 2000,
          padding: '12px 16px',
          background: nhsColours.focus,
          color: nhsColours.focusText,
          fontWeight: 700,
          textDecoration: 'underline',
        },
        '.skip-link:focus': { top: 8 },
        // Headings and <main> take focus after a screen change; they are not controls, so no ring.
        '[tabindex="-1"]:focus': { outline: 'none', boxShadow: 'none' },
        '.print-only': { display: 'none' },
        // A page holding a `.print-only` block (the recovery key) prints that block alone; any other page
        // prints as its own print styles say (the Reports screen's).
        '@media print': {
          'body:has(.print-only) *': { visibility: 'hidden' },
          // As specific as the rule above, and after it, so the block itself shows.
          'body:has(.print-only) .print-only, body:has(.print-only) .print-only *': { visibility: 'visible' },
          '.print-only': { display: 'block', position: 'absolute', left: 0, top: 0, width: '100%' },
          body: { background: '#FFFFFF' },
        },
      }}
    />
  );
}
