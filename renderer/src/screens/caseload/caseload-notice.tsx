import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useEffect, useState } from 'react';
import { useSessionViewState } from '../../data/session';

/**
 * A message for the caseload from a screen that cannot be returned to (a client just erased): left in the
 * session's view state, shown once when the caseload opens, and gone when it is left.
 */
const KEY = 'caseload.notice';

export function useLeaveCaseloadNotice(): (text: string) => void {
  return useSessionViewState<string | null>(KEY, null)[1];
}

export function CaseloadNotice() {
  const [left, setLeft] = useSessionViewState<string | null>(KEY, null);
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    // Filled in after the first paint, so screen readers announce it (a live region's first content is not).
    setShown(left);
    return () => setLeft(null);
    // Read once, when the caseload opens.
  }, []);
  return (
    <Box role="status" aria-live="polite">
      {shown ? (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="caseload-notice">
          {shown}
        </Alert>
      ) : null}
    </Box>
  );
}
