import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useMemo } from 'react';
import { todayIso } from '../../../../shared/dates';
import type { IpcError } from '../../../../shared/ipc/result';
import { clientSchema, clientWarnings, type Client } from '../../../../shared/records';
import { confirmLeave } from '../../app/unsaved-changes';
import { FormAlert } from '../../components/FormAlert';
import { SaveOutcome } from '../../forms/SaveOutcome';
import { ConfirmWarnings, useFieldWarnings } from '../../forms/ConfirmWarnings';
import { CONFIRM_WARNINGS, specFormSchema, toFormValues, type FieldGroup, type RecordWarnings } from '../../forms/field-spec';
import { usePickLists, withChoices } from '../../forms/pick-lists';
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
/** Sense checks on a client: a discharge in the future, a vocational profile before the referral. */
const warnings: RecordWarnings = (client) => clientWarnings(client as Parameters<typeof clientWarnings>[0], todayIso());

export function ClientForm({ groups: plainGroups, initial, submitLabel, onSubmit, onCancel }: Props) {
  const lists = usePickLists();
  const groups = useMemo(() => plainGroups.map((g) => ({ ...g, fields: withChoices(g.fields, lists) })), [plainGroups, lists]);
  const specs = useMemo(() => groups.flatMap((g) => g.fields), [groups]);
  const schema = useMemo(() => specFormSchema(clientSchema, specs, {}, warnings), [specs]);
  const form = useSchemaForm({
    schema,
    defaultValues: { ...toFormValues(initial, specs), [CONFIRM_WARNINGS]: false },
    issuesUnder: 'client',
    focusOnProblem: 'outcome',
    guardUnsaved: 'Client details',
  });
  const { setValue } = form;
  const fieldWarnings = useFieldWarnings(form.control, specs, {}, warnings, useCallback((v: false) => setValue(CONFIRM_WARNINGS, v), [setValue]));
  const pending = form.formState.isSubmitting;

  async function cancel() {
    if (!form.holdsUnsaved() || (await confirmLeave({ title: 'Cancel without saving?', leaveLabel: 'Throw away my changes' }))) onCancel();
  }

  return (
    <form onSubmit={form.submitWith(onSubmit)} noValidate aria-label="Client details">
      <FormAlert>{form.formMessage}</FormAlert>
      <FieldGroupsForm groups={groups} control={form.control} idPrefix="client" warnings={fieldWarnings} />
      <ConfirmWarnings control={form.control} idPrefix="client" count={fieldWarnings.size} />
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
