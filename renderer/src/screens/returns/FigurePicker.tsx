import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { searchFigureChoices, type FigureChoice } from '../../../../shared/returns';
import { nhsColours } from '../../theme';

interface Props {
  /** The cell being mapped, as `'ICB return'!B4`; null when the picker is closed. */
  where: string | null;
  current: string | null;
  choices: readonly FigureChoice[];
  pending: boolean;
  onChoose(figure: string): void;
  onClose(): void;
}

/**
 * Which figure a cell gets: every figure a return can hold, searchable by any words of its name or id,
 * each with the rule that counts it (so the manager maps what the commissioner means, not a look-alike).
 */
export function FigurePicker({ where, current, choices, pending, onChoose, onClose }: Props) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchFigureChoices(choices, query), [choices, query]);
  const close = () => {
    setQuery('');
    onClose();
  };
  const groups = useMemo(() => [...new Set(found.map((c) => c.group))].map((group) => ({ group, items: found.filter((c) => c.group === group) })), [found]);

  return (
    <Dialog open={where !== null} onClose={close} maxWidth="md" fullWidth aria-labelledby="figure-picker-title">
      <DialogTitle id="figure-picker-title">Choose the figure for {where}</DialogTitle>
      <DialogContent dividers sx={{ pt: 1 }}>
        <TextField
          autoFocus
          id="figure-search"
          label="Search figures"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          helperText="Type any words of the figure’s name, e.g. “job starts people” or “sustained 13”"
          size="small"
          fullWidth
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon aria-hidden="true" /></InputAdornment> } }}
          sx={{ mb: 1 }}
        />
        <Typography role="status" sx={{ mb: 1, color: 'text.secondary' }}>
          {found.length === 1 ? '1 figure' : `${found.length} figures`}
          {query.trim() ? ` match “${query.trim()}”` : ''}
        </Typography>
        {groups.map(({ group, items }) => (
          <Box component="section" key={group} aria-label={group} sx={{ mb: 2 }}>
            <Typography component="h3" sx={{ fontWeight: 700, fontSize: '1rem', mb: 0.5 }}>
              {group}
            </Typography>
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {items.map((c) => (
                <li key={c.figure}>
                  <Box
                    component="button"
                    type="button"
                    data-figure={c.figure}
                    disabled={pending}
                    onClick={() => {
                      setQuery('');
                      onChoose(c.figure);
                    }}
                    aria-current={c.figure === current ? 'true' : undefined}
                    sx={{
                      display: 'block',
                      width: '100%',
                      textAlign: 'left',
                      font: 'inherit',
                      color: nhsColours.text,
                      bgcolor: c.figure === current ? '#E2F2E8' : nhsColours.white,
                      border: `1px solid ${nhsColours.border}`,
                      borderRadius: 1,
                      p: 1,
                      mb: 0.75,
                      cursor: 'pointer',
                      '&:hover': { bgcolor: '#E3EEF9' },
                      '&:focus-visible': { outline: `3px solid ${nhsColours.focus}`, boxShadow: `0 0 0 6px ${nhsColours.focusText}` },
                    }}
                  >
                    <Box component="span" sx={{ display: 'block', fontWeight: 700 }}>
                      {c.title}
                      {c.figure === current ? ' (chosen now)' : ''}
                    </Box>
                    <Box component="span" sx={{ display: 'block', fontSize: '0.875rem', color: nhsColours.secondaryText }}>
                      <Box component="code" sx={{ fontSize: '0.8125rem' }}>{c.figure}</Box> · {c.rule}
                    </Box>
                  </Box>
                </li>
              ))}
            </Box>
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
      </DialogActions>
    </Dialog>
  );
}
