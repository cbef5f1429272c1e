import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { parseUkDate, type IsoDate } from '../../../../shared/dates';
import { channels } from '../../../../shared/ipc/contract';
import { FormAlert } from '../../components/FormAlert';
import { formSchema, type FormChecks } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';

export interface DateRange {
  from: IsoDate | null;
  to: IsoDate | null;
}

type RangeForm = { from: string; to: string };

function rangeOf(form: RangeForm): DateRange {
  return { from: form.from.trim() ? parseUkDate(form.from) : null, to: form.to.trim() ? parseUkDate(form.to) : null };
}

/** Dates typed dd/mm/yyyy (the list call takes ISO and checks nothing else), and To not before From. */
const rangeFormSchema = formSchema(channels['contacts.listEmployer'].input, rangeOf, (form: RangeForm): FormChecks => {
  const range = rangeOf(form);
  return {
    from: form.from.trim() && !range.from ? 'From must be a real date, written dd/mm/yyyy' : undefined,
    to:
      form.to.trim() && !range.to
        ? 'To must be a real date, written dd/mm/yyyy'
        : range.from && range.to && range.to < range.from
          ? 'To must be on or after From'
          : undefined,
  };
});

const EMPTY: RangeForm = { from: '', to: '' };

/** From and to dates typed dd/mm/yyyy; either may be blank. Applied on submit so typing does not reload. */
export function DateRangeFilter({ onApply }: { onApply(range: DateRange): void }) {
  const form = useSchemaForm({ schema: rangeFormSchema, defaultValues: EMPTY });

  function clear() {
    form.reset(EMPTY);
    form.setFormMessage(null);
    onApply({ from: null, to: null });
  }

  const dateField = (name: keyof RangeForm, label: string) => (
    <FormTextField control={form.control} name={name} id={`range-${name}`} label={label} hint="dd/mm/yyyy" size="small" fullWidth={false} margin="none" sx={{ width: 180 }} />
  );

  return (
    <Box
      component="form"
      noValidate
      onSubmit={form.submitWith(async (range) => {
        onApply({ from: range.from ?? null, to: range.to ?? null });
        return null;
      })}
      aria-label="Dates"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}
    >
      {form.formMessage && (
        <Box sx={{ width: '100%' }}>
          <FormAlert>{form.formMessage}</FormAlert>
        </Box>
      )}
      {dateField('from', 'From')}
      {dateField('to', 'To')}
      <Button type="submit" variant="outlined" sx={{ mt: 3.5 }}>
        Show these dates
      </Button>
      <Button type="button" onClick={clear} sx={{ mt: 3.5 }}>
        All dates
      </Button>
    </Box>
  );
}
