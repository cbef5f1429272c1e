import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { passphraseStrength, type StrengthLabel } from '../forms/passphrase-strength';
import { nhsColours } from '../theme';

interface Props<F extends FieldValues, T> {
  control: Control<F, unknown, T>;
  name: Path<F>;
  label: string;
  /** Show the Weak/Fair/Strong hint (for a new passphrase, not when unlocking). */
  showStrength?: boolean;
  autoComplete: 'new-password' | 'current-password';
  helperText?: string;
  disabled?: boolean;
}

const meterColour: Record<StrengthLabel, string> = {
  Weak: nhsColours.red,
  Fair: nhsColours.warmYellow,
  Strong: nhsColours.green,
};

/** A passphrase input bound to a react-hook-form field; its problem replaces the hint. The field's name is its id. */
export function PassphraseField<F extends FieldValues, T>({ control, name, label, showStrength, autoComplete, helperText, disabled }: Props<F, T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = typeof field.value === 'string' ? field.value : '';
        const strength = showStrength && value.length > 0 ? passphraseStrength(value) : null;
        const hint = strength ? `Strength: ${strength.label}. ${strength.advice}` : helperText;
        return (
          <Box>
            <TextField
              id={name}
              name={field.name}
              label={label}
              type="password"
              value={value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message ?? hint}
              autoComplete={autoComplete}
              disabled={disabled}
              slotProps={{
                htmlInput: { spellCheck: false },
                // Announced when it changes from Weak to Fair to Strong, not on every keystroke.
                formHelperText: { 'aria-live': 'polite' } as object,
              }}
            />
            {strength ? (
              <Box aria-hidden="true" sx={{ height: 6, bgcolor: '#D8DDE0', borderRadius: 3, mt: -0.5, mb: 1 }}>
                <Box data-strength={strength.label} sx={{ height: 6, width: `${strength.score}%`, bgcolor: meterColour[strength.label], borderRadius: 3 }} />
              </Box>
            ) : null}
          </Box>
        );
      }}
    />
  );
}
