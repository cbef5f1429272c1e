import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/**
 * A table too wide for a narrow window (320 px, or 400 % zoom) scrolls sideways inside itself, never the
 * page (WCAG 1.4.10 lets two-dimensional tables do so). It can take focus, so the keyboard can scroll it.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} sx={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </Box>
  );
}
