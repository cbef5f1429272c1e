import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { financialYearOf, periodOptions } from '../../../../shared/period';
import { FormAlert } from '../../components/FormAlert';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';
import { periodFormSchema } from './period-choice';

export type AppliedPeriod = { period: string; asOf: string };

/** The period a report is for: a financial year or quarter from a list, or a custom range; plus an as-of date. */
export function initialAppliedPeriod(today = todayIso()): AppliedPeriod {
  return { period: financialYearOf(today), asOf: today };
}

type Props = { idPrefix: string; initial: AppliedPeriod; onApply: (applied: AppliedPeriod) => void; pending?: boolean; submitLabel?: string };

export function PeriodPicker({ idPrefix, initial, onApply, pending, submitLabel = 'Show figures' }: Props) {
  const options = useMemo(() => periodOptions(todayIso()), []);
  const custom = initial.period.includes('..');
  const form = useSchemaForm({
    schema: periodFormSchema,
    defaultValues: { mode: custom ? ('custom' as const) : ('listed' as const), listed: custom ? (options[0]?.value ?? '') : initial.period, from: '', to: '', asOf: formatUkDate(initial.asOf) },
  });
  const mode = form.watch('mode');
  const id = (name: string) => `${idPrefix}-${name}`;

  const dateField = (name: 'from' | 'to' | 'asOf', label: string) => (
    <FormTextField
      control={form.control}
      name={name}
      id={id(name)}
      label={label}
      hint="dd/mm/yyyy"
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      size="small"
      sx={{ width: 200 }}
    />
  );

  return (
    <Box
      component="form"
      noValidate
      onSubmit={form.submitWith(async ({ period, asOf }) => {
        onApply({ period, asOf: asOf ?? initial.asOf });
        return null;
      })}
      aria-label="Reporting period"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}
    >
      {form.formMessage && (
        <Box sx={{ width: '100%' }}>
          <FormAlert>{form.formMessage}</FormAlert>
        </Box>
      )}
      <Controller
        control={form.control}
        name="mode"
        render={({ field }) => (
          <RadioGroup row aria-label="Kind of period" name={field.name} value={field.value} onChange={field.onChange} sx={{ width: '100%' }}>
            <FormControlLabel value="listed" control={<Radio />} label="Financial year or quarter" />
            <FormControlLabel value="custom" control={<Radio />} label="Date range" />
          </RadioGroup>
        )}
      />
      {mode === 'listed' ? (
        <FormTextField control={form.control} name="listed" id={id('listed')} select label="Period" size="small" sx={{ width: 360, flex: '0 0 auto' }}>
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value} sx={o.kind === 'year' ? { fontWeight: 700 } : { pl: 4 }}>
              {o.label}
            </MenuItem>
          ))}
        </FormTextField>
      ) : (
        <>
          {dateField('from', 'From')}
          {dateField('to', 'To')}
        </>
      )}
      {dateField('asOf', 'Figures as of')}
      <Button type="submit" variant="contained" disabled={pending} sx={{ mt: 0.25 }}>
        {submitLabel}
      </Button>
    </Box>
  );
}
