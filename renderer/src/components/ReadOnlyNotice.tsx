import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';

/**
 * Says, on a screen whose changes are not this role's, what the role may do there and who does the rest, so
 * missing buttons are never a puzzle (the screens hide what the router would refuse: data/permissions.ts).
 */
export function ReadOnlyNotice({ children }: { children: ReactNode }) {
  return (
    <Alert severity="info" role="note" data-testid="read-only-notice" sx={{ mb: 2, maxWidth: 900 }}>
      {children}
    </Alert>
  );
}
