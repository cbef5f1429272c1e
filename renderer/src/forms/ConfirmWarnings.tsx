import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { useEffect } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { CONFIRM_WARNINGS, warningsByField, type FieldSpec, type FormValues, type RecordWarnings } from './field-spec';

/**
 * The sense checks of a record form as the person types: each field's warning (for SpecField), and, when
 * there are any, the box that confirms the dates are right. A confirmation is for the warnings it was given:
 * when they change, it must be given again.
 */
export function useFieldWarnings(control: Control<FormValues, unknown, unknown>, specs: readonly FieldSpec[], fixed: Record<string, unknown>, warnings: RecordWarnings | undefined, reset: (confirmed: false) => void): Map<string, string> {
  const values = useWatch({ control }) as FormValues;
  const found = warningsByField(values, specs, fixed, warnings);
  const key = [...found.values()].join('\n');
  useEffect(() => {
    reset(false);
  }, [key, reset]);
  return found;
}

/** "These dates are right": shown only while a sense check questions a date. */
export function ConfirmWarnings({ control, idPrefix, count }: { control: Control<FormValues, unknown, unknown>; idPrefix: string; count: number }) {
  if (count === 0) return null;
  const id = `${idPrefix}-${CONFIRM_WARNINGS}`;
  return (
    <Controller
      name={CONFIRM_WARNINGS}
      control={control}
      render={({ field, fieldState }) => (
        <FormControl error={Boolean(fieldState.error)} sx={{ gridColumn: '1 / -1' }}>
          <FormControlLabel
            control={
              <Checkbox
                id={id}
                checked={field.value === true}
                onChange={(e) => field.onChange(e.target.checked)}
                onBlur={field.onBlur}
                slotProps={{ input: { ref: field.ref, 'aria-invalid': Boolean(fieldState.error), 'aria-describedby': fieldState.error ? `${id}-helper` : undefined } as object }}
              />
            }
            label={count === 1 ? 'The date marked "Check" is right: save it as it is' : 'The dates marked "Check" are right: save them as they are'}
          />
          {fieldState.error ? <FormHelperText id={`${id}-helper`}>{fieldState.error.message}</FormHelperText> : null}
        </FormControl>
      )}
    />
  );
}
