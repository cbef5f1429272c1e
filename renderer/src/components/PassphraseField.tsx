import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { passphraseStrength, type StrengthLabel } from '../forms/passphrase-strength';
import { nhsColours } from '../theme';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
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

export function PassphraseField({ id, label, value, onChange, error, showStrength, autoComplete, helperText, disabled }: Props) {
  const strength = showStrength && value.length > 0 ? passphraseStrength(value) : null;
  const hint = strength ? `Strength: ${strength.label}. ${strength.advice}` : helperText;
  return (
    <Box>
      <TextField
        id={id}
        name={id}
        label={label}
        type="password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={Boolean(error)}
        helperText={error ?? hint}
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
          <Box
            data-strength={strength.label}
            sx={{ height: 6, width: `${strength.score}%`, bgcolor: meterColour[strength.label], borderRadius: 3 }}
          />
        </Box>
      ) : null}
    </Box>
  );
}
