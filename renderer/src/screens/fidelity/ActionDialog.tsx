import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import { Controller } from 'react-hook-form';
import { ACTION_STATUS, INSTRUMENTS, type InstrumentId, type StoredAction } from '../../../../shared/fidelity';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';
import { actionForm, actionFormSchema } from './action-form';

interface Props {
  reviewId: string;
  instrument: InstrumentId;
  /** Null to add an action. */
  editing: StoredAction | null;
  onClose(): void;
}

/** Adds an action to the plan or changes one: the items it answers, what will be done, by whom, by when. */
export function ActionDialog({ reviewId, instrument, editing, onClose }: Props) {
  const save = useIpcMutation('fidelity.saveAction');
  const form = useSchemaForm({ schema: actionFormSchema, defaultValues: actionForm(editing, null), issuesUnder: 'action' });
  const items = INSTRUMENTS[instrument].items;
  const submit = form.submitWith(async (action) => {
    const result = await save.run({ review_id: reviewId, id: editing?.id ?? null, action });
    if (!result.ok) return result.error;
    onClose();
    return null;
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby="action-dialog-title" maxWidth="md" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="action-dialog-title">{editing ? `Edit action ${editing.position}` : 'Add an action'}</DialogTitle>
        <DialogContent>
          <FormAlert>{form.formMessage}</FormAlert>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2.5, pt: 1 }}>
            <FormTextField control={form.control} name="action" id="action-text" label="Action" required multiline minRows={2} sx={{ gridColumn: '1 / -1' }} hint="What will be done, so anyone can tell when it is done." />
            <FormTextField control={form.control} name="owner" id="action-owner" label="Owner" hint="Who makes sure it happens" autoComplete="off" />
            <FormTextField control={form.control} name="due_date" id="action-due" label="Due date" placeholder="dd/mm/yyyy" hint="dd/mm/yyyy" autoComplete="off" />
            <FormTextField control={form.control} name="status" id="action-status" select label="Status">
              {ACTION_STATUS.values.map((s) => (
                <MenuItem key={s} value={s}>
                  {ACTION_STATUS.labels[s]}
                </MenuItem>
              ))}
            </FormTextField>
            <Controller
              control={form.control}
              name="items"
              render={({ field, fieldState }) => {
                const chosen = new Set(field.value);
                return (
                  <FormControl component="fieldset" error={Boolean(fieldState.error)} sx={{ gridColumn: '1 / -1' }} aria-describedby="action-items-help">
                    <FormLabel component="legend" sx={{ fontWeight: 700, color: 'text.primary' }}>
                      Items this action answers
                    </FormLabel>
                    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2 }}>
                      {items.map((item) => (
                        <FormControlLabel
                          key={item.id}
                          control={
                            <Checkbox
                              size="small"
                              checked={chosen.has(item.id)}
                              onChange={(e) => field.onChange(items.filter((i) => (i.id === item.id ? e.target.checked : chosen.has(i.id))).map((i) => i.id))}
                            />
                          }
                          label={`${item.number}. ${item.shortTitle}`}
                        />
                      ))}
                    </Box>
                    <FormHelperText id="action-items-help">{fieldState.error?.message ?? 'One or more.'}</FormHelperText>
                  </FormControl>
                );
              }}
            />
          </Box>
        </DialogContent>
        <DialogActions sx={{ p: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Saving…' : editing ? 'Save action' : 'Add action'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
