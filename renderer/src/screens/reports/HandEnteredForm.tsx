import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { todayIso } from '../../../../shared/dates';
import { financialYearsBetween } from '../../../../shared/period';
import {
  HAND_ENTERED_ITEMS, STATEMENT_ANSWERS, STATEMENT_ANSWER_LABELS, handEnteredFiguresSchema, type HandEnteredItemDefinition,
} from '../../../../shared/sainsbury-a';
import { FormAlert } from '../../components/FormAlert';
import { call } from '../../ipc';
import { draftsFrom, entriesFrom, itemErrorsFrom, type Drafts, type ItemDraft, type ItemErrors } from './hand-entered-form-model';

/** Sainsbury A items 1–13 and D7 for one financial year, each with its source and the year it relates to. */
export function HandEnteredForm({ initialYear }: { initialYear: string }) {
  const years = useMemo(() => {
    const today = todayIso();
    return financialYearsBetween(`${Number(today.slice(0, 4)) - 4}-04-01`, today);
  }, []);
  const [year, setYear] = useState(initialYear);
  const [drafts, setDrafts] = useState<Drafts | null>(null);
  const [errors, setErrors] = useState<ItemErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let live = true;
    setDrafts(null);
    void call('handEntered.get', { financialYear: year }).then((r) => {
      if (!live) return;
      if (r.ok) setDrafts(draftsFrom(r.data.items));
      else setMessage(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [year]);

  const change = (key: string, patch: Partial<ItemDraft>) => {
    setSaved(false);
    setDrafts((d) => (d ? { ...d, [key]: { ...(d[key] ?? { value: '', source: '', year: '' }), ...patch } } : d));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!drafts) return;
    const input = { financialYear: year, items: entriesFrom(HAND_ENTERED_ITEMS, drafts) };
    const checked = handEnteredFiguresSchema.safeParse(input);
    if (!checked.success) {
      setErrors(itemErrorsFrom(checked.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })), HAND_ENTERED_ITEMS));
      setMessage('Some figures need attention: see the highlighted fields.');
      return;
    }
    setPending(true);
    const r = await call('handEntered.save', input);
    setPending(false);
    if (!r.ok) {
      setErrors(itemErrorsFrom(r.error.issues ?? [], HAND_ENTERED_ITEMS));
      setMessage(r.error.message);
      return;
    }
    setErrors({});
    setMessage(null);
    setDrafts(draftsFrom(r.data.items));
    setSaved(true);
  };

  return (
    <Box component="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="hand-entered-heading">
      <Typography variant="h2" id="hand-entered-heading" sx={{ mb: 1 }}>
        Local context (Sainsbury A) and D7
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: 900 }}>
        Figures no record holds, typed in once a year. Give the source of each figure and the year it relates to. They appear in the
        reports for that financial year.
      </Typography>
      <TextField id="hand-entered-year" select label="Financial year" value={year} onChange={(e) => setYear(e.target.value)} size="small" sx={{ mb: 2, width: 200, display: 'flex' }}>
        {years.map((y) => (
          <MenuItem key={y} value={y}>{y}</MenuItem>
        ))}
      </TextField>
      <FormAlert>{message}</FormAlert>
      {saved && <Alert severity="success" sx={{ mb: 2 }}>Saved the figures for {year}.</Alert>}
      {drafts === null ? (
        <Typography>Loading…</Typography>
      ) : (
        HAND_ENTERED_ITEMS.map((def) => <ItemFields key={def.key} def={def} draft={drafts[def.key]} errors={errors} onChange={change} />)
      )}
      <Button type="submit" variant="contained" disabled={pending || drafts === null} sx={{ mt: 1 }}>
        Save figures for {year}
      </Button>
    </Box>
  );
}

type ItemProps = { def: HandEnteredItemDefinition; draft: ItemDraft | undefined; errors: ItemErrors; onChange: (key: string, patch: Partial<ItemDraft>) => void };

function ItemFields({ def, draft, errors, onChange }: ItemProps) {
  const d = draft ?? { value: '', source: '', year: '' };
  const name = `${def.section}${def.number}`;
  const id = (field: string) => `hand-${def.key}-${field}`;
  const err = (field: string) => errors[`${def.key}.${field}`];
  return (
    <Paper variant="outlined" component="fieldset" sx={{ p: 2, mb: 1.5, border: 1, borderColor: 'divider' }}>
      <Typography component="legend" sx={{ fontWeight: 700, px: 0.5 }}>
        {name}. {def.text}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1 }}>
        {def.kind === 'percent' ? (
          <TextField id={id('value')} label={`${name} value (%)`} value={d.value} onChange={(e) => onChange(def.key, { value: e.target.value })}
            error={!!err('value')} helperText={err('value') ?? '0 to 100'} size="small" sx={{ width: 160 }} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        ) : (
          <TextField id={id('value')} select label={`${name} answer`} value={d.value} onChange={(e) => onChange(def.key, { value: e.target.value })}
            error={!!err('value')} helperText={err('value') ?? ' '} size="small" sx={{ width: 160 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
            <MenuItem value="">Not answered</MenuItem>
            {STATEMENT_ANSWERS.map((a) => <MenuItem key={a} value={a}>{STATEMENT_ANSWER_LABELS[a]}</MenuItem>)}
          </TextField>
        )}
        <TextField id={id('source')} label={`${name} source`} value={d.source} onChange={(e) => onChange(def.key, { source: e.target.value })}
          error={!!err('source')} helperText={err('source') ?? `For example: ${def.suggestedSource}`} size="small" sx={{ flex: '1 1 360px' }} />
        <TextField id={id('year')} label={`${name} year of figure`} value={d.year} onChange={(e) => onChange(def.key, { year: e.target.value })}
          error={!!err('year')} helperText={err('year') ?? 'e.g. 2024'} size="small" sx={{ width: 180 }} />
      </Box>
    </Paper>
  );
}
