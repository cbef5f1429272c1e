import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<F extends FieldValues, T> = Omit<TextFieldProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'helperText'> & {
  /** The form's control, whatever its schema turns the values into (`T`). */
  control: Control<F, unknown, T>;
  name: Path<F>;
  /** Shown under the field until it has a problem; the problem replaces it. */
  hint?: ReactNode;
};

/** A text field (or select) bound to a react-hook-form field: its problem is its helper text. */
export function FormTextField<F extends FieldValues, T>({ control, name, hint, ...props }: Props<F, T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? hint}
        />
      )}
    />
  );
}
