import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { channels } from '../../../../shared/ipc/contract';
import type { TemplateRef } from '../../../../shared/ipc/returns';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import { downloadBase64 } from '../../files/base64-files';
import { formSchema } from '../../forms/form-schema';
import { useSchemaForm } from '../../forms/use-schema-form';
import { ExportDone } from './ExportDone';
import type { ExportResult } from './types';

type ExportForm = { identifiable: boolean };
const exportFormSchema = formSchema(channels['returns.export'].input.pick({ identifiable: true }), (form: ExportForm) => ({ identifiable: form.identifiable }));

interface Props {
  template: TemplateRef;
  period: string;
  asOf: string;
  /** The template repeats a row per client: only then is there anything identifiable to choose. */
  clientLevel: boolean;
  isManager: boolean;
  /** False while the template has problems that stop it being filled. */
  ready: boolean;
}

/**
 * Fills the template and saves the file: a save dialog in the app, a download in a browser. Client rows are
 * pseudonymised unless a manager ticks the box, and the history records which it was.
 */
export function ExportPanel({ template, period, asOf, clientLevel, isManager, ready }: Props) {
  const exportReturn = useIpcMutation('returns.export');
  const [done, setDone] = useState<ExportResult | null>(null);
  const form = useSchemaForm({ schema: exportFormSchema, defaultValues: { identifiable: false } });
  const identifiable = form.watch('identifiable');

  return (
    <Box
      component="form"
      noValidate
      aria-labelledby="export-title"
      onSubmit={form.submitWith(async ({ identifiable: named }) => {
        setDone(null);
        const result = await exportReturn.run({ template, period, asOf, identifiable: clientLevel && named });
        if (!result.ok) return result.error;
        downloadBase64(result.data.fileName, result.data.base64);
        setDone(result.data);
        return null;
      })}
    >
      <Typography variant="h2" id="export-title" sx={{ mb: 1 }}>
        Export the return
      </Typography>
      <FormAlert>{form.formMessage}</FormAlert>
      {clientLevel ? (
        <Box sx={{ mb: 2 }}>
          <Controller
            control={form.control}
            name="identifiable"
            render={({ field }) => (
              <FormControlLabel
                control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} disabled={!isManager} />}
                label="Include names, NHS numbers and dates of birth in the client rows (identifiable)"
              />
            )}
          />
          {identifiable ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              The file will hold personal details of every client in it. Send it only where the commissioner has agreed to receive identifiable data, by secure email. The export history records this choice.
            </Alert>
          ) : (
            <Typography sx={{ color: 'text.secondary' }}>
              Client rows are pseudonymised: each client gets a code that stays the same in every return, with no name, NHS number or date of birth.
              {isManager ? '' : ' Only a manager can export identifiable rows.'}
            </Typography>
          )}
        </Box>
      ) : null}
      <Button type="submit" variant="contained" size="large" disabled={exportReturn.pending || !ready} startIcon={<DownloadIcon aria-hidden="true" />}>
        {exportReturn.pending ? 'Exporting…' : 'Export and save the file'}
      </Button>
      {ready ? null : <Typography sx={{ mt: 1 }}>Fix the template’s problems above before exporting.</Typography>}
      {done ? <ExportDone result={done} /> : null}
    </Box>
  );
}
