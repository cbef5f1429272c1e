import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMemo } from 'react';
import type { IpcError } from '../../../../shared/ipc/result';
import { clientSchema, type Client } from '../../../../shared/records';
import { confirmLeave } from '../../app/unsaved-changes';
import { FormAlert } from '../../components/FormAlert';
import { SaveOutcome } from '../../forms/SaveOutcome';
import { specFormSchema, toFormValues, type FieldGroup } from '../../forms/field-spec';
import { FieldGroupsForm } from '../../forms/FieldGroupsForm';
import { NOT_SAVED, useSchemaForm } from '../../forms/use-schema-form';

interface Props {
  groups: readonly FieldGroup[];
  initial: Client | null;
  submitLabel: string;
  /** Saves the checked client; resolves to the service's refusal, null when saved, or NOT_SAVED when called off. */
  onSubmit(client: Client): Promise<IpcError | null | typeof NOT_SAVED>;
  onCancel(): void;
}

/**
 * The client details form, for a new referral and for editing one. Checked with `clientSchema` (the
 * service's schema) before anything is sent; the service's own refusals (a client ID already in use)
 * are shown at their fields too. A long form: the outcome of Save is also shown beside the button, and
 * takes focus. Leaving it with typing not saved (Cancel, another screen, Lock) asks first.
 */
export function ClientForm({ groups, initial, submitLabel, onSubmit, onCancel }: Props) {
  const specs = useMemo(() => groups.flatMap((g) => g.fields), [groups]);
  const schema = useMemo(() => specFormSchema(clientSchema, specs), [specs]);
  const form = useSchemaForm({ schema, defaultValues: toFormValues(initial, specs), issuesUnder: 'client', focusOnProblem: 'outcome', guardUnsaved: true });
  const pending = form.formState.isSubmitting;

  async function cancel() {
    if (!form.holdsUnsaved() || (await confirmLeave({ title: 'Cancel without saving?', leaveLabel: 'Throw away my changes' }))) onCancel();
  }

  return (
    <form onSubmit={form.submitWith(onSubmit)} noValidate aria-label="Client details">
      <FormAlert>{form.formMessage}</FormAlert>
      <FieldGroupsForm groups={groups} control={form.control} idPrefix="client" />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 3 }}>
        <Button type="submit" variant="contained" size="large" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        <Button variant="outlined" size="large" onClick={() => void cancel()}>
          Cancel
        </Button>
      </Box>
      <SaveOutcome problem={form.formMessage} saved={null} attempt={form.formState.submitCount} />
    </form>
  );
}
