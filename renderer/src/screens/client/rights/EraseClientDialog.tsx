import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { ErasurePreview } from '../../../../../shared/ipc/rights';
import type { ClientDetail } from '../../../../../shared/ipc/records';
import { navigate } from '../../../app/routes';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation } from '../../../data/ipc-query';
import { useLeaveCaseloadNotice } from '../../caseload/caseload-notice';
import { displayName } from '../client-status';
import { EraseForm } from './EraseForm';
import { erasedText } from './erasure-text';

/**
 * Erasing one client on request: first what would go and what would stay (the service's preview), then the
 * reason and a tick to confirm. Once erased there is no record to come back to, so it returns to the caseload,
 * which says what was done.
 */
export function EraseClientDialog({ detail, onClose }: { detail: ClientDetail; onClose(): void }) {
  const previewCall = useIpcMutation('clients.erasurePreview');
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const leaveNotice = useLeaveCaseloadNotice();
  const { id, client_id } = detail.client;
  const run = previewCall.run;

  useEffect(() => {
    let current = true;
    void run({ id }).then((result) => {
      if (!current) return;
      if (result.ok) setPreview(result.data);
      else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [run, id]);

  return (
    <Dialog open onClose={onClose} aria-labelledby="erase-title" maxWidth="md" fullWidth>
      <DialogTitle id="erase-title">
        Erase {displayName(detail)} ({client_id})?
      </DialogTitle>
      {preview ? (
        <EraseForm
          preview={preview}
          onCancel={onClose}
          onErased={(result) => {
            leaveNotice(erasedText(result));
            navigate({ screen: 'caseload' });
          }}
        />
      ) : (
        <>
          <DialogContent>
            <FormAlert>{problem}</FormAlert>
            {problem ? null : (
              <Typography role="status">Finding everything recorded about {client_id}…</Typography>
            )}
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={onClose} autoFocus>
              Cancel
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
