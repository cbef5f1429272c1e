import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import type { ChannelOutput } from '../../../../../shared/ipc/contract';
import type { ErasurePreview } from '../../../../../shared/ipc/rights';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation } from '../../../data/ipc-query';
import { FormTextField } from '../../../forms/FormTextField';
import { useSchemaForm } from '../../../forms/use-schema-form';
import { eraseFormSchema, type EraseForm as EraseFormValues } from './erase-form';
import { episodeText, erasedRecords, keptEmployerContacts, splitLinked } from './erasure-text';

interface Props {
  preview: ErasurePreview;
  onCancel(): void;
  onErased(result: ChannelOutput<'clients.erase'>): void;
}

const heading = { fontSize: '1.1rem', mb: 0.5, mt: 2 } as const;
const listStyle = { marginTop: 0, marginBottom: 0, paddingLeft: '1.25rem' } as const;
/** The form sits between the dialog's title and its edges: a flex column, so the content scrolls and the title and buttons stay. */
const formStyle = { display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0, overflow: 'hidden' } as const;

/** The erase dialog's body: what goes, what stays, the other episodes, the reason, the tick, the button. */
export function EraseForm({ preview, onCancel, onErased }: Props) {
  const erase = useIpcMutation('clients.erase');
  const { client, counts } = preview;
  const { mustGo, mayGo } = useMemo(() => splitLinked(preview.linkedEpisodes), [preview.linkedEpisodes]);
  const schema = useMemo(() => eraseFormSchema(client.id, mustGo.map((e) => e.id)), [client.id, mustGo]);
  const form = useSchemaForm({ schema, defaultValues: { reason: '', alsoErase: [], understood: false } satisfies EraseFormValues });
  const records = erasedRecords(counts);
  const kept = keptEmployerContacts(counts.employerContactsKept);
  const alsoEraseError = form.formState.errors.alsoErase?.message;

  const submit = form.submitWith(async (input) => {
    const result = await erase.run(input);
    if (!result.ok) return result.error;
    onErased(result.data);
    return null;
  });

  return (
    <form noValidate onSubmit={submit} aria-label={`Erase ${client.client_id}`} style={formStyle}>
      <DialogContent sx={{ pt: 0 }}>
        <FormAlert>{form.formMessage}</FormAlert>
        <Typography sx={{ fontWeight: 700 }}>
          Erasing deletes the record for good, for example when the person asks for their data to be erased. It cannot be undone.
        </Typography>

        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 4 }}>
          <Box component="section" aria-labelledby="erase-deleted-heading">
            <Typography variant="h3" id="erase-deleted-heading" sx={heading}>
              What is deleted
            </Typography>
            <ul style={listStyle} data-testid="erase-deleted">
              <li>the client record {client.client_id}: details, referral and discharge</li>
              {records.map((line) => (
                <li key={line}>{line}</li>
              ))}
              {mustGo.map((e) => (
                <li key={e.id}>
                  the other episode of the same person, {episodeText(e)}, with everything recorded under it (it was recorded as a
                  re-referral, so it cannot stay on its own)
                </li>
              ))}
            </ul>
          </Box>
          <Box component="section" aria-labelledby="erase-kept-heading">
            <Typography variant="h3" id="erase-kept-heading" sx={heading}>
              What stays
            </Typography>
            <ul style={listStyle} data-testid="erase-kept">
              {kept ? <li>{kept}</li> : null}
              <li>the audit trail: its earlier entries stay, and a new one records the erasure and your reason</li>
              <li>backups made before now, until they are replaced in the backup rotation</li>
            </ul>
          </Box>
        </Box>

        {mayGo.length > 0 ? (
          <Controller
            control={form.control}
            name="alsoErase"
            render={({ field }) => (
              <FormControl component="fieldset" error={Boolean(alsoEraseError)} sx={{ mt: 2, display: 'block' }}>
                <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 700 }}>
                  Same NHS number: erase these too?
                </FormLabel>
                <Typography sx={{ fontSize: '0.95rem', color: 'text.secondary' }}>
                  Only tick one that is certainly the same person: a mistyped NHS number would erase someone else.
                </Typography>
                {mayGo.map((e) => (
                  <FormControlLabel
                    key={e.id}
                    sx={{ display: 'flex' }}
                    label={`Also erase ${episodeText(e)}`}
                    control={
                      <Checkbox
                        checked={field.value.includes(e.id)}
                        onChange={(event) => field.onChange(event.target.checked ? [...field.value, e.id] : field.value.filter((v) => v !== e.id))}
                      />
                    }
                  />
                ))}
                {alsoEraseError ? <FormHelperText>{alsoEraseError}</FormHelperText> : null}
              </FormControl>
            )}
          />
        ) : (
          <FormAlert>{alsoEraseError}</FormAlert>
        )}

        <Box sx={{ mt: 3 }}>
          <FormTextField
            control={form.control}
            name="reason"
            id="erase-reason"
            label="Reason for erasing"
            hint="Say why, not who: for example “Erasure request received 03/03/2026”. It goes into the audit trail."
            fullWidth
            margin="none"
            slotProps={{ htmlInput: { maxLength: 300, autoComplete: 'off' } }}
          />
        </Box>
        <Controller
          control={form.control}
          name="understood"
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)} sx={{ mt: 2, display: 'block' }}>
              <FormControlLabel
                label={`I understand ${client.client_id} is deleted for good and cannot be brought back`}
                control={
                  <Checkbox
                    checked={field.value}
                    onChange={(event) => field.onChange(event.target.checked)}
                    onBlur={field.onBlur}
                    slotProps={{
                      input: { ref: field.ref, 'aria-invalid': Boolean(fieldState.error), 'aria-describedby': fieldState.error ? 'erase-understood-problem' : undefined } as object,
                    }}
                  />
                }
              />
              {fieldState.error ? <FormHelperText id="erase-understood-problem">{fieldState.error.message}</FormHelperText> : null}
            </FormControl>
          )}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button type="submit" variant="contained" color="error" disabled={erase.pending}>
          {erase.pending ? 'Erasing…' : 'Erase for good'}
        </Button>
      </DialogActions>
    </form>
  );
}
