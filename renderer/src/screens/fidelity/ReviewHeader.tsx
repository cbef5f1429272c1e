import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { INSTRUMENTS, REVIEW_KIND, type StoredReview } from '../../../../shared/fidelity';
import { hrefFor } from '../../app/routes';
import { ScreenHeading } from '../../components/ScreenHeading';
import { StatusChip } from './FidelityChips';
import { periodText, reviewName, reviewersText, timestampText } from './fidelity-format';

interface Props {
  review: StoredReview;
  /** The buttons this user may use on this review. */
  actions: ReactNode;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box component="div" sx={{ display: 'flex', gap: 0.75 }}>
      <Typography component="dt" sx={{ fontWeight: 700 }}>
        {term}:
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}

/** The review's name and status, its facts on one or two lines, and what can be done with it. */
export function ReviewHeader({ review, actions }: Props) {
  return (
    <Box sx={{ mb: 2 }}>
      <Link href={hrefFor({ screen: 'fidelity' })} sx={{ display: 'inline-block', mb: 1 }}>
        All fidelity reviews
      </Link>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <ScreenHeading title={reviewName(review)}>{reviewName(review)}</ScreenHeading>
        <Box sx={{ mb: 2 }}>
          <StatusChip status={review.status} />
        </Box>
      </Box>
      <Typography sx={{ mt: -1.5, mb: 1, color: 'text.secondary' }}>{INSTRUMENTS[review.instrument].title}</Typography>
      <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, m: 0 }}>
        <Fact term="Period covered">{periodText(review.period)}</Fact>
        <Fact term="Reviewers">{reviewersText(review.reviewers)}</Fact>
        <Fact term="Kind">{REVIEW_KIND.labels[review.kind]}</Fact>
        {review.status === 'final' && review.finalised_at && (
          <Fact term="Made final">
            {timestampText(review.finalised_at)}
            {review.finalised_by ? ` by ${review.finalised_by}` : ''}
          </Fact>
        )}
        {review.copied_from && (
          <Fact term="Copied from">
            <Link href={hrefFor({ screen: 'fidelity-review', id: review.copied_from })}>an earlier final review</Link>
          </Fact>
        )}
      </Box>
      {review.notes && (
        <Typography sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
          <strong>Notes:</strong> {review.notes}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mt: 1.5 }}>{actions}</Box>
    </Box>
  );
}
