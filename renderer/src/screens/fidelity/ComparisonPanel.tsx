import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Link from '@mui/material/Link';
import { formatUkDate } from '../../../../shared/dates';
import { INSTRUMENTS, fidelityItem } from '../../../../shared/fidelity';
import type { ReviewDetail } from '../../../../shared/ipc/fidelity';
import { hrefFor } from '../../app/routes';
import { changeText, reviewName } from './fidelity-format';
import { scoreText } from './ScoreChangeTable';
import { ItemScoresChart } from './ItemScoresChart';
import { ScoreChangeTable } from './ScoreChangeTable';

/**
 * This review beside the previous final review of the same instrument: total, band and section changes,
 * item by item, and a chart of the item scores with the item table as its alternative.
 */
export function ComparisonPanel({ detail }: { detail: ReviewDetail }) {
  const { review, comparison, previous } = detail;
  if (!comparison || !previous) {
    return (
      <Typography>
        There is no earlier final {INSTRUMENTS[review.instrument].shortTitle} review to compare this one with. Once there is, the change in each item, each
        section, the total and the band shows here.
      </Typography>
    );
  }
  const instrument = INSTRUMENTS[review.instrument];
  const prevLabel = `previous review, ${formatUkDate(previous.review.review_date)}`;
  const thisLabel = `this review, ${formatUkDate(review.review_date)}`;
  const band = comparison.band;
  const bandSentence =
    band.direction === null
      ? 'The band changes are shown once both reviews have every item scored.'
      : band.direction === 'same'
        ? `The band is unchanged: ${band.current?.label}.`
        : `The band has gone ${band.direction} from ${band.previous?.label} to ${band.current?.label}.`;

  return (
    <>
      <Typography sx={{ mb: 2 }}>
        Compared with the <Link href={hrefFor({ screen: 'fidelity-review', id: previous.review.id })}>{reviewName(previous.review)}</Link>
        {review.status === 'draft' ? ' (this review is still a draft: its figures may change)' : ''}.
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 3 }}>
        <Paper variant="outlined" sx={{ p: 2 }} data-testid="comparison-total">
          <Typography component="h2" variant="h3" sx={{ mb: 0.5 }}>
            Total
          </Typography>
          <Typography sx={{ fontSize: '1.4rem' }}>
            {scoreText(comparison.total.previous)} → <strong>{scoreText(comparison.total.current)}</strong>{' '}
            <Typography component="span" sx={{ fontWeight: 700 }}>
              ({changeText(comparison.total.change)})
            </Typography>
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            A total is compared only when every item of both reviews is scored.
          </Typography>
        </Paper>
        {instrument.bands.length > 0 && (
          <Paper variant="outlined" sx={{ p: 2 }} data-testid="comparison-band">
            <Typography component="h2" variant="h3" sx={{ mb: 0.5 }}>
              Band
            </Typography>
            <Typography sx={{ fontSize: '1.1rem' }}>{bandSentence}</Typography>
          </Paper>
        )}
      </Box>

      {comparison.sections.length > 0 && (
        <ScoreChangeTable
          label="Section subtotals, previous review and this review"
          rowHeading="Section"
          previousDate={previous.review.review_date}
          marginBottom={3}
          rows={comparison.sections.map((s) => ({ ...s, key: s.section, title: instrument.sections.find((x) => x.id === s.section)?.title ?? s.section }))}
        />
      )}

      <ItemScoresChart rows={comparison.items} labels={{ current: thisLabel, previous: prevLabel }} />

      <ScoreChangeTable
        label="Item scores, previous review and this review"
        rowHeading="Item"
        previousDate={previous.review.review_date}
        rows={comparison.items.map((row) => {
          const item = fidelityItem(row.item);
          return { ...row, key: row.item, title: `${item.number}. ${item.shortTitle}` };
        })}
      />
    </>
  );
}
