import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useRef, useState, type ChangeEvent } from 'react';
import { hrefFor } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { downloadBase64, readFileAsBase64 } from '../../files/base64-files';
import { useIpcMutation } from '../../data/ipc-query';
import { outcomeFromError, type ImportOutcome } from './import-outcome';
import { ImportResult } from './ImportResult';
import { useMayCall } from '../../data/permissions';


interface Props {
  /** The empty caseload has nothing to export. */
  canExport: boolean;
  addLabel?: string;
  /** Held by the screen so the outcome stays in view when the empty state gives way to the list. */
  outcome: ImportOutcome | null;
  setOutcome(outcome: ImportOutcome | null): void;
}

/** Add client, import a workbook (all or nothing) and export every record, with the import's outcome below. */
export function RecordsActions({ canExport, addLabel = 'Add client', outcome, setOutcome }: Props) {
  // Offered only to those the router lets do it: a viewer reads, a specialist adds and exports, a manager imports.
  const mayAdd = useMayCall('clients.create');
  const mayImport = useMayCall('interchange.import');
  const mayExport = useMayCall('interchange.export');
  const importWorkbook = useIpcMutation('interchange.import');
  const prepareImport = useIpcMutation('interchange.prepareImport');
  const exportWorkbook = useIpcMutation('interchange.export');
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'import' | 'export' | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [confirmingExport, setConfirmingExport] = useState(false);

  /** The import's threads start loading while the manager chooses the file; nothing waits for them here. */
  function chooseWorkbook() {
    void prepareImport.run({});
    input.current?.click();
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy('import');
    setOutcome(null);
    let base64: string;
    try {
      base64 = await readFileAsBase64(file);
    } catch {
      setBusy(null);
      setOutcome({ kind: 'failed', fileName: file.name, message: 'The file could not be read. Check it is not open in another program and try again.' });
      return;
    }
    const result = await importWorkbook.run({ fileName: file.name, base64 });
    setBusy(null);
    if (result.ok) {
      setOutcome({ kind: 'imported', fileName: file.name, summary: result.data });
    } else {
      setOutcome(outcomeFromError(file.name, result.error));
    }
  }

  /** Asked first: the workbook leaves the encrypted database with every name in clear. */
  async function exportAll() {
    setConfirmingExport(false);
    setBusy('export');
    setExportError(null);
    const result = await exportWorkbook.run({ pseudonymised: false, confirmedUnencrypted: true });
    setBusy(null);
    if (result.ok) downloadBase64(result.data.fileName, result.data.base64);
    else setExportError(result.error.message);
  }

  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 2 }}>
        {mayAdd ? (
          <Button variant="contained" href={hrefFor({ screen: 'client-new' })} startIcon={<AddIcon aria-hidden="true" />}>
            {addLabel}
          </Button>
        ) : null}
        {mayImport ? (
          <Button variant="outlined" onClick={chooseWorkbook} disabled={busy !== null} startIcon={<UploadFileIcon aria-hidden="true" />}>
            {busy === 'import' ? 'Importing…' : 'Import a workbook'}
          </Button>
        ) : null}
        <Box
          component="input"
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Workbook to import"
          tabIndex={-1}
          onChange={(event: ChangeEvent<HTMLInputElement>) => void importFile(event)}
          // Opened by the Import button; a positioned-but-hidden file input would widen the page.
          sx={{ display: 'none' }}
          data-testid="import-file"
        />
        {canExport && mayExport ? (
          <Button variant="outlined" onClick={() => setConfirmingExport(true)} disabled={busy !== null} startIcon={<DownloadIcon aria-hidden="true" />}>
            {busy === 'export' ? 'Exporting…' : 'Export all records'}
          </Button>
        ) : null}
      </Box>
      <FormAlert>{exportError}</FormAlert>
      <ConfirmDialog
        open={confirmingExport}
        title="Export every record unencrypted?"
        confirmLabel="Export with names"
        onConfirm={() => void exportAll()}
        onCancel={() => setConfirmingExport(false)}
      >
        The workbook is not encrypted: it holds every client&apos;s name, NHS number and date of birth in clear. Keep it only where
        your service allows personal data, and delete it when you no longer need it.
      </ConfirmDialog>
      {outcome ? <ImportResult outcome={outcome} onDismiss={() => setOutcome(null)} /> : null}
    </>
  );
}
