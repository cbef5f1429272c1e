import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useMemo, useState, type FormEvent } from 'react';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { financialYearOf, periodOptions } from '../../../../shared/period';
import { checkPeriodChoice, type PeriodChoice, type PeriodChoiceErrors } from './period-choice';

export type AppliedPeriod = { period: string; asOf: string };

/** The period a report is for: a financial year or quarter from a list, or a custom range; plus an as-of date. */
export function initialAppliedPeriod(today = todayIso()): AppliedPeriod {
  return { period: financialYearOf(today), asOf: today };
}

type Props = { idPrefix: string; initial: AppliedPeriod; onApply: (applied: AppliedPeriod) => void; pending?: boolean };

export function PeriodPicker({ idPrefix, initial, onApply, pending }: Props) {
  const options = useMemo(() => periodOptions(todayIso()), []);
  const [choice, setChoice] = useState<PeriodChoice>({
    mode: initial.period.includes('..') ? 'custom' : 'listed',
    listed: initial.period.includes('..') ? (options[0]?.value ?? '') : initial.period,
    from: '',
    to: '',
    asOf: formatUkDate(initial.asOf),
  });
  const [errors, setErrors] = useState<PeriodChoiceErrors>({});
  const set = (patch: Partial<PeriodChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPeriodChoice(choice);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onApply({ period: checked.period, asOf: checked.asOf });
  };

  const dateField = (name: 'from' | 'to' | 'asOf', label: string) => (
    <TextField
      id={id(name)}
      label={label}
      value={choice[name]}
      onChange={(e) => set({ [name]: e.target.value })}
      error={errors[name] !== undefined}
      helperText={errors[name] ?? 'dd/mm/yyyy'}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      size="small"
      sx={{ width: 200 }}
    />
  );

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Reporting period" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <RadioGroup
        row
        aria-label="Kind of period"
        value={choice.mode}
        onChange={(e) => set({ mode: e.target.value as PeriodChoice['mode'] })}
        sx={{ width: '100%' }}
      >
        <FormControlLabel value="listed" control={<Radio />} label="Financial year or quarter" />
        <FormControlLabel value="custom" control={<Radio />} label="Date range" />
      </RadioGroup>
      {choice.mode === 'listed' ? (
        <TextField
          id={id('listed')}
          select
          label="Period"
          value={choice.listed}
          onChange={(e) => set({ listed: e.target.value })}
          size="small"
          sx={{ width: 360, flex: '0 0 auto' }}
        >
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value} sx={o.kind === 'year' ? { fontWeight: 700 } : { pl: 4 }}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <>
          {dateField('from', 'From')}
          {dateField('to', 'To')}
        </>
      )}
      {dateField('asOf', 'Figures as of')}
      <Button type="submit" variant="contained" disabled={pending} sx={{ mt: 0.25 }}>
        Show figures
      </Button>
    </Box>
  );
}
