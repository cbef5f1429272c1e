import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../../shared/ipc/contract';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation } from '../../../data/ipc-query';
import { SettingsCard } from '../SettingsCard';
import { formatAuditTime } from './audit-text';

type Verdict = ChannelOutput<'audit.verify'>;

/** The audit trail's tamper check: walks its hash chain and names the first entry that does not fit. */
export function AuditCheck() {
  const verify = useIpcMutation('audit.verify');
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  async function check() {
    setVerdict(null);
    const result = await verify.run({});
    if (result.ok) setVerdict(result.data);
  }

  return (
    <SettingsCard
      id="audit-check"
      title="Check the audit trail"
      intro="Reads every entry and checks that none has been changed, removed or added outside IPS Desk. Run it before you hand the trail to anyone, or if you suspect the file was tampered with."
    >
      <Button variant="outlined" onClick={() => void check()} disabled={verify.pending}>
        {verify.pending ? 'Checking…' : 'Check the audit trail'}
      </Button>
      <FormAlert>{verify.error?.message}</FormAlert>
      <div role="status" aria-live="polite">
        {verdict?.ok ? (
          <Alert severity="success" sx={{ mt: 2 }}>
            All {verdict.entries.toLocaleString('en-GB')} entries are as IPS Desk wrote them.
          </Alert>
        ) : null}
        {verdict && !verdict.ok ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            The audit trail has been altered outside IPS Desk
            {verdict.firstBroken?.seq !== null && verdict.firstBroken?.seq !== undefined ? ` at entry ${verdict.firstBroken.seq}` : ''}
            {verdict.firstBroken?.at ? ` (written ${formatAuditTime(verdict.firstBroken.at)})` : ''}: {verdict.firstBroken?.reason}. Tell your information
            governance lead, and keep this computer and its backups as they are.
          </Alert>
        ) : null}
      </div>
    </SettingsCard>
  );
}
