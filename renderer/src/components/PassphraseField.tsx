import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { StrengthLabel } from '../forms/passphrase-strength';
import { usePassphraseStrength } from '../forms/use-passphrase-strength';
import { nhsColours } from '../theme';

interface Props<F extends FieldValues, T> {
  control: Control<F, unknown, T>;
  name: Path<F>;
  label: string;
  /**
   * For a new passphrase (not when unlocking): show the Weak/Good/Strong meter, judging it as the service
   * will, with these names (the service's, the person's) counted as easy to guess.
   */
  strengthAgainst?: readonly string[];
  autoComplete: 'new-password' | 'current-password';
  helperText?: string;
  disabled?: boolean;
}

const meterColour: Record<StrengthLabel, string> = {
  Weak: nhsColours.red,
  Good: nhsColours.warmYellow,
  Strong: nhsColours.green,
};

/** A passphrase input bound to a react-hook-form field; its problem replaces the hint. The field's name is its id. */
export function PassphraseField<F extends FieldValues, T>(props: Props<F, T>) {
  const { control, name } = props;
  return <Controller control={control} name={name} render={({ field, fieldState }) => <PassphraseInput {...props} field={field} problem={fieldState.error?.message} />} />;
}

interface InputProps<F extends FieldValues, T> extends Props<F, T> {
  field: { name: string; value: unknown; onChange(...event: unknown[]): void; onBlur(): void; ref(instance: unknown): void };
  problem: string | undefined;
}

function PassphraseInput<F extends FieldValues, T>({ name, label, strengthAgainst, autoComplete, helperText, disabled, field, problem }: InputProps<F, T>) {
  const value = typeof field.value === 'string' ? field.value : '';
  const strength = usePassphraseStrength(value, strengthAgainst ?? [], strengthAgainst !== undefined);
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
        error={Boolean(problem)}
        helperText={problem ?? hint}
        autoComplete={autoComplete}
        disabled={disabled}
        slotProps={{
          htmlInput: { spellCheck: false },
          // Announced when it changes from Weak to Good to Strong, not on every keystroke.
          formHelperText: { 'aria-live': 'polite' } as object,
        }}
      />
      {strength ? (
        <Box aria-hidden="true" sx={{ height: 6, bgcolor: '#D8DDE0', borderRadius: 3, mt: -0.5, mb: 1 }}>
          <Box data-strength={strength.label} sx={{ height: 6, width: `${strength.percent}%`, bgcolor: meterColour[strength.label], borderRadius: 3 }} />
        </Box>
      ) : null}
    </Box>
  );
}
