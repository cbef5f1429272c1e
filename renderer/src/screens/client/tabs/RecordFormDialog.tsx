import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { IpcError } from '../../../../../shared/ipc/result';
import { FormAlert } from '../../../components/FormAlert';
import { summaryFor } from '../../../forms/field-errors';
import { toSchemaInput, type FieldSpec, type FormValues } from '../form/field-spec';
import { schemaResolver } from '../form/schema-resolver';
import { placeServiceIssues } from '../form/server-issues';
import { SpecField } from '../form/SpecField';

export interface RecordFormDialogProps<S extends z.ZodType> {
  title: string;
  idPrefix: string;
  fields: readonly FieldSpec[];
  schema: S;
  /** The key the service nests the record under (`job` in `{ id, job }`), to place its issues. */
  recordKey: string;
  initialValues: FormValues;
  /** Fields that are not inputs, such as the client the record belongs to. */
  fixed: Record<string, unknown>;
  save(record: z.output<S>): Promise<IpcError | null>;
  onClose(): void;
}

/** Add or edit one record (job, contact…) in a dialog, checked with its shared schema. */
export function RecordFormDialog<S extends z.ZodType>({ title, idPrefix, fields, schema, recordKey, initialValues, fixed, save, onClose }: RecordFormDialogProps<S>) {
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { control, handleSubmit, setError } = useForm<FormValues>({
    defaultValues: initialValues,
    resolver: schemaResolver(schema, fields, () => fixed),
    reValidateMode: 'onBlur',
  });
  const titleId = `${idPrefix}-dialog-title`;

  const submit = handleSubmit(
    async (values) => {
      setFormMessage(null);
      setPending(true);
      const error = await save(schema.parse({ ...toSchemaInput(values, fields), ...fixed }));
      setPending(false);
      if (!error) return;
      const { placed, unplaced } = placeServiceIssues(error, recordKey, fields.map((f) => f.name));
      for (const [field, message] of Object.entries(placed)) setError(field, { type: 'service', message }, { shouldFocus: true });
      setFormMessage(Object.keys(placed).length > 0 && unplaced.length === 0 ? summaryFor(placed) : error.message);
    },
    (errors) => setFormMessage(summaryFor(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v?.message])))),
  );

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <FormAlert>{formMessage}</FormAlert>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2.5, pt: 1, alignItems: 'start' }}>
            {fields.map((spec) => (
              <Box key={spec.name} sx={spec.wide ? { gridColumn: '1 / -1' } : undefined}>
                <SpecField spec={spec} control={control} idPrefix={idPrefix} />
              </Box>
            ))}
          </Box>
        </DialogContent>
        <DialogActions sx={{ p: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Saving…' : 'Save'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
