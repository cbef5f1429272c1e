import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useForm } from 'react-hook-form';
import { formatUkDate } from '../../../../shared/dates';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { staffSchema } from '../../../../shared/records';
import { FormAlert } from '../../components/FormAlert';
import { isoFromUkText, issuesUnder, recordFormSchema } from '../../forms/record-form-schema';
import { useIpc } from '../../ipc';

export type StaffRow = ChannelOutput<'staff.list'>['rows'][number];

type Form = { name: string; fte: string; start_date: string; end_date: string };
const FIELDS = ['name', 'fte', 'start_date', 'end_date'] as const;

/** FTE typed as text: blank is allowed (null); anything else must be a number, which staffSchema then bounds. */
function fteFrom(text: string): number | null {
  const trimmed = text.trim();
  return trimmed ? Number(trimmed) : null;
}

const formSchema = recordFormSchema(
  staffSchema,
  (form: Form) => ({ name: form.name, fte: fteFrom(form.fte), start_date: isoFromUkText(form.start_date), end_date: isoFromUkText(form.end_date) }),
  { start_date: 'Start date', end_date: 'End date' },
);

function formFrom(row: StaffRow | null): Form {
  return {
    name: row?.name ?? '',
    fte: row?.fte === null || row?.fte === undefined ? '' : String(row.fte),
    start_date: formatUkDate(row?.start_date),
    end_date: formatUkDate(row?.end_date),
  };
}

interface Props {
  editing: StaffRow | null;
  onClose(): void;
  onSaved(name: string): void;
}

export function StaffDialog({ editing, onClose, onSaved }: Props) {
  const save = useIpc('staff.save');
  const { register, handleSubmit, setError, formState } = useForm({ resolver: zodResolver(formSchema), defaultValues: formFrom(editing) });
  const { errors } = formState;
  const errorCount = Object.keys(errors).length;

  const submit = handleSubmit(async (staff) => {
    const result = await save.run({ id: editing?.id ?? null, staff });
    if (result.ok) return onSaved(staff.name);
    for (const { field, message } of issuesUnder('staff', result.error.issues)) {
      if ((FIELDS as readonly string[]).includes(field)) setError(field as (typeof FIELDS)[number], { message });
    }
  });

  const text = (name: (typeof FIELDS)[number], label: string, hint?: string, extra: { required?: boolean; inputMode?: 'decimal' } = {}) => (
    <TextField
      id={`staff-${name}`}
      label={label}
      {...register(name)}
      error={Boolean(errors[name])}
      helperText={errors[name]?.message ?? hint}
      required={extra.required}
      slotProps={extra.inputMode ? { htmlInput: { inputMode: extra.inputMode } } : undefined}
      fullWidth
    />
  );

  return (
    <Dialog open onClose={onClose} aria-labelledby="staff-dialog-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id="staff-dialog-title">{editing ? `Edit ${editing.name}` : 'Add a member of staff'}</DialogTitle>
        <DialogContent>
          <FormAlert>{errorCount > 0 ? (errorCount === 1 ? 'There is a problem: see the highlighted field.' : 'There are problems: see the highlighted fields.') : save.error?.message}</FormAlert>
          <Stack spacing={2}>
            {text('name', 'Name', undefined, { required: true })}
            {text('fte', 'FTE (full-time equivalent)', '1 = full time, 0.5 = half time', { inputMode: 'decimal' })}
            {text('start_date', 'Start date', 'dd/mm/yyyy, for example 01/04/2025')}
            {text('end_date', 'End date', 'Leave blank while they are in post')}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={save.pending}>
            {editing ? 'Save changes' : 'Add staff member'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
