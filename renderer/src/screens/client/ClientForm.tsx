import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMemo } from 'react';
import type { IpcError } from '../../../../shared/ipc/result';
import { clientSchema, type Client } from '../../../../shared/records';
import { FormAlert } from '../../components/FormAlert';
import { specFormSchema, toFormValues, type FieldGroup } from '../../forms/field-spec';
import { FieldGroupsForm } from '../../forms/FieldGroupsForm';
import { useSchemaForm } from '../../forms/use-schema-form';

interface Props {
  groups: readonly FieldGroup[];
  initial: Client | null;
  submitLabel: string;
  /** Saves the checked client; resolves to the service's refusal, or null when saved (or handled elsewhere). */
  onSubmit(client: Client): Promise<IpcError | null>;
  onCancel(): void;
}

/**
 * The client details form, for a new referral and for editing one. Checked with `clientSchema` (the
 * service's schema) before anything is sent; the service's own refusals (a client ID already in use)
 * are shown at their fields too.
 */
export function ClientForm({ groups, initial, submitLabel, onSubmit, onCancel }: Props) {
  const specs = useMemo(() => groups.flatMap((g) => g.fields), [groups]);
  const schema = useMemo(() => specFormSchema(clientSchema, specs), [specs]);
  const form = useSchemaForm({ schema, defaultValues: toFormValues(initial, specs), issuesUnder: 'client' });
  const pending = form.formState.isSubmitting;

  return (
    <form onSubmit={form.submitWith(onSubmit)} noValidate aria-label="Client details">
      <FormAlert>{form.formMessage}</FormAlert>
      <FieldGroupsForm groups={groups} control={form.control} idPrefix="client" />
      <Box sx={{ display: 'flex', gap: 2, mt: 3 }}>
        <Button type="submit" variant="contained" size="large" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        <Button variant="outlined" size="large" onClick={onCancel}>
          Cancel
        </Button>
      </Box>
    </form>
  );
}
