import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { Control } from 'react-hook-form';
import { todayIso } from '../../../../shared/dates';
import { financialYearsBetween } from '../../../../shared/period';
import { HAND_ENTERED_ITEMS, STATEMENT_ANSWERS, STATEMENT_ANSWER_LABELS, type HandEnteredItemDefinition } from '../../../../shared/sainsbury-a';
import { confirmLeave } from '../../app/unsaved-changes';
import { FormAlert } from '../../components/FormAlert';
import { SaveOutcome } from '../../forms/SaveOutcome';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';
import { figuresFormSchema, formFrom, type FiguresForm } from './hand-entered-form-model';

/** Sainsbury A items 1–13 and D7 for one financial year, each with its source and the year it relates to. */
export function HandEnteredForm({ initialYear }: { initialYear: string }) {
  const years = useMemo(() => {
    const today = todayIso();
    return financialYearsBetween(`${Number(today.slice(0, 4)) - 4}-04-01`, today);
  }, []);
  const [year, setYear] = useState(initialYear);
  const saved = useIpcQuery('handEntered.get', { financialYear: year });

  return (
    <Box component="section" aria-labelledby="hand-entered-heading">
      <Typography variant="h2" id="hand-entered-heading" sx={{ mb: 1 }}>
        Local context (Sainsbury A) and D7
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: 900 }}>
        Figures no record holds, typed in once a year. Give the source of each figure and the year it relates to. They appear in the
        reports for that financial year.
      </Typography>
      <TextField id="hand-entered-year" select label="Financial year" value={year} onChange={(e) => {
          const next = e.target.value;
          void confirmLeave().then((go) => go && setYear(next));
        }} size="small" sx={{ mb: 2, width: 200, display: 'flex' }}>
        {years.map((y) => (
          <MenuItem key={y} value={y}>{y}</MenuItem>
        ))}
      </TextField>
      <FormAlert>{saved.error?.message}</FormAlert>
      {saved.data ? <FiguresFormFields key={year} year={year} initial={formFrom(saved.data.items)} /> : <Typography>Loading…</Typography>}
    </Box>
  );
}

/** The figures of one year: the form starts from what is saved and is checked by the shared schema. */
function FiguresFormFields({ year, initial }: { year: string; initial: FiguresForm }) {
  const schema = useMemo(() => figuresFormSchema(year), [year]);
  // A long form: Save's outcome is shown beside the button as well as at the top, and takes focus.
  const form = useSchemaForm({ schema, defaultValues: initial, focusOnProblem: 'outcome', guardUnsaved: 'Hand-entered figures' });
  const save = useIpcMutation('handEntered.save');
  const [savedNow, setSavedNow] = useState(false);

  const submit = form.submitWith(async (figures) => {
    setSavedNow(false);
    const result = await save.run(figures);
    if (!result.ok) return result.error;
    form.reset(formFrom(result.data.items));
    setSavedNow(true);
    return null;
  });

  return (
    <form noValidate onSubmit={submit} aria-label={`Figures for ${year}`}>
      <FormAlert>{form.formMessage}</FormAlert>
      {savedNow && <Alert severity="success" sx={{ mb: 2 }}>Saved the figures for {year}.</Alert>}
      {HAND_ENTERED_ITEMS.map((def, index) => (
        <ItemFields key={def.key} def={def} index={index} control={form.control} />
      ))}
      <Button type="submit" variant="contained" disabled={form.formState.isSubmitting} sx={{ mt: 1 }}>
        Save figures for {year}
      </Button>
      <SaveOutcome problem={form.formMessage} saved={savedNow ? `Saved the figures for ${year}.` : null} attempt={form.formState.submitCount} />
    </form>
  );
}

function ItemFields<T>({ def, index, control }: { def: HandEnteredItemDefinition; index: number; control: Control<FiguresForm, unknown, T> }) {
  const name = `${def.section}${def.number}`;
  const id = (field: string) => `hand-${def.key}-${field}`;
  return (
    <Paper variant="outlined" component="fieldset" sx={{ p: 2, mb: 1.5, border: 1, borderColor: 'divider' }}>
      <Typography component="legend" sx={{ fontWeight: 700, px: 0.5 }}>
        {name}. {def.text}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1 }}>
        {def.kind === 'percent' ? (
          <FormTextField control={control} name={`items.${index}.value`} id={id('value')} label={`${name} value (%)`} hint="0 to 100"
            size="small" sx={{ width: 160 }} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        ) : (
          <FormTextField control={control} name={`items.${index}.value`} id={id('value')} select label={`${name} answer`} hint=" "
            size="small" sx={{ width: 160 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
            <MenuItem value="">Not answered</MenuItem>
            {STATEMENT_ANSWERS.map((a) => <MenuItem key={a} value={a}>{STATEMENT_ANSWER_LABELS[a]}</MenuItem>)}
          </FormTextField>
        )}
        <FormTextField control={control} name={`items.${index}.source`} id={id('source')} label={`${name} source`} hint={`For example: ${def.suggestedSource}`}
          size="small" sx={{ flex: '1 1 360px' }} />
        <FormTextField control={control} name={`items.${index}.year`} id={id('year')} label={`${name} year of figure`} hint="e.g. 2024"
          size="small" sx={{ width: 180 }} />
      </Box>
    </Paper>
  );
}
