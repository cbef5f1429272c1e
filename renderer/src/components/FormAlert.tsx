import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';

/** The form-level message: an error Alert that screen readers announce (role="alert"). */
export function FormAlert({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === false) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      {children}
    </Alert>
  );
}
