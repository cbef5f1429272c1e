import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { fidelityItem, type FidelityItemId, type InstrumentId, type ReviewSummary } from '../../../../shared/fidelity';
import { nhsColours } from '../../theme';
import { BandChip } from './FidelityChips';
import { bandText } from './fidelity-format';

interface Props {
  instrument: InstrumentId;
  summary: ReviewSummary;
  /** Jumps to an item still to score; null when there is nothing to score (a final review, a reader). */
  onGoTo: ((item: FidelityItemId) => void) | null;
}

/** Few enough to list as buttons; more than this reads as "everything is still to do". */
const LISTED_UNSCORED = 12;

/**
 * The total, section subtotals and band, kept in view at the top of the window while the review is worked
 * on. The total is a live region, so a screen reader hears it change after each score.
 */
export function ScoreSummaryBar({ instrument, summary, onGoTo }: Props) {
  const unscored = summary.unscored;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="Running total"
      sx={{ position: 'sticky', top: 0, zIndex: 3, px: 2, py: 1, mb: 2, borderColor: nhsColours.blue, borderWidth: 2 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 3, rowGap: 0.5 }}>
        <Box aria-live="polite" aria-atomic="true" data-testid="running-total" sx={{ display: 'flex', alignItems: 'baseline', gap: 0.75 }}>
          <Typography component="span" sx={{ fontWeight: 700 }}>
            Total
          </Typography>
          <Typography component="span" sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.2, color: nhsColours.darkBlue }}>
            {summary.total}
          </Typography>
          <Typography component="span">
            {summary.complete ? `out of ${summary.max}` : `so far, out of ${summary.max} · ${summary.scored} of ${summary.items} scored`}
          </Typography>
        </Box>
        {summary.sections.map((s) => (
          <Typography key={s.section} component="span" sx={{ whiteSpace: 'nowrap' }} data-testid={`subtotal-${s.section}`}>
            {s.title} <strong>{s.subtotal}</strong>/{s.max}
            {!s.complete && (
              <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                {' '}
                ({s.items - s.scored} to score)
              </Typography>
            )}
          </Typography>
        ))}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }} data-testid="band">
          <Typography component="span" sx={{ fontWeight: 700 }}>
            Band
          </Typography>
          {summary.band ? (
            <BandChip band={summary.band} size="medium" />
          ) : (
            <Typography component="span" sx={{ color: 'text.secondary' }}>
              {bandText(instrument, null, summary.complete)}
            </Typography>
          )}
        </Box>
        {onGoTo && unscored.length > 0 && unscored.length <= LISTED_UNSCORED && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.25 }}>
            <Typography component="span" variant="body2">
              Still to score:
            </Typography>
            {unscored.map((id) => (
              <Button
                key={id}
                size="small"
                onClick={() => onGoTo(id)}
                sx={{ minWidth: 0, px: 0.75, py: 0 }}
                aria-label={`Go to item ${fidelityItem(id).number}, ${fidelityItem(id).shortTitle}`}
              >
                {fidelityItem(id).number}
              </Button>
            ))}
          </Box>
        )}
      </Box>
    </Paper>
  );
}
