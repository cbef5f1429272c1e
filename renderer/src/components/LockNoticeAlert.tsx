import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useLockNotice } from '../app/lock-notice';
import { lockNoticeText } from '../app/lock-notice-text';

const SEVERITY = { restored: 'success', restoring: 'info', 'restore-failed': 'error', locked: 'info', discarded: 'warning' } as const;

/**
 * On the unlock screens: why IPS Desk is locked, when it was not the person's own doing (it locked itself,
 * or a backup was restored). A status, not an alert: it is there when the screen appears, and the heading
 * is what is read first.
 */
export function LockNoticeAlert() {
  const notice = useLockNotice();
  if (!notice) return null;
  const { title, lines } = lockNoticeText(notice);
  const severity = SEVERITY[notice.kind === 'locked' && notice.discarded.length > 0 ? 'discarded' : notice.kind];
  return (
    <Alert severity={severity} role="status" sx={{ mb: 2 }} data-testid="lock-notice">
      <AlertTitle>{title}</AlertTitle>
      {lines.map((line) => (
        <Typography key={line} sx={{ mb: 0.5 }}>
          {line}
        </Typography>
      ))}
    </Alert>
  );
}
