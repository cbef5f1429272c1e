import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { ClientDetail } from '../../../../../shared/ipc/records';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation } from '../../../data/ipc-query';
import { downloadBase64 } from '../../../files/base64-files';
import { displayName } from '../client-status';

type Step = 'ready' | 'workbook' | 'pdf' | 'done';

/**
 * A subject access export: everything held about the person as a workbook and as a readable PDF (printed by
 * the app from the same document, as the fidelity report is). Both are saved like any download; both are
 * in the audit trail. It says first that the files are not encrypted, as the whole-caseload export does.
 */
export function SubjectAccessDialog({ detail, onClose }: { detail: ClientDetail; onClose(): void }) {
  const exportCall = useIpcMutation('clients.subjectAccessExport');
  const pdfCall = useIpcMutation('clients.subjectAccessPdf');
  const [step, setStep] = useState<Step>('ready');
  const [saved, setSaved] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const { id, client_id } = detail.client;
  const busy = step === 'workbook' || step === 'pdf';
  const closeRef = useRef<HTMLButtonElement>(null);

  // The export button goes once both files are saved: focus moves to Close instead of being lost.
  useEffect(() => {
    if (step === 'done') closeRef.current?.focus();
  }, [step]);

  async function exportBoth() {
    setProblem(null);
    setSaved([]);
    setStep('workbook');
    const files = await exportCall.run({ id });
    if (!files.ok) {
      setStep('ready');
      return setProblem(files.error.message);
    }
    downloadBase64(files.data.workbook.fileName, files.data.workbook.base64);
    setSaved([files.data.workbook.fileName]);
    setStep('pdf');
    const pdf = await pdfCall.run({ id });
    if (!pdf.ok) {
      setStep('ready');
      return setProblem(`The workbook is saved, but the PDF could not be made: ${pdf.error.message}`);
    }
    downloadBase64(pdf.data.fileName, pdf.data.base64, 'application/pdf');
    setSaved([files.data.workbook.fileName, pdf.data.fileName]);
    setStep('done');
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby="sar-title" maxWidth="sm" fullWidth>
      <DialogTitle id="sar-title">Export everything held about {displayName(detail)}</DialogTitle>
      <DialogContent>
        <FormAlert>{problem}</FormAlert>
        <Typography sx={{ mb: 1 }}>For a subject access request: two files about {client_id} are saved to your downloads.</Typography>
        <ul style={{ marginTop: 0 }}>
          <li>a workbook (xlsx): one sheet for each kind of record, to check and redact</li>
          <li>a readable PDF: the same records laid out to print or send to the person</li>
        </ul>
        <Typography sx={{ mb: 1 }}>
          They include jobs, contacts, education and volunteering, wellbeing scores and the record’s audit trail.
        </Typography>
        <Typography sx={{ fontWeight: 700 }}>
          The files are not encrypted: keep them safe, send them securely and delete them once the request is answered. The export is
          recorded in the audit trail.
        </Typography>
        <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
          {busy ? <Typography>{step === 'workbook' ? 'Making the workbook…' : 'Making the PDF…'}</Typography> : null}
          {step === 'done' ? (
            <Alert severity="success" data-testid="sar-saved">
              Saved {saved.join(' and ')}.
            </Alert>
          ) : null}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button ref={closeRef} onClick={onClose} disabled={busy}>
          {step === 'done' ? 'Close' : 'Cancel'}
        </Button>
        {step === 'done' ? null : (
          <Button variant="contained" startIcon={<DownloadIcon aria-hidden="true" />} onClick={() => void exportBoth()} disabled={busy} autoFocus>
            {busy ? 'Exporting…' : 'Export both files'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
