import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { z } from 'zod';
import type { IpcError } from '../../../shared/ipc/result';
import { confirmLeave } from '../app/unsaved-changes';
import { FormAlert } from '../components/FormAlert';
import { ConfirmWarnings, useFieldWarnings } from './ConfirmWarnings';
import { CONFIRM_WARNINGS, specFormSchema, type FieldSpec, type FormValues, type RecordWarnings } from './field-spec';
import { usePickLists, withChoices } from './pick-lists';
import { SpecField } from './SpecField';
import { useSchemaForm } from './use-schema-form';

export interface RecordFormDialogProps<S extends z.ZodType> {
  title: string;
  /** Prefix for element ids, so two forms on one page never share an id. */
  idPrefix: string;
  fields: readonly FieldSpec[];
  /** The record's shared schema (or one derived from it), the one the service runs. */
  schema: S;
  /** The key the call nests the record under (`job` in `{ id, job }`), as the service's issues name it. */
  recordKey?: string;
  initialValues: FormValues;
  /** Fields that are not inputs, such as the client the record belongs to. */
  fixed?: Record<string, unknown>;
  /** Saves the checked record; resolves to the service's refusal, or null once saved. */
  save(record: z.output<S>): Promise<IpcError | null>;
  onClose(): void;
  submitLabel?: string;
  /** Text above the fields. */
  intro?: ReactNode;
  /** Sense checks on the record (dates in the future or before the referral): shown at their fields, confirmed before saving. */
  warnings?: RecordWarnings;
}

/**
 * Add or edit one record in a dialog: jobs, contacts (on a client's record and in the employer contacts
 * log alike), activities, wellbeing scores, staff, a discharge. Checked with its shared schema. It opens
 * with focus on its first field, and closing it (Esc, Cancel, a click outside) with typing not yet saved
 * asks first.
 */
export function RecordFormDialog<S extends z.ZodType>(props: RecordFormDialogProps<S>) {
  const { title, idPrefix, schema, recordKey, initialValues, fixed, save, onClose, submitLabel = 'Save', intro, warnings } = props;
  const lists = usePickLists();
  const fields = useMemo(() => withChoices(props.fields, lists), [props.fields, lists]);
  const formSchema = useMemo(() => specFormSchema(schema, fields, fixed, warnings), [schema, fields, fixed, warnings]);
  const form = useSchemaForm({ schema: formSchema, defaultValues: { ...initialValues, [CONFIRM_WARNINGS]: false }, issuesUnder: recordKey, guardUnsaved: title });
  const { setValue } = form;
  const fieldWarnings = useFieldWarnings(form.control, fields, fixed ?? {}, warnings, useCallback((v: false) => setValue(CONFIRM_WARNINGS, v), [setValue]));
  const pending = form.formState.isSubmitting;
  const titleId = `${idPrefix}-dialog-title`;

  async function requestClose() {
    if (!form.holdsUnsaved() || (await confirmLeave({ title: 'Close without saving?', leaveLabel: 'Close without saving' }))) onClose();
  }

  return (
    <Dialog open onClose={() => void requestClose()} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form onSubmit={form.submitWith(save)} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <FormAlert>{form.formMessage}</FormAlert>
          {intro}
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2.5, pt: 1, alignItems: 'start' }}>
            {fields.map((spec, index) => (
              <Box key={spec.name} sx={spec.wide ? { gridColumn: '1 / -1' } : undefined}>
                <SpecField spec={spec} control={form.control} idPrefix={idPrefix} autoFocus={index === 0} warning={fieldWarnings.get(spec.name)} />
              </Box>
            ))}
            <ConfirmWarnings control={form.control} idPrefix={idPrefix} count={fieldWarnings.size} />
          </Box>
        </DialogContent>
        <DialogActions sx={{ p: 2 }}>
          <Button onClick={() => void requestClose()}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Saving…' : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
