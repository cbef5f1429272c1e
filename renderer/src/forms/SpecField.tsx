import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { ClientPicker } from './ClientPicker';
import { DischargeReasonField } from './DischargeReasonField';
import { hintFor, type FieldSpec, type FormValues } from './field-spec';

interface Props {
  spec: FieldSpec;
  /** The form's control, whatever its schema turns the values into. */
  control: Control<FormValues, unknown, unknown>;
  /** Prefix for element ids, so two forms on one page never share an id. */
  idPrefix: string;
  /** The first field of a dialog takes focus when the dialog opens. */
  autoFocus?: boolean;
  /** A sense check on the value (a date in the future, before the referral): shown until it has a problem. */
  warning?: string;
}

/** A warning in the field's helper text: an icon and the words (the colour of ordinary text, for contrast). */
function warningText(message: string): ReactNode {
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'flex-start', color: 'text.primary', fontWeight: 700 }}>
      <WarningAmberIcon aria-hidden="true" sx={{ fontSize: 18, color: '#8A5A00' }} />
      <span>Check: {message}</span>
    </Box>
  );
}

/** One input of a record form, bound to react-hook-form; its problem is shown in its helper text. */
export function SpecField({ spec, control, idPrefix, autoFocus, warning }: Props) {
  const id = `${idPrefix}-${spec.name}`;
  const hint = hintFor(spec);
  return (
    <Controller
      name={spec.name}
      control={control}
      render={({ field, fieldState }) => {
        const message = fieldState.error?.message;
        const helperText = message ?? (warning ? warningText(warning) : hint);
        if (spec.kind === 'yesno') {
          return (
            <FormControl error={Boolean(message)}>
              <FormControlLabel
                control={
                  <Checkbox
                    id={id}
                    checked={field.value === true}
                    onChange={(e) => field.onChange(e.target.checked)}
                    onBlur={field.onBlur}
                    autoFocus={autoFocus}
                    slotProps={{ input: { ref: field.ref, 'aria-describedby': helperText ? `${id}-helper` : undefined } as object }}
                  />
                }
                label={spec.label}
              />
              {helperText && <FormHelperText id={`${id}-helper`} sx={{ mt: -0.5 }}>{helperText}</FormHelperText>}
            </FormControl>
          );
        }
        if (spec.kind === 'codes' && spec.list) {
          const chosen = Array.isArray(field.value) ? field.value : [];
          const toggle = (code: string, on: boolean) =>
            field.onChange(on ? [...chosen, code].filter((c, i, all) => all.indexOf(c) === i) : chosen.filter((c) => c !== code));
          return (
            <FormControl component="fieldset" error={Boolean(message)} aria-describedby={helperText ? `${id}-helper` : undefined}>
              <FormLabel component="legend">{spec.label}</FormLabel>
              <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2 }}>
                {spec.list.values.map((code) => (
                  <FormControlLabel
                    key={code}
                    control={<Checkbox checked={chosen.includes(code)} onChange={(e) => toggle(code, e.target.checked)} size="small" />}
                    label={spec.list?.labels[code] ?? code}
                  />
                ))}
              </FormGroup>
              {helperText && <FormHelperText id={`${id}-helper`}>{helperText}</FormHelperText>}
            </FormControl>
          );
        }
        if (spec.kind === 'reason') {
          return (
            <DischargeReasonField
              id={id}
              label={spec.label}
              value={typeof field.value === 'string' ? field.value : ''}
              onChange={field.onChange}
              error={message}
            />
          );
        }
        const common = {
          id,
          name: field.name,
          label: spec.label,
          value: typeof field.value === 'string' ? field.value : '',
          onChange: field.onChange,
          onBlur: field.onBlur,
          inputRef: field.ref,
          required: spec.required,
          error: Boolean(message),
          helperText,
          fullWidth: true,
          autoFocus,
        };
        if (spec.kind === 'client') {
          return (
            <ClientPicker
              id={id}
              label={spec.label}
              value={common.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={Boolean(message)}
              helperText={helperText}
              autoFocus={autoFocus}
            />
          );
        }
        if (spec.kind === 'pick') {
          const choices = spec.choices ?? [];
          const offList = common.value !== '' && !choices.some((c) => c.value === common.value);
          return (
            <TextField {...common} select margin="none" slotProps={{ select: { native: true } }}>
              <option value="">Not recorded</option>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
              {/* A name stored before the list, kept until someone chooses from the list (Data quality can merge it). */}
              {offList ? <option value={common.value}>{common.value} (not on the list)</option> : null}
            </TextField>
          );
        }
        if (spec.kind === 'code' && spec.list) {
          return (
            <TextField {...common} select margin="none" slotProps={{ select: { native: true } }}>
              <option value="">{spec.required ? 'Choose…' : 'Not recorded'}</option>
              {spec.list.values.map((code) => (
                <option key={code} value={code}>
                  {spec.list?.labels[code] ?? code}
                </option>
              ))}
            </TextField>
          );
        }
        return (
          <TextField
            {...common}
            margin="none"
            placeholder={spec.kind === 'date' ? 'dd/mm/yyyy' : undefined}
            slotProps={{
              htmlInput: {
                inputMode: spec.kind === 'number' ? 'decimal' : spec.kind === 'nhs' ? 'numeric' : undefined,
                autoComplete: 'off',
              },
            }}
          />
        );
      }}
    />
  );
}
