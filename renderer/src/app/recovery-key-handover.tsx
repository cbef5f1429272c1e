import { createContext, useContext } from 'react';

/**
 * A new recovery key to show on its own screen (App.tsx), from wherever it was made: set-up, or a change of
 * the database key in Settings. Held by App only until the user confirms they have stored it.
 */
export interface NewRecoveryKey {
  recoveryKey: string;
  /** Why it is shown: after set-up the key is the first; after a change the old printout must be destroyed. */
  reason: 'setup' | 'key-changed';
  /** After a change: what happened to the fresh backup under the new key. */
  backupNote?: string;
}

const ShowRecoveryKeyContext = createContext<(key: NewRecoveryKey) => void>(() => {
  throw new Error('useShowRecoveryKey is used outside App');
});

export const ShowRecoveryKeyProvider = ShowRecoveryKeyContext.Provider;

export function useShowRecoveryKey(): (key: NewRecoveryKey) => void {
  return useContext(ShowRecoveryKeyContext);
}
