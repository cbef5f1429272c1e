import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { BackupStatus } from '../../../../../shared/ipc/backups';
import { useIpcMutation } from '../../../data/ipc-query';
import { attemptProblem, BACKUP_REASON_LABELS, formatBackupTime, formatBytes, staleWarning } from '../../backups/backup-text';
import { SettingsCard } from '../SettingsCard';

type Outcome = { ok: true; text: string; copyProblem: string | null } | { ok: false; text: string };

/**
 * Settings › Backups, first: where backups go, the last one, whether it is overdue or the last attempt
 * failed, and "Back up now" with its outcome read out in a status region.
 */
export function BackupNowSection({ status }: { status: BackupStatus }) {
  const create = useIpcMutation('backups.create');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const stale = staleWarning(status.stale, status.lastBackup?.createdAt ?? null, new Date());
  const problem = attemptProblem(status.lastAttempt);
  const last = status.lastBackup;

  async function backUpNow() {
    setOutcome(null);
    const result = await create.run({});
    if (!result.ok) return setOutcome({ ok: false, text: `The backup was not made: ${result.error.message}` });
    const { backup, copy } = result.data;
    const copied = copy?.ok ? ` A copy is in ${copy.folder}.` : '';
    setOutcome({
      ok: true,
      text: `Backed up at ${formatBackupTime(backup.createdAt)} (${formatBytes(backup.bytes)}).${copied}`,
      copyProblem: copy && !copy.ok ? `It could not be copied to ${copy.folder}: ${copy.problem ?? 'no reason was given'}` : null,
    });
  }

  return (
    <SettingsCard
      id="backups"
      title="Backups"
      intro="IPS Desk backs up your team’s records each day when it is first unlocked, and before every update. Each backup is one encrypted file: it opens only with a passphrase that was in use when it was made, or with the printed recovery key."
    >
      {stale ? (
        <Alert severity="warning" role="none" sx={{ mb: 2 }} data-testid="backup-stale">
          {stale}
        </Alert>
      ) : null}
      {problem ? (
        <Alert severity="error" role="none" sx={{ mb: 2 }} data-testid="backup-problem">
          {problem}
        </Alert>
      ) : null}
      <Box
        component="dl"
        sx={{ m: 0, mb: 2, display: 'grid', gridTemplateColumns: { sm: 'max-content minmax(0, 1fr)' }, columnGap: 2, rowGap: 0.5, '& dt': { fontWeight: 700 }, '& dd': { m: 0, overflowWrap: 'anywhere' } }}
      >
        <dt>Last backup</dt>
        <dd data-testid="last-backup">{last ? `${formatBackupTime(last.createdAt)} · ${BACKUP_REASON_LABELS[last.reason]} · ${formatBytes(last.bytes)}` : 'None yet'}</dd>
        <dt>Backups are kept in</dt>
        <dd>{status.folder}</dd>
        <dt>A copy also goes to</dt>
        <dd>{status.copyFolder ?? 'Nowhere else yet: choose a second folder below'}</dd>
        <dt>How many are kept</dt>
        <dd>The last 7 daily, 4 weekly and 12 monthly backups; older ones are removed.</dd>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
        <Button variant="contained" onClick={() => void backUpNow()} disabled={create.pending}>
          {create.pending ? 'Backing up…' : 'Back up now'}
        </Button>
        <Box role="status" aria-live="polite" sx={{ flex: '1 1 320px' }} data-testid="backup-outcome">
          {outcome ? (
            <Alert severity={!outcome.ok ? 'error' : outcome.copyProblem ? 'warning' : 'success'} sx={{ py: 0 }}>
              {outcome.text}
              {outcome.ok && outcome.copyProblem ? ` ${outcome.copyProblem}` : ''}
            </Alert>
          ) : null}
        </Box>
      </Box>
    </SettingsCard>
  );
}
