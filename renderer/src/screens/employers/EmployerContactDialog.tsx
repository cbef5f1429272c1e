import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { CONTACT_KIND, EMPLOYER_CONTACT_KINDS, YES_NO_UNKNOWN } from '../../../../shared/codes';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { contactSchema } from '../../../../shared/records';
import { FormAlert } from '../../components/FormAlert';
import { isoFromUkText, issuesUnder, recordFormSchema } from '../../forms/record-form-schema';
import { useIpc } from '../../ipc';

export type EmployerContactRow = ChannelOutput<'contacts.listEmployer'>['rows'][number];

type Form = {
  date: string;
  employer: string;
  kind: string;
  specialist: string;
  client_id: string;
  client_preference_based: string;
};

// The label sits above the field (theme), so a select's outline needs no gap for it.
const NO_NOTCH = { '& .MuiOutlinedInput-notchedOutline legend': { maxWidth: '0.01px' } } as const;

const FIELDS = ['date', 'employer', 'kind', 'specialist', 'client_id', 'client_preference_based'] as const;

// Only employer kinds here: client contacts are logged on the client's record.
const formSchema = recordFormSchema(
  contactSchema.refine((c) => EMPLOYER_CONTACT_KINDS.includes(c.kind), { path: ['kind'], message: 'Choose an employer contact kind' }),
  (form: Form) => ({ ...form, date: isoFromUkText(form.date) ?? '' }),
  { date: 'Date' },
);

function formFrom(row: EmployerContactRow | null): Form {
  return {
    date: formatUkDate(row?.date ?? todayIso()),
    employer: row?.employer ?? '',
    kind: row?.kind ?? 'employer_face_to_face',
    specialist: row?.specialist ?? '',
    client_id: row?.client_id ?? '',
    client_preference_based: row?.client_preference_based ?? 'unknown',
  };
}

interface Props {
  /** The contact being edited, or null to add one. */
  editing: EmployerContactRow | null;
  onClose(): void;
  onSaved(): void;
}

export function EmployerContactDialog({ editing, onClose, onSaved }: Props) {
  const save = useIpc('contacts.save');
  const { register, control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: formFrom(editing),
  });
  const { errors } = formState;
  const errorCount = Object.keys(errors).length;

  const submit = handleSubmit(async (contact) => {
    const result = await save.run({ id: editing?.id ?? null, contact });
    if (result.ok) return onSaved();
    for (const { field, message } of issuesUnder('contact', result.error.issues)) {
      if ((FIELDS as readonly string[]).includes(field)) setError(field as (typeof FIELDS)[number], { message });
    }
  });

  const text = (name: (typeof FIELDS)[number], label: string, extra: { helperText?: string; required?: boolean } = {}) => (
    <TextField
      id={`contact-${name}`}
      label={label}
      {...register(name)}
      error={Boolean(errors[name])}
      helperText={errors[name]?.message ?? extra.helperText}
      required={extra.required}
      fullWidth
    />
  );

  return (
    <Dialog open onClose={onClose} aria-labelledby="contact-dialog-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id="contact-dialog-title">{editing ? 'Edit employer contact' : 'Add employer contact'}</DialogTitle>
        <DialogContent>
          <FormAlert>{errorCount > 0 ? (errorCount === 1 ? 'There is a problem: see the highlighted field.' : 'There are problems: see the highlighted fields.') : save.error?.message}</FormAlert>
          <Stack spacing={2}>
            {text('date', 'Date', { helperText: 'dd/mm/yyyy, for example 31/03/2026', required: true })}
            {text('employer', 'Employer', { required: true })}
            <Controller
              name="kind"
              control={control}
              render={({ field }) => (
                <TextField select id="contact-kind" label="Kind of contact" {...field} sx={NO_NOTCH} error={Boolean(errors.kind)} helperText={errors.kind?.message} required fullWidth>
                  {EMPLOYER_CONTACT_KINDS.map((kind) => (
                    <MenuItem key={kind} value={kind}>
                      {CONTACT_KIND.labels[kind as keyof typeof CONTACT_KIND.labels]}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            {text('specialist', 'Employment specialist')}
            {text('client_id', 'On behalf of client (client ID)', { helperText: 'Leave blank if the contact was not for one client' })}
            <Controller
              name="client_preference_based"
              control={control}
              render={({ field }) => (
                <TextField
                  select
                  id="contact-client_preference_based"
                  label="Based on a client's job preferences?"
                  {...field}
                  sx={NO_NOTCH}
                  error={Boolean(errors.client_preference_based)}
                  helperText={errors.client_preference_based?.message}
                  fullWidth
                >
                  {YES_NO_UNKNOWN.values.map((value) => (
                    <MenuItem key={value} value={value}>
                      {YES_NO_UNKNOWN.labels[value]}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={save.pending}>
            {editing ? 'Save changes' : 'Add contact'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
