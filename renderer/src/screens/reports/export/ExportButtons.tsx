import DownloadIcon from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ExportPeriod, ExportTable } from '../../../../../shared/ipc/exports';
import { roleAtLeast } from '../../../../../shared/roles';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../../data/ipc-query';
import { downloadBase64, downloadBlob } from '../../../files/base64-files';
import { toCsv } from './csv';
import { exportFileStem } from './report-tables';

interface Props {
  /** Built when a button is pressed, so a long list costs nothing until it is wanted. */
  table(): ExportTable;
  period: ExportPeriod;
  /** What is exported, for the buttons' accessible names: "Key outcomes". */
  what: string;
  disabled?: boolean;
}

/**
 * "Download as xlsx" and "Download as CSV" for one table. CSV is written here; the workbook by the service
 * (exceljs stays out of the renderer), which records the export in the audit trail. Taking records away is
 * a specialist's or manager's (shared/roles.ts): a viewer sees no buttons.
 */
export function ExportButtons({ table, period, what, disabled }: Props) {
  const role = useIpcQuery('vault.status', {}, { select: (status) => status.currentRole }).data;
  const workbook = useIpcMutation('reports.exportTable');
  const [busy, setBusy] = useState(false);
  if (!role || !roleAtLeast(role, 'specialist')) return null;

  function csv() {
    const built = table();
    downloadBlob(`${exportFileStem(built.title, period)}.csv`, new Blob([toCsv(built)], { type: 'text/csv;charset=utf-8' }));
  }

  async function xlsx() {
    const built = table();
    setBusy(true);
    const result = await workbook.run({ fileName: `${exportFileStem(built.title, period)}.xlsx`, period, table: built });
    setBusy(false);
    if (result.ok) downloadBase64(result.data.fileName, result.data.base64);
  }

  return (
    <Box className="no-print" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <Button size="small" variant="outlined" startIcon={<DownloadIcon aria-hidden="true" />} onClick={() => void xlsx()} disabled={disabled || busy} aria-label={`Download ${what} as xlsx`}>
        {busy ? 'Preparing xlsx…' : 'xlsx'}
      </Button>
      <Button size="small" variant="outlined" startIcon={<DownloadIcon aria-hidden="true" />} onClick={csv} disabled={disabled} aria-label={`Download ${what} as CSV`}>
        CSV
      </Button>
      {workbook.error ? (
        <Box sx={{ width: '100%' }}>
          <FormAlert>{workbook.error.message}</FormAlert>
        </Box>
      ) : null}
    </Box>
  );
}
