import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import type { StoredAction } from '../../../../shared/fidelity';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import { useMayCall } from '../../data/permissions';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';
import { progressNoteForm, progressNoteFormSchema } from './action-form';

/** The dated notes of what has happened on an action, oldest first, with a form to add one for those who may. */
export function ProgressNotes({ action }: { action: StoredAction }) {
  const remove = useIpcMutation('fidelity.deleteProgressNote');
  const mayAdd = useMayCall('fidelity.addProgressNote');
  const mayDelete = useMayCall('fidelity.deleteProgressNote');
  const headingId = `progress-${action.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 1.5 }}>
      <Typography component="h4" id={headingId} sx={{ fontWeight: 700 }}>
        Progress notes
      </Typography>
      {action.progress.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          None yet.
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {action.progress.map((note) => (
            <li key={note.id}>
              <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>
                  <strong>{formatUkDate(note.date)}</strong>: {note.note}
                </Typography>
                {mayDelete && (
                  <IconButton size="small" aria-label={`Delete the progress note of ${formatUkDate(note.date)}`} onClick={() => void remove.run({ id: note.id })} sx={{ mt: -0.5 }}>
                    <DeleteIcon fontSize="small" aria-hidden="true" />
                  </IconButton>
                )}
              </Box>
            </li>
          ))}
        </Box>
      )}
      <FormAlert>{remove.error?.message}</FormAlert>
      {mayAdd && <AddProgressNote actionId={action.id} position={action.position} />}
    </Box>
  );
}

function AddProgressNote({ actionId, position }: { actionId: string; position: number }) {
  const add = useIpcMutation('fidelity.addProgressNote');
  const form = useSchemaForm({ schema: progressNoteFormSchema, defaultValues: progressNoteForm(todayIso()), issuesUnder: 'note' });
  const submit = form.submitWith(async (note) => {
    const result = await add.run({ action_id: actionId, note });
    if (!result.ok) return result.error;
    form.reset(progressNoteForm(todayIso()));
    return null;
  });
  return (
    <Box component="form" onSubmit={submit} noValidate aria-label={`Add a progress note to action ${position}`} sx={{ mt: 1 }}>
      <FormAlert>{form.formMessage}</FormAlert>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
        <FormTextField control={form.control} name="date" id={`note-date-${actionId}`} label="Date" size="small" hint="dd/mm/yyyy" sx={{ width: 150 }} autoComplete="off" />
        <FormTextField control={form.control} name="note" id={`note-text-${actionId}`} label={`Progress on action ${position}`} size="small" sx={{ flex: '1 1 320px' }} />
        <Button type="submit" variant="outlined" disabled={form.formState.isSubmitting} sx={{ mt: 0.25 }}>
          Add note
        </Button>
      </Box>
    </Box>
  );
}
