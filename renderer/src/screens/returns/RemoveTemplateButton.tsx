import Button from '@mui/material/Button';
import { useState } from 'react';
import type { TemplateRef } from '../../../../shared/ipc/returns';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useIpcMutation } from '../../data/ipc-query';
import { useMayCall } from '../../data/permissions';

interface Props {
  template: Extract<TemplateRef, { kind: 'saved' }>;
  name: string;
  onRemoved(): void;
}

/**
 * Removes a commissioner's template the team no longer uses, with its saved mapping (the manager's call:
 * others rely on the mapping). The export history keeps its rows; loading the same file again starts afresh.
 */
export function RemoveTemplateButton({ template, name, onRemoved }: Props) {
  const mayRemove = useMayCall('returns.deleteTemplate');
  const remove = useIpcMutation('returns.deleteTemplate');
  const [confirming, setConfirming] = useState(false);
  if (!mayRemove) return null;

  async function confirm() {
    const result = await remove.run({ templateId: template.id });
    if (!result.ok) return;
    setConfirming(false);
    onRemoved();
  }

  return (
    <>
      <Button variant="text" color="error" onClick={() => setConfirming(true)} sx={{ mt: 0.25 }}>
        Remove this template…
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${name}?`}
        confirmLabel={remove.pending ? 'Removing…' : 'Remove template'}
        pending={remove.pending}
        error={remove.error?.message ?? null}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        The template and the cells mapped on it are removed from IPS Desk. Returns already exported stay in the history. Loading the same
        file again starts with no cells mapped.
      </ConfirmDialog>
    </>
  );
}
