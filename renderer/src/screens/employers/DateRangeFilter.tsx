import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { parseUkDate, type IsoDate } from '../../../../shared/dates';

export interface DateRange {
  from: IsoDate | null;
  to: IsoDate | null;
}

/** From and to dates typed dd/mm/yyyy; either may be blank. Applied on submit so typing does not reload. */
export function DateRangeFilter({ onApply }: { onApply(range: DateRange): void }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  function apply(event: FormEvent) {
    event.preventDefault();
    const range = { from: from.trim() ? parseUkDate(from) : null, to: to.trim() ? parseUkDate(to) : null };
    const next: { from?: string; to?: string } = {};
    if (from.trim() && !range.from) next.from = 'From must be a real date, written dd/mm/yyyy';
    if (to.trim() && !range.to) next.to = 'To must be a real date, written dd/mm/yyyy';
    if (range.from && range.to && range.to < range.from) next.to = 'To must be on or after From';
    setErrors(next);
    if (!next.from && !next.to) onApply(range);
  }

  function clear() {
    setFrom('');
    setTo('');
    setErrors({});
    onApply({ from: null, to: null });
  }

  return (
    <Box component="form" noValidate onSubmit={apply} aria-label="Dates" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}>
      <TextField id="range-from" label="From" size="small" fullWidth={false} margin="none" sx={{ width: 180 }} value={from} onChange={(e) => setFrom(e.target.value)} error={Boolean(errors.from)} helperText={errors.from ?? 'dd/mm/yyyy'} />
      <TextField id="range-to" label="To" size="small" fullWidth={false} margin="none" sx={{ width: 180 }} value={to} onChange={(e) => setTo(e.target.value)} error={Boolean(errors.to)} helperText={errors.to ?? 'dd/mm/yyyy'} />
      <Button type="submit" variant="outlined" sx={{ mt: 3.5 }}>
        Show these dates
      </Button>
      <Button type="button" onClick={clear} sx={{ mt: 3.5 }}>
        All dates
      </Button>
    </Box>
  );
}
