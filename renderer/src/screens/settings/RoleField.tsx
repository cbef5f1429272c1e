import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/roles';

/** What each role may do, in the words the manager chooses by (shared/ipc/access.ts is the rule itself). */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  manager: 'Everything: also users, backups, retention, the audit trail and the service settings.',
  specialist: 'Keeps client records, runs and exports reports, drafts fidelity reviews.',
  viewer: 'Reads records and reports; cannot change anything.',
};

// Most to least: the manager reads the most powerful choice first.
const ROLES_SHOWN = [...ROLES].reverse();

interface Props<F extends FieldValues, T> {
  control: Control<F, unknown, T>;
  name: Path<F>;
  idPrefix: string;
  legend: string;
}

/** The three roles as radio buttons, each with what it allows; its problem shown under them. */
export function RoleField<F extends FieldValues, T>({ control, name, idPrefix, legend }: Props<F, T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl component="fieldset" error={Boolean(fieldState.error)} sx={{ mt: 2 }}>
          <FormLabel component="legend" sx={{ fontWeight: 700, color: 'text.primary' }}>
            {legend}
          </FormLabel>
          <RadioGroup name={field.name} value={field.value ?? ''} onChange={(event) => field.onChange(event.target.value)}>
            {ROLES_SHOWN.map((role) => (
              <FormControlLabel
                key={role}
                value={role}
                sx={{ alignItems: 'flex-start', mt: 1 }}
                control={<Radio id={`${idPrefix}-role-${role}`} slotProps={{ input: { ref: role === field.value ? field.ref : undefined } as object }} sx={{ pt: 0.25 }} />}
                label={
                  <>
                    <Typography component="span" sx={{ fontWeight: 700, display: 'block' }}>
                      {ROLE_LABELS[role]}
                    </Typography>
                    <Typography component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                      {ROLE_DESCRIPTIONS[role]}
                    </Typography>
                  </>
                }
              />
            ))}
          </RadioGroup>
          {fieldState.error ? <FormHelperText>{fieldState.error.message}</FormHelperText> : null}
        </FormControl>
      )}
    />
  );
}
