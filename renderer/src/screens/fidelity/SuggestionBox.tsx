import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  SUGGESTION_DEFINITIONS, describeSuggestionFigure, formatSuggestionFigure, type FidelitySuggestion, type SuggestionSnapshot,
} from '../../../../shared/fidelity';
import { nhsColours } from '../../theme';
import { plural } from './fidelity-format';
import { SuggestionRecordsDialog } from './SuggestionRecordsDialog';

interface Props {
  suggestion: FidelitySuggestion;
  /** The item's score now, and the suggestion kept with it when it was chosen. */
  score: number | null;
  kept: SuggestionSnapshot | null;
  /** Null when the review cannot change (final, or the user may only read). */
  onAccept: (() => void) | null;
  /** The period the figure is worked out for, in words. */
  periodLabel: string;
}

/** How many records the figure is made from, for the button that lists them. */
function recordsCount(s: FidelitySuggestion): { count: number; noun: string } {
  if (s.records.jobs.length > 0 || s.records.leftOutJobs.length > 0) return { count: s.records.jobs.length, noun: 'job' };
  if (s.records.clients.length > 0) return { count: s.records.clients.length, noun: 'client' };
  return { count: 0, noun: 'record' };
}

/**
 * What the records suggest for an item (DOMAIN §7): the score, the figure behind it and the records behind
 * the figure, worked out for the review's period as of its review date. Nothing is filled in: accepting is
 * one click, and the score keeps the figure as it was when it was chosen.
 */
export function SuggestionBox({ suggestion, score, kept, onAccept, periodLabel }: Props) {
  const [open, setOpen] = useState(false);
  const def = SUGGESTION_DEFINITIONS[suggestion.item];
  const { count, noun } = recordsCount(suggestion);
  const matches = suggestion.score !== null && score === suggestion.score;
  const keptDiffers = kept !== null && score !== null && (kept.score !== suggestion.score || kept.figure !== suggestion.figure);

  return (
    <Box sx={{ borderLeft: `4px solid ${nhsColours.blue}`, bgcolor: '#F4F8FB', p: 1.5, borderRadius: 1 }} data-testid={`suggestion-${suggestion.item}`}>
      <Typography component="h4" sx={{ fontWeight: 700, fontSize: '1rem', mb: 0.5 }}>
        Suggested from the records
      </Typography>
      {suggestion.score !== null && suggestion.figure !== null ? (
        <Typography>
          The records suggest <strong>{suggestion.score}</strong>: {describeSuggestionFigure(suggestion.unit, suggestion.figure, def.measure)} ({periodLabel}).
        </Typography>
      ) : (
        <Typography>No suggestion for this period: the records hold nothing to work it out from ({periodLabel}).</Typography>
      )}
      {keptDiffers && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          When this score was chosen, the records suggested {kept.score ?? 'nothing'}
          {kept.figure !== null ? ` (${formatSuggestionFigure(suggestion.unit, kept.figure)})` : ''}.
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 1 }}>
        {onAccept && suggestion.score !== null && (
          <Button variant={matches ? 'text' : 'contained'} size="small" onClick={onAccept} disabled={matches}>
            {matches ? `Score ${suggestion.score} matches the suggestion` : `Use the suggested score (${suggestion.score})`}
          </Button>
        )}
        {(count > 0 || suggestion.records.staff.length > 0) && (
          <Button variant="outlined" size="small" onClick={() => setOpen(true)}>
            {count > 0 ? `Show the ${plural(count, noun)} behind this figure` : 'Show the staff behind this figure'}
          </Button>
        )}
      </Box>
      <Box component="details" sx={{ mt: 1 }}>
        <Box component="summary" sx={{ cursor: 'pointer', color: nhsColours.blue, fontWeight: 700 }}>
          How is this worked out?
        </Box>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {suggestion.rule}
        </Typography>
      </Box>
      {open && <SuggestionRecordsDialog suggestion={suggestion} periodLabel={periodLabel} onClose={() => setOpen(false)} />}
    </Box>
  );
}
