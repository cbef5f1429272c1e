import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatUkDate } from '../../../../shared/dates';
import { INSTRUMENTS, type InstrumentId } from '../../../../shared/fidelity';
import type { InstrumentSchedule, ReviewListRow } from '../../../../shared/ipc/fidelity';
import { hrefFor, navigate } from '../../app/routes';
import { FormAlert } from '../../components/FormAlert';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcQuery } from '../../data/ipc-query';
import { useCurrentRole, useMayCall } from '../../data/permissions';
import { ROLE_IN_WORDS } from '../../../../shared/roles';
import { whoMayCall } from '../../data/role-words';
import { DueChip } from './FidelityChips';
import { dueText, startLabel } from './fidelity-format';
import { newReviewForm } from './review-details-form';
import { StartReviewDialog } from './ReviewDetailsDialog';
import { ReviewsTable } from './ReviewsTable';

/**
 * Every review with its total and band, when each instrument is next due, and where a new review starts
 * (for those who may start one: shared/ipc/access.ts; the others are told what they can do here).
 */
export function FidelityListScreen() {
  const { data, error } = useIpcQuery('fidelity.list', {});
  const role = useCurrentRole();
  const canDraft = useMayCall('fidelity.create');
  const [starting, setStarting] = useState<InstrumentId | null>(null);

  return (
    <>
      <ScreenHeading title="Fidelity reviews">Fidelity reviews</ScreenHeading>
      <Typography sx={{ mb: 2, maxWidth: 900 }}>
        How closely the service follows IPS, scored against the Sainsbury Centre section C items or the IPS-25 fidelity scale. A review is due
        every 6 months until the IPS-25 band is good or better, then yearly.
      </Typography>
      {role && !canDraft ? (
        <ReadOnlyNotice>
          Signed in as {ROLE_IN_WORDS[role]}, you can read every review with its scores, evidence and action plan, compare it with the review before,
          and print or download its report. Starting a review, scoring it and keeping its action plan need {whoMayCall('fidelity.create')}.
        </ReadOnlyNotice>
      ) : null}
      <FormAlert>{error?.message}</FormAlert>
      {!data && !error && <Typography role="status">Loading the reviews…</Typography>}
      {data && (
        <>
          <Box component="section" aria-labelledby="fidelity-due-heading" sx={{ mb: 4 }}>
            <Typography variant="h2" id="fidelity-due-heading" sx={{ mb: 1.5 }}>
              When the next review is due
            </Typography>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
              {data.schedule.map((s) => (
                <ScheduleCard
                  key={s.instrument}
                  schedule={s}
                  drafts={data.reviews.filter((r) => r.instrument === s.instrument && r.status === 'draft')}
                  onStart={canDraft ? () => setStarting(s.instrument) : undefined}
                />
              ))}
            </Box>
          </Box>
          <Box component="section" aria-labelledby="fidelity-reviews-heading">
            <Typography variant="h2" id="fidelity-reviews-heading" sx={{ mb: 1.5 }}>
              Reviews
            </Typography>
            {data.reviews.length === 0 ? (
              <Paper variant="outlined" sx={{ p: 3 }}>
                <Typography>No reviews yet. {canDraft ? 'Start one for either instrument above: it is saved as a draft as you score it.' : ''}</Typography>
              </Paper>
            ) : (
              <ReviewsTable rows={data.reviews} />
            )}
          </Box>
        </>
      )}
      {starting && (
        <StartReviewDialog
          initial={newReviewForm(starting)}
          onClose={() => setStarting(null)}
          onDone={(id) => {
            setStarting(null);
            navigate({ screen: 'fidelity-review', id });
          }}
        />
      )}
    </>
  );
}

interface CardProps {
  schedule: InstrumentSchedule;
  /** Drafts of the instrument, newest first: usually the next review, already begun. */
  drafts: readonly ReviewListRow[];
  onStart: (() => void) | undefined;
}

function ScheduleCard({ schedule, drafts, onStart }: CardProps) {
  const due = dueText(schedule);
  const headingId = `due-${schedule.instrument}`;
  return (
    <Paper variant="outlined" component="article" aria-labelledby={headingId} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h3" id={headingId} sx={{ fontSize: '1.15rem' }}>
          {INSTRUMENTS[schedule.instrument].shortTitle}
        </Typography>
        <DueChip tone={due.tone} />
      </Box>
      <Typography sx={{ fontSize: '1.2rem', fontWeight: 700 }} data-testid={`due-${schedule.instrument}`}>
        {due.headline}
      </Typography>
      {schedule.latest_final && (
        <Typography>
          Last final review:{' '}
          <Link href={hrefFor({ screen: 'fidelity-review', id: schedule.latest_final.id })}>{formatUkDate(schedule.latest_final.review_date)}</Link>
        </Typography>
      )}
      {drafts.map((d) => (
        <Typography key={d.id}>
          Draft in progress:{' '}
          <Link href={hrefFor({ screen: 'fidelity-review', id: d.id })}>{formatUkDate(d.review_date)}</Link> ({d.scored} of {d.items} scored)
        </Typography>
      ))}
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {schedule.rule}
      </Typography>
      {onStart && (
        <Box sx={{ mt: 'auto', pt: 1 }}>
          <Button variant="outlined" onClick={onStart}>
            {startLabel(schedule.instrument)}
          </Button>
        </Box>
      )}
    </Paper>
  );
}
