import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { useIpcMutation } from '../../data/ipc-query';

export type InspectState = { state: 'reading' } | { state: 'read'; inspected: ChannelOutput<'backups.inspect'> } | { state: 'failed'; message: string };

/** Reads a chosen backup file's header (backups.inspect) once per file: never cached, the file may change. */
export function useInspect(file: string | null): InspectState | null {
  const inspect = useIpcMutation('backups.inspect');
  const { run } = inspect;
  const [answer, setAnswer] = useState<{ file: string; state: InspectState } | null>(null);
  useEffect(() => {
    if (file === null) return;
    let current = true;
    void run({ file }).then((result) => {
      if (!current) return;
      setAnswer({ file, state: result.ok ? { state: 'read', inspected: result.data } : { state: 'failed', message: result.error.message } });
    });
    return () => {
      current = false;
    };
  }, [file, run]);
  if (file === null) return null;
  return answer?.file === file ? answer.state : { state: 'reading' };
}
