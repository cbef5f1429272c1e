import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useEffect, useState } from 'react';
import type { VaultStatus } from '../../../shared/ipc/vault';
import { PublicLayout } from '../components/PublicLayout';
import { useIpcQuery } from '../data/ipc-query';
import { useSessionMemory } from '../data/session';
import { RestoreScreen } from '../screens/backups/RestoreScreen';
import { RecoveryKeyScreen } from '../screens/setup/RecoveryKeyScreen';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { NewPassphraseScreen } from '../screens/unlock/NewPassphraseScreen';
import { RecoveryUnlockScreen } from '../screens/unlock/RecoveryUnlockScreen';
import { UnlockScreen } from '../screens/unlock/UnlockScreen';
import { AppShell } from './AppShell';
import { clearLockNotice, useLockNotice } from './lock-notice';
import { ScreenForRoute } from './ScreenForRoute';
import { ShowRecoveryKeyProvider, type NewRecoveryKey } from './recovery-key-handover';
import { useHashRoute } from './routes';

/**
 * Picks the screen from the vault's state: set-up, unlock, new passphrase, or the app itself. The state is
 * read through the query layer, so every vault call that changes it (set-up, unlock, a new passphrase)
 * shows the next screen by reading it again; a lock starts a new session (data/session.tsx).
 */
export function App() {
  const vault = useIpcQuery('vault.status', {});
  const { knownServiceName, rememberServiceName } = useSessionMemory();
  // Held only in memory, only until the user confirms they have stored it (or the vault locks).
  const [recoveryKey, setRecoveryKey] = useState<NewRecoveryKey | null>(null);
  const [unlockWith, setUnlockWith] = useState<'passphrase' | 'recoveryKey' | 'backup'>('passphrase');
  const route = useHashRoute();
  const serviceName = vault.data?.serviceName;
  const notice = useLockNotice();
  const state = vault.data?.state;
  const { refetch } = vault;

  useEffect(() => {
    if (serviceName) rememberServiceName(serviceName);
  }, [serviceName, rememberServiceName]);
  // What the unlock screen said about the last lock is done with once someone is in.
  useEffect(() => {
    if (state === 'unlocked') clearLockNotice();
  }, [state]);
  // A restore from Settings ends with the records replaced after this session began (its lock came first):
  // who may unlock is read again from the restored keyring.
  useEffect(() => {
    if (notice?.kind === 'restored' || notice?.kind === 'restore-failed') void refetch();
  }, [notice, refetch]);

  if (!vault.data) {
    return (
      <PublicLayout>
        {vault.isError ? (
          <>
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {vault.error.message}
            </Alert>
            <Button variant="contained" onClick={() => void vault.refetch()}>
              Try again
            </Button>
          </>
        ) : (
          <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <CircularProgress size={24} aria-hidden="true" />
            Opening IPS Desk…
          </Box>
        )}
      </PublicLayout>
    );
  }

  const status: VaultStatus = { ...vault.data, serviceName: serviceName ?? knownServiceName };
  if (recoveryKey !== null) {
    return <RecoveryKeyScreen {...recoveryKey} serviceName={status.serviceName ?? ''} onContinue={() => setRecoveryKey(null)} />;
  }
  if (unlockWith === 'backup' && status.state !== 'unlocked') {
    return (
      <RestoreScreen
        serviceName={status.serviceName}
        backTo={status.state === 'needs_setup' ? 'setting up IPS Desk' : 'unlocking'}
        onBack={() => setUnlockWith('passphrase')}
        onRestored={() => setUnlockWith('passphrase')}
      />
    );
  }
  if (status.state === 'needs_setup') {
    return <SetupScreen onSetUp={(result) => setRecoveryKey({ recoveryKey: result.recoveryKey, reason: 'setup' })} onRestore={() => setUnlockWith('backup')} />;
  }
  if (status.state === 'locked') {
    return unlockWith === 'recoveryKey' ? (
      <RecoveryUnlockScreen status={status} onBack={() => setUnlockWith('passphrase')} />
    ) : (
      <UnlockScreen status={status} onUseRecoveryKey={() => setUnlockWith('recoveryKey')} onRestore={() => setUnlockWith('backup')} />
    );
  }
  if (status.mustSetPassphrase) {
    return <NewPassphraseScreen status={status} />;
  }
  return (
    <ShowRecoveryKeyProvider value={setRecoveryKey}>
      <AppShell status={status} route={route}>
        <ScreenForRoute route={route} />
      </AppShell>
    </ShowRecoveryKeyProvider>
  );
}
