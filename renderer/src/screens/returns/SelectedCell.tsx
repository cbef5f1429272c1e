import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { FigureChoice } from '../../../../shared/returns';
import { nhsColours } from '../../theme';
import { figureTitle, ORIGIN_TEXT, type FigurePlace, type PreviewValue } from './return-cells';

interface Props {
  where: string;
  templateText: string;
  placed: readonly FigurePlace[];
  values: readonly PreviewValue[] | undefined;
  choices: ReadonlyMap<string, FigureChoice>;
  /** Why this cell cannot be mapped here, or null when it can (or when mapping is not this person's to do). */
  cannotMap: string | null;
  pending: boolean;
  /** Null when this person may not map cells: the cell is shown, nothing to change it is offered. */
  actions: { onChoose(): void; onRemove(): void } | null;
}

/** The cell the grid has selected: what the template says there, its figure and value, and what can be done. */
export function SelectedCell({ where, templateText, placed, values, choices, cannotMap, pending, actions }: Props) {
  const mapped = placed.some((p) => p.origin === 'mapping');
  return (
    <Box
      aria-live="polite"
      data-testid="selected-cell"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, p: 1.5, minHeight: 76, boxSizing: 'border-box', mb: 1, border: 1, borderColor: nhsColours.border, borderRadius: 1, bgcolor: nhsColours.white }}
    >
      <Box sx={{ flex: '1 1 420px', minWidth: 0 }}>
        <Typography sx={{ fontWeight: 700 }}>
          Cell {where}
          {templateText ? (
            <Box component="span" sx={{ fontWeight: 400, color: nhsColours.secondaryText }}>
              {' '}· template text “{templateText.length > 80 ? `${templateText.slice(0, 80)}…` : templateText}”
            </Box>
          ) : null}
        </Typography>
        {placed.length === 0 ? (
          <Typography>No figure goes here.</Typography>
        ) : (
          placed.map((p) => {
            const value = values?.find((v) => v.figure === p.figure);
            return (
              <Typography key={p.figure}>
                {figureTitle(choices, p.figure)} ({ORIGIN_TEXT[p.origin]}) → <strong>{value ? value.text || '(empty)' : '…'}</strong>
              </Typography>
            );
          })
        )}
        {cannotMap ? <Typography sx={{ color: nhsColours.secondaryText, fontSize: '0.9375rem' }}>{cannotMap}</Typography> : null}
      </Box>
      {cannotMap || !actions ? null : (
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button variant="contained" onClick={actions.onChoose} disabled={pending}>
            {mapped ? 'Change the figure' : 'Choose a figure'}
          </Button>
          {mapped ? (
            <Button variant="outlined" color="error" onClick={actions.onRemove} disabled={pending}>
              Remove the mapping
            </Button>
          ) : null}
        </Box>
      )}
    </Box>
  );
}
