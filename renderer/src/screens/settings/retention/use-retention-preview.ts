import { useCallback, useEffect, useState } from 'react';
import type { RetentionPreview } from '../../../../../shared/ipc/rights';
import { useIpcMutation } from '../../../data/ipc-query';

/**
 * Whom the retention rule covers today. The preview is never cached (it depends on today and on every
 * record), so it is asked for when the page opens and again after the period is saved or clients anonymised.
 */
export function useRetentionPreview() {
  const call = useIpcMutation('retention.preview');
  const [preview, setPreview] = useState<RetentionPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { run } = call;

  const refresh = useCallback(async () => {
    const result = await run({});
    if (result.ok) {
      setPreview(result.data);
      setProblem(null);
    } else {
      setProblem(result.error.message);
    }
  }, [run]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { preview, problem, reading: call.pending, refresh };
}
