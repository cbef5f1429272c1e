import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Box from '@mui/material/Box';
import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../../shared/ipc/vault';
import { PublicLayout } from '../components/PublicLayout';
import { call } from '../ipc';
import { RecoveryKeyScreen } from '../screens/setup/RecoveryKeyScreen';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { NewPassphraseScreen } from '../screens/unlock/NewPassphraseScreen';
import { RecoveryUnlockScreen } from '../screens/unlock/RecoveryUnlockScreen';
import { UnlockScreen } from '../screens/unlock/UnlockScreen';
import { AppShell } from './AppShell';
import { ScreenForRoute } from './ScreenForRoute';
import { useHashRoute } from './routes';

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; status: VaultStatus };

/** Picks the screen from the vault's state: set-up, unlock, new passphrase, or the app itself. */
export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  // Held only in memory, only until the user confirms they have stored it.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [unlockWith, setUnlockWith] = useState<'passphrase' | 'recoveryKey'>('passphrase');
  // The service name is inside the encrypted database: remember it from the last unlock for the lock screen.
  const [knownServiceName, setKnownServiceName] = useState<string | undefined>(undefined);
  const route = useHashRoute();

  const loadStatus = useCallback(async () => {
    setLoaded({ kind: 'loading' });
    const result = await call('vault.status', {});
    setLoaded(result.ok ? { kind: 'ready', status: result.data } : { kind: 'failed', message: result.error.message });
  }, []);

  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  const show = useCallback((status: VaultStatus) => {
    if (status.serviceName) setKnownServiceName(status.serviceName);
    setUnlockWith('passphrase');
    setLoaded({ kind: 'ready', status });
  }, []);

  if (loaded.kind === 'loading') {
    return (
      <PublicLayout>
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <CircularProgress size={24} aria-hidden="true" />
          Opening IPS Desk…
        </Box>
      </PublicLayout>
    );
  }
  if (loaded.kind === 'failed') {
    return (
      <PublicLayout>
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {loaded.message}
        </Alert>
        <Button variant="contained" onClick={() => void loadStatus()}>
          Try again
        </Button>
      </PublicLayout>
    );
  }

  const status: VaultStatus = { ...loaded.status, serviceName: loaded.status.serviceName ?? knownServiceName };
  if (recoveryKey !== null) {
    return (
      <RecoveryKeyScreen recoveryKey={recoveryKey} serviceName={status.serviceName ?? ''} onContinue={() => setRecoveryKey(null)} />
    );
  }
  if (status.state === 'needs_setup') {
    return (
      <SetupScreen
        onSetUp={(result) => {
          setRecoveryKey(result.recoveryKey);
          show(result.status);
        }}
      />
    );
  }
  if (status.state === 'locked') {
    return unlockWith === 'recoveryKey' ? (
      <RecoveryUnlockScreen status={status} onUnlocked={show} onBack={() => setUnlockWith('passphrase')} />
    ) : (
      <UnlockScreen status={status} onUnlocked={show} onUseRecoveryKey={() => setUnlockWith('recoveryKey')} />
    );
  }
  if (status.mustSetPassphrase) {
    return <NewPassphraseScreen status={status} onDone={show} />;
  }
  return (
    <AppShell status={status} route={route} onLocked={show}>
      <ScreenForRoute route={route} />
    </AppShell>
  );
}
