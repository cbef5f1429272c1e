import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { IpcError } from '../../../../shared/ipc/result';
import { clientSchema, type Client } from '../../../../shared/records';
import { FormAlert } from '../../components/FormAlert';
import { summaryFor } from '../../forms/field-errors';
import { CLIENT_FIELD_NAMES } from './client-fields';
import { toFormValues, toSchemaInput, type FieldGroup, type FormValues } from './form/field-spec';
import { FieldGroupsForm } from './form/FieldGroupsForm';
import { schemaResolver } from './form/schema-resolver';
import { placeServiceIssues } from './form/server-issues';

interface Props {
  groups: readonly FieldGroup[];
  initial: Client | null;
  submitLabel: string;
  pending: boolean;
  /** Saves the checked client; resolves to the service's refusal, or null when saved (or handled elsewhere). */
  onSubmit(client: Client): Promise<IpcError | null>;
  onCancel(): void;
}

/**
 * The client details form, for a new referral and for editing one. Checked with `clientSchema` (the
 * service's schema) before anything is sent; the service's own refusals (a client ID already in use)
 * are shown at their fields too.
 */
export function ClientForm({ groups, initial, submitLabel, pending, onSubmit, onCancel }: Props) {
  const specs = useMemo(() => groups.flatMap((g) => g.fields), [groups]);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<FormValues>({
    defaultValues: toFormValues(initial, specs),
    resolver: schemaResolver(clientSchema, specs),
    reValidateMode: 'onBlur',
  });

  const submit = handleSubmit(
    async (values) => {
      setFormMessage(null);
      const client = clientSchema.parse(toSchemaInput(values, specs));
      const error = await onSubmit(client);
      if (!error) return;
      const { placed, unplaced } = placeServiceIssues(error, 'client', CLIENT_FIELD_NAMES);
      for (const [field, message] of Object.entries(placed)) setError(field, { type: 'service', message }, { shouldFocus: true });
      const anyPlaced = Object.keys(placed).length > 0;
      setFormMessage(anyPlaced && unplaced.length === 0 ? summaryFor(placed) : error.message);
    },
    (errors) => setFormMessage(summaryFor(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v?.message])))),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Client details">
      <FormAlert>{formMessage}</FormAlert>
      <FieldGroupsForm groups={groups} control={control} idPrefix="client" />
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
